//! A chat app shows errors to its users: it picks the user's language from their preference
//! list, overrides two of the crate's messages with its own wording, and describes one private
//! close code that its own server sends and one `appCode` of its moderation hook.
//!
//! ```text
//! cargo run --example app_messages
//! ```

use leancloud_im_codes::{AppText, AppTexts, Carrier, Code, ImError, KnownCode, Lang, TextKind};

/// The app's texts, checked at compile time: an empty text, a private code outside 4000–4999
/// or one LeanCloud already uses, or two texts for the same code and language do not build.
static TEXTS: AppTexts<7> = AppTexts::new([
    AppText::message(
        KnownCode::SessionConflict,
        Lang::En,
        "You're now chatting on another device.",
    ),
    AppText::message(
        KnownCode::SessionConflict,
        Lang::ZhHant,
        "你已在另一部裝置上繼續聊天。",
    ),
    AppText::message(
        KnownCode::KickedByApp,
        Lang::En,
        "A moderator signed you out.",
    ),
    // The app's own server closes with 4801 during maintenance.
    AppText::private_code(
        4801,
        Lang::En,
        TextKind::Message,
        "Chat is down for maintenance. We'll be back soon.",
    ),
    AppText::private_code(
        4801,
        Lang::ZhHant,
        TextKind::Message,
        "聊天功能維護中，很快就會恢復。",
    ),
    AppText::private_code(
        4801,
        Lang::ZhHans,
        TextKind::Message,
        "聊天功能维护中，很快就会恢复。",
    ),
    // The app's moderation hook refuses links with appCode 9890.
    AppText::app_code(
        9890,
        Lang::En,
        TextKind::Message,
        "Links can't be shared in this chat.",
    ),
]);

fn main() {
    // As `navigator.languages` or Android's LocaleList would give them.
    for preferences in [&["fr-CA", "zh-HK", "en"][..], &["en-GB"], &["zh-CN", "en"]] {
        let lang = Lang::negotiate(preferences.iter().copied());
        println!("{preferences:?} -> {lang}");
        for code in [
            Code::SESSION_CONFLICT,
            Code::KICKED_BY_APP,
            Code::new(4801),
            Code::READ_TIMEOUT,
        ] {
            println!("  {:>5}: {}", code.as_u16(), TEXTS.message(code, lang));
        }
        let refused =
            ImError::new(KnownCode::MessageRejectedByApp, Carrier::Ack).with_app_code(9890);
        println!("   hook: {}", TEXTS.error_message(&refused, lang));
    }
}
