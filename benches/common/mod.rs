//! The workload and the baseline lookups shared by the benchmarks.

#![allow(dead_code)]

use std::borrow::Borrow;
use std::collections::HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::BuildHasherDefault;
use std::str::FromStr;

use leancloud_im_codes::KnownCode;

/// The loop every lookup runs through, and the floors.
pub mod harness;

/// `match`, `phf` and strum lookups generated from the same codes.toml (see the file's header).
#[rustfmt::skip]
#[path = "baselines.rs"]
pub mod baselines;

/// Inputs per workload, `BENCH_INPUTS` or 16384; each benchmark iteration looks all of them up.
///
/// A few thousand inputs or more keep the processor's branch predictor from learning the
/// sequence by heart, which a small workload replayed thousands of times lets it do.
pub fn lookups() -> usize {
    std::env::var("BENCH_INPUTS")
        .ok()
        .and_then(|inputs| inputs.parse().ok())
        .unwrap_or(16 * 1024)
}

/// A small deterministic generator, so every run and every tool sees the same inputs.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

/// Numbers: about 80% known codes, 20% unknown numbers spread over the whole `u16` range.
pub fn numbers() -> Vec<u16> {
    let mut rng = Lcg(1);
    (0..lookups())
        .map(|_| {
            if rng.next() % 5 == 0 {
                loop {
                    let candidate = rng.next() as u16;
                    if KnownCode::from_u16(candidate).is_none() {
                        break candidate;
                    }
                }
            } else {
                KnownCode::ALL[rng.next() as usize % KnownCode::ALL.len()].as_u16()
            }
        })
        .collect()
}

/// Every name and alias once, as spelled.
pub fn spellings() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = KnownCode::ALL
        .iter()
        .flat_map(|code| std::iter::once(code.name()).chain(code.aliases().iter().copied()))
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// Names: about 80% names and aliases, 20% near misses (a known name with one byte changed,
/// cut short or extended).
pub fn names(mixed_case: bool) -> Vec<String> {
    let spellings = spellings();
    let mut rng = Lcg(2);
    (0..lookups())
        .map(|_| {
            let base = spellings[rng.next() as usize % spellings.len()];
            let mut text = if rng.next() % 5 == 0 {
                match rng.next() % 3 {
                    0 => format!("{base}S"),
                    1 => base[..base.len() - 1].to_string(),
                    _ => {
                        let mut bytes = base.as_bytes().to_vec();
                        let at = rng.next() as usize % bytes.len();
                        bytes[at] = if bytes[at] == b'X' { b'Y' } else { b'X' };
                        String::from_utf8(bytes).unwrap()
                    }
                }
            } else {
                base.to_string()
            };
            if mixed_case {
                text = text
                    .chars()
                    .map(|c| {
                        if rng.next() % 2 == 0 {
                            c.to_ascii_lowercase()
                        } else {
                            c
                        }
                    })
                    .collect();
            }
            text
        })
        .collect()
}

/// References to each input: names as `&str`, the form the name lookups take.
pub fn refs<T: ?Sized, Owned: Borrow<T>>(inputs: &[Owned]) -> Vec<&T> {
    inputs.iter().map(Borrow::borrow).collect()
}

/// `std`'s `HashMap` and SipHash with fixed keys instead of random ones, so that every run
/// hashes alike and callgrind's counts repeat exactly.
pub type SipHashMap<K> = HashMap<K, KnownCode, BuildHasherDefault<DefaultHasher>>;

/// The lookups' own tables, built once before measuring.
pub struct Tables {
    /// A direct 65,536-entry array indexed by the number, which the compiler knows is in
    /// bounds (no bounds check): the fastest a numeric lookup can be.
    pub array: Box<[Option<KnownCode>; 65_536]>,
    pub codes: SipHashMap<u16>,
    pub names: SipHashMap<&'static str>,
    pub sorted_names: Vec<(&'static str, KnownCode)>,
}

impl Tables {
    pub fn new() -> Tables {
        let mut array: Box<[Option<KnownCode>; 65_536]> = vec![None; 65_536]
            .into_boxed_slice()
            .try_into()
            .expect("65,536 entries");
        for code in KnownCode::ALL {
            array[usize::from(code.as_u16())] = Some(*code);
        }
        Tables {
            array,
            codes: code_hash_map(),
            names: name_hash_map(),
            sorted_names: sorted_names(),
        }
    }
}

/// Calls `$each!(label, lookup)` for every numeric lookup, each `Fn(u16) -> Option<KnownCode>`.
macro_rules! numeric_lookups {
    ($each:ident, $tables:ident) => {
        $each!("numeric/floor", crate::common::harness::floor);
        $each!("numeric/empty_call", crate::common::harness::empty_call);
        $each!("numeric/array", |code: u16| $tables.array
            [usize::from(code)]);
        $each!("numeric/crate", leancloud_im_codes::KnownCode::from_u16);
        $each!("numeric/match", crate::common::baselines::match_code);
        $each!("numeric/phf", |code: u16| {
            crate::common::baselines::PHF_CODES.get(&code).copied()
        });
        $each!("numeric/hash_map", |code: u16| $tables
            .codes
            .get(&code)
            .copied());
        $each!("numeric/binary_search", crate::common::binary_search_code);
        $each!("numeric/tungstenite", crate::common::tungstenite_close_code);
    };
}

/// Calls `$each!(label, inputs, lookup)` for every name lookup, each
/// `Fn(&str) -> Option<KnownCode>`; `inputs` is `exact` or `mixed` (mixed ASCII case).
macro_rules! name_lookups {
    ($each:ident, $tables:ident, $exact:ident, $mixed:ident) => {
        $each!("name/floor", $exact, crate::common::harness::floor_name);
        $each!("name/crate_exact", $exact, |name: &str| {
            leancloud_im_codes::KnownCode::from_name(name).ok()
        });
        $each!(
            "name/match_exact",
            $exact,
            crate::common::baselines::match_name
        );
        $each!("name/phf_exact", $exact, |name: &str| {
            crate::common::baselines::PHF_NAMES.get(name).copied()
        });
        $each!("name/hash_map_exact", $exact, |name: &str| $tables
            .names
            .get(name)
            .copied());
        $each!("name/binary_search_exact", $exact, |name: &str| {
            let sorted = &$tables.sorted_names;
            let index = sorted.binary_search_by_key(&name, |(key, _)| key).ok()?;
            Some(sorted[index].1)
        });
        $each!("name/strum_exact", $exact, crate::common::strum_exact);
        $each!("name/crate_ignore_case", $mixed, |name: &str| {
            leancloud_im_codes::KnownCode::from_name_ignore_ascii_case(name).ok()
        });
        $each!(
            "name/strum_ignore_case",
            $mixed,
            crate::common::strum_ignore_case
        );
    };
}

fn code_hash_map() -> SipHashMap<u16> {
    KnownCode::ALL
        .iter()
        .map(|code| (code.as_u16(), *code))
        .collect()
}

fn name_hash_map() -> SipHashMap<&'static str> {
    baselines::PHF_NAMES
        .entries()
        .map(|(name, code)| (*name, *code))
        .collect()
}

fn sorted_names() -> Vec<(&'static str, KnownCode)> {
    let mut sorted: Vec<_> = baselines::PHF_NAMES
        .entries()
        .map(|(name, code)| (*name, *code))
        .collect();
    sorted.sort_unstable_by_key(|(name, _)| *name);
    sorted
}

pub fn binary_search_code(code: u16) -> Option<KnownCode> {
    KnownCode::ALL
        .binary_search_by_key(&code, |known| known.as_u16())
        .ok()
        .map(|index| KnownCode::ALL[index])
}

pub fn strum_exact(name: &str) -> Option<KnownCode> {
    baselines::StrumName::from_str(name)
        .ok()
        .map(baselines::StrumName::known)
}

pub fn strum_ignore_case(name: &str) -> Option<KnownCode> {
    baselines::StrumNameIgnoreCase::from_str(name)
        .ok()
        .map(baselines::StrumNameIgnoreCase::known)
}

/// tungstenite's classification of a close code, then this crate's lookup for the private-use
/// codes it passes through (as an SDK built on tungstenite would do).
pub fn tungstenite_close_code(code: u16) -> Option<KnownCode> {
    use tungstenite_0_30::protocol::frame::coding::CloseCode;
    match CloseCode::from(code) {
        CloseCode::Library(code) => KnownCode::from_u16(code),
        CloseCode::Normal => Some(KnownCode::NormalClosure),
        CloseCode::Away => Some(KnownCode::GoingAway),
        CloseCode::Protocol => Some(KnownCode::ProtocolError),
        _ => None,
    }
}

/// An app's table of a few dozen texts: overrides of 24 codes in English and 12 private codes.
pub static APP_TEXTS: leancloud_im_codes::AppTexts<36> = {
    use leancloud_im_codes::{AppText, KnownCode as K, Lang, TextKind};
    const fn message(code: K) -> AppText {
        AppText::message(code, Lang::En, "The app's own words.")
    }
    const fn private(code: u16) -> AppText {
        AppText::private_code(code, Lang::En, TextKind::Message, "The app's own code.")
    }
    leancloud_im_codes::AppTexts::new([
        message(K::SessionConflict),
        message(K::KickedByApp),
        message(K::SessionTokenExpired),
        message(K::ReadTimeout),
        message(K::LoginTimeout),
        message(K::FrameTooLong),
        message(K::AppNotAvailable),
        message(K::SignatureFailed),
        message(K::InvalidLogin),
        message(K::Blacklisted),
        message(K::AppQuotaExceeded),
        message(K::ConversationFull),
        message(K::ConversationNotAllowed),
        message(K::ImConversationNotFound),
        message(K::ConversationRejectedByApp),
        message(K::MessageRejectedByApp),
        message(K::MessageNotFound),
        message(K::Silienced),
        message(K::BlockedByConv),
        message(K::NormalClosure),
        message(K::GoingAway),
        message(K::AbnormalClosure),
        message(K::CommandTimeout),
        message(K::ConnectionLost),
        private(4001),
        private(4002),
        private(4003),
        private(4004),
        private(4005),
        private(4006),
        private(4801),
        private(4802),
        private(4803),
        private(4804),
        private(4805),
        private(4806),
    ])
};

/// Calls `$each!(label, lookup)` for every text lookup, each `Fn(u16) -> &'static str`.
macro_rules! text_lookups {
    ($each:ident) => {
        $each!("text/floor", crate::common::harness::floor);
        $each!("text/crate_message", |code: u16| {
            leancloud_im_codes::Code::new(code).message(leancloud_im_codes::Lang::En)
        });
        $each!("text/app_texts_message", |code: u16| {
            crate::common::APP_TEXTS.message(code, leancloud_im_codes::Lang::En)
        });
    };
}
