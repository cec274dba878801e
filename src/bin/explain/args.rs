//! The command line: options, their values, and the help text.

use std::ffi::OsString;
use std::fmt;

use leancloud_im_codes::Lang;

/// The output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Fluent,
    Html,
}

/// What to explain, and how.
#[derive(Debug)]
pub struct Options {
    /// The languages of the texts: one after `--lang`, else all three.
    pub langs: Vec<Lang>,
    /// The language `--lang` chose, if any.
    pub lang: Option<Lang>,
    pub format: Format,
    /// `--all`: every known code instead of `inputs`.
    pub all: bool,
    /// The codes asked for, as given.
    pub inputs: Vec<String>,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    Explain(Options),
    Help,
    Version,
}

/// Why the command line is wrong, said to the user.
#[derive(Debug)]
pub struct UsageError(String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn fail<T>(message: impl Into<String>) -> Result<T, UsageError> {
    Err(UsageError(message.into()))
}

/// The one-line usage, shown after a usage error.
pub const USAGE: &str = "usage: explain [--lang TAG] [--json | --format text|json|ftl|html] (--all | CODE...)\n\
                         try 'explain --help' for every option, the formats and the exit statuses";

/// `explain --help`.
pub const HELP: &str = "\
explain: LeanCloud IM error codes and WebSocket close codes, explained

usage: explain [OPTIONS] CODE...
       explain [OPTIONS] --all

A CODE is a number (4111) or a name or alias in any ASCII case (SESSION_CONFLICT,
session_conflict, CLOSE_ABNORMAL). A number from 0 to 65535 that no known code has is
explained by its RFC 6455 range.

Options (a value may follow as the next argument or after '=': --lang zh-Hant, --lang=zh-Hant):
  --all              every known code, in number order, instead of CODE arguments
  --format FORMAT    text (the default), json, ftl or html
  --json             the same as --format json
  --lang TAG         only the texts in this language (default: en, zh-Hans and zh-Hant)
  -h, --help         print this help and exit
  -V, --version      print 'explain VERSION' and exit
  --                 every later argument is a CODE, even one that starts with '-'

Formats:
  text   a block per code: name, aliases, family, what to do with the connection after a Close
         frame and after the session ended, with the request it answered, the wait before a
         retry, its RFC 6455 range, the description, hint and message, and the sources.
  json   always one object, for one CODE, several or --all:
           {\"crate\": \"leancloud-im-codes\", \"version\": ..., \"languages\": [...],
            \"codes\": [...], \"errors\": [{\"input\": ..., \"error\": ...}]}
         (schema/catalog.schema.json). An answer that never happens is \"never\"; \"nothing\"
         is the answer that there is nothing to do. retry_after is seconds, \"next_day\" or
         null where no wait is documented.
  ftl    a Fluent resource of one language: needs --all and --lang.
  html   one self-contained page of every code (search, family filter, language switch,
         links to #NUMBER): needs --all; --lang picks the language it opens in.
  In text, an answer that never happens is the word never; nothing means there is nothing to do.

Language tags (BCP 47, ASCII case ignored, '_' accepted for '-'):
  en        English; also any English tag (en-US, en-GB)
  zh-Hant   Traditional Chinese: any Chinese tag (zh, cmn, yue, ...) with the Hant script; else,
            unless its script is Hans, one with the region TW, HK or MO (or 158, 344, 446):
            zh-TW, zh-HK, zh-MO, zh-Latn-TW; and yue (Cantonese) without a region
  zh-Hans   Simplified Chinese: every other Chinese tag: zh, zh-CN, zh-SG, cmn, zh-Hans-HK
  A script other than Hans or Hant is ignored. Any other language is an error.

Exit status:
  0  every CODE is a known code (always for --all, --help and --version)
  1  some CODE is a valid number that no known code has (it is still explained, by its range)
  2  bad usage, or some CODE is no code: not a number from 0 to 65535 nor a known name, or a
     name that two codes share (the message lists them); a message goes to stderr (in json
     also to \"errors\"), and the other CODEs are still explained
  3  the output could not be written (a full disk, say); a reader that closes the pipe early
     (explain ... | head) is not an error: explain stops quietly with the status its input
     gives. A stdout closed before explain starts (>&-) is reopened on /dev/null by the Rust
     runtime, so that output is discarded with status 0
";

/// The value of an option: after `=` in the same argument, or the next argument.
fn value(
    name: &str,
    inline: Option<&str>,
    rest: &mut impl Iterator<Item = Result<String, UsageError>>,
) -> Result<String, UsageError> {
    match inline {
        Some(value) => Ok(value.to_owned()),
        None => rest
            .next()
            .unwrap_or_else(|| fail(format!("{name} needs a value"))),
    }
}

/// An argument as text; a non-UTF-8 argument is a usage error that shows it, lossily.
fn utf8(argument: OsString) -> Result<String, UsageError> {
    argument.into_string().or_else(|argument| {
        fail(format!(
            "the argument {:?} is not valid UTF-8",
            argument.to_string_lossy()
        ))
    })
}

/// Reads the arguments after the program name.
pub fn parse(arguments: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut options = Options {
        langs: Lang::ALL.to_vec(),
        lang: None,
        format: Format::Text,
        all: false,
        inputs: Vec::new(),
    };
    let mut rest = arguments.into_iter().map(utf8);
    let mut only_codes = false;
    while let Some(argument) = rest.next() {
        let argument = argument?;
        if only_codes || !is_option(&argument) {
            options.inputs.push(argument);
            continue;
        }
        let (name, inline) = match argument.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value)),
            _ => (argument.as_str(), None),
        };
        match name {
            "--" if inline.is_some() => return fail(format!("unknown option {argument}")),
            "--help" | "--version" | "--json" | "--all" if inline.is_some() => {
                return fail(format!("{name} takes no value"));
            }
            "--" => only_codes = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--format" => {
                options.format = match value(name, inline, &mut rest)?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "ftl" => Format::Fluent,
                    "html" => Format::Html,
                    other => {
                        return fail(format!(
                            "--format takes text, json, ftl or html, not {other:?}"
                        ));
                    }
                }
            }
            "--lang" => {
                let tag = value(name, inline, &mut rest)?;
                match tag.parse::<Lang>() {
                    Ok(lang) => {
                        options.langs = vec![lang];
                        options.lang = Some(lang);
                    }
                    Err(error) => return fail(format!("{tag:?}: {error}")),
                }
            }
            "--json" => options.format = Format::Json,
            "--all" => options.all = true,
            _ => return fail(format!("unknown option {name}")),
        }
    }
    check(&options)?;
    Ok(Command::Explain(options))
}

/// An option, as opposed to a code: `--anything`, or `-` and a letter (`-h`). `-1` is a code,
/// and a wrong one.
fn is_option(argument: &str) -> bool {
    argument.starts_with("--")
        || argument
            .strip_prefix('-')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// Combinations that cannot work.
fn check(options: &Options) -> Result<(), UsageError> {
    if options.all && !options.inputs.is_empty() {
        return fail("--all takes no codes");
    }
    match options.format {
        Format::Fluent if options.lang.is_none() || !options.all => {
            fail("--format ftl writes one language's catalog: give --all and --lang TAG")
        }
        Format::Html if !options.all => {
            fail("--format html writes the page of every code: give --all")
        }
        _ if !options.all && options.inputs.is_empty() => {
            fail("give at least one code number or name, or --all")
        }
        _ => Ok(()),
    }
}
