//! Which of a code's three texts: for developers, what happened and what to do; for end users,
//! a message.

/// Which of a code's three texts.
///
/// ```
/// use leancloud_im_codes::{Code, Lang, TextKind};
///
/// let code = Code::SESSION_CONFLICT;
/// assert_eq!(code.text(TextKind::Message, Lang::En), code.message(Lang::En));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextKind {
    /// What happened, for developers.
    Description,
    /// What to change or do, for developers.
    Hint,
    /// A sentence for end users.
    Message,
}

impl TextKind {
    /// Every kind, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::TextKind::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [TextKind] =
        &[TextKind::Description, TextKind::Hint, TextKind::Message];
}
