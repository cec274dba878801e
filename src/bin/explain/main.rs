//! Explains LeanCloud IM and WebSocket close codes, given as numbers or names, and exports the
//! whole catalog as JSON, as a Fluent resource or as one self-contained HTML page.
//!
//! ```text
//! cargo run --bin explain -- 4111
//! cargo run --bin explain -- --lang zh-Hant session_conflict CLOSE_ABNORMAL 4999
//! cargo run --bin explain -- --json 4111
//! cargo run --bin explain -- --all --json > catalog.json
//! cargo run --bin explain -- --all --format ftl --lang zh-Hant > leancloud-im.ftl
//! cargo run --bin explain -- --all --format html > codes.html
//! ```
//!
//! `explain --help` lists every option, the formats and the exit statuses (0 when every input
//! is a known code, 1 when some number is valid but unknown, 2 for bad usage or input that is
//! no code, 3 when the output cannot be written). It needs nothing but this crate, so the first
//! run compiles quickly.
//!
//! The modules: `args` reads the command line, `text`, `json`, `fluent` and `html` write the
//! formats; this one looks the inputs up and writes to stdout, where a reader that closes the
//! pipe early ends the run quietly.

mod args;
mod fluent;
mod html;
mod json;
mod text;

use std::fmt::Display;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::process::ExitCode;

use leancloud_im_codes::{Code, KnownCode, LookupError};

use args::{Command, Format, Options};

/// An input looked up: a code (known or not), or why it is none.
pub enum Item {
    Code(Code),
    Error { input: String, message: String },
}

fn main() -> ExitCode {
    let options = match args::parse(std::env::args_os().skip(1)) {
        Ok(Command::Explain(options)) => options,
        Ok(Command::Help) => {
            return finish(write_out(|out| out.write_all(args::HELP.as_bytes())), 0);
        }
        Ok(Command::Version) => {
            let version = concat!("explain ", env!("CARGO_PKG_VERSION"), "\n");
            return finish(write_out(|out| out.write_all(version.as_bytes())), 0);
        }
        Err(problem) => {
            report(&format!("error: {problem}\n{}", args::USAGE));
            return ExitCode::from(2);
        }
    };
    let items = look_up(&options);
    // The text format reports each error in its place; the others keep stdout for the format.
    if options.format != Format::Text {
        for item in &items {
            if let Item::Error { message, .. } = item {
                report(&format!("error: {message}"));
            }
        }
    }
    let status = items.iter().fold(0, |status, item| match item {
        Item::Code(code) if !code.is_known() => status.max(1),
        Item::Code(_) => status,
        Item::Error { .. } => 2,
    });
    let written = write_out(|out| match options.format {
        Format::Text => text::write(out, &items, &options.langs),
        Format::Json => json::write(out, &items, &options.langs),
        // `args` refuses ftl without --lang.
        Format::Fluent => fluent::write(out, options.lang.unwrap_or_default()),
        Format::Html => html::write(out, options.lang.unwrap_or_default()),
    });
    finish(written, status)
}

/// The codes `--all` or the inputs name.
fn look_up(options: &Options) -> Vec<Item> {
    if options.all {
        return KnownCode::ALL
            .iter()
            .map(|known| Item::Code(known.code()))
            .collect();
    }
    options
        .inputs
        .iter()
        .map(|input| match input.parse::<Code>() {
            Ok(code) => Item::Code(code),
            Err(error) => Item::Error {
                input: input.clone(),
                message: explain_error(input, error),
            },
        })
        .collect()
}

fn explain_error(input: &str, error: LookupError) -> String {
    match error {
        LookupError::Ambiguous { candidates, .. } => {
            let choices: Vec<String> = candidates
                .iter()
                .map(|code| format!("{} ({})", code.as_u16(), code.family()))
                .collect();
            format!(
                "{input:?} names {}; give the number instead",
                choices.join(" and ")
            )
        }
        other => format!("{input:?}: {other}"),
    }
}

/// Runs `write` on a locked, buffered stdout and flushes it.
fn write_out(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    write(&mut out)?;
    out.flush()
}

/// The exit status: `status` once the output is written, or when the reader closed the pipe
/// (as `cat` and `grep` stop, without a message); 3 and a message for any other write error.
fn finish(written: io::Result<()>, status: u8) -> ExitCode {
    match written {
        Ok(()) => ExitCode::from(status),
        Err(error) if error.kind() == ErrorKind::BrokenPipe => ExitCode::from(status),
        Err(error) => {
            report(&format!("error: cannot write the output: {error}"));
            ExitCode::from(3)
        }
    }
}

/// A message on stderr. A failure to write it is ignored: there is nowhere left to say it.
pub fn report(message: &str) {
    let _ = writeln!(io::stderr().lock(), "{message}");
}

/// A recovery answer as a word, `never` where it never happens.
pub fn answer(word: Option<impl Display>) -> String {
    word.map_or_else(|| "never".to_owned(), |word| word.to_string())
}
