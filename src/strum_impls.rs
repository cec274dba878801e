//! strum 0.28's enum traits, backed by the generated `KnownCode::ALL` (feature `strum-0_28`).

use strum_0_28 as strum;

use crate::table::KnownCode;

impl strum::EnumCount for KnownCode {
    const COUNT: usize = KnownCode::COUNT;
}

impl strum::VariantArray for KnownCode {
    const VARIANTS: &'static [KnownCode] = KnownCode::ALL;
}

impl strum::IntoEnumIterator for KnownCode {
    type Iterator = core::iter::Copied<core::slice::Iter<'static, KnownCode>>;

    fn iter() -> Self::Iterator {
        KnownCode::ALL.iter().copied()
    }
}
