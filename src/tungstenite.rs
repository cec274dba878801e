//! Conversions with tungstenite's close types, one feature per tungstenite release line
//! (`tungstenite-0_29`, `tungstenite-0_30`), so a new tungstenite release adds a feature here
//! instead of breaking this crate.
//!
//! Each line gets the same impls, written once in [`conversions!`].

use crate::carrier::Carrier;
use crate::close::{CloseFrame, CloseFrameError};
use crate::code::Code;
use crate::error::ImError;
use crate::table::KnownCode;

/// The close code of a connection that tungstenite reports as failed without a Close frame.
const ABNORMAL_CLOSURE: Code = Code::new(1006);

macro_rules! conversions {
    ($tungstenite:ident) => {
        impl From<$tungstenite::protocol::frame::coding::CloseCode> for Code {
            /// The number, unchanged.
            fn from(code: $tungstenite::protocol::frame::coding::CloseCode) -> Code {
                Code::new(code.into())
            }
        }

        impl From<Code> for $tungstenite::protocol::frame::coding::CloseCode {
            /// The number, unchanged; check [`Code::is_sendable`] before sending it.
            fn from(code: Code) -> Self {
                Self::from(code.as_u16())
            }
        }

        impl From<KnownCode> for $tungstenite::protocol::frame::coding::CloseCode {
            /// The number, unchanged; check [`KnownCode::is_sendable`] before sending it.
            fn from(code: KnownCode) -> Self {
                Self::from(code.as_u16())
            }
        }

        impl<'a> From<&'a $tungstenite::protocol::CloseFrame> for CloseFrame<'a> {
            /// Borrows the frame tungstenite received. The code is kept as received; a reason
            /// over 123 bytes (possible in a frame built by hand) is cut on a character
            /// boundary.
            fn from(frame: &'a $tungstenite::protocol::CloseFrame) -> CloseFrame<'a> {
                CloseFrame::received(Code::from(frame.code), frame.reason.as_str())
            }
        }

        impl<'a> From<Option<&'a $tungstenite::protocol::CloseFrame>> for CloseFrame<'a> {
            /// What `Message::Close(frame)` carries: `None` (a Close frame without payload)
            /// gives [`CloseFrame::EMPTY`], whose code is 1005.
            fn from(frame: Option<&'a $tungstenite::protocol::CloseFrame>) -> CloseFrame<'a> {
                frame.map_or(CloseFrame::EMPTY, CloseFrame::from)
            }
        }

        impl TryFrom<CloseFrame<'_>> for $tungstenite::protocol::CloseFrame {
            type Error = CloseFrameError;

            /// A frame for tungstenite to send. [`CloseFrame::EMPTY`] has no status to send:
            /// it is [`CloseFrameError::NoStatus`]; send `Message::Close(None)` instead (asked
            /// to send 1005, tungstenite would, and its peers fail the connection with 1002).
            fn try_from(frame: CloseFrame<'_>) -> Result<Self, CloseFrameError> {
                let code = frame.status().ok_or(CloseFrameError::NoStatus)?;
                Ok(Self {
                    code: code.into(),
                    reason: frame.reason().into(),
                })
            }
        }

        impl From<&$tungstenite::protocol::CloseFrame> for ImError {
            /// The error a received Close frame reports.
            fn from(frame: &$tungstenite::protocol::CloseFrame) -> ImError {
                ImError::from_close_frame(&CloseFrame::from(frame))
            }
        }

        impl From<&$tungstenite::Error> for ImError {
            /// A transport failure: 1006 `ABNORMAL_CLOSURE`, raised locally
            /// ([`Carrier::Local`]), with tungstenite's text as the detail (labelled `local:`,
            /// never as the server's words).
            fn from(error: &$tungstenite::Error) -> ImError {
                ImError::new(ABNORMAL_CLOSURE, Carrier::Local)
                    .with_detail(alloc::string::ToString::to_string(error))
            }
        }
    };
}

#[cfg(feature = "tungstenite-0_29")]
conversions!(tungstenite_0_29);
#[cfg(feature = "tungstenite-0_30")]
conversions!(tungstenite_0_30);
