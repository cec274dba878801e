//! WebSocket Close frame payloads (RFC 6455 §5.5.1): parsing what arrives, building what is sent.
//!
//! Nothing here allocates: a parsed frame borrows its reason from the payload, and encoding
//! writes into a caller's 125-byte buffer.

use core::fmt;

use crate::code::Code;
use crate::pad::padded;

/// The most bytes a close reason may have: a control frame carries at most 125 bytes of
/// payload, two of which are the status code.
///
/// ```
/// use leancloud_im_codes::{CloseFrame, MAX_REASON_LEN};
///
/// assert!(CloseFrame::new(1000, &"x".repeat(MAX_REASON_LEN)).is_ok());
/// assert!(CloseFrame::new(1000, &"x".repeat(MAX_REASON_LEN + 1)).is_err());
/// ```
pub const MAX_REASON_LEN: usize = 123;

/// The most bytes a Close frame payload may have: the size of [`CloseFrame::encode`]'s buffer.
///
/// ```
/// assert_eq!(leancloud_im_codes::MAX_PAYLOAD_LEN, 125);
/// ```
pub const MAX_PAYLOAD_LEN: usize = MAX_REASON_LEN + 2;

/// The status of a Close frame that carried none; only ever reported locally.
const NO_STATUS_RECEIVED: Code = Code::new(1005);

/// The payload of a WebSocket Close frame: an optional status code and a UTF-8 reason.
///
/// [`parse`](CloseFrame::parse) reads a received payload and keeps the code exactly as sent,
/// even one that RFC 6455 forbids on the wire (check [`Code::is_sendable`] to spot a peer that
/// broke the rules). [`new`](CloseFrame::new) builds a frame to send and refuses what may not be
/// sent. What to do about a frame is its [`code`](CloseFrame::code)'s answer with
/// [`Carrier::CloseFrame`](crate::Carrier::CloseFrame), or [`ImError`](crate::ImError)'s when
/// the reason matters too.
///
/// Every way of building a frame keeps its reason within 123 bytes and whole UTF-8 characters,
/// so [`encode`](CloseFrame::encode) always writes a payload that `parse` accepts.
///
/// tungstenite, tokio-tungstenite and axum have a `CloseFrame` of their own: import this one
/// under another name beside theirs (`use leancloud_im_codes::CloseFrame as ImCloseFrame;`),
/// or convert straight to an [`ImError`](crate::ImError).
///
/// ```
/// use leancloud_im_codes::{Carrier, CloseFrame, ConnectionAction, KnownCode};
///
/// let payload = [0x10, 0x0f, b'S', b'E', b'S', b'S', b'I', b'O', b'N', b'_', b'C', b'O', b'N',
///                b'F', b'L', b'I', b'C', b'T'];
/// let frame = CloseFrame::parse(&payload)?;
/// assert_eq!(frame.code(), KnownCode::SessionConflict);
/// assert_eq!(frame.reason(), "SESSION_CONFLICT");
/// assert_eq!(frame.code().connection(Carrier::CloseFrame), Some(ConnectionAction::Reconnect));
/// assert_eq!(frame.to_string(), r#"4111 SESSION_CONFLICT (reason "SESSION_CONFLICT")"#);
/// # Ok::<(), leancloud_im_codes::CloseFrameError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CloseFrame<'a> {
    status: Option<Code>,
    reason: &'a str,
}

impl<'a> CloseFrame<'a> {
    /// A frame as a library that already parsed the payload received it: axum's `CloseFrame`
    /// (a bare `u16` code and a reason), a browser's `CloseEvent`, ... The code is kept as
    /// received, even one RFC 6455 forbids on the wire ([`new`](CloseFrame::new) refuses those:
    /// it builds frames to send); a reason over 123 bytes, which that library should not have let
    /// through, is cut on a character boundary, so the frame can still be encoded.
    ///
    /// ```
    /// # #[cfg(feature = "alloc")] {
    /// use leancloud_im_codes::{CloseFrame, ConnectionAction, ImError};
    ///
    /// // What axum hands over: `frame.code` and `frame.reason`.
    /// let (code, reason) = (1006_u16, "");
    /// let error = ImError::from_close_frame(&CloseFrame::received(code, reason));
    /// assert_eq!(error.connection(), Some(ConnectionAction::Reconnect));
    /// assert_eq!(error.reason(), None);
    /// assert!(CloseFrame::new(code, reason).is_err()); // 1006 may not be sent
    /// # }
    /// ```
    #[must_use]
    pub fn received(code: impl Into<Code>, reason: &'a str) -> CloseFrame<'a> {
        CloseFrame {
            status: Some(code.into()),
            reason: truncate_reason(reason),
        }
    }

    /// A frame with no status code and no reason (an empty payload).
    ///
    /// ```
    /// use leancloud_im_codes::CloseFrame;
    ///
    /// assert_eq!(CloseFrame::EMPTY.status(), None);
    /// assert_eq!(CloseFrame::EMPTY.code().as_u16(), 1005);
    /// ```
    pub const EMPTY: CloseFrame<'static> = CloseFrame {
        status: None,
        reason: "",
    };

    /// Reads a received payload: empty means no status (reported as 1005); one byte is an
    /// error; otherwise a big-endian status code and a UTF-8 reason of at most 123 bytes.
    ///
    /// ```
    /// use leancloud_im_codes::{CloseFrame, CloseFrameError};
    ///
    /// assert_eq!(CloseFrame::parse(&[])?, CloseFrame::EMPTY);
    /// assert_eq!(CloseFrame::parse(&[0x13, 0x87])?.code().as_u16(), 4999);
    /// assert_eq!(CloseFrame::parse(&[0x03]), Err(CloseFrameError::OneByte));
    /// assert!(matches!(
    ///     CloseFrame::parse(&[0x03, 0xe8, 0xff]),
    ///     Err(CloseFrameError::InvalidUtf8 { valid_up_to: 0, .. })
    /// ));
    /// # Ok::<(), CloseFrameError>(())
    /// ```
    /// # Errors
    ///
    /// [`CloseFrameError::OneByte`], [`ReasonTooLong`](CloseFrameError::ReasonTooLong) or
    /// [`InvalidUtf8`](CloseFrameError::InvalidUtf8), for a payload RFC 6455 does not allow.
    pub fn parse(payload: &'a [u8]) -> Result<CloseFrame<'a>, CloseFrameError> {
        let Some((status, reason)) = payload.split_first_chunk::<2>() else {
            return match payload {
                [] => Ok(CloseFrame::EMPTY),
                _ => Err(CloseFrameError::OneByte),
            };
        };
        if reason.len() > MAX_REASON_LEN {
            return Err(CloseFrameError::ReasonTooLong { len: reason.len() });
        }
        let reason =
            core::str::from_utf8(reason).map_err(|error| CloseFrameError::InvalidUtf8 {
                valid_up_to: error.valid_up_to(),
            })?;
        Ok(CloseFrame {
            status: Some(Code::new(u16::from_be_bytes(*status))),
            reason,
        })
    }

    /// Builds a frame to send. Refuses codes that must not be sent (below 1000, 1004, 1005,
    /// 1006, 1015, 1016–2999, 5000 and above) and reasons over 123 bytes.
    ///
    /// ```
    /// use leancloud_im_codes::{CloseFrame, CloseFrameError, Code, KnownCode};
    ///
    /// let frame = CloseFrame::new(KnownCode::NormalClosure, "bye")?;
    /// assert_eq!(frame.reason(), "bye");
    /// assert_eq!(
    ///     CloseFrame::new(KnownCode::AbnormalClosure, ""),
    ///     Err(CloseFrameError::NotSendable(Code::new(1006)))
    /// );
    /// # Ok::<(), CloseFrameError>(())
    /// ```
    /// # Errors
    ///
    /// [`CloseFrameError::NotSendable`] for a code that may not be sent, and
    /// [`ReasonTooLong`](CloseFrameError::ReasonTooLong) for a reason over 123 bytes.
    pub fn new(code: impl Into<Code>, reason: &'a str) -> Result<CloseFrame<'a>, CloseFrameError> {
        let code = code.into();
        if !code.is_sendable() {
            return Err(CloseFrameError::NotSendable(code));
        }
        if reason.len() > MAX_REASON_LEN {
            return Err(CloseFrameError::ReasonTooLong { len: reason.len() });
        }
        Ok(CloseFrame {
            status: Some(code),
            reason,
        })
    }

    /// Like [`new`](CloseFrame::new), but cuts a long reason to at most 123 bytes instead of
    /// refusing it, never inside a UTF-8 character.
    ///
    /// ```
    /// use leancloud_im_codes::{CloseFrame, KnownCode};
    ///
    /// let long = "会话".repeat(50); // 300 bytes
    /// let frame = CloseFrame::new_truncated(KnownCode::GoingAway, &long)?;
    /// assert_eq!(frame.reason().len(), 123); // 41 whole characters
    /// # Ok::<(), leancloud_im_codes::CloseFrameError>(())
    /// ```
    /// # Errors
    ///
    /// [`CloseFrameError::NotSendable`] for a code that may not be sent.
    pub fn new_truncated(
        code: impl Into<Code>,
        reason: &'a str,
    ) -> Result<CloseFrame<'a>, CloseFrameError> {
        CloseFrame::new(code, truncate_reason(reason))
    }

    /// The status code, or `None` when the payload was empty.
    ///
    /// ```
    /// use leancloud_im_codes::CloseFrame;
    ///
    /// assert_eq!(CloseFrame::parse(&[0x0f, 0xa0])?.status().map(|c| c.as_u16()), Some(4000));
    /// # Ok::<(), leancloud_im_codes::CloseFrameError>(())
    /// ```
    #[must_use]
    pub const fn status(&self) -> Option<Code> {
        self.status
    }

    /// The status code, or 1005 (`NO_STATUS_RCVD`) when the payload was empty, as RFC 6455
    /// §7.1.5 reports it.
    ///
    /// ```
    /// use leancloud_im_codes::{CloseFrame, KnownCode};
    ///
    /// assert_eq!(CloseFrame::EMPTY.code(), KnownCode::NoStatusRcvd);
    /// ```
    #[must_use]
    pub const fn code(&self) -> Code {
        match self.status {
            Some(code) => code,
            None => NO_STATUS_RECEIVED,
        }
    }

    /// The reason, borrowed from the payload; empty when none was given.
    ///
    /// ```
    /// use leancloud_im_codes::CloseFrame;
    ///
    /// assert_eq!(CloseFrame::parse(&[0x03, 0xe8, b'o', b'k'])?.reason(), "ok");
    /// # Ok::<(), leancloud_im_codes::CloseFrameError>(())
    /// ```
    #[must_use]
    pub const fn reason(&self) -> &'a str {
        self.reason
    }

    /// Writes the payload into `buffer` and returns the written part: nothing for a frame with
    /// no status, else the big-endian code followed by the reason.
    ///
    /// ```
    /// use leancloud_im_codes::{CloseFrame, MAX_PAYLOAD_LEN};
    ///
    /// let mut buffer = [0; MAX_PAYLOAD_LEN];
    /// let payload = CloseFrame::new(4111, "SESSION_CONFLICT")?.encode(&mut buffer);
    /// assert_eq!(&payload[..2], &[0x10, 0x0f]);
    /// assert_eq!(CloseFrame::parse(payload)?.reason(), "SESSION_CONFLICT");
    /// # Ok::<(), leancloud_im_codes::CloseFrameError>(())
    /// ```
    pub fn encode<'b>(&self, buffer: &'b mut [u8; MAX_PAYLOAD_LEN]) -> &'b [u8] {
        let Some(code) = self.status else {
            return &[];
        };
        let (status, rest) = buffer.split_at_mut(2);
        status.copy_from_slice(&code.as_u16().to_be_bytes());
        // Every constructor keeps the reason within MAX_REASON_LEN bytes and on a character
        // boundary (`parse` and `new` refuse longer ones, `received` and `new_truncated` cut
        // them), so it fits whole.
        let reason = self.reason.as_bytes();
        rest[..reason.len()].copy_from_slice(reason);
        &buffer[..2 + reason.len()]
    }
}

impl fmt::Display for CloseFrame<'_> {
    /// The code as [`Code`] shows it, then the peer's reason in quotes when there is one:
    /// `4115 KICKED_BY_APP (reason "banned")`. With `{:#}`, the code's English description
    /// comes after its name. Width and alignment apply to the whole text.
    ///
    /// ```
    /// use leancloud_im_codes::CloseFrame;
    ///
    /// let frame = CloseFrame::new(4115, "banned by admin")?;
    /// assert_eq!(frame.to_string(), r#"4115 KICKED_BY_APP (reason "banned by admin")"#);
    /// assert!(format!("{frame:#}").starts_with("4115 KICKED_BY_APP: "));
    /// assert_eq!(CloseFrame::EMPTY.to_string(), "1005 NO_STATUS_RCVD");
    /// # Ok::<(), leancloud_im_codes::CloseFrameError>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, reason, alternate) = (self.code(), self.reason, f.alternate());
        padded(f, |out| {
            if alternate {
                write!(out, "{code:#}")?;
            } else {
                write!(out, "{code}")?;
            }
            if !reason.is_empty() {
                write!(out, " (reason {reason:?})")?;
            }
            Ok(())
        })
    }
}

/// The longest prefix of `reason` that fits in a Close frame (123 bytes), ending on a
/// character boundary.
///
/// ```
/// use leancloud_im_codes::truncate_reason;
///
/// assert_eq!(truncate_reason("short"), "short");
/// assert_eq!(truncate_reason(&"é".repeat(100)).len(), 122); // 61 two-byte characters
/// ```
#[must_use]
pub fn truncate_reason(reason: &str) -> &str {
    if reason.len() <= MAX_REASON_LEN {
        return reason;
    }
    let mut end = MAX_REASON_LEN;
    while !reason.is_char_boundary(end) {
        end -= 1;
    }
    reason.get(..end).unwrap_or_default()
}

/// Why a Close frame payload could not be read or built.
///
/// ```
/// use leancloud_im_codes::{CloseFrame, CloseFrameError};
///
/// let error = CloseFrame::parse(&[0x03]).unwrap_err();
/// assert_eq!(error, CloseFrameError::OneByte);
/// assert!(error.to_string().contains("one byte"));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CloseFrameError {
    /// The payload had one byte: a status code takes two.
    #[error("malformed close payload: one byte, but a status code takes two")]
    OneByte,
    /// The reason had more than 123 bytes.
    #[error("close reason of {len} bytes is over the limit of 123")]
    #[non_exhaustive]
    ReasonTooLong {
        /// The reason's length in bytes.
        len: usize,
    },
    /// The reason was not valid UTF-8.
    #[error("close reason is not valid UTF-8 (valid up to byte {valid_up_to})")]
    #[non_exhaustive]
    InvalidUtf8 {
        /// How many bytes of the reason were valid.
        valid_up_to: usize,
    },
    /// The code may not be sent in a Close frame (RFC 6455 §7.4).
    #[error("code {} must not be sent in a Close frame", .0.as_u16())]
    NotSendable(Code),
    /// The frame has no status ([`CloseFrame::EMPTY`]), so a library that needs one cannot
    /// send it: send a Close frame without payload instead.
    #[error("the close frame has no status code to send; send a close frame without payload")]
    NoStatus,
}
