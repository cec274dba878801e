//! LeanCloud instant-messaging error codes and WebSocket close codes, as typed values with
//! recovery answers, texts for developers and end users in three languages, and the sources of
//! every fact, looked up without allocating.
//!
//! LeanCloud's IM service reports failures as numbers: the status of a WebSocket Close frame
//! (4111 `SESSION_CONFLICT`), or the `code` of an error, ack or session command, or of a REST
//! reply. Its client SDKs add numbers of their own (0, 5130, the 9000 series, and LeanCloud's
//! general codes in the Java SDK), and every WebSocket peer speaks the RFC 6455 / IANA close
//! codes. This crate turns any of those numbers, or names, into:
//!
//! - [`KnownCode`], an enum of the codes it knows, and [`Code`], a lossless wrapper for any `u16`
//!   with a constant per known code (`Code::SESSION_CONFLICT`);
//! - two recovery answers: [`ConnectionAction`] (after the code closed the connection) and
//!   [`OperationAction`] (for the request it answered), a documented [`RetryAfter`], and
//!   [`KnownCode::is_retryable`] for requests that may already have been applied;
//! - a `description` and a `hint` for developers and a `message` for end users, in English,
//!   Simplified Chinese and Traditional Chinese ([`Lang`], with BCP 47 negotiation);
//! - [`KnownCode::sources`]: where each fact comes from.
//!
//! Around the codes sit the places they travel: [`CloseFrame`] reads and builds Close payloads
//! without allocating, [`ImError`] keeps a code with its [`Carrier`] and everything the server
//! said, and, with `serde`, the carriers read LeanCloud's JSON. [`ReconnectSchedule`] spaces
//! reconnects as the official SDKs do.
//!
//! # Example: deciding what to do after a close
//!
//! ```
//! use leancloud_im_codes::{Carrier, Code, ConnectionAction, Lang, ReconnectSchedule};
//!
//! let mut schedule = ReconnectSchedule::js();
//! let code = Code::from(4111_u16); // pushed in a `session/closed` command
//! match code.connection_after(Carrier::SessionClosed) {
//!     Some(ConnectionAction::Reconnect) => println!("retry in {:?}", schedule.next()),
//!     Some(ConnectionAction::ReopenSession) => println!("open again with a fresh signature"),
//!     Some(ConnectionAction::StayOffline) => println!("{}", code.message(Lang::ZhHant)),
//!     _ => println!("stop: {code}"),
//! }
//! assert_eq!(code, Code::SESSION_CONFLICT);
//! ```
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
//! # Code families
//!
//! | [`Family`] | numbers | sent by |
//! |---|---|---|
//! | [`WebSocket`](Family::WebSocket) | 1000–1015, 3000, 3003, 3008 | any WebSocket peer (RFC 6455, IANA) |
//! | [`Im`](Family::Im) | 4100–4563 (58 codes, with gaps) | the LeanCloud IM server |
//! | [`Sdk`](Family::Sdk) | 0, 5130, 9000–9977 | LeanCloud client SDKs, never the server |
//! | [`General`](Family::General) | 1, 100–124, 999 | LeanCloud's platform-wide codes |
//!
//! # Example: an error command from the server
//!
//! ```
//! # #[cfg(all(feature = "serde", feature = "alloc"))] {
//! use leancloud_im_codes::{ErrorCommand, ImError, Lang, OperationAction};
//!
//! let json = r#"{"code":4402,"reason":"MESSAGE_REJECTED_BY_APP","appCode":9890,"appMsg":"no links"}"#;
//! let error = ImError::from(serde_json::from_str::<ErrorCommand>(json).unwrap());
//! assert_eq!(error.operation(), Some(OperationAction::FixRequest));
//! assert_eq!(error.app_code(), Some(9890)); // the hook's own code, kept apart from `code`
//! println!("{}", error.message(Lang::ZhHans));
//! # }
//! ```
//!
//! # What other WebSocket implementations do
//!
//! - tungstenite rewrites a received code it does not allow (1014 included) to 1002 with the
//!   reason "Protocol violation", but only when the peer starts the close: the peer's reply to
//!   the application's own close reaches the application unchecked. Check received codes with
//!   [`Code::is_sendable`].
//! - tungstenite itself sends 1005, 1006 and 1015, and reasons over 123 bytes, when asked to.
//!   Building frames through [`CloseFrame::new`] is what guards against that; converting
//!   [`CloseFrame::EMPTY`] into tungstenite's type fails with [`CloseFrameError::NoStatus`].
//! - A browser's `WebSocket.close(code)` accepts only 1000 and 3000–4999, and browsers pass a
//!   peer's 0, 999, 5000 or 65535 through to the page: 1005, 1006 and 1015 should never be sent,
//!   but a client can still see them.
//! - axum's `CloseFrame` carries a bare `u16` code and a UTF-8 reason: read it with
//!   `CloseFrame::new(frame.code, &frame.reason)` (or [`Code::new`] for the code alone).
//!   tokio-tungstenite re-exports tungstenite's types, so the `tungstenite-0_*` features cover it.
//!
//! # Crate features
//!
//! - **std** (default): implies `alloc`; passes `std` on to optional dependencies.
//! - **alloc**: [`ImError`], which owns the server's text.
//! - **serde**: `Serialize` and `Deserialize` for the codes (as numbers) and the vocabulary
//!   words; with `alloc`, the carriers `ErrorCommand`, `SessionClosed`, `AckError`,
//!   `RestError`, `MessagePatch` and `ClientOffline`, and `ImError`'s own lossless form. The
//!   carriers read JSON; serde_json checks the fields they skip only loosely (invalid UTF-8,
//!   bad `\u` escapes and huge numbers inside unknown fields pass), and a badly typed optional
//!   field is dropped rather than failing the carrier.
//! - **tungstenite-0_29**, **tungstenite-0_30**: conversions with that tungstenite release's
//!   close types and errors. Implies `std`.
//! - **strum-0_28**: strum 0.28's `EnumCount`, `VariantArray` and `IntoEnumIterator` for
//!   [`KnownCode`].
//!
//! # no_std
//!
//! The crate is `#![no_std]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod app_texts;
mod ascii;
mod carrier;
#[cfg(all(feature = "serde", feature = "alloc"))]
mod carriers;
mod close;
mod code;
#[cfg(feature = "alloc")]
mod error;
mod family;
mod hash;
mod lang;
mod lookup_error;
mod pad;
mod parse_error;
mod patch;
mod range;
mod recovery;
mod schedule;
#[cfg(feature = "serde")]
mod serde_impls;
#[cfg(feature = "strum-0_28")]
mod strum_impls;
mod table;
#[cfg(any(feature = "tungstenite-0_29", feature = "tungstenite-0_30"))]
mod tungstenite;

pub use app_texts::{AppText, AppTexts, TextKind};
pub use carrier::Carrier;
#[cfg(all(feature = "serde", feature = "alloc"))]
pub use carriers::{
    AckError, ClientOffline, ErrorCommand, MessagePatch, OfflineCause, RestError, SessionClosed,
};
pub use close::{
    CloseFrame, CloseFrameError, DisplayFrame, MAX_PAYLOAD_LEN, MAX_REASON_LEN, truncate_reason,
};
pub use code::{Code, Localized};
#[cfg(feature = "alloc")]
pub use error::{DisplayError, ImError};
pub use family::Family;
pub use lang::Lang;
pub use lookup_error::LookupError;
pub use parse_error::ParseWordError;
pub use patch::{PatchCause, PatchKind};
pub use range::CodeRange;
pub use recovery::{ConnectionAction, OperationAction, RetryAfter};
pub use schedule::{Jitter, Jittered, ReconnectSchedule, ScheduleKind};
pub use table::KnownCode;

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
