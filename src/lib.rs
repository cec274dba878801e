//! LeanCloud instant-messaging error codes and WebSocket close codes, as typed values with
//! descriptions, hints and recovery actions, looked up without allocating.
//!
//! LeanCloud's IM service reports failures as numbers: the status of a WebSocket Close frame
//! (4111 `SESSION_CONFLICT`), or the `code` of an error, ack or session command. Its client SDKs
//! add numbers of their own (0, 5130, the 9000 series), and every WebSocket peer speaks the
//! RFC 6455 / IANA close codes. This crate turns any of those numbers, or names, into:
//!
//! - [`KnownCode`], an enum of the 93 codes it knows, usable in `match`;
//! - [`Code`], a lossless wrapper for any `u16`, known or not;
//! - a [description](KnownCode::description) and a [hint](KnownCode::hint) in English and
//!   Simplified Chinese ([`Lang`]);
//! - an [`Action`]: reconnect, reopen the session, stay offline, fix the configuration, ...
//!
//! Around the codes sit the places they travel: [`CloseFrame`] reads and builds WebSocket Close
//! payloads without allocating, [`ImError`] keeps a code together with everything the server
//! said (`reason`, `detail`, `appCode`, `appMsg`), and, with the `serde` feature, the carriers
//! `ErrorCommand`, `SessionClosed`, `AckError`, `RestError` and `MessagePatch` read LeanCloud's
//! JSON.
//!
//! # Example: deciding what to do after a close
//!
//! ```
//! use leancloud_im_codes::{Action, Code, Lang};
//!
//! let code = Code::from(4111_u16); // the status of a received Close frame
//! match code.action() {
//!     Action::Reconnect | Action::RetryLater => println!("reconnecting with backoff"),
//!     Action::ReopenSession => println!("opening the session with a fresh signature"),
//!     _ => println!("{}", code.display_in(Lang::ZhHans)),
//! }
//! assert_eq!(code.name(), Some("SESSION_CONFLICT"));
//! ```
//!
//! # Example: looking up names
//!
//! Servers put the constant name in the `reason` of a close, so names are a real lookup path.
//! Aliases in use elsewhere resolve too. A name that two families share is never silently
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
//!     Err(LookupError::Ambiguous { candidates }) if candidates.len() == 2
//! ));
//! assert_eq!(
//!     KnownCode::from_name_in(Family::Im, "INTERNAL_ERROR"),
//!     Ok(KnownCode::ServerInternalError)
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
//!
//! # Example: an error command from the server
//!
//! ```
//! # #[cfg(all(feature = "serde", feature = "alloc"))] {
//! use leancloud_im_codes::{Action, ErrorCommand, ImError, Lang};
//!
//! let json = r#"{"code":4402,"reason":"MESSAGE_REJECTED_BY_APP","appCode":9890,"appMsg":"no links"}"#;
//! let error = ImError::from(serde_json::from_str::<ErrorCommand>(json).unwrap());
//! assert_eq!(error.action(), Action::FixRequest);
//! assert_eq!(error.app_code(), Some(9890)); // the hook's own code, kept apart from `code`
//! println!("{}", error.display_in(Lang::ZhHans));
//! # }
//! ```
//!
//! # Crate features
//!
//! - **std** (default): implies `alloc`; passes `std` on to optional dependencies.
//! - **alloc**: [`ImError`], which owns the server's text.
//! - **serde**: `Serialize` and `Deserialize` for [`Code`], [`KnownCode`], [`Family`],
//!   [`Action`] and [`Lang`]. Codes serialize as numbers; they deserialize from numbers, or
//!   from names and digit strings in human-readable formats. With `alloc`, `Deserialize` for
//!   LeanCloud's error carriers.
//! - **tungstenite**: conversions to and from tungstenite's `CloseCode` and `CloseFrame`, and
//!   [`ImError`] from a received tungstenite frame. Implies `std`.
//! - **strum**: strum's `EnumCount`, `VariantArray` and `IntoEnumIterator` for [`KnownCode`],
//!   backed by [`KnownCode::ALL`]. strum's `EnumString` is deliberately not derived: name
//!   lookups go through this crate's perfect-hash table only.
//!
//! # no_std
//!
//! The crate is `#![no_std]`. Lookups, [`CloseFrame`] parsing and encoding, and `Display`
//! never allocate: they read static tables and write straight to the formatter or a caller's
//! buffer. Build it with `default-features = false` for targets without `std` (CI builds
//! `thumbv7m-none-eabi`); add `alloc` for [`ImError`].
//!
//! # Trade-offs
//!
//! Lookups are perfect-hash tables that `build.rs` generates from `codes.toml`: one
//! multiplication and two table reads per number; for a name, a hash of its length and first and
//! last eight bytes, then a branch-free compare. On varied input they beat `match`, `phf` and
//! `HashMap`; on a short input sequence replayed many times, a `match` on names wins once the
//! processor has learned its branches (`BENCHMARKS.md` has both). The cost is a build script and
//! 768 bytes of hash slots beside the records. Errors never carry the input text, since that
//! would need an allocation.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

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

pub use carrier::Carrier;
#[cfg(all(feature = "serde", feature = "alloc"))]
pub use carriers::{AckError, ClientOffline, ErrorCommand, MessagePatch, OfflineCause, RestError, SessionClosed};
pub use close::{CloseFrame, CloseFrameError, DisplayFrame, MAX_PAYLOAD_LEN, MAX_REASON_LEN, truncate_reason};
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
