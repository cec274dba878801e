//! The benchmarks' comparison lookups (`match`, `phf`, strum) generated from the same table.
//!
//! Only tests compile this module: they write `benches/common/baselines.rs` and check that the
//! committed copy is current, so no dependent's build ever generates benchmark code.

use std::fmt::Write;

use super::phash::Tables;
use super::table::Entry;

/// `baselines.rs`: the same table as the lookups the benchmarks compare against. Only
/// `benches/` includes it; ambiguous names go to the lowest code there.
pub fn generate(entries: &[Entry], tables: &Tables) -> String {
    let mut out = String::from(
        "// @generated from codes.toml by build/baselines.rs. Edit codes.toml, not this file.\n",
    );
    out.push_str(
        "// Baselines for the benchmarks; the crate itself does not use this file. Regenerate with\n// `BLESS=1 cargo test --test codes_toml`.\n\nuse leancloud_im_codes::KnownCode;\n\n",
    );

    out.push_str("pub fn match_code(code: u16) -> Option<KnownCode> {\n    match code {\n");
    for entry in entries {
        writeln!(
            out,
            "        {} => Some(KnownCode::{}),",
            entry.code, entry.variant
        )
        .unwrap();
    }
    out.push_str("        _ => None,\n    }\n}\n\n");

    let first_owner = |text: &str| {
        tables
            .name_keys
            .iter()
            .find(|key| key.text == text)
            .map(|key| key.entries[0])
    };
    out.push_str("pub fn match_name(name: &str) -> Option<KnownCode> {\n    match name {\n");
    for key in &tables.name_keys {
        let entry = &entries[key.entries[0]];
        writeln!(
            out,
            "        {:?} => Some(KnownCode::{}),",
            key.text, entry.variant
        )
        .unwrap();
    }
    out.push_str("        _ => None,\n    }\n}\n\n");

    out.push_str("pub static PHF_CODES: phf::Map<u16, KnownCode> = phf::phf_map! {\n");
    for entry in entries {
        writeln!(
            out,
            "    {}u16 => KnownCode::{},",
            entry.code, entry.variant
        )
        .unwrap();
    }
    out.push_str("};\n\n");
    out.push_str("pub static PHF_NAMES: phf::Map<&'static str, KnownCode> = phf::phf_map! {\n");
    for key in &tables.name_keys {
        let entry = &entries[key.entries[0]];
        writeln!(out, "    {:?} => KnownCode::{},", key.text, entry.variant).unwrap();
    }
    out.push_str("};\n\n");

    for (enum_name, attribute) in [
        ("StrumName", ""),
        ("StrumNameIgnoreCase", "#[strum(ascii_case_insensitive)]\n"),
    ] {
        write!(
            out,
            "#[derive(strum_0_28::EnumString)]\n#[strum(crate = \"strum_0_28\")]\n{attribute}pub enum {enum_name} {{\n"
        )
        .unwrap();
        for (index, entry) in entries.iter().enumerate() {
            let owned: Vec<String> = std::iter::once(&entry.name)
                .chain(&entry.aliases)
                .filter(|text| first_owner(text) == Some(index))
                .map(|text| format!("serialize = {text:?}"))
                .collect();
            if owned.is_empty() {
                writeln!(out, "    #[strum(disabled)]").unwrap();
            } else {
                writeln!(out, "    #[strum({})]", owned.join(", ")).unwrap();
            }
            writeln!(out, "    {},", entry.variant).unwrap();
        }
        out.push_str("}\n\n");
        writeln!(out, "impl {enum_name} {{").unwrap();
        out.push_str("    pub fn known(self) -> KnownCode {\n        match self {\n");
        for entry in entries {
            writeln!(
                out,
                "            {enum_name}::{0} => KnownCode::{0},",
                entry.variant
            )
            .unwrap();
        }
        out.push_str("        }\n    }\n}\n\n");
    }
    out
}
