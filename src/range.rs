//! RFC 6455 code ranges and the rules for what may be sent in a Close frame.

use crate::lang::{Lang, Text};

/// The RFC 6455 range (§7.4.2) a number falls in. Every `u16` belongs to exactly one.
///
/// See the [IANA WebSocket close-code registry](https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number).
///
/// ```
/// use leancloud_im_codes::CodeRange;
///
/// assert_eq!(CodeRange::of(999), CodeRange::Unused);
/// assert_eq!(CodeRange::of(1006), CodeRange::Protocol);
/// assert_eq!(CodeRange::of(3008), CodeRange::Registered);
/// assert_eq!(CodeRange::of(4111), CodeRange::Private);
/// assert_eq!(CodeRange::of(9000), CodeRange::Invalid);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeRange {
    /// 0–999: never used as a close code. LeanCloud SDKs report 0 for a local close.
    Unused,
    /// 1000–2999: defined by RFC 6455 and its extensions (1016–2999 are still unassigned).
    Protocol,
    /// 3000–3999: registered with IANA for libraries and frameworks.
    Registered,
    /// 4000–4999: private use, where LeanCloud IM's codes live.
    Private,
    /// 5000–65535: outside every range RFC 6455 defines. LeanCloud SDKs use 5130 and the 9000
    /// series for errors that never reach the wire.
    Invalid,
}

impl CodeRange {
    /// The range `code` falls in.
    ///
    /// ```
    /// use leancloud_im_codes::CodeRange;
    ///
    /// assert_eq!(CodeRange::of(4999), CodeRange::Private);
    /// ```
    #[must_use]
    pub const fn of(code: u16) -> CodeRange {
        match code {
            0..=999 => CodeRange::Unused,
            1000..=2999 => CodeRange::Protocol,
            3000..=3999 => CodeRange::Registered,
            4000..=4999 => CodeRange::Private,
            _ => CodeRange::Invalid,
        }
    }

    /// A short lowercase name: `unused`, `protocol`, `registered`, `private` or `invalid`.
    ///
    /// ```
    /// use leancloud_im_codes::CodeRange;
    ///
    /// assert_eq!(CodeRange::of(4111).as_str(), "private");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            CodeRange::Unused => "unused",
            CodeRange::Protocol => "protocol",
            CodeRange::Registered => "registered",
            CodeRange::Private => "private",
            CodeRange::Invalid => "invalid",
        }
    }

    /// The numbers in the range, as text: `4000-4999`.
    ///
    /// ```
    /// use leancloud_im_codes::CodeRange;
    ///
    /// assert_eq!(CodeRange::Invalid.span(), "5000-65535");
    /// ```
    #[must_use]
    pub const fn span(self) -> &'static str {
        match self {
            CodeRange::Unused => "0-999",
            CodeRange::Protocol => "1000-2999",
            CodeRange::Registered => "3000-3999",
            CodeRange::Private => "4000-4999",
            CodeRange::Invalid => "5000-65535",
        }
    }

    /// What an unknown code in this range means, for the developer.
    ///
    /// ```
    /// use leancloud_im_codes::{CodeRange, Lang};
    ///
    /// assert!(CodeRange::Private.description(Lang::En).contains("4000"));
    /// ```
    #[must_use]
    pub const fn description(self, lang: Lang) -> &'static str {
        self.texts()[0].get(lang)
    }

    /// What to do about an unknown code in this range, for the developer.
    ///
    /// ```
    /// use leancloud_im_codes::{CodeRange, Lang};
    ///
    /// assert!(!CodeRange::Invalid.hint(Lang::ZhHant).is_empty());
    /// ```
    #[must_use]
    pub const fn hint(self, lang: Lang) -> &'static str {
        self.texts()[1].get(lang)
    }

    /// A sentence for the end user about an unknown code in this range.
    ///
    /// ```
    /// use leancloud_im_codes::{CodeRange, Lang};
    ///
    /// assert!(!CodeRange::Private.message(Lang::ZhHans).contains("4000"));
    /// ```
    #[must_use]
    pub const fn message(self, lang: Lang) -> &'static str {
        self.texts()[2].get(lang)
    }

    const fn texts(self) -> [Text; 3] {
        match self {
            CodeRange::Unused => [
                Text {
                    en: "A number below 1000 that this crate does not know. WebSocket never closes with these; LeanCloud's general error codes and local SDK reports use this range.",
                    #[cfg(feature = "zh-hans")]
                    zh_hans: "本库不认识的小于 1000 的数字。WebSocket 关闭时从不使用这一范围；LeanCloud 的通用错误码和 SDK 的本地报告会用到它。",
                    #[cfg(feature = "zh-hant")]
                    zh_hant: "本程式庫不認得的小於 1000 的數字。WebSocket 關閉時從不使用這個範圍；LeanCloud 的通用錯誤碼和 SDK 的本機回報會用到它。",
                },
                Text {
                    en: "Look the number up in LeanCloud's general error-code list; if the connection is down, reconnect with backoff.",
                    #[cfg(feature = "zh-hans")]
                    zh_hans: "请在 LeanCloud 的通用错误码列表中查找该数字；如果连接已断开，请逐步拉长间隔后重新连接。",
                    #[cfg(feature = "zh-hant")]
                    zh_hant: "請在 LeanCloud 的通用錯誤碼清單中查詢這個數字；如果連線已中斷，請逐步拉長間隔後重新連線。",
                },
                GENERIC_MESSAGE,
            ],
            CodeRange::Protocol => [
                Text {
                    en: "A WebSocket protocol close code (1000-2999) that no standard has assigned yet.",
                    #[cfg(feature = "zh-hans")]
                    zh_hans: "尚未被任何标准分配的 WebSocket 协议关闭码（1000-2999）。",
                    #[cfg(feature = "zh-hant")]
                    zh_hant: "尚未由任何標準指派的 WebSocket 協定關閉碼（1000-2999）。",
                },
                Text {
                    en: "Reconnect with backoff; the peer may run a newer or nonstandard WebSocket implementation.",
                    #[cfg(feature = "zh-hans")]
                    zh_hans: "请逐步拉长间隔后重新连接；对方可能使用了较新或不合规范的 WebSocket 实现。",
                    #[cfg(feature = "zh-hant")]
                    zh_hant: "請逐步拉長間隔後重新連線；對方可能使用了較新或不合規範的 WebSocket 實作。",
                },
                RECONNECTING_MESSAGE,
            ],
            CodeRange::Registered => [
                Text {
                    en: "A close code registered with IANA for a library or framework (3000-3999) that this crate does not know.",
                    #[cfg(feature = "zh-hans")]
                    zh_hans: "在 IANA 为库或框架登记、但本库不认识的关闭码（3000-3999）。",
                    #[cfg(feature = "zh-hant")]
                    zh_hant: "在 IANA 為程式庫或框架登記、但本程式庫不認得的關閉碼（3000-3999）。",
                },
                Text {
                    en: "Reconnect with backoff, and find out which proxy or library sent it.",
                    #[cfg(feature = "zh-hans")]
                    zh_hans: "请逐步拉长间隔后重新连接，并查明是哪个代理或库发出的。",
                    #[cfg(feature = "zh-hant")]
                    zh_hant: "請逐步拉長間隔後重新連線，並查明是哪個代理伺服器或程式庫送出的。",
                },
                RECONNECTING_MESSAGE,
            ],
            CodeRange::Private => [
                Text {
                    en: "An application-defined close code (4000-4999) that this crate does not know: a newer LeanCloud code, or one of the app's own.",
                    #[cfg(feature = "zh-hans")]
                    zh_hans: "本库不认识的应用自定义关闭码（4000-4999）：可能是较新的 LeanCloud 代码，或应用自己的代码。",
                    #[cfg(feature = "zh-hant")]
                    zh_hant: "本程式庫不認得的應用程式自訂關閉碼（4000-4999）：可能是較新的 LeanCloud 代碼，或應用程式自己的代碼。",
                },
                Text {
                    en: "Reconnect with backoff; if the code keeps coming, update this crate or describe the code in the app's own texts.",
                    #[cfg(feature = "zh-hans")]
                    zh_hans: "请逐步拉长间隔后重新连接；如果该代码反复出现，请升级本库，或在应用自己的文案中描述它。",
                    #[cfg(feature = "zh-hant")]
                    zh_hant: "請逐步拉長間隔後重新連線；如果這個代碼一再出現，請升級本程式庫，或在應用程式自己的文案中說明它。",
                },
                RECONNECTING_MESSAGE,
            ],
            CodeRange::Invalid => [
                Text {
                    en: "A number of 5000 or more that this crate does not know. It is not a valid close code, so it was raised locally, most likely by an SDK.",
                    #[cfg(feature = "zh-hans")]
                    zh_hans: "本库不认识的 5000 及以上的数字。它不是合法的关闭码，因此来自本地，多半由 SDK 产生。",
                    #[cfg(feature = "zh-hant")]
                    zh_hant: "本程式庫不認得的 5000 以上的數字。它不是有效的關閉碼，因此來自本機，多半由 SDK 產生。",
                },
                Text {
                    en: "Check the SDK that raised it; if the connection is down, reconnect with backoff.",
                    #[cfg(feature = "zh-hans")]
                    zh_hans: "请查看产生该代码的 SDK；如果连接已断开，请逐步拉长间隔后重新连接。",
                    #[cfg(feature = "zh-hant")]
                    zh_hant: "請查看產生這個代碼的 SDK；如果連線已中斷，請逐步拉長間隔後重新連線。",
                },
                GENERIC_MESSAGE,
            ],
        }
    }
}

/// The end-user message for an unknown code that may have ended the connection.
const RECONNECTING_MESSAGE: Text = Text {
    en: "The connection was interrupted. Reconnecting…",
    #[cfg(feature = "zh-hans")]
    zh_hans: "连接已中断，正在重新连接…",
    #[cfg(feature = "zh-hant")]
    zh_hant: "連線已中斷，正在重新連線…",
};

/// The end-user message for an unknown code of any other kind.
const GENERIC_MESSAGE: Text = Text {
    en: "Something went wrong on our side. Please try again in a moment.",
    #[cfg(feature = "zh-hans")]
    zh_hans: "服务暂时出了点问题，请稍后再试。",
    #[cfg(feature = "zh-hant")]
    zh_hant: "服務暫時出了點問題，請稍後再試。",
};

/// Whether `code` may be the status of a Close frame that an endpoint sends (RFC 6455 §7.4).
///
/// Allowed: 1000–1003, 1007–1014 and 3000–4999. Refused: below 1000, 1004 (reserved),
/// 1005, 1006 and 1015 (local-only), 1016–2999 (unassigned) and 5000 and above.
pub(crate) const fn may_send(code: u16) -> bool {
    matches!(code, 1000..=1003 | 1007..=1014 | 3000..=4999)
}

impl core::fmt::Display for CodeRange {
    /// The short name, padded to the formatter's width: `private`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.as_str())
    }
}
