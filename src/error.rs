//! [`ImError`]: a code as the server reported it, with everything the server said.

use alloc::string::String;
use core::fmt;

use crate::action::Action;
use crate::close::CloseFrame;
use crate::code::{Code, KnownCode};
use crate::lang::Lang;

/// Where an [`ImError`] came from (LeanCloud IM protocol, or REST).
///
/// ```
/// use leancloud_im_codes::{Carrier, CloseFrame, ImError};
///
/// let error = ImError::from_close_frame(&CloseFrame::new(4107, "")?);
/// assert_eq!(error.carrier(), Carrier::CloseFrame);
/// # Ok::<(), leancloud_im_codes::CloseFrameError>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Carrier {
    /// The status of a WebSocket Close frame.
    CloseFrame,
    /// An `ErrorCommand`: the reply to a request, or an unsolicited error.
    ErrorCommand,
    /// A `SessionCommand`: a `session/closed` push or a failed `session/open`.
    SessionClosed,
    /// An `AckCommand`: the reply to a sent message.
    Ack,
    /// The JSON body of a failed REST call.
    Rest,
    /// Built by the application with [`ImError::new`].
    Local,
}

/// An error reported by LeanCloud IM: its code, kept losslessly, and the server's own words,
/// kept exactly as received and apart from this crate's description.
///
/// `Display` shows this crate's English description, then what the server said; use
/// [`display_in`](ImError::display_in) for another language, and [`action`](ImError::action)
/// to decide what to do. The server's `appCode` (chosen by an app's hook, any integer) stays
/// apart from `code`, even when its number is also a known code.
///
/// ```
/// use leancloud_im_codes::{Action, Carrier, ImError, KnownCode, Lang};
///
/// let error = ImError::new(KnownCode::MessageRejectedByApp, Carrier::Ack)
///     .with_reason("MESSAGE_REJECTED_BY_APP")
///     .with_app_code(4111)
///     .with_app_message("contains a banned word");
/// assert_eq!(error.code(), KnownCode::MessageRejectedByApp);
/// assert_eq!(error.app_code(), Some(4111));
/// assert_eq!(error.action(), Action::FixRequest);
/// assert_eq!(
///     error.to_string(),
///     "MESSAGE_REJECTED_BY_APP (4402): The app's server-side hook refused this message. \
///      [server: reason \"MESSAGE_REJECTED_BY_APP\", app code 4111, app message \"contains a banned word\"]"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", self.display_in(Lang::En))]
pub struct ImError {
    code: Code,
    carrier: Carrier,
    reason: Option<String>,
    detail: Option<String>,
    app_code: Option<i64>,
    app_message: Option<String>,
}

impl ImError {
    /// An error with `code` from `carrier`, and nothing else yet.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4999_u16, Carrier::Local);
    /// assert_eq!(error.code().as_u16(), 4999);
    /// assert_eq!(error.reason(), None);
    /// ```
    pub fn new(code: impl Into<Code>, carrier: Carrier) -> ImError {
        ImError {
            code: code.into(),
            carrier,
            reason: None,
            detail: None,
            app_code: None,
            app_message: None,
        }
    }

    /// The error a Close frame reports: its code (1005 for an empty payload) and its reason,
    /// if any.
    ///
    /// ```
    /// use leancloud_im_codes::{Action, CloseFrame, ImError};
    ///
    /// let frame = CloseFrame::new(4111, "SESSION_CONFLICT")?;
    /// let error = ImError::from_close_frame(&frame);
    /// assert_eq!(error.reason(), Some("SESSION_CONFLICT"));
    /// assert_eq!(error.action(), Action::StayOffline);
    /// # Ok::<(), leancloud_im_codes::CloseFrameError>(())
    /// ```
    pub fn from_close_frame(frame: &CloseFrame<'_>) -> ImError {
        let error = ImError::new(frame.code(), Carrier::CloseFrame);
        match frame.reason() {
            "" => error,
            reason => error.with_reason(reason),
        }
    }

    /// Adds the server's `reason` (usually the code's name).
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4111_u16, Carrier::SessionClosed).with_reason("SESSION_CONFLICT");
    /// assert_eq!(error.reason(), Some("SESSION_CONFLICT"));
    /// ```
    pub fn with_reason(mut self, reason: impl Into<String>) -> ImError {
        self.reason = Some(reason.into());
        self
    }

    /// Adds the server's `detail` (free text, or a REST error's `error`).
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4301_u16, Carrier::ErrorCommand).with_detail("upstream timed out");
    /// assert_eq!(error.detail(), Some("upstream timed out"));
    /// ```
    pub fn with_detail(mut self, detail: impl Into<String>) -> ImError {
        self.detail = Some(detail.into());
        self
    }

    /// Adds the `appCode` an app's hook chose.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4305_u16, Carrier::ErrorCommand).with_app_code(-1).app_code(), Some(-1));
    /// ```
    pub fn with_app_code(mut self, app_code: i64) -> ImError {
        self.app_code = Some(app_code);
        self
    }

    /// Adds the `appMsg` an app's hook wrote.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// let error = ImError::new(4402_u16, Carrier::Ack).with_app_message("no links, please");
    /// assert_eq!(error.app_message(), Some("no links, please"));
    /// ```
    pub fn with_app_message(mut self, app_message: impl Into<String>) -> ImError {
        self.app_message = Some(app_message.into());
        self
    }

    /// The code, exactly as the server sent it.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4112_u16, Carrier::Rest).code(), 4112);
    /// ```
    pub fn code(&self) -> Code {
        self.code
    }

    /// The known code, if the crate knows the number.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, KnownCode};
    ///
    /// assert_eq!(ImError::new(4112_u16, Carrier::Rest).known(), Some(KnownCode::SessionTokenExpired));
    /// ```
    pub fn known(&self) -> Option<KnownCode> {
        self.code.known()
    }

    /// Where the error came from.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4112_u16, Carrier::Rest).carrier(), Carrier::Rest);
    /// ```
    pub fn carrier(&self) -> Carrier {
        self.carrier
    }

    /// What a client should do about it.
    ///
    /// ```
    /// use leancloud_im_codes::{Action, Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4112_u16, Carrier::Rest).action(), Action::ReopenSession);
    /// ```
    pub fn action(&self) -> Action {
        self.code.action()
    }

    /// This crate's description of the code, in `lang`.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang};
    ///
    /// let error = ImError::new(4112_u16, Carrier::Rest);
    /// assert_eq!(error.description(Lang::ZhHans), "会话令牌已过期或失效。");
    /// ```
    pub fn description(&self, lang: Lang) -> &'static str {
        self.code.description(lang)
    }

    /// What to do, in `lang`.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang};
    ///
    /// assert!(!ImError::new(4112_u16, Carrier::Rest).hint(Lang::En).is_empty());
    /// ```
    pub fn hint(&self, lang: Lang) -> &'static str {
        self.code.hint(lang)
    }

    /// The server's `reason`, as received.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4111_u16, Carrier::CloseFrame).reason(), None);
    /// ```
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// The server's `detail` (a REST error's `error`), as received.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4111_u16, Carrier::CloseFrame).detail(), None);
    /// ```
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The `appCode` an app's hook chose, as received.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4402_u16, Carrier::Ack).app_code(), None);
    /// ```
    pub fn app_code(&self) -> Option<i64> {
        self.app_code
    }

    /// The `appMsg` an app's hook wrote, as received.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError};
    ///
    /// assert_eq!(ImError::new(4402_u16, Carrier::Ack).app_message(), None);
    /// ```
    pub fn app_message(&self) -> Option<&str> {
        self.app_message.as_deref()
    }

    /// Formats the error in `lang`: `NAME (NUMBER): description`, then the server's words in
    /// brackets when it sent any.
    ///
    /// ```
    /// use leancloud_im_codes::{Carrier, ImError, Lang};
    ///
    /// let error = ImError::new(4112_u16, Carrier::Rest).with_detail("token expired");
    /// assert_eq!(
    ///     error.display_in(Lang::ZhHans).to_string(),
    ///     "SESSION_TOKEN_EXPIRED (4112): 会话令牌已过期或失效。 [server: detail \"token expired\"]"
    /// );
    /// ```
    pub fn display_in(&self, lang: Lang) -> impl fmt::Display + '_ {
        DisplayError { error: self, lang }
    }
}

struct DisplayError<'a> {
    error: &'a ImError,
    lang: Lang,
}

impl fmt::Display for DisplayError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let error = self.error;
        fmt::Display::fmt(&error.code.display_in(self.lang), f)?;
        let mut separator = " [server: ";
        let mut part = |f: &mut fmt::Formatter<'_>, args: fmt::Arguments<'_>| {
            f.write_str(separator)?;
            separator = ", ";
            f.write_fmt(args)
        };
        if let Some(reason) = &error.reason {
            part(f, format_args!("reason {reason:?}"))?;
        }
        if let Some(detail) = &error.detail {
            part(f, format_args!("detail {detail:?}"))?;
        }
        if let Some(app_code) = error.app_code {
            part(f, format_args!("app code {app_code}"))?;
        }
        if let Some(app_message) = &error.app_message {
            part(f, format_args!("app message {app_message:?}"))?;
        }
        if separator == ", " {
            f.write_str("]")?;
        }
        Ok(())
    }
}
