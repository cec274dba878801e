//! Proves that lookups and formatting never allocate: a counting global allocator watches every
//! numeric lookup, every name and alias in three casings plus non-names, `Display` of every
//! code into a fixed stack buffer, and reading language tags and `Accept-Language` values.
//!
//! Only allocations made by this test's own thread while it is counting are counted, so the test
//! harness cannot disturb the figure.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;
use std::hint::black_box;

use leancloud_im_codes::{AppText, AppTexts, Carrier, Code, KnownCode, Lang, TextKind};

struct CountingAllocator;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn note_allocation() {
    let counting = COUNTING.try_with(Cell::get).unwrap_or(false);
    if counting {
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
    }
}

// SAFETY: every call is forwarded unchanged to the system allocator; counting touches only
// const-initialized thread-locals, which never allocate.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note_allocation();
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note_allocation();
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note_allocation();
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Runs `work` and returns how many allocations this thread made meanwhile.
fn allocations_during(work: impl FnOnce()) -> usize {
    ALLOCATIONS.with(|count| count.set(0));
    COUNTING.with(|counting| counting.set(true));
    work();
    COUNTING.with(|counting| counting.set(false));
    ALLOCATIONS.with(Cell::get)
}

/// A fixed buffer on the stack that `write!` can format into.
struct StackBuffer {
    bytes: [u8; 1024],
    len: usize,
}

impl Write for StackBuffer {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        let end = self.len + text.len();
        let target = self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        target.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Language tags, well-formed and not, for `Lang::from_tag`.
const LANGUAGE_TAGS: &[&str] = &[
    "zh-Hant-TW",
    "zh-158",
    "yue",
    "en-GB-oed",
    "zh-cmn-Hans-CN-pinyin-u-co-pinyin-x-private",
    "fr-CA",
    "zh--TW",
    "zh-u",
    "zh-toolongsubtag",
    "",
];

/// `Accept-Language` values for `Lang::negotiate`: weights valid and not, the wildcard.
const ACCEPT_LANGUAGE: &[&str] = &[
    "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7",
    "fr;q=1.5, zh-CN ; Q=0.5, *;q=0.6, zh-HK;q=0.6",
    "de, ja;q=0.0001, zh;q = 0.5, en;q=0, zh-MO;q=0.001",
    "",
];

static APP_TEXTS: AppTexts<4> = AppTexts::new([
    AppText::message(
        KnownCode::SessionConflict,
        Lang::En,
        "You're chatting on another device.",
    ),
    AppText::private_code(4801, Lang::En, TextKind::Message, "Down for maintenance."),
    AppText::private_code(4801, Lang::ZhHant, TextKind::Hint, "維護中。"),
    AppText::app_code(9890, Lang::En, TextKind::Message, "No links, please."),
]);

#[test]
fn the_counter_sees_an_allocation() {
    // Without this, a broken counter would make the real test pass vacuously.
    let count = allocations_during(|| {
        black_box(Box::new(black_box(7_u64)));
    });
    assert_eq!(count, 1);
}

#[test]
fn lookups_and_formatting_never_allocate() {
    // Every input is prepared before counting starts.
    let mut names: Vec<String> = Vec::new();
    for code in KnownCode::ALL {
        for spelling in std::iter::once(code.name()).chain(code.aliases().iter().copied()) {
            names.push(spelling.to_string());
            names.push(spelling.to_ascii_lowercase());
            names.push(
                spelling
                    .chars()
                    .enumerate()
                    .map(|(i, c)| {
                        if i % 2 == 0 {
                            c.to_ascii_lowercase()
                        } else {
                            c
                        }
                    })
                    .collect(),
            );
        }
    }
    for non_name in [
        "",
        "X",
        "SESSION",
        "SESSION_CONFLICTS",
        "4111",
        "session conflict",
        "会话",
        "A_NAME_FAR_TOO_LONG_TO_BE_ANY_CODE_NAME_AT_ALL_REALLY",
    ] {
        names.push(non_name.to_string());
    }
    let texts: Vec<String> = (0..=u16::MAX)
        .step_by(7)
        .map(|n| Code::new(n).to_string())
        .collect();

    let mut buffer = StackBuffer {
        bytes: [0; 1024],
        len: 0,
    };
    let mut hits = 0_usize;
    let count = allocations_during(|| {
        for number in 0..=u16::MAX {
            let code = black_box(Code::from(black_box(number)));
            if let Some(known) = KnownCode::from_u16(number) {
                hits += 1;
                black_box((known.name(), known.family(), known.aliases()));
            }
            black_box((
                (code.name(), code.family(), code.as_str()),
                (
                    code.operation(),
                    code.retry_after(),
                    code.is_retryable(false),
                ),
                (code.sources(), code.range(), code.is_sendable()),
            ));
            for carrier in Carrier::ALL {
                black_box(code.connection(*carrier));
            }
            for lang in Lang::ALL {
                black_box((
                    code.description(*lang),
                    code.hint(*lang),
                    code.message(*lang),
                ));
                buffer.len = 0;
                write!(buffer, "{}", code.display_in(*lang)).unwrap();
            }
            buffer.len = 0;
            write!(buffer, "{code}").unwrap();
            buffer.len = 0;
            write!(buffer, "{code:#} {code:?}").unwrap();
        }
        for name in &names {
            black_box(KnownCode::from_name(black_box(name)).ok());
            black_box(KnownCode::from_name_ignore_ascii_case(black_box(name)).ok());
            black_box(KnownCode::all_named(black_box(name)));
            black_box(name.parse::<Code>().ok());
            if let Err(error) = name.parse::<KnownCode>() {
                buffer.len = 0;
                write!(buffer, "{error}").unwrap();
            }
        }
        for text in &texts {
            black_box(text.parse::<Code>().ok());
        }
        // An app's overrides, private codes and hook codes: the override path.
        for number in [4111, 4115, 4801, 4999, 1006] {
            for lang in Lang::ALL {
                for kind in [TextKind::Description, TextKind::Hint, TextKind::Message] {
                    black_box(APP_TEXTS.text(Code::new(number), *lang, kind));
                }
                black_box(APP_TEXTS.app_code_text(9890, *lang, TextKind::Message));
                black_box(Lang::negotiate(["fr-CA", "zh-HK", "en"]));
            }
        }
        for tag in LANGUAGE_TAGS {
            black_box(Lang::from_tag(black_box(tag)));
            black_box(tag.parse::<Lang>().ok());
        }
        for header in ACCEPT_LANGUAGE {
            black_box(Lang::negotiate(black_box(header).split(',')));
        }
    });
    assert_eq!(hits, KnownCode::COUNT);
    assert!(names.len() > 3 * KnownCode::COUNT);
    assert_eq!(count, 0, "lookups and formatting allocated {count} times");
}
