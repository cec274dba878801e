//! The Fluent format: the catalog in one language as a Fluent resource.

use std::io::{self, Write};

use leancloud_im_codes::{KnownCode, Lang};

/// Writes the catalog in `lang` as a Fluent resource: a message per code, named
/// `leancloud-im-<code>`, whose value is the description and whose attributes are `.hint` and
/// `.message`.
pub fn write(out: &mut dyn Write, lang: Lang) -> io::Result<()> {
    writeln!(
        out,
        "## leancloud-im-codes {}: LeanCloud IM and WebSocket close codes ({}).",
        env!("CARGO_PKG_VERSION"),
        lang.tag()
    )?;
    writeln!(
        out,
        "## To override a text, add a message with the same id from a resource added before this \
         one\n## (a bundle keeps the first definition), or after it with \
         add_resource_overriding (Rust)\n## or allowOverrides (JavaScript).\n"
    )?;
    for known in KnownCode::ALL {
        let code = known.code();
        writeln!(out, "# {code}")?;
        writeln!(
            out,
            "leancloud-im-{} = {}",
            code.as_u16(),
            pattern(code.description(lang))
        )?;
        writeln!(out, "    .hint = {}", pattern(code.hint(lang)))?;
        writeln!(out, "    .message = {}\n", pattern(code.message(lang)))?;
    }
    Ok(())
}

/// A text as a Fluent pattern on one line: `{`, `}` and a leading special character become
/// string literals, line breaks become spaces.
fn pattern(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, character) in text.replace(['\n', '\r'], " ").chars().enumerate() {
        match character {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '[' | '*' | '.' if index == 0 => {
                out.push_str("{\"");
                out.push(character);
                out.push_str("\"}");
            }
            c => out.push(c),
        }
    }
    out
}
