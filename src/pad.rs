//! Width and alignment for `Display` impls that write in several pieces.

use core::fmt::{self, Alignment, Write};

/// Writes what `write` produces, padded to the formatter's width with its fill and alignment
/// (left by default, as for strings), without allocating: a first pass counts the characters.
pub(crate) fn padded(
    f: &mut fmt::Formatter<'_>,
    write: impl Fn(&mut dyn Write) -> fmt::Result,
) -> fmt::Result {
    let Some(width) = f.width() else {
        return write(f);
    };
    let mut counter = Counter(0);
    write(&mut counter)?;
    let padding = width.saturating_sub(counter.0);
    let (before, after) = match f.align() {
        Some(Alignment::Right) => (padding, 0),
        Some(Alignment::Center) => (padding / 2, padding - padding / 2),
        Some(Alignment::Left) | None => (0, padding),
    };
    let fill = f.fill();
    for _ in 0..before {
        f.write_char(fill)?;
    }
    write(f)?;
    for _ in 0..after {
        f.write_char(fill)?;
    }
    Ok(())
}

/// Counts the characters written to it.
struct Counter(usize);

impl Write for Counter {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.0 += text.chars().count();
        Ok(())
    }
}
