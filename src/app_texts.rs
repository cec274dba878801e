//! An app's own texts: overrides of the crate's, its private close codes and its hooks'
//! `appCode` values, declared once in a `static` and consulted before the crate's table.

use crate::code::Code;
#[cfg(feature = "alloc")]
use crate::error::ImError;
use crate::lang::Lang;
use crate::table::KnownCode;
use crate::text_kind::TextKind;

/// What an app's text is about: a code number, or an `appCode` chosen by the app's hook (a
/// namespace of its own: `appCode` 4111 is not 4111 `SESSION_CONFLICT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Subject {
    Code(u16),
    AppCode(i64),
}

/// One text of an app, made by a `const fn` so that mistakes stop the build: an empty text
/// (nothing but Unicode white space), a private close code outside 4000–4999 or equal to one of
/// LeanCloud's, or a code that does not exist (overrides take a [`KnownCode`], so that one
/// cannot even be written).
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
/// ```compile_fail,E0080
/// use leancloud_im_codes::{AppText, KnownCode, Lang};
///
/// const EMPTY: AppText = AppText::message(KnownCode::SessionConflict, Lang::En, " ");
/// ```
///
/// So does one of white space outside ASCII, such as an ideographic space:
///
/// ```compile_fail,E0080
/// use leancloud_im_codes::{AppText, KnownCode, Lang};
///
/// const BLANK: AppText = AppText::message(KnownCode::SessionConflict, Lang::ZhHans, "\u{3000}\u{a0}");
/// ```
///
/// So does a private code that LeanCloud already uses:
///
/// ```compile_fail,E0080
/// use leancloud_im_codes::{AppText, Lang, TextKind};
///
/// const TAKEN: AppText = AppText::private_code(4111, Lang::En, TextKind::Message, "Signed in elsewhere.");
/// ```
///
/// Outside a `const` or `static` the same mistakes panic where the text is made; see each
/// constructor's `# Panics`.
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
    /// # Panics
    ///
    /// When `text` is empty or only white space (Unicode's `White_Space`); at compile time in a
    /// `const` or `static`. The message names the code, language and kind.
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, KnownCode, Lang, TextKind};
    ///
    /// const HINT: AppText = AppText::new(KnownCode::AppNotAvailable, Lang::En, TextKind::Hint, "Page the on-call engineer.");
    /// ```
    #[must_use]
    #[track_caller]
    pub const fn new(code: KnownCode, lang: Lang, kind: TextKind, text: &'static str) -> AppText {
        AppText::checked(Subject::Code(code.as_u16()), lang, kind, text)
    }

    /// Replaces the end-user message of a known code.
    ///
    /// # Panics
    ///
    /// When `text` is empty or only white space (Unicode's `White_Space`); at compile time in a
    /// `const` or `static`. The message names the code and language.
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, KnownCode, Lang};
    ///
    /// const KICKED: AppText = AppText::message(KnownCode::KickedByApp, Lang::ZhHant, "管理員已將你登出。");
    /// ```
    #[must_use]
    #[track_caller]
    pub const fn message(code: KnownCode, lang: Lang, text: &'static str) -> AppText {
        AppText::new(code, lang, TextKind::Message, text)
    }

    /// A text for a private close code that the app's own server sends: 4000–4999, and not one
    /// of the codes LeanCloud uses.
    ///
    /// # Panics
    ///
    /// When `code` is outside 4000–4999, when it is one this crate knows (override it with
    /// [`AppText::new`] instead), or when `text` is empty or only white space (Unicode's
    /// `White_Space`); at compile time in a `const` or `static`. The message names the code.
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, Lang, TextKind};
    ///
    /// const BANNED: AppText = AppText::private_code(4900, Lang::En, TextKind::Message, "This account is suspended.");
    /// ```
    #[must_use]
    #[track_caller]
    pub const fn private_code(
        code: u16,
        lang: Lang,
        kind: TextKind,
        text: &'static str,
    ) -> AppText {
        if code < 4000 || code > 4999 {
            fail(
                &Message::new()
                    .text("AppText::private_code: ")
                    .number(code as i128)
                    .text(
                        " is not a private close code, which is 4000-4999 (RFC 6455 section 7.4.2)",
                    ),
            );
        }
        if KnownCode::from_u16(code).is_some() {
            fail(
                &Message::new()
                    .text("AppText::private_code: close code ")
                    .number(code as i128)
                    .text(" is LeanCloud's: override its texts with AppText::new instead"),
            );
        }
        AppText::checked(Subject::Code(code), lang, kind, text)
    }

    /// A text for an `appCode` that the app's Cloud Engine hook returns; see
    /// [`AppTexts::error_message`].
    ///
    /// # Panics
    ///
    /// When `text` is empty or only white space (Unicode's `White_Space`); at compile time in a
    /// `const` or `static`. The message names the `appCode`, language and kind.
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, Lang, TextKind};
    ///
    /// const NO_LINKS: AppText = AppText::app_code(9890, Lang::ZhHans, TextKind::Message, "此聊天不允许发送链接。");
    /// ```
    #[must_use]
    #[track_caller]
    pub const fn app_code(
        app_code: i64,
        lang: Lang,
        kind: TextKind,
        text: &'static str,
    ) -> AppText {
        AppText::checked(Subject::AppCode(app_code), lang, kind, text)
    }

    /// The text, once `text` is known to have something besides white space.
    #[track_caller]
    const fn checked(subject: Subject, lang: Lang, kind: TextKind, text: &'static str) -> AppText {
        if is_blank(text) {
            fail(
                &Message::new()
                    .text("AppText: the ")
                    .what(subject, lang, kind)
                    .text(" is empty or only white space"),
            );
        }
        AppText {
            subject,
            lang,
            kind,
            text,
        }
    }

    /// What a text is looked up by.
    const fn key(&self) -> u128 {
        key(self.subject, self.kind, self.lang)
    }
}

/// The bits of a key below its subject and kind: the language.
const LANG_BITS: u32 = 8;

/// The search key of a subject, kind and language. Keys order by subject, then kind, then
/// language, so that a subject's texts of one kind sit side by side in [`Lang::ALL`] order.
const fn key(subject: Subject, kind: TextKind, lang: Lang) -> u128 {
    let (namespace, value): (u128, u64) = match subject {
        Subject::Code(code) => (0, code as u64),
        // Flipping the sign bit orders signed values as unsigned ones.
        #[allow(clippy::cast_sign_loss)]
        Subject::AppCode(app_code) => (1, app_code as u64 ^ (1 << 63)),
    };
    (namespace << 80) | ((value as u128) << 16) | ((kind as u128) << LANG_BITS) | lang as u128
}

// The first text of a subject and kind is then English's when it has one, as the fallback
// order wants.
const _: () = assert!(
    Lang::En as u8 == 0,
    "English sorts first among a subject's texts"
);

/// Whether `text` has nothing but white space: characters with Unicode's `White_Space`
/// property. `char::is_whitespace` would say the same, but is not a `const fn` on Rust 1.85, the
/// oldest the crate supports, so this decodes the UTF-8 itself. Each pass reads one character and
/// the loop stops at the first that is not white space: at most `text.len()` passes.
const fn is_blank(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let lead = bytes[at] as u32;
        // `text` is a `str`, so every lead byte has its continuation bytes.
        let (char, width) = if lead < 0x80 {
            (lead, 1)
        } else if lead < 0xE0 {
            (((lead & 0x1F) << 6) | (bytes[at + 1] as u32 & 0x3F), 2)
        } else if lead < 0xF0 {
            let second = bytes[at + 1] as u32 & 0x3F;
            let third = bytes[at + 2] as u32 & 0x3F;
            (((lead & 0x0F) << 12) | (second << 6) | third, 3)
        } else {
            // Beyond the Basic Multilingual Plane, where no character is white space.
            return false;
        };
        if !is_white_space(char) {
            return false;
        }
        at += width;
    }
    true
}

/// Whether a character has Unicode's `White_Space` property, as listed in the Unicode
/// Character Database's PropList.txt (<https://www.unicode.org/Public/16.0.0/ucd/PropList.txt>).
/// tests/app_texts.rs compares it with `char::is_whitespace` over every character.
const fn is_white_space(char: u32) -> bool {
    matches!(
        char,
        0x0009..=0x000D // <control-0009>..<control-000D>
            | 0x0020 // SPACE
            | 0x0085 // <control-0085>
            | 0x00A0 // NO-BREAK SPACE
            | 0x1680 // OGHAM SPACE MARK
            | 0x2000..=0x200A // EN QUAD..HAIR SPACE
            | 0x2028 // LINE SEPARATOR
            | 0x2029 // PARAGRAPH SEPARATOR
            | 0x202F // NARROW NO-BREAK SPACE
            | 0x205F // MEDIUM MATHEMATICAL SPACE
            | 0x3000 // IDEOGRAPHIC SPACE
    )
}

/// A panic message put together in a `const fn`, where `format!` is not available: enough
/// bytes for the longest message here (about 105), all of them ASCII.
struct Message {
    bytes: [u8; 160],
    len: usize,
}

impl Message {
    const fn new() -> Message {
        Message {
            bytes: [0; 160],
            len: 0,
        }
    }

    /// Appends `text`, or as much as fits.
    const fn text(mut self, text: &str) -> Message {
        let text = text.as_bytes();
        let mut index = 0;
        while index < text.len() && self.len < self.bytes.len() {
            self.bytes[self.len] = text[index];
            self.len += 1;
            index += 1;
        }
        self
    }

    /// Appends `value` in decimal.
    const fn number(self, value: i128) -> Message {
        // The widest value written is `i64::MIN`: a sign and 19 digits.
        let mut digits = [0; 40];
        let mut start = digits.len();
        let mut rest = value.unsigned_abs();
        loop {
            start -= 1;
            // A digit, below 10.
            #[allow(clippy::cast_possible_truncation)]
            {
                digits[start] = b'0' + (rest % 10) as u8;
            }
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if value < 0 {
            start -= 1;
            digits[start] = b'-';
        }
        match core::str::from_utf8(digits.split_at(start).1) {
            Ok(digits) => self.text(digits),
            Err(_) => self,
        }
    }

    /// Appends what a text is for: "message of appCode 9890 in en".
    const fn what(self, subject: Subject, lang: Lang, kind: TextKind) -> Message {
        let message = self.text(match kind {
            TextKind::Description => "description",
            TextKind::Hint => "hint",
            TextKind::Message => "message",
        });
        let message = match subject {
            Subject::Code(code) => message.text(" of code ").number(code as i128),
            Subject::AppCode(app_code) => message.text(" of appCode ").number(app_code as i128),
        };
        message.text(" in ").text(lang.tag())
    }

    const fn as_str(&self) -> &str {
        match core::str::from_utf8(self.bytes.split_at(self.len).0) {
            Ok(text) => text,
            Err(_) => "an invalid app text",
        }
    }
}

/// Panics with `message`, at compile time in a `const` or `static`.
#[track_caller]
const fn fail(message: &Message) -> ! {
    panic!("{}", message.as_str())
}

/// The most texts an [`AppTexts`] table holds: each text's index fits in the byte below its key
/// while [`AppTexts::new`] sorts them, and every bucket's start in a byte.
const MAX_TEXTS: usize = 255;

/// Buckets of an [`AppTexts`] table: a hash of a text's subject and kind picks one.
const BUCKET_BITS: u32 = 8;
const BUCKETS: usize = 1 << BUCKET_BITS;

/// The bucket of a key without its language, so that a subject's texts of one kind share it:
/// multiply-shift over the key's two halves. Keys that share a bucket only cost a longer
/// search, never a wrong answer.
#[inline(always)]
const fn bucket(group: u128) -> usize {
    // Truncation takes the low half.
    #[allow(clippy::cast_possible_truncation)]
    let folded = (group as u64) ^ ((group >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (folded.wrapping_mul(0xD6E8_FEB8_6659_FD93) >> (64 - BUCKET_BITS)) as usize
}

/// An app's texts, consulted before the crate's. Declare it once as a `static`: `new` refuses
/// two texts for the same subject, language and kind, and arranges the texts for lookups, both
/// at compile time.
///
/// A lookup hashes the code (or `appCode`) and the kind to one of 256 buckets and
/// binary-searches that bucket's sorted keys: usually no compare or one, and whatever the keys
/// at most ⌈log₂ N⌉ steps and a compare (8 steps for 255 texts). Lookups never allocate. `new`
/// moves a key at most N(N−1)/2 times (32,385 for 255 texts) whatever the texts, far inside the
/// compiler's limit on evaluating a `static`. The fallback, for a code and a language:
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
/// assert_eq!(TEXTS.message(Code::SESSION_CONFLICT, Lang::ZhHant), Code::SESSION_CONFLICT.message(Lang::ZhHant));
/// assert_eq!(TEXTS.message(Code::new(4801), Lang::ZhHant), "聊天功能維護中。");
/// // The app's own code has no Simplified text: its English one.
/// assert_eq!(TEXTS.message(Code::new(4801), Lang::ZhHans), "Chat is down for maintenance.");
/// ```
///
/// Two texts for the same subject, language and kind fail to compile:
///
/// ```compile_fail,E0080
/// use leancloud_im_codes::{AppText, AppTexts, KnownCode, Lang};
///
/// static TEXTS: AppTexts<2> = AppTexts::new([
///     AppText::message(KnownCode::SessionConflict, Lang::En, "One."),
///     AppText::message(KnownCode::SessionConflict, Lang::En, "Two."),
/// ]);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct AppTexts<const N: usize> {
    /// The texts, by bucket, then in the order of their keys.
    texts: [AppText; N],
    /// Each text's key: by bucket, then ascending.
    keys: [u128; N],
    /// Where each bucket's keys start; the last entry is `N`.
    starts: [u8; BUCKETS + 1],
}

impl<const N: usize> AppTexts<N> {
    /// Checks that no two texts share a subject, language and kind, and arranges them for
    /// lookups.
    ///
    /// # Panics
    ///
    /// When two texts share a subject, language and kind; at compile time in a `static` or
    /// `const`. The message gives both texts' indices in `texts`, and their subject, language
    /// and kind.
    ///
    /// More than 255 texts are a compile error instead, wherever `new` is built for them (in a
    /// function, `cargo check` does not see it, `cargo build` does).
    ///
    /// ```
    /// use leancloud_im_codes::{AppText, AppTexts, Lang, TextKind};
    ///
    /// static TEXTS: AppTexts<2> = AppTexts::new([
    ///     AppText::app_code(-1, Lang::En, TextKind::Message, "Too many links."),
    ///     AppText::app_code(-1, Lang::ZhHans, TextKind::Message, "链接太多。"),
    /// ]);
    /// assert_eq!(TEXTS.app_code_text(-1, Lang::ZhHans, TextKind::Message), Some("链接太多。"));
    /// ```
    #[must_use]
    #[track_caller]
    pub const fn new(texts: [AppText; N]) -> AppTexts<N> {
        const { assert!(N <= MAX_TEXTS, "an AppTexts table holds at most 255 texts") };
        // Each key with its bucket above it and its text's index in the byte below, so that
        // sorting these sorts by bucket, then by key, and sorts the indices along. Keys take 81
        // bits: 8 + 81 + 8 = 97 in all.
        let mut tagged = [0_u128; N];
        let mut sizes = [0_u8; BUCKETS];
        let mut index = 0;
        // N passes.
        while index < N {
            let key = texts[index].key();
            let bucket = bucket(key >> LANG_BITS);
            tagged[index] = ((bucket as u128) << 120) | (key << 8) | index as u128;
            sizes[bucket] += 1;
            index += 1;
        }
        // Insertion sort: the inner loop moves one key per pass, N(N-1)/2 moves in all at most.
        let mut sorted = 1;
        while sorted < N {
            let next = tagged[sorted];
            let mut at = sorted;
            while at > 0 && tagged[at - 1] > next {
                tagged[at] = tagged[at - 1];
                at -= 1;
            }
            tagged[at] = next;
            sorted += 1;
        }
        // N passes: split the keys from the buckets and indices, and compare neighbours (equal
        // keys share a bucket).
        let mut keys = [0; N];
        let mut ordered = texts;
        let mut index = 0;
        while index < N {
            // Without the bucket's byte above and the index's below.
            keys[index] = (tagged[index] << 8) >> 16;
            // Truncation keeps the index, the low byte.
            let origin = tagged[index] as u8 as usize;
            ordered[index] = texts[origin];
            if index > 0 && keys[index - 1] == keys[index] {
                // Equal keys sort by index: the earlier text is the one before.
                let earlier = tagged[index - 1] as u8 as usize;
                let text = &texts[origin];
                fail(
                    &Message::new()
                        .text("AppTexts::new: texts ")
                        .number(earlier as i128)
                        .text(" and ")
                        .number(origin as i128)
                        .text(" are both the ")
                        .what(text.subject, text.lang, text.kind),
                );
            }
            index += 1;
        }
        // BUCKETS passes: each bucket starts where the one before ends.
        let mut starts = [0; BUCKETS + 1];
        let mut bucket = 0;
        while bucket < BUCKETS {
            starts[bucket + 1] = starts[bucket] + sizes[bucket];
            bucket += 1;
        }
        AppTexts {
            texts: ordered,
            keys,
            starts,
        }
    }

    /// The keys of a bucket: `start..end` in `keys`.
    #[inline(always)]
    fn bucket(&self, group: u128) -> (usize, usize) {
        let bucket = bucket(group);
        (
            usize::from(self.starts[bucket]),
            usize::from(self.starts[bucket + 1]),
        )
    }

    /// Where `key` is or would be among the keys `start..end`: how many of them are less than
    /// `key`, plus `start`. A binary search of ⌈log₂(end − start)⌉ steps, each a compare and a
    /// choice between two indices rather than a branch.
    #[inline(always)]
    fn rank(&self, key: u128, start: usize, end: usize) -> usize {
        let mut size = end - start;
        if size == 0 {
            return start;
        }
        // The answer lies in `base..=base + size`.
        let mut base = start;
        while size > 1 {
            let half = size / 2;
            let middle = base + half;
            base = if self.keys[middle] < key {
                middle
            } else {
                base
            };
            size -= half;
        }
        base + usize::from(self.keys[base] < key)
    }

    /// The app's own text, without falling back to the crate's.
    fn find(&self, subject: Subject, lang: Lang, kind: TextKind) -> Option<&'static str> {
        let key = key(subject, kind, lang);
        let (start, end) = self.bucket(key >> LANG_BITS);
        let at = self.rank(key, start, end);
        if at < end && self.keys[at] == key {
            Some(self.texts[at].text)
        } else {
            None
        }
    }

    /// The app's text for one of its own codes, in `lang`, else English, else any language.
    fn own(&self, subject: Subject, lang: Lang, kind: TextKind) -> Option<&'static str> {
        let wanted = key(subject, kind, lang);
        let group = wanted >> LANG_BITS;
        // The subject's texts of `kind` share a bucket and are consecutive there, at most one
        // per language, English first: the first of them is the fallback.
        let (start, end) = self.bucket(group);
        let first = self.rank(group << LANG_BITS, start, end);
        let mut fallback = None;
        for at in first..end.min(first + Lang::ALL.len()) {
            let found = self.keys[at];
            if found >> LANG_BITS != group {
                break;
            }
            if found == wanted {
                return Some(self.texts[at].text);
            }
            fallback = fallback.or(Some(self.texts[at].text));
        }
        fallback
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
        let app = match code.known() {
            Some(_) => self.find(subject, lang, kind),
            None => self.own(subject, lang, kind),
        };
        app.unwrap_or_else(|| code.text(kind, lang))
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
    /// use leancloud_im_codes::{AppTexts, Code, Lang};
    ///
    /// static NONE: AppTexts<0> = AppTexts::new([]);
    /// assert_eq!(NONE.description(Code::new(4111), Lang::En), Code::SESSION_CONFLICT.description(Lang::En));
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
        from_hook.unwrap_or_else(|| match error.code() {
            Some(code) if code.is_known() => self
                .find(Subject::Code(code.as_u16()), lang, TextKind::Message)
                .unwrap_or_else(|| error.message(lang)),
            Some(code) => self.message(code, lang),
            // A failure without a code (an HTTP status, a transport failure): the crate's text.
            None => error.message(lang),
        })
    }
}
