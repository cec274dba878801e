//! LeanCloud instant-messaging error codes and WebSocket close codes, as typed values with
//! recovery answers, texts for developers and end users in three languages, and the sources of
//! every fact, looked up without allocating.
//!
//! LeanCloud's IM service reports failures as numbers: the status of a WebSocket Close frame
//! (4111 `SESSION_CONFLICT`), or the `code` of an error, ack or session command, or of a REST
//! reply. Its client SDKs add numbers of their own (0, 5130, the 9000 series, and LeanCloud's
//! general codes in the Java SDK), every WebSocket peer speaks the RFC 6455 / IANA close codes,
//! and the WebSocket library itself reports failures that are no code at all. This crate turns
//! all of that into values that say what happened, what to do about it, and what to tell the
//! user.
//!
//! # Overview
//!
//! - [`Code`] holds any `u16`, known or not (`Code::SESSION_CONFLICT`, `Code::new(4999)`), and
//!   is the home of every per-code answer; [`KnownCode`] is the enum of the codes the crate
//!   knows, for `match` and for name lookups. Both display like `http::StatusCode`:
//!   `4111 SESSION_CONFLICT`.
//! - What to do with the connection depends on how the code arrived, its [`Carrier`]:
//!   [`Code::connection`] answers a [`ConnectionAction`] (reconnect, reopen the session, stay
//!   offline, stop). What to do with the request it answered is an [`OperationAction`]
//!   ([`Code::operation`]), with a documented [`RetryAfter`] and [`Code::is_retryable`] for
//!   requests that may already have been applied.
//! - A `description` and a `hint` for developers and a `message` for end users, in English,
//!   Simplified Chinese and Traditional Chinese ([`Lang`], with BCP 47 and `Accept-Language`
//!   negotiation), and [`Code::sources`]: where each fact comes from.
//! - Around the codes sit the places they travel: [`CloseFrame`] reads and builds Close
//!   payloads without allocating; [`ImError`] keeps a failure as it arrived (a code with its
//!   carrier, a REST reply's HTTP status, a [`TransportFailure`], the server's own words) and
//!   answers for all of it; with `serde`, the payload types read LeanCloud's JSON.
//!   [`ReconnectSchedule`] spaces reconnects as the official SDKs do; [`AppTexts`] puts an
//!   app's own words first.
//!
//! Each answer has one home, and the other types reach it through `.code()`:
//!
//! | answer | home | from a [`KnownCode`], a [`CloseFrame`] | for a failure as it arrived |
//! |---|---|---|---|
//! | connection, per carrier | [`Code::connection`] | `known.code()`, `frame.code()` | [`ImError::connection`] |
//! | operation, retryable | [`Code::operation`], [`Code::is_retryable`] | same | [`ImError::operation`], [`ImError::is_retryable`] |
//! | wait | [`Code::retry_after`] | same | [`ImError::retry_after`] (adds `Retry-After`, HTTP 429) |
//! | texts | [`Code::text`] (and `description`, `hint`, `message`) | same | [`ImError::text`] |
//! | sources | [`Code::sources`] | same | – |
//! | name, family | [`KnownCode::name`], [`KnownCode::family`] | [`Code::name`], [`Code::family`] | – |
//!
//! [`ImError`]'s answers are its own where more than the code decides: the carrier, an HTTP
//! status, a transport failure.
//!
//! # Example: deciding after a close
//!
//! ```
//! use leancloud_im_codes::{Carrier, Code, ConnectionAction, Lang, ReconnectSchedule};
//!
//! let mut schedule = ReconnectSchedule::js();
//! let code = Code::from(4111_u16); // pushed in a `session/closed` command
//! match code.connection(Carrier::Session) {
//!     Some(ConnectionAction::Reconnect) => println!("retry in {:?}", schedule.next()),
//!     Some(ConnectionAction::ReopenSession) => println!("open again with a fresh signature"),
//!     Some(ConnectionAction::StayOffline) => println!("{}", code.message(Lang::ZhHant)),
//!     _ => println!("stop: {code:#}"),
//! }
//! assert_eq!(code, Code::SESSION_CONFLICT);
//! assert_eq!(code.to_string(), "4111 SESSION_CONFLICT");
//! ```
//!
//! # Example: a read loop
//!
//! With the `tungstenite-0_29` or `tungstenite-0_30` feature, everything tungstenite reads
//! becomes an [`ImError`] in one step: a Close frame (`Option<&CloseFrame>`), and every
//! `tungstenite::Error`, each mapped on purpose (see [`TransportFailure`]): the read that fails
//! after a completed close handshake does not override the Close frame's answer, a refused
//! handshake decides by its HTTP status and `Retry-After`, and only a failed socket is 1006.
//! `examples/read_loop.rs` is the whole client with tokio-tungstenite, error commands and a
//! jittered schedule; tokio-tungstenite re-exports tungstenite's types, so the same features
//! cover it.
//!
//! ```no_run
//! # #[cfg(feature = "tungstenite-0_30")] {
//! use leancloud_im_codes::{ConnectionAction, ImError, ReconnectSchedule};
//! use tungstenite_0_30 as tungstenite; // your `tungstenite` dependency
//!
//! let mut schedule = ReconnectSchedule::recommended();
//! let (mut socket, _) = tungstenite::connect("wss://example.invalid/")?;
//! let end: ImError = loop {
//!     match socket.read() {
//!         Ok(tungstenite::Message::Close(frame)) => break ImError::from(frame.as_ref()),
//!         Ok(_) => { /* decode commands; an `error` command becomes an ImError too */ }
//!         Err(error) => break ImError::from(&error),
//!     }
//! };
//! match end.connection() {
//!     Some(ConnectionAction::Reconnect) => {
//!         let wait = schedule.next().unwrap_or_default();
//!         println!("reconnect in {wait:?} (the server asked for {:?})", end.retry_after());
//!     }
//!     None => { /* nothing new: a Close frame before it already decided */ }
//!     Some(other) => println!("{other}: {end}"),
//! }
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Two things the loop must know that no code can tell it. The first decision stands: when the
//! app closes the connection itself (after a `session/closed`, say), the server's reply is a
//! Close frame too (1000, or none), and it is no new reason to reconnect; stop reading at the
//! first Close frame, or remember that you already decided. And tokio-tungstenite ends its
//! stream where tungstenite would return `ConnectionClosed`, so a tokio loop sees the end of
//! the stream instead of that error.
//!
//! # Example: looking up names
//!
//! Servers put the constant name in the `reason` of a close, so names are a real lookup path.
//! Aliases in use elsewhere resolve too. A name that two codes share is never silently
//! resolved: ask within a family, or by number.
//!
//! ```
//! use leancloud_im_codes::{Family, KnownCode, LookupError};
//!
//! assert_eq!(KnownCode::from_name("CLOSE_ABNORMAL"), Ok(KnownCode::AbnormalClosure));
//! assert_eq!(
//!     KnownCode::from_name_ignore_ascii_case("session_token_expired"),
//!     Ok(KnownCode::SessionTokenExpired)
//! );
//! assert!(matches!(
//!     KnownCode::from_name("INTERNAL_ERROR"),
//!     Err(LookupError::Ambiguous { candidates, .. }) if candidates.len() == 2
//! ));
//! assert_eq!(
//!     KnownCode::from_name_in(Family::Im, "INTERNAL_ERROR"),
//!     Ok(KnownCode::ImInternalError)
//! );
//! ```
//!
//! # Example: an error command, and a REST reply without a LeanCloud body
//!
//! ```
//! # #[cfg(all(feature = "serde", feature = "alloc"))] {
//! use leancloud_im_codes::{Code, ErrorCommand, ImError, Lang, OperationAction, RestError};
//!
//! let json = r#"{"code":4402,"reason":"MESSAGE_REJECTED_BY_APP","appCode":9890,"appMsg":"no links"}"#;
//! let error = ImError::from(ErrorCommand::from_json(json.as_bytes()).unwrap());
//! assert_eq!(error.operation(), Some(OperationAction::FixRequest));
//! assert_eq!(error.app_code(), Some(9890)); // the hook's own code, kept apart from `code`
//! println!("{}", error.message(Lang::ZhHans));
//!
//! // A 503 from a proxy, with an HTML page: its status still decides.
//! let proxy = ImError::from(RestError::from_status(503));
//! assert_eq!(proxy.code(), None);
//! assert_eq!(proxy.operation(), Some(OperationAction::RetryLater));
//! # }
//! ```
//!
//! # How things display
//!
//! | value | `{}` | `{:#}` |
//! |---|---|---|
//! | [`Code`], [`KnownCode`] | `4111 SESSION_CONFLICT`; `4999 <unknown>` | adds `: ` and the English description |
//! | [`CloseFrame`] | `4115 KICKED_BY_APP (reason "banned")` | the code's `{:#}`, then the reason |
//! | [`ImError`] | `4111 SESSION_CONFLICT: description [server: reason "…"]`, one line | – |
//!
//! [`Code::display_in`] and [`ImError::display_in`] write the same in another language, labels
//! included; width and alignment (`{:>24}`) apply to the whole text, precision is ignored.
//! `Debug` names the code: `Code(4111 SESSION_CONFLICT)`, `SessionConflict(4111)`, and, like
//! derived `Debug`, ignores width. [`Code::as_str`] gives the digits alone.
//!
//! # Code families
//!
//! | [`Family`] | numbers | sent by |
//! |---|---|---|
//! | [`WebSocket`](Family::WebSocket) | 1000–1015, 3000, 3003, 3008 | any WebSocket peer (RFC 6455, IANA) |
//! | [`Im`](Family::Im) | 4100–4563 (58 codes, with gaps) | the LeanCloud IM server |
//! | [`Sdk`](Family::Sdk) | 0, 5130, 9000–9977 | LeanCloud client SDKs, never the server |
//! | [`General`](Family::General) | 1, 100–124, 999 | LeanCloud's platform-wide codes |
//!
//! # What other WebSocket implementations do
//!
//! - tungstenite rewrites a received code it does not allow (1014 included) to 1002 with the
//!   reason "Protocol violation", but only when the peer starts the close: the peer's reply to
//!   the application's own close reaches the application unchecked. Check received codes with
//!   [`Code::is_sendable`].
//! - tungstenite sends 1005, 1006 and 1015, and reasons over 123 bytes, when asked to. The
//!   conversions to its types refuse them ([`CloseFrameError::NotSendable`]), and building
//!   frames through [`CloseFrame::new`] guards against them.
//! - The official JavaScript SDK runs on `ws`, which fails a connection whose peer closes with a
//!   status RFC 6455 forbids (0, 1005, 1006, 1015, 5000 and above) and reports 1002; the SDK
//!   then reconnects.
//! - A browser's `WebSocket.close(code)` accepts only 1000 and 3000–4999, and browsers pass a
//!   peer's 0, 999, 5000 or 65535 through to the page: 1005, 1006 and 1015 should never be sent,
//!   but a client can still see them.
//! - axum's `CloseFrame` carries a bare `u16` code and a UTF-8 reason: read it with
//!   [`CloseFrame::received`]`(frame.code, &frame.reason)`, which keeps any code (a received
//!   frame may carry one that must not be sent), or [`Code::new`] for the code alone.
//!   tokio-tungstenite re-exports tungstenite's types, so the `tungstenite-0_*` features cover
//!   it. This crate's [`CloseFrame`] has the same name as theirs: import it under another one
//!   (`use leancloud_im_codes::CloseFrame as ImCloseFrame;`) or go straight to [`ImError`].
//!
//! # Crate features
//!
//! - **std** (default): implies `alloc`; passes `std` on to optional dependencies.
//! - **zh-hans**, **zh-hant** (default): the Chinese texts. Without one, that language reads
//!   the English texts, and the binary is smaller.
//! - **alloc**: [`ImError`], which owns the server's text.
//! - **serde**: `Serialize` and `Deserialize` for the codes (as numbers) and the vocabulary
//!   words; with `alloc`, the payloads `ErrorCommand`, `SessionClosed`, `AckError`,
//!   `RestError`, `MessagePatch` and `ClientOffline`, and `ImError`'s own lossless form. A
//!   payload keeps a valid code whatever its optional fields hold; `from_json` reads LeanCloud's
//!   JSON with that rule down to malformed numbers and strings, which `serde_json` refuses
//!   before any `Deserialize` impl sees them.
//! - **tungstenite-0_29**, **tungstenite-0_30**: conversions with that tungstenite release's
//!   close types and errors. Implies `std`.
//! - **strum-0_28**: strum 0.28's `EnumCount`, `VariantArray` and `IntoEnumIterator` for
//!   [`KnownCode`].
//!
//! One feature per integrated major version: a new tungstenite or strum release adds a feature
//! instead of breaking this crate.
//!
//! # no_std
//!
//! The crate is `#![no_std]` and `#![forbid(unsafe_code)]`. Lookups, texts in every language,
//! an app's overrides ([`AppTexts`]), close-frame parsing and encoding, reconnect schedules and
//! every `Display` impl read static tables and write straight to the formatter or a caller's
//! buffer, without allocating (`tests/no_alloc.rs` counts). With `default-features = false` it
//! builds for `thumbv7m-none-eabi`; add `alloc` for [`ImError`].
//!
//! # Trade-offs
//!
//! - The answers are recommendations drawn from what the official SDKs do, not what every SDK
//!   does: where they disagree, or where the crate departs from them (1010, 1015 and 9976 stop;
//!   4112 reopens after a `session/closed`), `codes.toml` says so and why, and a test runs the
//!   official JavaScript SDK to keep each declared difference honest.
//! - A text is shown in one form whatever the carrier; its message never promises what any of
//!   the code's answers rules out, which makes some messages plainer than one carrier alone
//!   would need.
//! - Traditional Chinese follows Taiwan's usage; Hong Kong and Macao readers get it too.
//! - Every table is generated from `codes.toml` and committed; the build checks the copy is
//!   current by a 128-bit digest, and regenerates otherwise.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod app_texts;
mod carrier;
mod close;
mod code;
mod convert;
mod digits;
mod display;
#[cfg(feature = "alloc")]
mod error;
mod family;
mod hash;
#[cfg(all(feature = "serde", feature = "alloc"))]
mod json;
mod known;
mod lang;
mod lookup;
mod lookup_error;
mod name_match;
mod pad;
mod parse_error;
mod patch;
#[cfg(all(feature = "serde", feature = "alloc"))]
mod payloads;
mod range;
mod recovery;
mod schedule;
#[cfg(feature = "serde")]
mod serde_impls;
#[cfg(feature = "strum-0_28")]
mod strum_impls;
mod table;
mod text_kind;
mod transport;
#[cfg(any(feature = "tungstenite-0_29", feature = "tungstenite-0_30"))]
mod tungstenite;

pub use app_texts::{AppText, AppTexts};
pub use carrier::Carrier;
pub use close::{CloseFrame, CloseFrameError, MAX_PAYLOAD_LEN, MAX_REASON_LEN, truncate_reason};
pub use code::Code;
pub use digits::Digits;
pub use display::Localized;
#[cfg(feature = "alloc")]
pub use error::{DisplayError, ImError};
pub use family::Family;
#[cfg(all(feature = "serde", feature = "alloc"))]
pub use json::JsonError;
pub use lang::Lang;
pub use lookup_error::LookupError;
pub use parse_error::ParseWordError;
pub use patch::{PatchCause, PatchKind};
#[cfg(all(feature = "serde", feature = "alloc"))]
pub use payloads::{
    AckError, ClientOffline, ErrorCommand, MessagePatch, OfflineCause, RestError, SessionClosed,
};
pub use range::CodeRange;
pub use recovery::{ConnectionAction, OperationAction, RetryAfter};
pub use schedule::{Jitter, Jittered, ReconnectSchedule, ScheduleKind};
pub use table::KnownCode;
pub use text_kind::TextKind;
pub use transport::TransportFailure;

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
