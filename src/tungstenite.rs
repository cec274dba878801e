//! Conversions to and from tungstenite's close types (feature `tungstenite`).
//!
//! tungstenite checks every Close frame it receives: a code it does not allow (below 1000,
//! 1004, 1005, 1006, 1014, 1015, 1016–2999, 5000 and above) reaches the application as 1002
//! `PROTOCOL_ERROR`, so such codes never show up here from a tungstenite connection. LeanCloud's
//! 4xxx codes arrive unchanged as `CloseCode::Library(n)`. Both directions keep the number: the
//! conversions only change types.

use tungstenite::protocol::CloseFrame as TungsteniteCloseFrame;
use tungstenite::protocol::frame::coding::CloseCode;

use crate::close::CloseFrame;
use crate::code::{Code, KnownCode};
use crate::error::ImError;

impl From<CloseCode> for Code {
    /// ```
    /// use leancloud_im_codes::{Code, KnownCode};
    /// use tungstenite::protocol::frame::coding::CloseCode;
    ///
    /// assert_eq!(Code::from(CloseCode::Library(4111)), KnownCode::SessionConflict);
    /// assert_eq!(Code::from(CloseCode::Normal), KnownCode::NormalClosure);
    /// ```
    fn from(code: CloseCode) -> Code {
        Code::new(code.into())
    }
}

impl From<Code> for CloseCode {
    /// ```
    /// use leancloud_im_codes::Code;
    /// use tungstenite::protocol::frame::coding::CloseCode;
    ///
    /// assert_eq!(CloseCode::from(Code::new(4999)), CloseCode::Library(4999));
    /// ```
    fn from(code: Code) -> CloseCode {
        CloseCode::from(code.as_u16())
    }
}

impl From<KnownCode> for CloseCode {
    /// ```
    /// use leancloud_im_codes::KnownCode;
    /// use tungstenite::protocol::frame::coding::CloseCode;
    ///
    /// assert_eq!(CloseCode::from(KnownCode::GoingAway), CloseCode::Away);
    /// ```
    fn from(code: KnownCode) -> CloseCode {
        CloseCode::from(code.as_u16())
    }
}

impl<'a> From<&'a TungsteniteCloseFrame> for CloseFrame<'a> {
    /// Borrows the reason of a frame tungstenite received.
    ///
    /// ```
    /// use leancloud_im_codes::{CloseFrame, KnownCode};
    /// use tungstenite::protocol::{CloseFrame as Received, frame::coding::CloseCode};
    ///
    /// let received = Received { code: CloseCode::Library(4112), reason: "expired".into() };
    /// let frame = CloseFrame::from(&received);
    /// assert_eq!(frame.known(), Some(KnownCode::SessionTokenExpired));
    /// assert_eq!(frame.reason(), "expired");
    /// ```
    fn from(frame: &'a TungsteniteCloseFrame) -> CloseFrame<'a> {
        CloseFrame::from_parts(Code::from(frame.code), frame.reason.as_str())
    }
}

impl From<CloseFrame<'_>> for TungsteniteCloseFrame {
    /// A frame for tungstenite to send. An empty frame ([`CloseFrame::EMPTY`]) has no
    /// tungstenite equivalent other than `None`; it becomes 1005, which tungstenite will not
    /// send, so check [`CloseFrame::status`] first.
    ///
    /// ```
    /// use leancloud_im_codes::{CloseFrame, KnownCode};
    /// use tungstenite::protocol::{CloseFrame as ToSend, frame::coding::CloseCode};
    ///
    /// let frame = ToSend::from(CloseFrame::new(KnownCode::SessionConflict, "SESSION_CONFLICT")?);
    /// assert_eq!(frame.code, CloseCode::Library(4111));
    /// assert_eq!(frame.reason.as_str(), "SESSION_CONFLICT");
    /// # Ok::<(), leancloud_im_codes::CloseFrameError>(())
    /// ```
    fn from(frame: CloseFrame<'_>) -> TungsteniteCloseFrame {
        TungsteniteCloseFrame {
            code: frame.code().into(),
            reason: frame.reason().into(),
        }
    }
}

impl From<&TungsteniteCloseFrame> for ImError {
    /// ```
    /// use leancloud_im_codes::{Action, ImError};
    /// use tungstenite::protocol::{CloseFrame, frame::coding::CloseCode};
    ///
    /// let received = CloseFrame { code: CloseCode::Library(4115), reason: "kicked".into() };
    /// let error = ImError::from(&received);
    /// assert_eq!(error.action(), Action::StayOffline);
    /// assert_eq!(error.reason(), Some("kicked"));
    /// ```
    fn from(frame: &TungsteniteCloseFrame) -> ImError {
        ImError::from_close_frame(&CloseFrame::from(frame))
    }
}
