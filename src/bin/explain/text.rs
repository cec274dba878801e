//! The text format: a block per code, for people; errors go to stderr in their place.

use std::io::{self, Write};

use leancloud_im_codes::{Carrier, Code, Lang};

use crate::{Item, answer, report};

/// Writes every item: codes to `out`, errors to stderr (after flushing `out`, so a terminal
/// shows them in order).
pub fn write(out: &mut dyn Write, items: &[Item], langs: &[Lang]) -> io::Result<()> {
    for item in items {
        match item {
            Item::Code(code) => code_block(out, *code, langs)?,
            Item::Error { message, .. } => {
                out.flush()?;
                report(&format!("error: {message}"));
            }
        }
    }
    Ok(())
}

/// Whether the request may be resent only when it is idempotent (its outcome is unknown).
pub fn unknown_outcome(code: Code) -> bool {
    code.is_known() && code.is_retryable(true) != code.is_retryable(false)
}

/// When to resend, for a code whose [`unknown_outcome`] is set.
pub const RESEND: &str = "only if the request is idempotent (it may have been applied)";

/// Whether a Close frame may carry the code, in words.
pub fn sendable(code: Code) -> &'static str {
    if code.is_sendable() {
        "may be sent in a Close frame"
    } else {
        "must not be sent in a Close frame"
    }
}

fn code_block(out: &mut dyn Write, code: Code, langs: &[Lang]) -> io::Result<()> {
    let range = code.range();
    let sendable = sendable(code);
    match code.known() {
        Some(known) => {
            writeln!(out, "{} {}", known.as_u16(), known.name())?;
            if !known.aliases().is_empty() {
                writeln!(out, "  aliases:    {}", known.aliases().join(", "))?;
            }
            writeln!(out, "  family:     {}", known.family())?;
        }
        None => writeln!(out, "{} (not a code this crate knows)", code.as_u16())?,
    }
    writeln!(
        out,
        "  connection: {} (after a Close frame with this status)",
        answer(code.connection(Carrier::CloseFrame))
    )?;
    writeln!(
        out,
        "  session:    {} (after a session/closed, or a refused session open)",
        answer(code.connection(Carrier::Session))
    )?;
    writeln!(
        out,
        "  operation:  {} (for the request it answered)",
        answer(code.operation())
    )?;
    if let Some(wait) = code.retry_after() {
        writeln!(out, "  retry after: {wait}")?;
    }
    if unknown_outcome(code) {
        writeln!(out, "  resend:     {RESEND}")?;
    }
    writeln!(
        out,
        "  range:      {} ({}); {sendable}",
        range.as_str(),
        range.span()
    )?;
    for lang in langs {
        writeln!(out, "  [{}]", lang.tag())?;
        writeln!(out, "    description: {}", code.description(*lang))?;
        writeln!(out, "    hint:        {}", code.hint(*lang))?;
        writeln!(out, "    message:     {}", code.message(*lang))?;
    }
    if !code.sources().is_empty() {
        writeln!(out, "  sources:")?;
        for source in code.sources() {
            writeln!(out, "    {source}")?;
        }
    }
    Ok(())
}
