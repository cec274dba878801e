//! Reconnect delays as the official SDKs space them, as allocation-free iterators.
//!
//! Sources: the JS SDK's `src/websocket-plus.js`, the Swift SDK's `RTMConnection.swift`,
//! the Objective-C SDK's `LCRTMConnection.m`, the Java SDK's `LCConnectionManager.java` and the
//! C# SDK's `ReconnectState.cs`.

use core::fmt;
use core::iter::FusedIterator;
use core::time::Duration;

/// Which reconnect timing a [`ReconnectSchedule`] follows: one of the official SDKs', or this
/// crate's recommendation.
///
/// Attempts are counted from 0, the first reconnect attempt after the connection was lost.
///
/// ```
/// use leancloud_im_codes::ScheduleKind;
/// use std::time::Duration;
///
/// assert_eq!(ScheduleKind::Js.delay(3), Some(Duration::from_secs(8)));
/// assert_eq!(ScheduleKind::Apple.delay(0), Some(Duration::ZERO));
/// assert_eq!(ScheduleKind::Java.delay(3), None); // Java gives up after three tries
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScheduleKind {
    /// The JavaScript SDK (`leancloud-realtime`): `min(1000 · 2ⁿ, 300000)` ms, so 1, 2, 4 … 256 s,
    /// then 300 s.
    Js,
    /// The Swift and Objective-C SDKs: 0, 0, 1, 2, 4, 8, 16 s, then 30 s.
    Apple,
    /// The Java and Android SDK in production (`LCConnectionManager` with its
    /// `StandardWebSocketClient`): after a socket error, three tries, 2, 4 and 8 s apart, then
    /// none; after a Close frame, no reconnect at all (see
    /// [`reconnects_after_close`](ScheduleKind::reconnects_after_close)). It also reconnects
    /// when Android reports a network change or the server sends `goaway`.
    Java,
    /// The C# SDK (.NET, Unity): at once, then 10 s; a fresh router lookup every tenth attempt.
    DotNet,
    /// This crate's default: 1, 2, 4 … 32 s, then 60 s, meant to be [jittered](Jitter).
    Recommended,
}

impl ScheduleKind {
    /// Every kind, in declaration order.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::ScheduleKind::ALL.len(), 5);
    /// ```
    pub const ALL: &'static [ScheduleKind] = &[
        ScheduleKind::Js,
        ScheduleKind::Apple,
        ScheduleKind::Java,
        ScheduleKind::DotNet,
        ScheduleKind::Recommended,
    ];

    /// A short lowercase name: `js`, `apple`, `java`, `dotnet` or `recommended`.
    ///
    /// ```
    /// assert_eq!(leancloud_im_codes::ScheduleKind::DotNet.as_str(), "dotnet");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ScheduleKind::Js => "js",
            ScheduleKind::Apple => "apple",
            ScheduleKind::Java => "java",
            ScheduleKind::DotNet => "dotnet",
            ScheduleKind::Recommended => "recommended",
        }
    }

    /// The delay before attempt `attempt` (from 0), for callers that keep their own count;
    /// `None` where the SDK gives up ([`Java`](ScheduleKind::Java) after three attempts).
    ///
    /// Defined for every `u32`: past the point where a schedule stops growing it stays at its
    /// cap, and nothing overflows.
    ///
    /// ```
    /// use leancloud_im_codes::ScheduleKind;
    /// use std::time::Duration;
    ///
    /// assert_eq!(ScheduleKind::Java.delay(2), Some(Duration::from_secs(8)));
    /// assert_eq!(ScheduleKind::Js.delay(u32::MAX), Some(Duration::from_secs(300)));
    /// ```
    #[must_use]
    pub const fn delay(self, attempt: u32) -> Option<Duration> {
        Some(match self {
            // websocket-plus.js: `Math.min(1000 * Math.pow(2, attempt), 300000)`.
            ScheduleKind::Js => doubling(1, attempt, 300),
            // RTMConnection.swift `nextConnectingDelayInterval`: a counter from -2 that steps by
            // one while below 1, then doubles, then jumps to 30 past 15; a delay below 1 connects
            // at once. LCRTMConnection.m's `nextConnectingDelayIntervalForApplication:` is the
            // same code in Objective-C.
            ScheduleKind::Apple => match attempt {
                0 | 1 => Duration::ZERO,
                2..=6 => doubling(1, attempt - 2, 16),
                _ => Duration::from_secs(30),
            },
            // LCConnectionManager.java:114-134 and :429-440: after a socket error, a retry
            // after 2 s, doubled on each failure, at most three times.
            ScheduleKind::Java => {
                if attempt >= JAVA_TRIES {
                    return None;
                }
                doubling(2, attempt, 8)
            }
            // ReconnectState.cs: the first attempt runs as soon as the connection drops; each
            // failure waits 10 s, also the tenth, after which the router is reset.
            ScheduleKind::DotNet => {
                if attempt == 0 {
                    Duration::ZERO
                } else {
                    Duration::from_secs(10)
                }
            }
            ScheduleKind::Recommended => doubling(1, attempt, 60),
        })
    }

    /// Whether the SDK reconnects by itself after the server closed the connection with a
    /// Close frame (a code whose answer is to reconnect). False for
    /// [`Java`](ScheduleKind::Java), which marks the connection offline and pauses its
    /// sessions after any Close frame (`LCConnectionManager.java:373-382`), and reconnects only
    /// after a socket error, a network change or a `goaway`.
    ///
    /// ```
    /// use leancloud_im_codes::ScheduleKind;
    ///
    /// assert!(ScheduleKind::Js.reconnects_after_close());
    /// assert!(!ScheduleKind::Java.reconnects_after_close());
    /// ```
    #[must_use]
    pub const fn reconnects_after_close(self) -> bool {
        !matches!(self, ScheduleKind::Java)
    }

    /// Whether the SDK asks the router for fresh server addresses before attempt `attempt`.
    ///
    /// True for [`DotNet`](ScheduleKind::DotNet) before attempts 10, 20, 30 …: after ten failures
    /// it drops its router and starts a new round. The other SDKs refresh their router cache when
    /// its TTL ends or the server sends `goaway`, not on an attempt count, so this says `false`
    /// for them.
    ///
    /// ```
    /// use leancloud_im_codes::ScheduleKind;
    ///
    /// assert!(!ScheduleKind::DotNet.refreshes_router_before(9));
    /// assert!(ScheduleKind::DotNet.refreshes_router_before(10));
    /// assert!(!ScheduleKind::Js.refreshes_router_before(10));
    /// ```
    #[must_use]
    pub const fn refreshes_router_before(self, attempt: u32) -> bool {
        match self {
            ScheduleKind::DotNet => attempt != 0 && attempt % DOTNET_ROUND == 0,
            _ => false,
        }
    }
}

impl fmt::Display for ScheduleKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Attempts per round in the C# SDK (`MAX_RECONNECT_TIMES`).
const DOTNET_ROUND: u32 = 10;

/// Reconnect attempts after a socket error in the Java SDK (`LCConnectionManager`).
const JAVA_TRIES: u32 = 3;

/// `first_secs · 2^exponent` seconds, at most `cap_secs`; exact for every exponent.
const fn doubling(first_secs: u64, exponent: u32, cap_secs: u64) -> Duration {
    let secs = if exponent >= u64::BITS {
        cap_secs
    } else {
        let grown = first_secs.saturating_mul(1_u64 << exponent);
        if grown < cap_secs { grown } else { cap_secs }
    };
    Duration::from_secs(secs)
}

/// The delays before successive reconnect attempts, as an official SDK spaces them.
///
/// An iterator of [`Duration`]s: the first item is the wait before the first reconnect attempt.
/// It never ends for the SDKs that never give up, and ends after three delays for Java's. Call
/// [`reset`](ReconnectSchedule::reset) once a connection succeeds, as every SDK does. Use
/// [`Iterator::take`] to give up after a number of attempts. It is a few bytes: no allocation,
/// no clock, no randomness. It is `Clone` but not `Copy`, so that `schedule.take(3)` cannot
/// quietly run on a copy and leave `schedule` where it was.
///
/// | schedule | first 12 delays, in seconds | then |
/// |---|---|---|
/// | [`js`](Self::js) | 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300 | 300 |
/// | [`apple`](Self::apple) | 0, 0, 1, 2, 4, 8, 16, 30, 30, 30, 30, 30 | 30 |
/// | [`java`](Self::java) | 2, 4, 8 (after a socket error only) | none: it gives up |
/// | [`dotnet`](Self::dotnet) | 0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 | 10 |
/// | [`recommended`](Self::recommended) | 1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60, 60 | 60 |
///
/// ```
/// use leancloud_im_codes::ReconnectSchedule;
/// use std::time::Duration;
///
/// let mut schedule = ReconnectSchedule::js();
/// assert_eq!(schedule.next(), Some(Duration::from_secs(1)));
/// assert_eq!(schedule.next(), Some(Duration::from_secs(2)));
/// schedule.reset(); // connected again
/// assert_eq!(schedule.next(), Some(Duration::from_secs(1)));
///
/// // Give up after five attempts.
/// assert_eq!(ReconnectSchedule::apple().take(5).count(), 5);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReconnectSchedule {
    kind: ScheduleKind,
    /// Delays handed out since the last reset; saturates at `u32::MAX`.
    attempts: u32,
}

impl ReconnectSchedule {
    /// The schedule of `kind`, before its first attempt.
    ///
    /// ```
    /// use leancloud_im_codes::{ReconnectSchedule, ScheduleKind};
    ///
    /// assert_eq!(ReconnectSchedule::new(ScheduleKind::Js), ReconnectSchedule::js());
    /// ```
    #[must_use]
    pub const fn new(kind: ScheduleKind) -> ReconnectSchedule {
        ReconnectSchedule { kind, attempts: 0 }
    }

    /// The JavaScript SDK's schedule: `min(1000 · 2ⁿ, 300000)` ms, without jitter.
    ///
    /// Run against a local server, the SDK reconnects at +1 s, +3 s and +7 s after a close. When
    /// the network comes back it reconnects at once and starts the schedule again: call
    /// [`reset`](ReconnectSchedule::reset) and connect without waiting.
    ///
    /// ```
    /// use leancloud_im_codes::ReconnectSchedule;
    /// use std::time::Duration;
    ///
    /// let secs: Vec<u64> = ReconnectSchedule::js().take(11).map(|d| d.as_secs()).collect();
    /// assert_eq!(secs, [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    /// ```
    #[must_use]
    pub const fn js() -> ReconnectSchedule {
        ReconnectSchedule::new(ScheduleKind::Js)
    }

    /// The Swift and Objective-C SDKs' schedule: 0, 0, 1, 2, 4, 8, 16 s, then 30 s.
    ///
    /// They also start again from the beginning when the network or the app's foreground state
    /// changes.
    ///
    /// ```
    /// use leancloud_im_codes::ReconnectSchedule;
    ///
    /// let secs: Vec<u64> = ReconnectSchedule::apple().take(9).map(|d| d.as_secs()).collect();
    /// assert_eq!(secs, [0, 0, 1, 2, 4, 8, 16, 30, 30]);
    /// ```
    #[must_use]
    pub const fn apple() -> ReconnectSchedule {
        ReconnectSchedule::new(ScheduleKind::Apple)
    }

    /// The Java and Android SDK's schedule in production: after a socket error, 2, 4 and 8 s,
    /// then none (`LCConnectionManager.java:114-134, 429-440`). After a Close frame that SDK
    /// does not reconnect at all ([`ScheduleKind::reconnects_after_close`]); it reconnects again
    /// when Android reports a network change (`PushService.java:117-138`) or the server sends
    /// `goaway`, which is the moment to [`reset`](ReconnectSchedule::reset) it.
    ///
    /// The linear 0, 10 … 120 s schedule found in that SDK belongs to `OKWebSocketClient`,
    /// which only its tests use.
    ///
    /// ```
    /// use leancloud_im_codes::ReconnectSchedule;
    ///
    /// let secs: Vec<u64> = ReconnectSchedule::java().map(|d| d.as_secs()).collect();
    /// assert_eq!(secs, [2, 4, 8]);
    /// ```
    #[must_use]
    pub const fn java() -> ReconnectSchedule {
        ReconnectSchedule::new(ScheduleKind::Java)
    }

    /// The C# SDK's schedule: the first attempt at once, then one every 10 s.
    ///
    /// The SDK counts its attempts in rounds of ten and drops its cached router after each round,
    /// so attempts 10, 20, 30 … look the server address up again. The iterator keeps yielding
    /// 10 s; [`refresh_router_first`](ReconnectSchedule::refresh_router_first) says when to look
    /// up.
    ///
    /// ```
    /// use leancloud_im_codes::ReconnectSchedule;
    /// use std::time::Duration;
    ///
    /// let mut schedule = ReconnectSchedule::dotnet();
    /// assert_eq!(schedule.next(), Some(Duration::ZERO));
    /// assert_eq!(schedule.nth(9), Some(Duration::from_secs(10))); // before attempt 10
    /// assert!(schedule.refresh_router_first());
    /// ```
    #[must_use]
    pub const fn dotnet() -> ReconnectSchedule {
        ReconnectSchedule::new(ScheduleKind::DotNet)
    }

    /// The schedule this crate recommends: 1, 2, 4, 8, 16, 32 s, then 60 s, to be jittered.
    ///
    /// Why these numbers. A server that restarts closes every connection at once (1001 or
    /// 1012); starting at 1 s rather than at once (Apple, Java, C#) gives it a moment, and with
    /// [`Jitter::Full`] spreads that first wave over a second instead of one instant. Doubling
    /// reaches the cap after six attempts, about a minute in. A 60 s cap keeps a user whose
    /// network came back waiting at most a minute, where the JS SDK's 300 s feels like a dead
    /// app; it is still twice Apple's 30 s, so clients stuck at the cap add little load to a
    /// recovering server. Without [jitter](ReconnectSchedule::jittered), clients dropped
    /// together retry together at every step.
    ///
    /// ```
    /// use leancloud_im_codes::ReconnectSchedule;
    ///
    /// let schedule = ReconnectSchedule::recommended();
    /// let secs: Vec<u64> = schedule.take(8).map(|d| d.as_secs()).collect();
    /// assert_eq!(secs, [1, 2, 4, 8, 16, 32, 60, 60]);
    /// assert_eq!(ReconnectSchedule::default(), ReconnectSchedule::recommended());
    /// ```
    #[must_use]
    pub const fn recommended() -> ReconnectSchedule {
        ReconnectSchedule::new(ScheduleKind::Recommended)
    }

    /// Which timing this schedule follows.
    ///
    /// ```
    /// use leancloud_im_codes::{ReconnectSchedule, ScheduleKind};
    ///
    /// assert_eq!(ReconnectSchedule::apple().kind(), ScheduleKind::Apple);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> ScheduleKind {
        self.kind
    }

    /// How many delays this schedule has handed out since it was made or last reset.
    ///
    /// After the delay before attempt `n`, this is `n + 1`. It stops counting at `u32::MAX`,
    /// where every schedule has long reached its cap.
    ///
    /// ```
    /// use leancloud_im_codes::ReconnectSchedule;
    ///
    /// let mut schedule = ReconnectSchedule::js();
    /// schedule.next();
    /// schedule.next();
    /// assert_eq!(schedule.attempts(), 2);
    /// ```
    #[must_use]
    pub const fn attempts(&self) -> u32 {
        self.attempts
    }

    /// Starts again from the first delay; call it once a connection succeeds.
    ///
    /// ```
    /// use leancloud_im_codes::ReconnectSchedule;
    ///
    /// let mut schedule = ReconnectSchedule::java();
    /// assert_eq!(schedule.nth(5), None); // given up
    /// schedule.reset();
    /// assert_eq!(schedule, ReconnectSchedule::java());
    /// ```
    pub fn reset(&mut self) {
        self.attempts = 0;
    }

    /// Whether the attempt that the last delay leads to should look the server address up again
    /// first, as the SDK would.
    ///
    /// Only the C# SDK does that on a count: see
    /// [`ScheduleKind::refreshes_router_before`]. False before the first delay.
    ///
    /// ```
    /// use leancloud_im_codes::ReconnectSchedule;
    ///
    /// let mut schedule = ReconnectSchedule::dotnet();
    /// let refreshed: Vec<u32> = (0..25)
    ///     .filter(|_| {
    ///         schedule.next();
    ///         schedule.refresh_router_first()
    ///     })
    ///     .collect();
    /// assert_eq!(refreshed, [10, 20]);
    /// ```
    #[must_use]
    pub const fn refresh_router_first(&self) -> bool {
        match self.attempts.checked_sub(1) {
            Some(attempt) => self.kind.refreshes_router_before(attempt),
            None => false,
        }
    }

    /// This schedule with each delay shortened by `jitter`, drawing one `u64` from `random` per
    /// delay.
    ///
    /// The crate has no random-number generator: pass any source of uniformly random bits,
    /// such as `|| rng.u64(..)` with `fastrand` or `|| rng.random::<u64>()` with `rand`. The
    /// same bits give the same delays, which makes tests repeatable. See [`Jitter`] for the
    /// formulas and bounds.
    ///
    /// ```
    /// use leancloud_im_codes::{Jitter, ReconnectSchedule};
    /// use std::time::Duration;
    ///
    /// let mut bits = [0, u64::MAX / 2, u64::MAX].into_iter();
    /// let delays: Vec<Duration> = ReconnectSchedule::recommended()
    ///     .jittered(Jitter::Full, move || bits.next().unwrap_or(0))
    ///     .take(3)
    ///     .collect();
    /// assert_eq!(delays[0], Duration::ZERO); // bits 0: no wait at all
    /// assert!(delays[1] < Duration::from_secs(1)); // about half of 2 s
    /// assert!(delays[2] < Duration::from_secs(4)); // just under 4 s
    /// ```
    #[must_use]
    pub fn jittered<R: FnMut() -> u64>(self, jitter: Jitter, random: R) -> Jittered<R> {
        Jittered {
            schedule: self,
            jitter,
            random,
        }
    }
}

impl Default for ReconnectSchedule {
    /// The [recommended](ReconnectSchedule::recommended) schedule.
    fn default() -> ReconnectSchedule {
        ReconnectSchedule::recommended()
    }
}

impl Iterator for ReconnectSchedule {
    type Item = Duration;

    fn next(&mut self) -> Option<Duration> {
        let delay = self.kind.delay(self.attempts)?;
        self.attempts = self.attempts.saturating_add(1);
        Some(delay)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.kind {
            ScheduleKind::Java => {
                let left = JAVA_TRIES.saturating_sub(self.attempts) as usize;
                (left, Some(left))
            }
            _ => (usize::MAX, None),
        }
    }

    /// Skips `n` delays without computing them.
    fn nth(&mut self, n: usize) -> Option<Duration> {
        let skipped = u32::try_from(n).unwrap_or(u32::MAX);
        let attempts = self.attempts.saturating_add(skipped);
        // A schedule that gives up stops counting where stepping would.
        self.attempts = match self.kind {
            ScheduleKind::Java => attempts.min(JAVA_TRIES),
            _ => attempts,
        };
        self.next()
    }
}

// Java's schedule, once it has given up, stays given up until `reset`.
impl FusedIterator for ReconnectSchedule {}

/// How [`ReconnectSchedule::jittered`] randomizes a delay, given 64 random bits.
///
/// Jitter keeps clients that lost their connection together (a server restart, a network
/// outage) from all coming back in the same instant. A jittered delay never exceeds the
/// schedule's delay `d`, and with `d` above zero it is always shorter. With `r` the random bits
/// read as a fraction `r / 2⁶⁴` of one, computed exactly in integers and rounded down to the
/// nanosecond:
///
/// | variant | delay | range |
/// |---|---|---|
/// | [`Full`](Jitter::Full) | `d · r / 2⁶⁴` | `0 ≤ delay < d` |
/// | [`Equal`](Jitter::Equal) | `⌊d / 2⌋ + ⌈d / 2⌉ · r / 2⁶⁴` | `⌊d / 2⌋ ≤ delay < d` |
///
/// ```
/// use leancloud_im_codes::Jitter;
/// use std::time::Duration;
///
/// let d = Duration::from_secs(8);
/// assert_eq!(Jitter::Full.apply(d, 0), Duration::ZERO);
/// assert_eq!(Jitter::Full.apply(d, 1 << 63), Duration::from_secs(4));
/// assert_eq!(Jitter::Equal.apply(d, 0), Duration::from_secs(4));
/// assert_eq!(Jitter::Equal.apply(d, u64::MAX), Duration::new(7, 999_999_999));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Jitter {
    /// Anywhere from zero up to the delay: spreads clients the most, and may retry at once.
    Full,
    /// At least half the delay: keeps the schedule's pace while spreading clients over the
    /// other half.
    Equal,
}

impl Jitter {
    /// The jittered form of `delay` for the random bits `random`; the same inputs always give
    /// the same result.
    ///
    /// ```
    /// use leancloud_im_codes::Jitter;
    /// use std::time::Duration;
    ///
    /// let d = Duration::from_secs(30);
    /// let jittered = Jitter::Equal.apply(d, 0x9e37_79b9_7f4a_7c15);
    /// assert!(jittered >= d / 2 && jittered < d);
    /// assert_eq!(jittered, Jitter::Equal.apply(d, 0x9e37_79b9_7f4a_7c15));
    /// ```
    #[must_use]
    pub fn apply(self, delay: Duration, random: u64) -> Duration {
        match self {
            Jitter::Full => scale(delay, random),
            Jitter::Equal => {
                let half = delay / 2;
                half + scale(delay.saturating_sub(half), random)
            }
        }
    }
}

/// `delay · fraction / 2⁶⁴`, rounded down to the nanosecond, without overflow for any
/// `Duration`.
fn scale(delay: Duration, fraction: u64) -> Duration {
    const NANOS_PER_SEC: u128 = 1_000_000_000;
    // A Duration holds fewer than 2⁹⁴ nanoseconds, so it is split at bit 64 and each half
    // multiplied by a 64-bit number within u128.
    let nanos = delay.as_nanos();
    let fraction = u128::from(fraction);
    let high = nanos >> 64;
    let low = nanos & u128::from(u64::MAX);
    let scaled = high * fraction + ((low * fraction) >> 64);
    // `scaled` is at most `nanos`, so its seconds fit in a u64 like the delay's did.
    let secs = u64::try_from(scaled / NANOS_PER_SEC).unwrap_or(u64::MAX);
    let subsec_nanos = u32::try_from(scaled % NANOS_PER_SEC).unwrap_or(0);
    Duration::new(secs, subsec_nanos)
}

/// A [`ReconnectSchedule`] whose delays are shortened by [`Jitter`], from
/// [`ReconnectSchedule::jittered`].
///
/// Like the schedule, it never ends; `take` gives up after a number of attempts.
///
/// ```
/// use leancloud_im_codes::{Jitter, ReconnectSchedule};
/// use std::time::Duration;
///
/// // Any source of random bits; a fixed one here.
/// let mut jittered = ReconnectSchedule::js().jittered(Jitter::Equal, || u64::MAX / 2);
/// let first = jittered.next().unwrap();
/// assert!(first >= Duration::from_millis(500) && first < Duration::from_secs(1));
/// jittered.reset();
/// assert_eq!(jittered.next(), Some(first));
/// ```
#[derive(Clone)]
pub struct Jittered<R> {
    schedule: ReconnectSchedule,
    jitter: Jitter,
    random: R,
}

impl<R> Jittered<R> {
    /// The schedule underneath, to read its [`attempts`](ReconnectSchedule::attempts) or
    /// [`refresh_router_first`](ReconnectSchedule::refresh_router_first).
    ///
    /// ```
    /// use leancloud_im_codes::{Jitter, ReconnectSchedule};
    ///
    /// let mut jittered = ReconnectSchedule::dotnet().jittered(Jitter::Full, || 0);
    /// jittered.next();
    /// assert_eq!(jittered.schedule().attempts(), 1);
    /// ```
    #[must_use]
    pub const fn schedule(&self) -> &ReconnectSchedule {
        &self.schedule
    }

    /// The jitter applied to each delay.
    ///
    /// ```
    /// use leancloud_im_codes::{Jitter, ReconnectSchedule};
    ///
    /// let jittered = ReconnectSchedule::js().jittered(Jitter::Equal, || 0);
    /// assert_eq!(jittered.jitter(), Jitter::Equal);
    /// ```
    #[must_use]
    pub const fn jitter(&self) -> Jitter {
        self.jitter
    }

    /// Starts the schedule again from its first delay; call it once a connection succeeds.
    ///
    /// The random source is left as it is.
    ///
    /// ```
    /// use leancloud_im_codes::{Jitter, ReconnectSchedule};
    ///
    /// let mut jittered = ReconnectSchedule::java().jittered(Jitter::Full, || 0);
    /// jittered.nth(3);
    /// jittered.reset();
    /// assert_eq!(jittered.schedule().attempts(), 0);
    /// ```
    pub fn reset(&mut self) {
        self.schedule.reset();
    }
}

impl<R> fmt::Debug for Jittered<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Jittered")
            .field("schedule", &self.schedule)
            .field("jitter", &self.jitter)
            .finish_non_exhaustive()
    }
}

impl<R: FnMut() -> u64> Iterator for Jittered<R> {
    type Item = Duration;

    fn next(&mut self) -> Option<Duration> {
        let delay = self.schedule.next()?;
        Some(self.jitter.apply(delay, (self.random)()))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.schedule.size_hint()
    }

    /// Skips `n` delays without computing them, drawing a single random number.
    fn nth(&mut self, n: usize) -> Option<Duration> {
        let delay = self.schedule.nth(n)?;
        Some(self.jitter.apply(delay, (self.random)()))
    }
}

impl<R: FnMut() -> u64> FusedIterator for Jittered<R> {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first 12 delays, in whole seconds, as the SDKs' sources state them (for C#, as
    /// `ReconnectState.cs` runs them: the first attempt at once, then 10 s apart). Java's
    /// schedule ends after three: see `java_tries_three_times_then_gives_up`.
    const FIRST_12: [(ScheduleKind, [u64; 12]); 4] = [
        (
            ScheduleKind::Js,
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300],
        ),
        (
            ScheduleKind::Apple,
            [0, 0, 1, 2, 4, 8, 16, 30, 30, 30, 30, 30],
        ),
        (
            ScheduleKind::DotNet,
            [0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
        ),
        (
            ScheduleKind::Recommended,
            [1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60, 60],
        ),
    ];

    /// The delay each schedule settles at.
    const CAPS: [(ScheduleKind, u64); 4] = [
        (ScheduleKind::Js, 300),
        (ScheduleKind::Apple, 30),
        (ScheduleKind::DotNet, 10),
        (ScheduleKind::Recommended, 60),
    ];

    fn secs(list: [u64; 12]) -> [Duration; 12] {
        list.map(Duration::from_secs)
    }

    fn first_12(schedule: impl Iterator<Item = Duration>) -> [Duration; 12] {
        let mut out = [Duration::MAX; 12];
        let mut filled = 0;
        for (slot, delay) in out.iter_mut().zip(schedule) {
            *slot = delay;
            filled += 1;
        }
        assert_eq!(filled, 12, "the schedule ended early");
        out
    }

    /// xorshift64*: a deterministic stand-in for the caller's random source.
    fn xorshift(seed: u64) -> impl FnMut() -> u64 + Clone {
        let mut state = seed;
        move || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
    }

    #[test]
    fn first_twelve_delays_match_the_sdks() {
        for (kind, expected) in FIRST_12 {
            let expected = secs(expected);
            assert_eq!(first_12(ReconnectSchedule::new(kind)), expected, "{kind}");
            for (attempt, delay) in (0..).zip(expected) {
                assert_eq!(kind.delay(attempt), Some(delay), "{kind} attempt {attempt}");
            }
        }
    }

    #[test]
    fn java_tries_three_times_then_gives_up() {
        // LCConnectionManager.java:114-134, :429-440: 2 s, doubled, three tries.
        let mut schedule = ReconnectSchedule::java();
        assert_eq!(schedule.size_hint(), (3, Some(3)));
        let delays: [Option<Duration>; 5] = core::array::from_fn(|_| schedule.next());
        let secs = |s| Some(Duration::from_secs(s));
        assert_eq!(delays, [secs(2), secs(4), secs(8), None, None]);
        assert_eq!(schedule.size_hint(), (0, Some(0)));
        assert_eq!(ScheduleKind::Java.delay(u32::MAX), None);
        schedule.reset();
        assert_eq!(schedule.next(), secs(2));
        assert!(!ScheduleKind::Java.reconnects_after_close());
        for kind in [
            ScheduleKind::Js,
            ScheduleKind::Apple,
            ScheduleKind::DotNet,
            ScheduleKind::Recommended,
        ] {
            assert!(kind.reconnects_after_close(), "{kind}");
        }
    }

    #[test]
    fn named_constructors_pick_their_kind() {
        let named = [
            (ReconnectSchedule::js(), ScheduleKind::Js),
            (ReconnectSchedule::apple(), ScheduleKind::Apple),
            (ReconnectSchedule::java(), ScheduleKind::Java),
            (ReconnectSchedule::dotnet(), ScheduleKind::DotNet),
            (ReconnectSchedule::recommended(), ScheduleKind::Recommended),
        ];
        for (schedule, kind) in named {
            assert_eq!(schedule, ReconnectSchedule::new(kind));
            assert_eq!(schedule.kind(), kind);
            assert_eq!(schedule.attempts(), 0);
        }
        assert_eq!(
            ReconnectSchedule::default(),
            ReconnectSchedule::recommended()
        );
        assert_eq!(ScheduleKind::ALL.len(), FIRST_12.len() + 1);
    }

    #[test]
    fn js_attempts_land_where_the_sdk_was_observed() {
        // Attempts at +1 s, +3 s and +7 s after the close.
        let mut schedule = ReconnectSchedule::js();
        let mut elapsed = Duration::ZERO;
        let mut attempts_at = [0_u64; 3];
        for slot in &mut attempts_at {
            elapsed += schedule.next().unwrap_or_default();
            *slot = elapsed.as_secs();
        }
        assert_eq!(attempts_at, [1, 3, 7]);
    }

    #[test]
    fn schedules_settle_at_their_cap_forever() {
        for (kind, cap) in CAPS {
            let cap = Duration::from_secs(cap);
            for attempt in [12, 13, 100, 1_000, 65_535, 1 << 20, u32::MAX - 1, u32::MAX] {
                assert_eq!(kind.delay(attempt), Some(cap), "{kind} attempt {attempt}");
            }
            let mut schedule = ReconnectSchedule::new(kind);
            assert!(schedule.by_ref().skip(12).take(1_000).all(|d| d == cap));
        }
    }

    #[test]
    fn delays_never_shrink_until_the_cap() {
        for (kind, _) in FIRST_12 {
            let delays = first_12(ReconnectSchedule::new(kind));
            assert!(delays.windows(2).all(|w| w[0] <= w[1]), "{kind}");
        }
    }

    #[test]
    fn nth_jumps_without_overflow() {
        let far = usize::try_from(u32::MAX).unwrap_or(usize::MAX);
        for (kind, cap) in CAPS {
            let cap = Duration::from_secs(cap);
            let mut schedule = ReconnectSchedule::new(kind);
            assert_eq!(schedule.nth(far), Some(cap), "{kind}");
            assert_eq!(schedule.attempts(), u32::MAX);
            // Saturated: it keeps yielding the cap.
            assert_eq!(schedule.next(), Some(cap));
            assert_eq!(schedule.nth(usize::MAX), Some(cap));
            assert_eq!(schedule.attempts(), u32::MAX);

            let mut schedule = ReconnectSchedule::new(kind);
            assert_eq!(schedule.nth(usize::MAX), Some(cap));
            schedule.reset();
            assert_eq!(schedule.next(), kind.delay(0));
        }
    }

    #[test]
    fn nth_agrees_with_stepping() {
        for kind in ScheduleKind::ALL {
            for n in 0..40 {
                let mut stepped = ReconnectSchedule::new(*kind);
                for _ in 0..n {
                    stepped.next();
                }
                let mut jumped = ReconnectSchedule::new(*kind);
                assert_eq!(jumped.nth(n), stepped.next(), "{kind} n {n}");
                assert_eq!(jumped, stepped);
            }
        }
    }

    #[test]
    fn reset_starts_again() {
        for (kind, expected) in FIRST_12 {
            let mut schedule = ReconnectSchedule::new(kind);
            schedule.nth(30);
            schedule.reset();
            assert_eq!(schedule.attempts(), 0);
            assert_eq!(first_12(schedule), secs(expected), "{kind}");
        }
    }

    #[test]
    fn infinite_and_fused() {
        for (kind, _) in FIRST_12 {
            let schedule = ReconnectSchedule::new(kind);
            assert_eq!(schedule.size_hint(), (usize::MAX, None));
            assert_eq!(schedule.clone().take(7).count(), 7);
            let jittered = schedule.jittered(Jitter::Full, xorshift(1));
            assert_eq!(jittered.size_hint(), (usize::MAX, None));
        }
    }

    #[test]
    fn only_dotnet_refreshes_the_router_every_tenth_attempt() {
        let mut schedule = ReconnectSchedule::dotnet();
        assert!(!schedule.refresh_router_first());
        let mut refreshed = [false; 31];
        for slot in &mut refreshed {
            schedule.next();
            *slot = schedule.refresh_router_first();
        }
        for (attempt, refresh) in refreshed.iter().enumerate() {
            assert_eq!(
                *refresh,
                matches!(attempt, 10 | 20 | 30),
                "attempt {attempt}"
            );
        }
        for kind in [
            ScheduleKind::Js,
            ScheduleKind::Apple,
            ScheduleKind::Java,
            ScheduleKind::Recommended,
        ] {
            assert!((0..100).all(|attempt| !kind.refreshes_router_before(attempt)));
        }
        assert!(!ScheduleKind::DotNet.refreshes_router_before(0));
        assert!(ScheduleKind::DotNet.refreshes_router_before(4_294_967_290));
        assert!(!ScheduleKind::DotNet.refreshes_router_before(u32::MAX));
    }

    #[test]
    fn jitter_formulas_at_the_edges() {
        let d = Duration::from_secs(10);
        let tick = Duration::from_nanos(1);
        assert_eq!(Jitter::Full.apply(d, 0), Duration::ZERO);
        assert_eq!(Jitter::Full.apply(d, 1 << 63), Duration::from_secs(5));
        assert_eq!(Jitter::Full.apply(d, 1 << 62), Duration::from_millis(2_500));
        assert_eq!(
            Jitter::Full.apply(d, u64::MAX),
            Duration::new(9, 999_999_999)
        );
        assert_eq!(Jitter::Equal.apply(d, 0), Duration::from_secs(5));
        assert_eq!(
            Jitter::Equal.apply(d, 1 << 63),
            Duration::from_millis(7_500)
        );
        assert_eq!(
            Jitter::Equal.apply(d, u64::MAX),
            Duration::new(9, 999_999_999)
        );
        for jitter in [Jitter::Full, Jitter::Equal] {
            assert_eq!(jitter.apply(Duration::ZERO, u64::MAX), Duration::ZERO);
            assert_eq!(jitter.apply(tick, u64::MAX), Duration::ZERO);
        }
        // An odd number of nanoseconds: the lower half is rounded down, the upper half up.
        let odd = Duration::from_nanos(3);
        assert_eq!(Jitter::Equal.apply(odd, 0), tick);
        assert_eq!(Jitter::Equal.apply(odd, u64::MAX), Duration::from_nanos(2));
    }

    #[test]
    fn jitter_never_overflows() {
        for jitter in [Jitter::Full, Jitter::Equal] {
            for bits in [0, 1, 1 << 63, u64::MAX - 1, u64::MAX] {
                let out = jitter.apply(Duration::MAX, bits);
                assert!(out <= Duration::MAX);
            }
            assert!(jitter.apply(Duration::MAX, u64::MAX) < Duration::MAX);
        }
        // Exact for a delay past 2⁶⁴ ns: half of Duration::MAX, rounded down.
        assert_eq!(
            Jitter::Full.apply(Duration::MAX, 1 << 63),
            Duration::MAX / 2
        );
    }

    #[test]
    fn jittered_delays_stay_within_bounds() {
        for kind in ScheduleKind::ALL {
            for (jitter, seed) in [(Jitter::Full, 7), (Jitter::Equal, 11)] {
                let plain = ReconnectSchedule::new(*kind);
                let jittered = plain.clone().jittered(jitter, xorshift(seed));
                for (d, j) in plain.zip(jittered).take(2_000) {
                    let floor = match jitter {
                        Jitter::Full => Duration::ZERO,
                        Jitter::Equal => d / 2,
                    };
                    assert!(j >= floor, "{kind} {jitter:?}: {j:?} below {floor:?}");
                    assert!(
                        j < d || d.is_zero(),
                        "{kind} {jitter:?}: {j:?} not below {d:?}"
                    );
                    assert!(j <= d);
                }
            }
        }
    }

    #[test]
    fn jitter_spreads_over_the_range() {
        // With a fair random source, full jitter of 60 s lands in each 6 s bucket.
        let mut buckets = [0_u32; 10];
        let mut random = xorshift(42);
        for _ in 0..10_000 {
            let out = Jitter::Full.apply(Duration::from_secs(60), random());
            let bucket = usize::try_from(out.as_secs() / 6).unwrap_or(usize::MAX);
            buckets[bucket] += 1;
        }
        assert!(
            buckets.iter().all(|&n| (800..1_200).contains(&n)),
            "{buckets:?}"
        );
    }

    #[test]
    fn jitter_is_deterministic_for_given_bits() {
        for kind in ScheduleKind::ALL {
            let a = ReconnectSchedule::new(*kind).jittered(Jitter::Full, xorshift(3));
            let b = ReconnectSchedule::new(*kind).jittered(Jitter::Full, xorshift(3));
            assert!(a.take(100).eq(b.take(100)), "{kind}");
        }
        let mut a = ReconnectSchedule::js().jittered(Jitter::Equal, xorshift(5));
        a.nth(3);
        let mut b = a.clone();
        assert!(a.by_ref().take(20).eq(b.by_ref().take(20)));
        for bits in [0, 1, 12_345, 1 << 40, u64::MAX] {
            let d = Duration::new(7, 123_456_789);
            assert_eq!(Jitter::Full.apply(d, bits), Jitter::Full.apply(d, bits));
        }
    }

    #[test]
    fn jittered_draws_one_number_per_delay_and_resets() {
        let mut draws = 0_u64;
        {
            let mut jittered = ReconnectSchedule::apple().jittered(Jitter::Full, || {
                draws += 1;
                u64::MAX
            });
            // u64::MAX keeps each delay one nanosecond short of the schedule's (0 stays 0).
            assert_eq!(jittered.next(), Some(Duration::ZERO));
            jittered.next();
            assert_eq!(jittered.next(), Some(Duration::new(0, 999_999_999)));
            assert_eq!(
                jittered.nth(usize::MAX),
                Some(Duration::new(29, 999_999_999))
            );
            assert_eq!(jittered.schedule().attempts(), u32::MAX);
            jittered.reset();
            assert_eq!(jittered.schedule().attempts(), 0);
            assert_eq!(jittered.jitter(), Jitter::Full);
            assert_eq!(jittered.next(), Some(Duration::ZERO));
        }
        assert_eq!(draws, 5);
        // A schedule that gave up draws nothing more.
        let mut draws = 0_u64;
        let java = ReconnectSchedule::java().jittered(Jitter::Equal, || {
            draws += 1;
            0
        });
        assert_eq!(java.count(), 3);
        assert_eq!(draws, 3);
    }

    #[test]
    fn names_and_debug() {
        let names: [&str; 5] = core::array::from_fn(|i| ScheduleKind::ALL[i].as_str());
        assert_eq!(names, ["js", "apple", "java", "dotnet", "recommended"]);
        let mut buf = Buffer::default();
        assert!(fmt::write(&mut buf, format_args!("{}", ScheduleKind::DotNet)).is_ok());
        assert_eq!(buf.as_str(), "dotnet");
        let mut buf = Buffer::default();
        let jittered = ReconnectSchedule::js().jittered(Jitter::Equal, || 0);
        assert!(fmt::write(&mut buf, format_args!("{jittered:?}")).is_ok());
        assert_eq!(
            buf.as_str(),
            "Jittered { schedule: ReconnectSchedule { kind: Js, attempts: 0 }, jitter: Equal, .. }"
        );
    }

    /// A fixed buffer for formatting without `alloc`.
    struct Buffer {
        bytes: [u8; 128],
        len: usize,
    }

    impl Default for Buffer {
        fn default() -> Buffer {
            Buffer {
                bytes: [0; 128],
                len: 0,
            }
        }
    }

    impl Buffer {
        fn as_str(&self) -> &str {
            core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("<invalid>")
        }
    }

    impl fmt::Write for Buffer {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            let end = self.len + s.len();
            let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
            slot.copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }
}
