'use strict';
// Virtual time for the process that runs the SDK. The global setTimeout/setInterval (which the
// SDK and `ws` call; Node's own internals keep the real ones) are replaced by timers on a virtual
// clock that moves only when the process is quiet: no socket or server event for QUIET_TICKS real
// ticks. Then every timer due at the earliest virtual instant fires, in creation order, and the
// clock jumps there. So the SDK's 1, 2, 4 s backoff or 20 s command timeout take a few real ms,
// and what happens is decided by causality (loopback I/O always lands before a timer fires),
// not by how busy the machine is. Date.now follows the virtual clock from a fixed epoch.

const net = require('net');

const real = { setTimeout: global.setTimeout };
const EPOCH = 1700000000000;
const TICK_MS = 2;
const QUIET_TICKS = 4;

let now = 0;
let seq = 0;
let activity = 0;
const pending = new Map();

class Timer {
  constructor(fn, delay, args, repeat) {
    this.id = ++seq;
    this.fn = fn;
    this.args = args;
    this.delay = Math.max(0, Math.floor(Number(delay) || 0));
    this.repeat = repeat;
    this.schedule();
  }

  schedule() {
    this.at = now + (this.repeat ? Math.max(1, this.delay) : this.delay);
    this.order = ++seq;
    pending.set(this.id, this);
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }

  hasRef() {
    return true;
  }

  refresh() {
    this.schedule();
    return this;
  }

  close() {
    pending.delete(this.id);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this.id;
  }
}

function clear(timer) {
  if (timer instanceof Timer) pending.delete(timer.id);
  else if (typeof timer === 'number') pending.delete(timer);
}

function fireDue() {
  let at = Infinity;
  for (const t of pending.values()) at = Math.min(at, t.at);
  if (at === Infinity) return;
  now = Math.max(now, at);
  const due = [...pending.values()].filter((t) => t.at === at).sort((a, b) => a.order - b.order);
  for (const t of due) {
    if (!pending.has(t.id) || t.at !== at) continue; // cleared or refreshed by an earlier one
    if (t.repeat) t.schedule();
    else pending.delete(t.id);
    try {
      t.fn(...t.args);
    } catch (error) {
      process.nextTick(() => {
        throw error;
      });
    }
  }
  activity++;
}

let running = false;
let quiet = 0;
let seen = -1;
function tick() {
  if (!running) return;
  if (activity !== seen) {
    seen = activity;
    quiet = 0;
  } else if (++quiet >= QUIET_TICKS) {
    quiet = 0;
    fireDue();
  }
  real.setTimeout(tick, TICK_MS);
}

function install() {
  global.setTimeout = (fn, delay, ...args) => new Timer(fn, delay, args, false);
  global.setInterval = (fn, delay, ...args) => new Timer(fn, delay, args, true);
  global.clearTimeout = clear;
  global.clearInterval = clear;
  Date.now = () => EPOCH + now;
  // Any socket or server event counts as activity (TLSSocket inherits net.Socket).
  for (const C of [net.Socket, net.Server]) {
    const emit = C.prototype.emit;
    C.prototype.emit = function emitWithActivity(...args) {
      activity++;
      return emit.apply(this, args);
    };
  }
}

function start() {
  running = true;
  tick();
}

function stop() {
  running = false;
}

module.exports = { install, start, stop, now: () => now };
