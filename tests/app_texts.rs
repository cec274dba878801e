//! `AppTexts` at its limit and beyond its happy path: the worst shapes of 255 texts built as
//! real `static`s (so that the compiler's const-evaluation limit is part of the test), tables of
//! random shapes built at run time and checked against a naive model, the panics of misused
//! constructors, and the emptiness check against `char::is_whitespace` over every character.
//!
//! Every expectation comes from the test's own list of texts: the model below searches that
//! list one text at a time and applies the fallback order that `AppTexts` documents.

// The generators read random bits and small indices as app codes on purpose.
#![allow(clippy::cast_possible_wrap)]

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use leancloud_im_codes::{AppText, AppTexts, Code, KnownCode, Lang, TextKind};
use proptest::prelude::*;

const KINDS: [TextKind; 3] = [TextKind::Description, TextKind::Hint, TextKind::Message];

/// What one of the test's texts is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    Known(KnownCode),
    Private(u16),
    App(i64),
}

impl Subject {
    /// The code number, for texts of codes: overrides and private codes share it.
    fn code(self) -> Option<u16> {
        match self {
            Subject::Known(code) => Some(code.as_u16()),
            Subject::Private(code) => Some(code),
            Subject::App(_) => None,
        }
    }

    fn same(self, other: Subject) -> bool {
        match (self, other) {
            (Subject::App(one), Subject::App(other)) => one == other,
            _ => self.code().is_some() && self.code() == other.code(),
        }
    }
}

/// One of the test's texts, as the test knows it.
#[derive(Debug, Clone, Copy)]
struct Spec {
    subject: Subject,
    lang: Lang,
    kind: TextKind,
    text: &'static str,
}

impl Spec {
    const fn app_text(self) -> AppText {
        match self.subject {
            Subject::Known(code) => AppText::new(code, self.lang, self.kind, self.text),
            Subject::Private(code) => AppText::private_code(code, self.lang, self.kind, self.text),
            Subject::App(app_code) => AppText::app_code(app_code, self.lang, self.kind, self.text),
        }
    }

    fn subject_app(&self) -> i64 {
        match self.subject {
            Subject::App(app_code) => app_code,
            _ => panic!("not an app code: {self:?}"),
        }
    }
}

const fn app_texts<const N: usize>(specs: [Spec; N]) -> [AppText; N] {
    let mut texts = [AppText::app_code(0, Lang::En, TextKind::Message, "unset"); N];
    let mut index = 0;
    while index < N {
        texts[index] = specs[index].app_text();
        index += 1;
    }
    texts
}

// ---------------------------------------------------------------------------------------------
// Worst shapes, as statics.

/// "000", "001", … "254": one distinct text per index.
const LABEL_BYTES: [u8; 3 * 255] = {
    let mut bytes = [0; 3 * 255];
    let mut index = 0;
    while index < 255 {
        bytes[3 * index] = b'0' + (index / 100) as u8;
        bytes[3 * index + 1] = b'0' + (index / 10 % 10) as u8;
        bytes[3 * index + 2] = b'0' + (index % 10) as u8;
        index += 1;
    }
    bytes
};

const fn label(index: usize) -> &'static str {
    let all: &'static [u8] = &LABEL_BYTES;
    match std::str::from_utf8(all.split_at(3 * index).1.split_at(3).0) {
        Ok(label) => label,
        Err(_) => panic!("labels are ASCII"),
    }
}

const fn spec(subject: Subject, lang: Lang, kind: TextKind, index: usize) -> Spec {
    Spec {
        subject,
        lang,
        kind,
        text: label(index),
    }
}

/// splitmix64 (Steele, Lea and Flood 2014, as in `java.util.SplittableRandom`): the next
/// state and output.
const fn splitmix64(state: u64) -> (u64, u64) {
    let state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut mixed = state;
    mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (state, mixed ^ (mixed >> 31))
}

/// 255 app codes from splitmix64 seeded with 0x5EED (its first outputs, as `i64`), with a
/// language and kind also drawn from it.
const RANDOM: [Spec; 255] = {
    let mut specs = [spec(Subject::App(0), Lang::En, TextKind::Message, 0); 255];
    let mut state = 0x5EED;
    let mut index = 0;
    while index < 255 {
        let (next, app_code) = splitmix64(state);
        let (next, choice) = splitmix64(next);
        state = next;
        let lang = Lang::ALL[(choice % 3) as usize];
        let kind = KINDS[(choice / 3 % 3) as usize];
        specs[index] = spec(Subject::App(app_code as i64), lang, kind, index);
        index += 1;
    }
    specs
};

/// 28 private close codes (4000–4027) in every language and kind: 252 texts.
const PRIVATE: [Spec; 252] = {
    let mut specs = [spec(Subject::App(0), Lang::En, TextKind::Message, 0); 252];
    let mut index = 0;
    while index < 252 {
        let code = 4000 + (index / 9) as u16;
        specs[index] = spec(
            Subject::Private(code),
            Lang::ALL[index % 3],
            KINDS[index / 3 % 3],
            index,
        );
        index += 1;
    }
    specs
};

/// 255 overrides of the first 85 known codes, each in every language with one of the kinds.
const OVERRIDES: [Spec; 255] = {
    let mut specs = [spec(Subject::App(0), Lang::En, TextKind::Message, 0); 255];
    let mut index = 0;
    while index < 255 {
        specs[index] = spec(
            Subject::Known(KnownCode::ALL[index / 3]),
            Lang::ALL[index % 3],
            KINDS[index / 3 % 3],
            index,
        );
        index += 1;
    }
    specs
};

/// App codes that differ only in their top byte.
const HIGH_BITS: [Spec; 255] = {
    let mut specs = [spec(Subject::App(0), Lang::En, TextKind::Message, 0); 255];
    let mut index = 0;
    while index < 255 {
        let app_code = ((index as u64) << 56) as i64;
        specs[index] = spec(Subject::App(app_code), Lang::ZhHant, TextKind::Hint, index);
        index += 1;
    }
    specs
};

/// Pairs of app codes whose key halves folded to the same word under the hash `AppTexts` once
/// had (bits 15 and 48 apart), which no multiplier could separate.
const TWINS: [Spec; 255] = {
    let mut specs = [spec(Subject::App(0), Lang::En, TextKind::Message, 0); 255];
    let mut index = 0;
    while index < 255 {
        let base = ((index / 2) as i64) << 20;
        let app_code = if index % 2 == 0 {
            base
        } else {
            base ^ ((1 << 48) | (1 << 15))
        };
        specs[index] = spec(Subject::App(app_code), Lang::En, TextKind::Message, index);
        index += 1;
    }
    specs
};

/// Consecutive app codes down from `i64::MAX` and down to `i64::MIN`, declared in descending
/// order: every text sorts before all the earlier ones.
const EXTREMES: [Spec; 255] = {
    let mut specs = [spec(Subject::App(0), Lang::En, TextKind::Message, 0); 255];
    let mut index = 0;
    while index < 255 {
        let app_code = if index < 127 {
            i64::MAX - index as i64
        } else {
            i64::MIN + (254 - index) as i64
        };
        specs[index] = spec(Subject::App(app_code), Lang::En, TextKind::Message, index);
        index += 1;
    }
    specs
};

/// Every kind of subject at once, with numbers shared across the two namespaces: `appCode`
/// 4111 beside code 4111, `appCode` 4801 beside private code 4801.
const MIXED: [Spec; 255] = {
    let mut specs = [spec(Subject::App(0), Lang::En, TextKind::Message, 0); 255];
    let mut index = 0;
    while index < 255 {
        let lang = Lang::ALL[index % 3];
        let kind = KINDS[index / 3 % 3];
        let number = index / 9;
        let subject = match index % 27 / 9 {
            0 => Subject::Known(KnownCode::ALL[number]),
            1 => Subject::Private(4801 + number as u16),
            _ => Subject::App(match index / 27 {
                0 => 4111,
                1 => 4801,
                2 => 0,
                3 => -1,
                4 => i64::MIN,
                5 => i64::MAX,
                6 => 9890,
                7 => 4802,
                8 => 1 << 48,
                _ => 1 << 15,
            }),
        };
        specs[index] = spec(subject, lang, kind, index);
        index += 1;
    }
    specs
};

/// App codes whose keys (with `TextKind::Message`) all fall in one bucket of the hash in
/// `src/app_texts.rs`, the worst case for a lookup: a binary search over all 255 keys. Found by
/// inverting that hash, with K = 0x9E37_79B9_7F4A_7C15 and M = 0xD6E8_FEB8_6659_FD93 as there:
///
/// ```text
/// M64 = (1 << 64) - 1
/// M_INV = pow(M, -1, 1 << 64)
/// codes, k = [], 0
/// while len(codes) < 255:
///     folded = k * M_INV & M64                  # folded * M = k < 2^56: bucket 0
///     lo = folded ^ ((1 << 8 | 0x80) * K & M64)  # the key's low half, for app codes below 2^56
///     if lo & 0xFF == 2:                        # the kind's byte: Message
///         codes.append(lo >> 8)
///     k += 1
/// codes.sort(reverse=True)
/// ```
///
/// They are declared in descending order, so that `new`'s insertion sort moves the most keys as
/// well. If the hash changes, these are ordinary app codes and the test still holds.
#[rustfmt::skip]
const ONE_BUCKET_CODES: [i64; 255] = [
    71_974_996_711_316_919, 71_568_967_777_425_104, 71_480_591_334_781_958, 71_088_718_613_096_799,
    70_887_946_682_689_010, 70_097_892_876_516_136, 69_813_772_294_356_033, 69_788_955_479_364_913,
    69_399_281_780_936_266, 69_135_089_880_580_963, 68_902_677_446_156_505, 68_750_154_475_237_248,
    68_408_713_742_325_843, 68_122_394_170_465_644, 68_035_117_273_002_658, 67_627_713_916_024_827,
    67_513_433_131_722_716, 66_719_187_403_949_330, 66_435_066_821_754_411, 66_414_577_219_868_443,
    66_236_287_793_916_670, 66_007_173_862_885_428, 65_756_038_629_559_629, 65_526_924_763_570_819,
    65_029_664_672_406_077, 64_747_880_552_456_022, 64_659_521_358_888_076, 64_248_956_939_530_661,
    64_066_653_336_969_848, 63_839_755_674_141_614, 63_682_010_020_892_309, 63_569_928_743_142_599,
    62_899_173_407_972_969, 62_671_159_022_157_791, 62_493_969_107_800_962, 62_402_294_130_274_552,
    61_995_028_245_801_489, 61_585_004_498_371_610, 61_429_182_990_467_777, 60_931_494_142_895_440,
    60_713_063_456_477_667, 60_307_859_156_306_748, 60_219_482_782_869_618, 59_827_610_061_188_491,
    59_241_971_444_906_619, 58_960_187_324_956_564, 58_727_792_038_911_178, 58_549_622_905_598_125,
    58_205_970_494_325_188, 58_053_584_960_261_291, 57_941_778_526_894_877, 57_556_843_119_421_242,
    57_338_549_905_576_909, 56_929_084_964_295_910, 56_840_706_409_818_716, 56_453_094_329_249_653,
    56_252_255_795_320_840, 55_867_457_826_866_213, 55_581_138_254_969_214, 55_174_009_809_449_623,
    55_153_537_320_323_911, 54_763_863_655_451_744, 54_266_984_377_755_375, 54_109_238_758_059_478,
    53_921_206_136_400_886, 53_707_485_399_615_788, 53_670_070_903_074_063, 53_440_956_969_943_621,
    53_176_765_036_038_046, 52_661_910_678_421_272, 52_432_813_929_421_902, 52_164_086_510_047_591,
    51_936_072_157_787_869, 51_753_787_880_481_648, 51_487_257_336_882_313, 50_691_894_984_721_919,
    50_474_701_217_461_906, 50_246_686_865_168_328, 49_995_551_631_837_409, 49_766_454_878_613_079,
    49_282_861_610_596_546, 49_053_764_892_991_032, 48_789_572_925_526_865, 48_560_459_028_082_823,
    48_523_044_529_411_178, 48_375_011_540_987_226, 48_108_345_705_916_019, 47_318_480_878_274_473,
    47_100_116_765_978_748, 46_868_752_305_705_394, 46_603_460_893_723_339, 46_354_524_681_555_940,
    45_626_020_422_657_236, 45_341_899_840_494_061, 45_114_984_968_404_771, 44_843_115_092_358_312,
    44_614_001_194_945_054, 44_367_126_535_622_455, 44_138_029_815_950_445, 43_640_750_464_477_159,
    43_354_430_825_502_976, 43_266_071_598_382_710, 43_088_039_868_338_777, 42_861_142_176_117_647,
    42_677_895_861_857_314, 42_446_582_939_028_888, 42_179_914_990_028_465, 41_579_091_487_514_465,
    41_171_688_197_640_378, 41_079_961_714_061_808, 40_901_861_266_642_387, 40_675_032_258_243_337,
    40_261_993_452_331_473, 39_997_526_640_515_818, 39_713_406_024_801_283, 39_482_093_106_199_929,
    39_298_913_397_419_532, 39_071_998_487_613_250, 38_805_607_530_447_003, 38_535_780_633_003_444,
    38_200_179_856_480_587, 38_022_027_867_389_230, 37_792_913_972_007_524, 37_528_445_046_265_789,
    37_296_049_793_807_603, 37_113_902_989_074_822, 36_322_938_649_806_588, 36_056_547_692_673_045,
    36_022_377_979_397_685, 35_232_513_153_886_059, 34_965_984_724_211_844, 34_782_836_116_664_692,
    34_516_307_686_992_525, 34_288_379_200_555_971, 34_037_244_000_783_644, 33_543_349_018_526_870,
    33_255_929_901_513_135, 33_029_015_060_848_357, 32_762_349_225_775_166, 32_614_318_384_834_798,
    32_347_787_841_233_415, 32_083_595_907_327_776, 31_557_940_195_558_269, 31_408_477_151_032_158,
    31_370_908_035_634_945, 31_141_811_315_962_999, 30_890_676_049_078_672, 30_662_659_515_748_038,
    30_164_299_982_161_472, 29_900_108_014_664_601, 29_650_103_396_325_583, 29_383_575_000_210_920,
    29_222_347_872_185_048, 29_201_288_608_976_571, 28_973_274_223_161_329, 28_704_546_837_340_426,
    27_960_597_844_654_586, 27_696_403_796_816_659, 27_467_289_897_242_697, 27_198_562_444_318_050,
    26_986_030_761_062_148, 26_719_639_803_895_901, 25_925_376_898_351_507, 25_706_944_098_038_310,
    25_442_477_252_671_359, 25_213_380_532_966_581, 24_961_145_821_563_342, 24_235_869_199_197_886,
    23_970_577_753_660_375, 23_721_672_680_470_797, 23_520_834_144_449_952, 23_273_959_552_233_209,
    23_044_845_654_821_935, 22_776_133_234_278_728, 22_332_430_513_519_632, 22_063_703_094_145_321,
    21_834_606_340_953_759, 21_570_139_529_137_080, 20_861_355_614_675_048, 20_592_628_195_304_833,
    20_309_744_563_723_994, 20_147_417_924_138_890, 19_895_183_179_180_195, 19_666_086_495_129_113,
    19_401_619_683_312_434, 18_904_548_572_773_036, 18_675_245_730_356_194, 18_620_290_585_214_917,
    18_388_923_977_456_955, 18_122_533_020_292_692, 17_585_024_241_121_425, 17_297_605_090_524_586,
    17_070_707_396_236_000, 16_888_406_010_367_923, 16_477_841_557_455_052, 16_093_060_770_933_993,
    15_984_552_939_527_003, 15_826_532_374_816_258, 15_610_436_001_092_309, 15_381_322_103_648_267,
    15_112_594_717_832_484, 14_883_480_822_450_842, 14_403_810_769_846_804, 14_295_028_060_502_086,
    14_139_343_991_588_653, 13_623_927_666_497_980, 13_509_646_850_738_589, 13_102_243_527_312_054,
    12_605_501_688_571_141, 12_452_016_642_876_396, 12_234_685_499_546_815, 12_002_273_033_666_037,
    11_738_081_099_757_326, 11_508_967_237_997_636, 11_330_813_101_352_999, 10_916_322_554_411_568,
    10_760_638_485_430_551, 10_267_006_268_021_606, 10_048_642_120_111_161, 9_817_329_235_064_175,
    9_656_769_431_980_370, 9_568_393_024_990_856, 9_162_364_057_543_585, 8_775_387_888_156_714,
    8_506_660_468_786_499, 8_277_546_537_786_041, 8_222_675_178_127_004, 7_994_660_758_724_562,
    7_794_921_801_500_773, 7_580_118_701_533_659, 7_315_651_889_718_004, 6_590_375_300_840_356,
    6_302_956_183_796_989, 6_073_842_317_840_947, 6_036_565_260_187_158, 5_809_650_383_935_308,
    5_626_470_641_598_495, 4_832_207_769_575_765, 4_565_679_373_458_030, 4_415_941_450_992_207,
    4_189_110_330_764_165, 3_936_875_552_255_198, 3_529_472_228_827_639, 3_211_669_859_730_830,
    3_156_663_177_140_593, 2_928_648_755_674_791, 2_661_982_920_602_560, 2_430_670_033_424_694,
    2_247_421_540_224_457, 1_457_573_892_481_855, 1_191_182_968_874_072, 970_533_896_196_331,
    741_437_212_177_953, 476_970_400_361_338, 247_856_471_492_784,
];

const ONE_BUCKET: [Spec; 255] = {
    let mut specs = [spec(Subject::App(0), Lang::En, TextKind::Message, 0); 255];
    let mut index = 0;
    while index < 255 {
        let subject = Subject::App(ONE_BUCKET_CODES[index]);
        specs[index] = spec(subject, Lang::ALL[index % 3], TextKind::Message, index);
        index += 1;
    }
    specs
};

static RANDOM_TEXTS: AppTexts<255> = AppTexts::new(app_texts(RANDOM));
static PRIVATE_TEXTS: AppTexts<252> = AppTexts::new(app_texts(PRIVATE));
static OVERRIDE_TEXTS: AppTexts<255> = AppTexts::new(app_texts(OVERRIDES));
static HIGH_BIT_TEXTS: AppTexts<255> = AppTexts::new(app_texts(HIGH_BITS));
static TWIN_TEXTS: AppTexts<255> = AppTexts::new(app_texts(TWINS));
static EXTREME_TEXTS: AppTexts<255> = AppTexts::new(app_texts(EXTREMES));
static MIXED_TEXTS: AppTexts<255> = AppTexts::new(app_texts(MIXED));
static ONE_BUCKET_TEXTS: AppTexts<255> = AppTexts::new(app_texts(ONE_BUCKET));

/// The text the table should hold for `spec`, looked up by the public API for its subject.
fn looked_up<const N: usize>(table: &AppTexts<N>, spec: &Spec) -> Option<&'static str> {
    match spec.subject {
        Subject::Known(code) => Some(table.text(code.into(), spec.lang, spec.kind)),
        Subject::Private(code) => Some(table.text(Code::new(code), spec.lang, spec.kind)),
        Subject::App(app_code) => table.app_code_text(app_code, spec.lang, spec.kind),
    }
}

#[test]
fn every_text_of_the_worst_static_shapes_is_found() {
    check_every_text("random", &RANDOM_TEXTS, &RANDOM);
    check_every_text("private", &PRIVATE_TEXTS, &PRIVATE);
    check_every_text("overrides", &OVERRIDE_TEXTS, &OVERRIDES);
    check_every_text("high bits", &HIGH_BIT_TEXTS, &HIGH_BITS);
    check_every_text("twins", &TWIN_TEXTS, &TWINS);
    check_every_text("extremes", &EXTREME_TEXTS, &EXTREMES);
    check_every_text("mixed", &MIXED_TEXTS, &MIXED);
    check_every_text("one bucket", &ONE_BUCKET_TEXTS, &ONE_BUCKET);
}

fn check_every_text<const N: usize>(name: &str, table: &AppTexts<N>, specs: &[Spec]) {
    let mut labels: Vec<&str> = specs.iter().map(|spec| spec.text).collect();
    labels.sort_unstable();
    labels.dedup();
    assert_eq!(labels.len(), specs.len(), "{name}: every text is distinct");
    for spec in specs {
        assert_eq!(looked_up(table, spec), Some(spec.text), "{name}: {spec:?}");
    }
}

#[test]
fn the_worst_static_shapes_miss_what_they_do_not_hold() {
    // Neighbours of held app codes, and the other namespace's number.
    assert_eq!(
        RANDOM_TEXTS.app_code_text(RANDOM[0].subject_app() ^ 1, Lang::En, TextKind::Message),
        None
    );
    assert_eq!(
        HIGH_BIT_TEXTS.app_code_text(1, Lang::ZhHant, TextKind::Hint),
        None
    );
    assert_eq!(
        HIGH_BIT_TEXTS.app_code_text(0, Lang::En, TextKind::Hint),
        Some("000")
    );
    assert_eq!(
        TWIN_TEXTS.app_code_text(1 << 48, Lang::En, TextKind::Message),
        None
    );
    assert_eq!(
        TWIN_TEXTS.app_code_text(1 << 15, Lang::En, TextKind::Message),
        None
    );
    assert_eq!(
        EXTREME_TEXTS.app_code_text(i64::MAX - 127, Lang::En, TextKind::Message),
        None
    );
    assert_eq!(
        EXTREME_TEXTS.app_code_text(i64::MIN + 128, Lang::En, TextKind::Message),
        None
    );
    assert_eq!(
        EXTREME_TEXTS.app_code_text(0, Lang::En, TextKind::Message),
        None
    );
    assert_eq!(
        PRIVATE_TEXTS.app_code_text(4000, Lang::En, TextKind::Message),
        None
    );
    // A private code the table lacks reads its range's text; a known code, the crate's.
    assert_eq!(
        PRIVATE_TEXTS.message(Code::new(4028), Lang::En),
        Code::new(4028).message(Lang::En)
    );
    let last = KnownCode::ALL[85];
    assert_eq!(
        OVERRIDE_TEXTS.hint(last, Lang::ZhHans),
        last.code().hint(Lang::ZhHans)
    );
}

#[test]
fn the_worst_static_shapes_agree_with_the_model_everywhere() {
    check_against_model(&RANDOM_TEXTS, &RANDOM, &[]);
    check_against_model(&PRIVATE_TEXTS, &PRIVATE, &[Subject::Private(4028)]);
    check_against_model(
        &OVERRIDE_TEXTS,
        &OVERRIDES,
        &[Subject::Known(KnownCode::ALL[85])],
    );
    check_against_model(&HIGH_BIT_TEXTS, &HIGH_BITS, &[Subject::App(1)]);
    check_against_model(&TWIN_TEXTS, &TWINS, &[Subject::App(1 << 48)]);
    check_against_model(&EXTREME_TEXTS, &EXTREMES, &[Subject::App(0)]);
    check_against_model(&MIXED_TEXTS, &MIXED, &[Subject::Private(4999)]);
    check_against_model(&ONE_BUCKET_TEXTS, &ONE_BUCKET, &[Subject::App(0)]);
}

// ---------------------------------------------------------------------------------------------
// The model: a linear search of the test's own texts, in the order `AppTexts` documents.

fn model_find(
    specs: &[Spec],
    subject: Subject,
    lang: Lang,
    kind: TextKind,
) -> Option<&'static str> {
    specs
        .iter()
        .find(|spec| spec.subject.same(subject) && spec.lang == lang && spec.kind == kind)
        .map(|spec| spec.text)
}

fn model_own(specs: &[Spec], subject: Subject, lang: Lang, kind: TextKind) -> Option<&'static str> {
    model_find(specs, subject, lang, kind)
        .or_else(|| model_find(specs, subject, Lang::En, kind))
        .or_else(|| {
            Lang::ALL
                .iter()
                .find_map(|other| model_find(specs, subject, *other, kind))
        })
}

fn model_text(specs: &[Spec], code: u16, lang: Lang, kind: TextKind) -> &'static str {
    let subject = Subject::Private(code);
    if let Some(text) = model_find(specs, subject, lang, kind) {
        return text;
    }
    // The crate's own text, known code or unknown number alike.
    let crate_text = || Code::new(code).text(kind, lang);
    match KnownCode::from_u16(code) {
        Some(_) => crate_text(),
        None => model_own(specs, subject, lang, kind).unwrap_or_else(crate_text),
    }
}

/// Compares every lookup of every subject in `specs` (and of `extra` subjects), in every
/// language and kind, and with the numbers of each namespace read in the other, to the model.
fn check_against_model<const N: usize>(table: &AppTexts<N>, specs: &[Spec], extra: &[Subject]) {
    let mut subjects: Vec<Subject> = specs.iter().map(|spec| spec.subject).collect();
    subjects.extend_from_slice(extra);
    let mut crossed = Vec::new();
    for subject in &subjects {
        match *subject {
            Subject::App(app_code) => {
                if let Ok(code) = u16::try_from(app_code) {
                    crossed.push(Subject::Private(code));
                }
            }
            _ => crossed.push(Subject::App(i64::from(subject.code().unwrap()))),
        }
    }
    subjects.extend(crossed);
    for subject in subjects {
        for &lang in Lang::ALL {
            for kind in KINDS {
                if let Subject::App(app_code) = subject {
                    assert_eq!(
                        table.app_code_text(app_code, lang, kind),
                        model_own(specs, subject, lang, kind),
                        "appCode {app_code} {lang:?} {kind:?}"
                    );
                } else {
                    let code = subject.code().unwrap();
                    let expected = model_text(specs, code, lang, kind);
                    assert_eq!(
                        table.text(Code::new(code), lang, kind),
                        expected,
                        "code {code} {lang:?} {kind:?}"
                    );
                    let by_kind = match kind {
                        TextKind::Description => table.description(code, lang),
                        TextKind::Hint => table.hint(code, lang),
                        _ => table.message(code, lang),
                    };
                    assert_eq!(by_kind, expected, "code {code} {lang:?} {kind:?}");
                }
            }
            #[cfg(feature = "alloc")]
            check_error_message(table, specs, subject, lang);
        }
    }
}

/// `error_message` for errors with the subject's code, or with it as the hook's `appCode`.
#[cfg(feature = "alloc")]
fn check_error_message<const N: usize>(
    table: &AppTexts<N>,
    specs: &[Spec],
    subject: Subject,
    lang: Lang,
) {
    use leancloud_im_codes::{Carrier, ImError};

    let kind = TextKind::Message;
    let mut errors = Vec::new();
    if let Subject::App(app_code) = subject {
        for code in [4402_u16, 4801, 1] {
            errors.push(ImError::new(code, Carrier::Ack).with_app_code(app_code));
        }
    } else {
        let code = subject.code().unwrap();
        errors.push(ImError::new(code, Carrier::Ack));
        errors.push(ImError::new(code, Carrier::Rest));
        errors.push(ImError::new(code, Carrier::Ack).with_app_code(i64::from(code)));
    }
    for error in errors {
        let code = error.code().unwrap().as_u16();
        let expected = error
            .app_code()
            .and_then(|app_code| model_own(specs, Subject::App(app_code), lang, kind))
            .or_else(|| model_find(specs, Subject::Private(code), lang, kind))
            .unwrap_or_else(|| match KnownCode::from_u16(code) {
                Some(_) => error.message(lang),
                None => model_text(specs, code, lang, kind),
            });
        assert_eq!(
            table.error_message(&error, lang),
            expected,
            "{error:?} {lang:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Random shapes, built at run time.

fn subject_strategy() -> impl Strategy<Value = Subject> {
    let private: Vec<u16> = (4000..=4999)
        .filter(|code| KnownCode::from_u16(*code).is_none())
        .collect();
    prop_oneof![
        prop::sample::select(KnownCode::ALL).prop_map(Subject::Known),
        prop::sample::select(private).prop_map(Subject::Private),
        any::<i64>().prop_map(Subject::App),
        (-3_i64..3).prop_map(Subject::App),
        prop::sample::select(vec![
            i64::MIN,
            i64::MIN + 1,
            i64::MAX - 1,
            i64::MAX,
            4111,
            4801,
            9890
        ])
        .prop_map(Subject::App),
        (0_u64..256).prop_map(|top| Subject::App((top << 56) as i64)),
    ]
}

/// The table sizes tried: small ones, the benchmark's 36, and the largest.
const SIZES: [usize; 14] = [0, 1, 2, 3, 5, 8, 9, 17, 36, 64, 128, 200, 254, 255];

/// `size` texts with distinct keys: subjects each with a random set of (language, kind)
/// pairs, so that a subject often has some languages and not others, then topped up with
/// app codes no subject uses.
fn specs_strategy() -> impl Strategy<Value = Vec<Spec>> {
    (
        prop::sample::select(SIZES.to_vec()),
        prop::collection::vec((subject_strategy(), 1_u16..512), 0..100),
    )
        .prop_map(|(size, subjects)| {
            let mut specs: Vec<Spec> = Vec::new();
            for (subject, pairs) in subjects {
                for pair in 0..9 {
                    let (lang, kind) = (Lang::ALL[pair % 3], KINDS[pair / 3]);
                    let taken = specs.iter().any(|spec| {
                        spec.subject.same(subject) && spec.lang == lang && spec.kind == kind
                    });
                    if pairs & (1 << pair) != 0 && !taken {
                        specs.push(Spec {
                            subject,
                            lang,
                            kind,
                            text: "",
                        });
                    }
                }
            }
            specs.truncate(size);
            let mut filler = 1_000_000_i64;
            while specs.len() < size {
                filler += 1;
                let subject = Subject::App(filler);
                if !specs.iter().any(|spec| spec.subject.same(subject)) {
                    specs.push(Spec {
                        subject,
                        lang: Lang::ZhHans,
                        kind: TextKind::Hint,
                        text: "",
                    });
                }
            }
            for (index, spec) in specs.iter_mut().enumerate() {
                spec.text = String::leak(format!("text {index}"));
            }
            specs
        })
}

fn build_and_check<const N: usize>(specs: &[Spec]) {
    let texts: [AppText; N] = std::array::from_fn(|index| specs[index].app_text());
    let table = AppTexts::new(texts);
    for spec in specs {
        assert_eq!(looked_up(&table, spec), Some(spec.text), "{spec:?}");
    }
    check_against_model(&table, specs, &[Subject::App(7), Subject::Private(4998)]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn tables_built_at_run_time_agree_with_the_model(specs in specs_strategy()) {
        macro_rules! dispatch {
            ($($size:literal)*) => {
                match specs.len() {
                    $($size => build_and_check::<$size>(&specs),)*
                    other => unreachable!("no size {other}"),
                }
            };
        }
        dispatch!(0 1 2 3 5 8 9 17 36 64 128 200 254 255);
    }

    #[test]
    fn a_text_is_empty_when_every_char_is_white_space(
        text in prop::collection::vec(
            prop_oneof![
                prop::sample::select(vec![' ', '\t', '\n', '\u{85}', '\u{a0}', '\u{1680}', '\u{2007}', '\u{2028}', '\u{3000}']),
                prop::sample::select(vec!['x', '\u{200b}', '\u{feff}', '\u{180e}', '语', '😀']),
                any::<char>(),
            ],
            0..6,
        )
    ) {
        let text: &'static str = String::leak(text.into_iter().collect());
        let blank = text.chars().all(char::is_whitespace);
        let failure = panic_message(|| {
            let _ = AppText::app_code(1, Lang::En, TextKind::Message, text);
        });
        prop_assert_eq!(failure.is_some(), blank, "{:?}", text);
    }
}

// ---------------------------------------------------------------------------------------------
// Misuse at run time.

thread_local! {
    /// Whether `panic_message` runs on this thread, so that the hook keeps the panic quiet.
    static CATCHING: Cell<bool> = const { Cell::new(false) };
    /// The message and location (`file:line`) of the panic the hook kept.
    static CAUGHT: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Runs `work`, returning its panic's message and location (`file:line`) if it panics,
/// without printing it.
fn panic_message(work: impl FnOnce()) -> Option<(String, String)> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !CATCHING.with(Cell::get) {
                default(info);
                return;
            }
            let message = info
                .payload()
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| {
                    info.payload()
                        .downcast_ref::<&str>()
                        .map(|text| (*text).to_string())
                })
                .unwrap_or_default();
            let location = info
                .location()
                .map(|at| format!("{}:{}", at.file(), at.line()))
                .unwrap_or_default();
            CAUGHT.with(|caught| *caught.borrow_mut() = Some((message, location)));
        }));
    });
    CATCHING.with(|catching| catching.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    CATCHING.with(|catching| catching.set(false));
    let caught = CAUGHT.with(|caught| caught.borrow_mut().take());
    match result {
        Ok(()) => None,
        Err(_) => Some(caught.expect("the hook saw the panic")),
    }
}

#[test]
fn empty_means_only_unicode_white_space_for_every_char() {
    // Every char, each a text of its own, sliced out of one leaked string.
    let all: String = (0..=u32::from(char::MAX))
        .filter_map(char::from_u32)
        .collect();
    let all: &'static str = String::leak(all);
    let mut blank = Vec::new();
    for (at, char) in all.char_indices() {
        let text = &all[at..at + char.len_utf8()];
        let failure = panic_message(|| {
            let _ = AppText::app_code(1, Lang::En, TextKind::Message, text);
        });
        assert_eq!(
            failure.is_some(),
            char.is_whitespace(),
            "U+{:04X}",
            u32::from(char)
        );
        if failure.is_some() {
            blank.push(u32::from(char));
        }
    }
    // Unicode's White_Space, from PropList.txt.
    let mut expected: Vec<u32> = (0x09..=0x0D).chain(0x2000..=0x200A).collect();
    expected.extend([
        0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
    ]);
    expected.sort_unstable();
    assert_eq!(blank, expected);
    // White space around something is not empty.
    for text in [
        "\u{3000}x",
        "x\u{a0}",
        "\u{2028}\u{3000}语\u{85}",
        "\u{200b}",
        "\u{feff}",
    ] {
        assert!(
            panic_message(|| {
                let _ = AppText::app_code(1, Lang::En, TextKind::Message, text);
            })
            .is_none(),
            "{text:?}"
        );
    }
}

/// The message and the caller's line, for a constructor called at run time.
fn misuse(work: impl FnOnce()) -> (String, String) {
    panic_message(work).expect("the constructor panics")
}

#[test]
fn misused_constructors_panic_at_the_caller_naming_the_text() {
    let here = file!();
    let (message, at) = misuse(|| {
        let _ = AppText::message(KnownCode::SessionConflict, Lang::ZhHant, "\u{3000}");
    });
    assert_eq!(
        message,
        "AppText: the message of code 4111 in zh-Hant is empty or only white space"
    );
    assert!(at.starts_with(here), "{at}");

    let (message, at) = misuse(|| {
        let _ = AppText::new(KnownCode::KickedByApp, Lang::En, TextKind::Hint, "");
    });
    assert_eq!(
        message,
        "AppText: the hint of code 4115 in en is empty or only white space"
    );
    assert!(at.starts_with(here), "{at}");

    let (message, at) = misuse(|| {
        let _ = AppText::app_code(i64::MIN, Lang::ZhHans, TextKind::Description, " \u{a0}");
    });
    assert_eq!(
        message,
        "AppText: the description of appCode -9223372036854775808 in zh-Hans is empty or only white space"
    );
    assert!(at.starts_with(here), "{at}");

    let (message, at) = misuse(|| {
        let _ = AppText::private_code(3999, Lang::En, TextKind::Message, "Nope.");
    });
    assert_eq!(
        message,
        "AppText::private_code: 3999 is not a private close code, which is 4000-4999 (RFC 6455 section 7.4.2)"
    );
    assert!(at.starts_with(here), "{at}");

    let (message, _) = misuse(|| {
        let _ = AppText::private_code(5000, Lang::En, TextKind::Message, "Nope.");
    });
    assert!(
        message.contains(" 5000 is not a private close code"),
        "{message}"
    );

    let (message, at) = misuse(|| {
        let _ = AppText::private_code(4111, Lang::En, TextKind::Message, "Signed in elsewhere.");
    });
    assert_eq!(
        message,
        "AppText::private_code: close code 4111 is LeanCloud's: override its texts with AppText::new instead"
    );
    assert!(at.starts_with(here), "{at}");

    let (message, at) = misuse(|| {
        let _ = AppTexts::new([
            AppText::app_code(-7, Lang::En, TextKind::Message, "One."),
            AppText::private_code(4801, Lang::ZhHant, TextKind::Hint, "Two."),
            AppText::app_code(-7, Lang::ZhHans, TextKind::Message, "Three."),
            AppText::private_code(4801, Lang::ZhHant, TextKind::Hint, "Four."),
        ]);
    });
    assert_eq!(
        message,
        "AppTexts::new: texts 1 and 3 are both the hint of code 4801 in zh-Hant"
    );
    assert!(at.starts_with(here), "{at}");

    // The same subject in the two namespaces is no duplicate.
    assert!(
        panic_message(|| {
            let _ = AppTexts::new([
                AppText::message(KnownCode::SessionConflict, Lang::En, "Code."),
                AppText::app_code(4111, Lang::En, TextKind::Message, "appCode."),
            ]);
        })
        .is_none()
    );
}

#[test]
fn a_duplicate_among_255_names_both_indices() {
    let mut specs = EXTREMES;
    specs[3] = specs[200];
    let (message, _) = misuse(|| {
        let _ = AppTexts::new(app_texts(specs));
    });
    assert_eq!(
        message,
        "AppTexts::new: texts 3 and 200 are both the message of appCode -9223372036854775754 in en"
    );
}
