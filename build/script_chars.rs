//! Characters that belong to one Chinese script only, for checking that a `zh-Hant` text has no
//! Simplified-only character and a `zh-Hans` text no Traditional-only one.
//!
//! Chosen among the commonest characters (jieba's word frequencies, chat-app UI and error words,
//! the `zh` texts of `codes.toml`); each line of one list pairs with the same line of the other.
//! Checked with `OpenCC` (`pip install opencc-python-reimplemented`, and again with `opencc` 1.4):
//! for each pair (s, t), `s2t`, `s2tw` and `s2hk` all turn s into t and leave t alone; `t2s`,
//! `tw2s` and `hk2s` all turn t into s and leave s alone; the character tables map s only to t
//! and t only to s; neither is in the Taiwan or Hong Kong variant tables; t is not in GB2312 and
//! s not in Big5 (bar obsolete homographs in its less-common block: 机 体 与 气 构 网 离 优 惊 赶
//! 怀 圣 触 扰); and no `zh` text of `codes.toml` has a character of `TRADITIONAL_ONLY`.
//! Characters shared by both scripts, or whose simplified form is also a valid traditional
//! character (后/後, 里/裡, 干/乾, 台/臺, 云/雲, 于/於, 发/髮 …), are left out on purpose; so are
//! one-to-many pairs (证→證/証, 签, 链, 个, 参), pairs `OpenCC` writes differently for Taiwan or
//! Hong Kong (为/爲/為, 说/說/説, 线/線/綫, 户, 温, 群, 启) and Simplified code points that Hong
//! Kong or Taiwan also use as a glyph variant (内 没 强 黄 别 删 册 况 决 减 静 够 …).

/// Common characters used only in Simplified Chinese.
pub const SIMPLIFIED_ONLY: &str = "\
    国这来会时们对长过经动进开还现机体与实关从将员头间无见点数样\
    问级应资务电设义统处队计权话报给变书议达题条规运组论选记号类\
    传带联质认举备连调转该让单则属图装许构随网语断编满标项节响请\
    离显营视创费试识维环仅围态负层续状终协检写验绝压监词预继执谁\
    辑临简帮额错读测顺败评输渐脑扩载宽库页讨误闭择隐络缓码损频缩\
    订讯跃储询览递违暂赋详档赖拦衔账绑浏滤馈栈帧钮学业门区产军东\
    战场气汉总声马领华称张导结师县风济职农边阳难专车尔较际亲红约\
    亚积观鱼办远势热铁爱纪觉双乐织飞龙轻击罗护兴虽宝乡责严桥杀杨\
    银钱赛独细习医脸弹楼艺陆镇紧劳优财养陈伤";
/// Their Traditional counterparts, used only in Traditional Chinese, in the same order.
pub const TRADITIONAL_ONLY: &str = "\
    國這來會時們對長過經動進開還現機體與實關從將員頭間無見點數樣\
    問級應資務電設義統處隊計權話報給變書議達題條規運組論選記號類\
    傳帶聯質認舉備連調轉該讓單則屬圖裝許構隨網語斷編滿標項節響請\
    離顯營視創費試識維環僅圍態負層續狀終協檢寫驗絕壓監詞預繼執誰\
    輯臨簡幫額錯讀測順敗評輸漸腦擴載寬庫頁討誤閉擇隱絡緩碼損頻縮\
    訂訊躍儲詢覽遞違暫賦詳檔賴攔銜賬綁瀏濾饋棧幀鈕學業門區產軍東\
    戰場氣漢總聲馬領華稱張導結師縣風濟職農邊陽難專車爾較際親紅約\
    亞積觀魚辦遠勢熱鐵愛紀覺雙樂織飛龍輕擊羅護興雖寶鄉責嚴橋殺楊\
    銀錢賽獨細習醫臉彈樓藝陸鎮緊勞優財養陳傷";

/// The first character of `text` that is in `chars`, if any.
#[must_use]
#[cfg(test)]
pub fn first_in(text: &str, chars: &str) -> Option<char> {
    text.chars().find(|&c| chars.contains(c))
}

/// One of the lists as a bit per Basic Multilingual Plane character, for checking many texts:
/// `first_in` scans the whole list for every character, which the unoptimized generator cannot
/// afford. Every listed character is in the BMP.
pub struct CharList(Vec<u64>);

impl CharList {
    pub fn new(chars: &str) -> CharList {
        let mut bits = vec![0; 1 << 10];
        for c in chars.chars() {
            let c = c as usize;
            assert!(c < 1 << 16, "listed characters are in the BMP");
            bits[c >> 6] |= 1 << (c & 63);
        }
        CharList(bits)
    }

    /// What [`first_in`] finds, with one bit test per character.
    pub fn first_in(&self, text: &str) -> Option<char> {
        text.chars().find(|&c| {
            let c = c as usize;
            self.0
                .get(c >> 6)
                .is_some_and(|word| word >> (c & 63) & 1 == 1)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{SIMPLIFIED_ONLY, TRADITIONAL_ONLY, first_in};
    use std::collections::HashSet;

    #[test]
    fn lists_pair_up_without_duplicates_or_overlap() {
        let simplified: Vec<char> = SIMPLIFIED_ONLY.chars().collect();
        let traditional: Vec<char> = TRADITIONAL_ONLY.chars().collect();
        assert_eq!(simplified.len(), traditional.len());
        assert!(simplified.len() >= 180, "only {} pairs", simplified.len());
        let simplified_set: HashSet<char> = simplified.iter().copied().collect();
        let traditional_set: HashSet<char> = traditional.iter().copied().collect();
        assert_eq!(
            simplified_set.len(),
            simplified.len(),
            "duplicate in SIMPLIFIED_ONLY"
        );
        assert_eq!(
            traditional_set.len(),
            traditional.len(),
            "duplicate in TRADITIONAL_ONLY"
        );
        let overlap: Vec<&char> = simplified_set.intersection(&traditional_set).collect();
        assert!(overlap.is_empty(), "in both lists: {overlap:?}");
        assert!(
            simplified
                .iter()
                .chain(&traditional)
                .all(|c| !c.is_ascii() && !c.is_whitespace())
        );
    }

    #[test]
    fn the_bit_list_finds_what_first_in_finds() {
        let simplified = super::CharList::new(SIMPLIFIED_ONLY);
        let traditional = super::CharList::new(TRADITIONAL_ONLY);
        for text in [
            "這是繁體",
            "这是简体",
            "这",
            "mixed 这 and 這",
            "",
            "ascii only",
            "😀这",
        ] {
            assert_eq!(
                simplified.first_in(text),
                first_in(text, SIMPLIFIED_ONLY),
                "{text}"
            );
            assert_eq!(
                traditional.first_in(text),
                first_in(text, TRADITIONAL_ONLY),
                "{text}"
            );
        }
    }

    #[test]
    fn first_in_finds_the_first_character_of_the_list() {
        assert_eq!(first_in("這是繁體", SIMPLIFIED_ONLY), None);
        assert_eq!(first_in("这是简体", TRADITIONAL_ONLY), None);
        assert_eq!(first_in("这", TRADITIONAL_ONLY), None);
        assert_eq!(first_in("这", SIMPLIFIED_ONLY), Some('这'));
        assert_eq!(first_in("", SIMPLIFIED_ONLY), None);
        assert_eq!(first_in("ok: 连接已關閉", TRADITIONAL_ONLY), Some('關'));
        assert_eq!(first_in("ok: 连接已關閉", SIMPLIFIED_ONLY), Some('连'));
    }
}
