//! An app's own texts: overrides of the crate's, its private close codes and its hooks'
//! `appCode` values, declared once in a `static` and consulted before the crate's table.

use crate::code::Code;
#[cfg(feature = "alloc")]
use crate::error::ImError;
use crate::lang::Lang;
use crate::table::KnownCode;

/// Which of a code's three texts.
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

/// What an app's text is about: a code number, or an `appCode` chosen by the app's hook (a
/// namespace of its own: `appCode` 4111 is not 4111 `SESSION_CONFLICT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Subject {
    Code(u16),
    AppCode(i64),
}

/// One text of an app, made by a `const fn` so that mistakes stop the build: an empty text, a
/// private close code outside 4000–4999 or equal to one of LeanCloud's, or a code that does
/// not exist (overrides take a [`KnownCode`], so that one cannot even be written).
///
/// ```
/// use leancloud_im_codes::{AppText, KnownCode, Lang, TextKind};
///
/// const CONFLICT: AppText = AppText::message(KnownCode::SessionConflict, Lang::En, "You're signed in on your other phone.");
/// const MAINTENANCE: AppText = AppText::private_code(4801, Lang::En, TextKind::Message, "Chat is down for maintenance.");
/// const NO_LINKS: AppText = AppText::app_code(9890, Lang::En, TextKind::Message, "Links aren't allowed here.");
/// ```
///
/// An empty text fails to compile:
///
/// ```compile_fail
/// use leancloud_im_codes::{AppText, KnownCode, Lang};
///
/// const EMPTY: AppText = AppText::message(KnownCode::SessionConflict, Lang::En, " ");
/// ```
///
/// So does a private code that LeanCloud already uses:
///
/// ```compile_fail
/// use leancloud_im_codes::{AppText, Lang, TextKind};
///
/// const TAKEN: AppText = AppText::private_code(4111, Lang::En, TextKind::Message, "Signed in elsewhere.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AppText {
    subject: Subject,
    lang: Lang,
    kind: TextKind,
    text: &'static str,
}

impl AppText {
    /// Replaces one of the crate's texts for a known code.
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, KnownCode, Lang, TextKind};
    ///
    /// const HINT: AppText = AppText::new(KnownCode::AppNotAvailable, Lang::En, TextKind::Hint, "Page the on-call engineer.");
    /// ```
    #[must_use]
    pub const fn new(code: KnownCode, lang: Lang, kind: TextKind, text: &'static str) -> AppText {
        AppText {
            subject: Subject::Code(code.as_u16()),
            lang,
            kind,
            text: checked(text),
        }
    }

    /// Replaces the end-user message of a known code.
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, KnownCode, Lang};
    ///
    /// const KICKED: AppText = AppText::message(KnownCode::KickedByApp, Lang::ZhHant, "管理員已將你登出。");
    /// ```
    #[must_use]
    pub const fn message(code: KnownCode, lang: Lang, text: &'static str) -> AppText {
        AppText::new(code, lang, TextKind::Message, text)
    }

    /// A text for a private close code that the app's own server sends: 4000–4999, and not one
    /// of the codes LeanCloud uses.
    ///
    /// # Panics
    ///
    /// At compile time, in a `const` or `static`: for a code outside 4000–4999, one this crate
    /// knows, or an empty text.
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, Lang, TextKind};
    ///
    /// const BANNED: AppText = AppText::private_code(4900, Lang::En, TextKind::Message, "This account is suspended.");
    /// ```
    #[must_use]
    pub const fn private_code(
        code: u16,
        lang: Lang,
        kind: TextKind,
        text: &'static str,
    ) -> AppText {
        assert!(
            4000 <= code && code <= 4999,
            "a private close code is 4000-4999 (RFC 6455 §7.4.2)"
        );
        assert!(
            KnownCode::from_u16(code).is_none(),
            "this close code is LeanCloud's: override it with AppText::new instead"
        );
        AppText {
            subject: Subject::Code(code),
            lang,
            kind,
            text: checked(text),
        }
    }

    /// A text for an `appCode` that the app's Cloud Engine hook returns; see
    /// [`AppTexts::error_message`].
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, Lang, TextKind};
    ///
    /// const NO_LINKS: AppText = AppText::app_code(9890, Lang::ZhHans, TextKind::Message, "此聊天不允许发送链接。");
    /// ```
    #[must_use]
    pub const fn app_code(
        app_code: i64,
        lang: Lang,
        kind: TextKind,
        text: &'static str,
    ) -> AppText {
        AppText {
            subject: Subject::AppCode(app_code),
            lang,
            kind,
            text: checked(text),
        }
    }

    /// What a text is looked up by.
    const fn key(&self) -> u128 {
        let (namespace, value) = match self.subject {
            Subject::Code(code) => (0, code as u64),
            // Flipping the sign bit orders signed values as unsigned ones.
            #[allow(clippy::cast_sign_loss)]
            Subject::AppCode(app_code) => (1, app_code as u64 ^ (1 << 63)),
        };
        key(namespace, value, self.lang, self.kind)
    }
}

/// The search key of a subject, language and kind.
const fn key(namespace: u128, value: u64, lang: Lang, kind: TextKind) -> u128 {
    (namespace << 80) | ((value as u128) << 16) | ((lang as u128) << 8) | kind as u128
}

/// `text`, if it has something besides white space.
const fn checked(text: &'static str) -> &'static str {
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() && bytes[index].is_ascii_whitespace() {
        index += 1;
    }
    assert!(index < bytes.len(), "an app text must not be empty");
    text
}

/// An app's texts, consulted before the crate's. Declare it once as a `static`: `new` refuses
/// two texts for the same subject, language and kind, and builds a perfect hash of the texts,
/// both at compile time.
///
/// Lookups are one multiplication, one table read and one compare, with no allocation (up to
/// 255 texts). The fallback, for a code and a language:
/// 1. the app's text in that language;
/// 2. for a code the crate knows, the crate's text in that language;
/// 3. for one of the app's own codes, the app's text in English, then in any language;
/// 4. otherwise the crate's text for the number (its RFC 6455 range).
///
/// ```
/// use leancloud_im_codes::{AppText, AppTexts, Code, KnownCode, Lang, TextKind};
///
/// static TEXTS: AppTexts<3> = AppTexts::new([
///     AppText::message(KnownCode::SessionConflict, Lang::En, "You're signed in on your other phone."),
///     AppText::private_code(4801, Lang::En, TextKind::Message, "Chat is down for maintenance."),
///     AppText::private_code(4801, Lang::ZhHant, TextKind::Message, "聊天功能維護中。"),
/// ]);
///
/// assert_eq!(TEXTS.message(Code::SESSION_CONFLICT, Lang::En), "You're signed in on your other phone.");
/// // Not overridden in Traditional Chinese: the crate's own text.
/// assert_eq!(TEXTS.message(Code::SESSION_CONFLICT, Lang::ZhHant), KnownCode::SessionConflict.message(Lang::ZhHant));
/// assert_eq!(TEXTS.message(Code::new(4801), Lang::ZhHant), "聊天功能維護中。");
/// // The app's own code has no Simplified text: its English one.
/// assert_eq!(TEXTS.message(Code::new(4801), Lang::ZhHans), "Chat is down for maintenance.");
/// ```
///
/// Two texts for the same subject, language and kind fail to compile:
///
/// ```compile_fail
/// use leancloud_im_codes::{AppText, AppTexts, KnownCode, Lang};
///
/// static TEXTS: AppTexts<2> = AppTexts::new([
///     AppText::message(KnownCode::SessionConflict, Lang::En, "One."),
///     AppText::message(KnownCode::SessionConflict, Lang::En, "Two."),
/// ]);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct AppTexts<const N: usize> {
    texts: [AppText; N],
    keys: [u128; N],
    /// The index in `texts` of the key that hashes to each slot, or `EMPTY`.
    slots: [u8; SLOTS],
    multiplier: u64,
}

/// Slots of an [`AppTexts`] table; a few times the largest table, so a multiplier is found in a
/// few tries.
const SLOTS: usize = 1 << SLOT_BITS;
const SLOT_BITS: u32 = 10;
/// An empty slot.
const EMPTY: u8 = u8::MAX;

/// The slot of `key` under `multiplier`: multiply-shift over the key's two halves.
const fn slot(key: u128, multiplier: u64) -> usize {
    #[allow(clippy::cast_possible_truncation)]
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(31);
    (folded.wrapping_mul(multiplier) >> (64 - SLOT_BITS)) as usize
}

impl<const N: usize> AppTexts<N> {
    /// Checks that no two texts share a subject, language and kind, and builds the table.
    ///
    /// # Panics
    ///
    /// At compile time, in a `static` or `const`: when two texts share a subject, language and
    /// kind, or there are more than 255 texts.
    #[must_use]
    pub const fn new(texts: [AppText; N]) -> AppTexts<N> {
        assert!(
            N < EMPTY as usize,
            "an AppTexts table holds at most 255 texts"
        );
        let mut keys = [0; N];
        let mut index = 0;
        while index < N {
            keys[index] = texts[index].key();
            let mut other = 0;
            while other < index {
                assert!(
                    keys[other] != keys[index],
                    "two app texts have the same code, language and kind"
                );
                other += 1;
            }
            index += 1;
        }
        // A fixed series of odd multipliers; the first under which no two keys share a slot.
        let mut state: u64 = 0x5EED_A775_7E47_5000;
        loop {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut mixed = state;
            mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            let multiplier = (mixed ^ (mixed >> 31)) | 1;
            let mut slots = [EMPTY; SLOTS];
            let mut index = 0;
            let mut collision = false;
            while index < N && !collision {
                let at = slot(keys[index], multiplier);
                collision = slots[at] != EMPTY;
                #[allow(clippy::cast_possible_truncation)]
                {
                    slots[at] = index as u8;
                }
                index += 1;
            }
            if !collision {
                return AppTexts {
                    texts,
                    keys,
                    slots,
                    multiplier,
                };
            }
        }
    }

    /// The app's own text, without falling back to the crate's.
    fn find(&self, subject: Subject, lang: Lang, kind: TextKind) -> Option<&'static str> {
        let key = AppText {
            subject,
            lang,
            kind,
            text: "",
        }
        .key();
        let index = usize::from(self.slots[slot(key, self.multiplier)]);
        match self.keys.get(index) {
            Some(found) if *found == key => Some(self.texts[index].text),
            _ => None,
        }
    }

    /// The app's text for one of its own codes, in `lang`, else English, else any language.
    fn own(&self, subject: Subject, lang: Lang, kind: TextKind) -> Option<&'static str> {
        self.find(subject, lang, kind)
            .or_else(|| self.find(subject, Lang::En, kind))
            .or_else(|| {
                Lang::ALL
                    .iter()
                    .find_map(|other| self.find(subject, *other, kind))
            })
    }

    /// A code's text of `kind` in `lang`, the app's first (see the type's docs for the order).
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, AppTexts, Code, Lang, TextKind};
    ///
    /// static TEXTS: AppTexts<1> = AppTexts::new([
    ///     AppText::private_code(4801, Lang::En, TextKind::Hint, "Wait for the maintenance window to end."),
    /// ]);
    /// assert_eq!(TEXTS.text(Code::new(4801), Lang::En, TextKind::Hint), "Wait for the maintenance window to end.");
    /// ```
    #[must_use]
    pub fn text(&self, code: Code, lang: Lang, kind: TextKind) -> &'static str {
        let subject = Subject::Code(code.as_u16());
        if let Some(text) = self.find(subject, lang, kind) {
            return text;
        }
        match code.known() {
            Some(known) => match kind {
                TextKind::Description => known.description(lang),
                TextKind::Hint => known.hint(lang),
                TextKind::Message => known.message(lang),
            },
            None => self.own(subject, lang, kind).unwrap_or_else(|| {
                let range = code.range();
                match kind {
                    TextKind::Description => range.description(lang),
                    TextKind::Hint => range.hint(lang),
                    TextKind::Message => range.message(lang),
                }
            }),
        }
    }

    /// A code's end-user message in `lang`, the app's first.
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, AppTexts, Code, KnownCode, Lang};
    ///
    /// static TEXTS: AppTexts<1> = AppTexts::new([
    ///     AppText::message(KnownCode::KickedByApp, Lang::En, "An admin signed you out."),
    /// ]);
    /// assert_eq!(TEXTS.message(Code::KICKED_BY_APP, Lang::En), "An admin signed you out.");
    /// ```
    #[must_use]
    pub fn message(&self, code: impl Into<Code>, lang: Lang) -> &'static str {
        self.text(code.into(), lang, TextKind::Message)
    }

    /// A code's description in `lang`, the app's first.
    ///
    /// ```
    /// use leancloud_im_codes::{AppTexts, Code, KnownCode, Lang};
    ///
    /// static NONE: AppTexts<0> = AppTexts::new([]);
    /// assert_eq!(NONE.description(Code::new(4111), Lang::En), KnownCode::SessionConflict.description(Lang::En));
    /// ```
    #[must_use]
    pub fn description(&self, code: impl Into<Code>, lang: Lang) -> &'static str {
        self.text(code.into(), lang, TextKind::Description)
    }

    /// A code's hint in `lang`, the app's first.
    ///
    /// ```
    /// use leancloud_im_codes::{AppTexts, Code, Lang};
    ///
    /// static NONE: AppTexts<0> = AppTexts::new([]);
    /// assert!(!NONE.hint(Code::new(4999), Lang::ZhHant).is_empty());
    /// ```
    #[must_use]
    pub fn hint(&self, code: impl Into<Code>, lang: Lang) -> &'static str {
        self.text(code.into(), lang, TextKind::Hint)
    }

    /// The app's text for a hook's `appCode`, if it has one (in `lang`, else English, else any).
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, AppTexts, Lang, TextKind};
    ///
    /// static TEXTS: AppTexts<1> = AppTexts::new([
    ///     AppText::app_code(9890, Lang::En, TextKind::Message, "Links aren't allowed here."),
    /// ]);
    /// assert_eq!(TEXTS.app_code_text(9890, Lang::ZhHant, TextKind::Message), Some("Links aren't allowed here."));
    /// assert_eq!(TEXTS.app_code_text(4111, Lang::En, TextKind::Message), None);
    /// ```
    #[must_use]
    pub fn app_code_text(&self, app_code: i64, lang: Lang, kind: TextKind) -> Option<&'static str> {
        self.own(Subject::AppCode(app_code), lang, kind)
    }

    /// The end-user message for an error: the app's text for the hook's `appCode` when the
    /// error carries one the app describes, else the app's or the crate's message for the code.
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, AppTexts, Carrier, ImError, Lang, TextKind};
    ///
    /// static TEXTS: AppTexts<1> = AppTexts::new([
    ///     AppText::app_code(9890, Lang::En, TextKind::Message, "Links aren't allowed here."),
    /// ]);
    /// let refused = ImError::new(4402_u16, Carrier::Ack).with_app_code(9890);
    /// assert_eq!(TEXTS.error_message(&refused, Lang::En), "Links aren't allowed here.");
    /// let other = ImError::new(4402_u16, Carrier::Ack).with_app_code(1);
    /// assert_eq!(TEXTS.error_message(&other, Lang::En), other.message(Lang::En));
    /// ```
    #[cfg(feature = "alloc")]
    #[must_use]
    pub fn error_message(&self, error: &ImError, lang: Lang) -> &'static str {
        let from_hook = error
            .app_code()
            .and_then(|app_code| self.app_code_text(app_code, lang, TextKind::Message));
        let own = || {
            self.find(
                Subject::Code(error.code().as_u16()),
                lang,
                TextKind::Message,
            )
        };
        from_hook
            .or_else(own)
            .unwrap_or_else(|| match error.known() {
                Some(_) => error.message(lang),
                None => self.message(error.code(), lang),
            })
    }
}
