'use strict';
// Runs every carrier x code scenario against one SDK version, all at once in this process on the
// virtual clock, and prints the trace as JSON on stdout. record.js runs one per version.
// Usage: node harness.js realtime-4.3.1

const fs = require('fs');
const net = require('net');
const path = require('path');
const clock = require('./clock');

clock.install();
const blocked = guardNetwork();

const pkg = process.argv[2];
const sdk = require(pkg);
const { version } = require(`${pkg}/package.json`);
const { FakeServer } = require('./server');
const { CommandType, OpType, verify } = require('./proto');

verify(sdk.Protocals, pkg);

const CARRIERS = ['close', 'session_closed', 'open_error', 'open_refused', 'reopen_error'];
const UNKNOWN_CODES = [1016, 2000, 3001, 4000, 4104, 4999, 5000, 65535];
const WINDOW_MS = 30000;
const GIVE_UP_MS = 60000;
const CLIENT_ID = 'oracle-client';

function readCodes() {
  const text = fs.readFileSync(path.join(__dirname, '..', 'codes.toml'), 'utf8');
  const codes = [...text.matchAll(/^code = (\d+)$/gm)].map((m) => Number(m[1]));
  const entries = text.match(/^\[\[code\]\]$/gm).length;
  if (codes.length !== entries) throw new Error(`codes.toml: ${entries} [[code]] entries but ${codes.length} \`code = <decimal>\` lines`);
  return [...new Set([...codes, ...UNKNOWN_CODES])].sort((a, b) => a - b);
}

// Nothing may leave 127.0.0.1: refuse any other TCP destination before a DNS lookup happens.
function guardNetwork() {
  const attempts = [];
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(...args) {
    let options = Array.isArray(args[0]) ? args[0][0] : args[0];
    if (typeof options !== 'object' || options === null) options = { host: args[1] };
    const host = options.host || 'localhost';
    if (!options.path && !['127.0.0.1', 'localhost', '::1'].includes(host)) {
      attempts.push(host);
      throw new Error(`oracle: connection to ${host} refused, only 127.0.0.1 is allowed`);
    }
    return connect.apply(this, args);
  };
  return attempts;
}

const errorText = (e) =>
  e instanceof Error || (e && e.message) ? `${e.code !== undefined ? `${e.code} ` : ''}${e.name}: ${e.message}` : String(e);

// What the SDK put in a session/open.
function openFields(cmd) {
  const m = cmd.sessionMessage || {};
  return { r: m.r === true, token: m.st !== undefined, st: m.st ?? null, signature: m.s !== undefined, s: m.s ?? null };
}

async function prepare(carrier, code) {
  const s = { carrier, code, t0: null, log: [], events: new Set(), delays: [], opens: [], connections: 0, http: 0 };
  const note = (entry) => {
    if (s.t0 !== null) s.log.push(`+${clock.now() - s.t0} ${entry}`);
  };
  s.note = note;
  let opensSeen = 0;

  s.trigger = (conn) => {
    s.t0 = clock.now();
    s.triggerConn = conn;
    setTimeout(() => finish(s), WINDOW_MS);
  };
  const opened = (conn, cmd, st) =>
    conn.send({
      cmd: CommandType.session,
      op: OpType.opened,
      i: cmd.i,
      peerId: cmd.peerId || CLIENT_ID,
      sessionMessage: { st, stTtl: 3600 },
    });

  s.server = new FakeServer({
    accept(conn) {
      if (s.t0 === null) return true;
      s.connections += 1;
      // close: refuse the first two reconnections so that three backoff delays show.
      const ok = !(carrier === 'close' && s.connections <= 2);
      note(`server: websocket #${conn.index} ${ok ? 'accepted' : 'refused with HTTP 503'}`);
      return ok;
    },
    command(conn, cmd) {
      if (cmd.cmd !== CommandType.session || cmd.op !== OpType.open) {
        note(`server: cmd ${cmd.cmd} op ${cmd.op} ignored`);
        return;
      }
      const open = openFields(cmd);
      const n = opensSeen++;
      if (s.t0 !== null) {
        s.opens.push(open);
        note(`server: session/open r=${open.r} st=${open.st} s=${open.s}`);
      }
      if (n === 0) s.firstConn = conn;
      const refuse = (carrier === 'open_error' || carrier === 'open_refused') && n === 0;
      if (refuse || (carrier === 'reopen_error' && n === 1)) {
        s.trigger(conn);
        s.triggerOpen = open;
        if (carrier === 'open_refused') {
          conn.send({
            cmd: CommandType.session,
            op: OpType.closed,
            i: cmd.i,
            sessionMessage: { code, reason: 'R' },
          });
        } else {
          conn.send({ cmd: CommandType.error, i: cmd.i, errorMessage: { code, reason: 'R' } });
        }
        return;
      }
      opened(conn, cmd, n === 0 ? 'st-1' : 'st-2');
    },
    http(kind) {
      if (s.t0 === null) return;
      s.http += 1;
      note(`server: non-WebSocket request ${kind}`);
    },
  });
  s.port = await s.server.listen();
  return s;
}

function onEvent(s, who, name, args) {
  if (s.t0 === null) return;
  const event = String(name);
  s.events.add(event);
  let detail = '';
  const [first] = args;
  if (event === 'schedule') {
    detail = ` attempt ${args[0]} delay ${args[1]}`;
    if (who === 'realtime' && s.delays.length < 3) s.delays.push(args[1]);
  } else if (first instanceof Error || (first && first.code !== undefined)) {
    detail = ` ${first instanceof Error ? errorText(first) : `code ${first.code}`}`;
    if (s.reported === undefined && who === 'client') {
      if (s.carrier === 'session_closed' && event === 'close') s.reported = first.code;
      if (s.carrier === 'reopen_error' && event === 'reconnecterror') s.reported = first.code;
    }
  }
  s.note(`${who}: ${event}${detail}`);
}

function run(s) {
  const tap = (who) => (target) => {
    const emit = target.emit;
    target.emit = function emitRecorded(name, ...args) {
      onEvent(s, who, name, args);
      return emit.call(this, name, ...args);
    };
  };
  const realtime = new sdk.Realtime({
    appId: `oracle-${s.carrier}-${s.code}`,
    appKey: 'oracle-app-key',
    RTMServers: [`ws://127.0.0.1:${s.port}`],
    // For the HTTP API (notification sync after a re-open): 4.x prefixes https://, 5.x takes a URL.
    server: version.startsWith('4.') ? `127.0.0.1:${s.port}` : `http://127.0.0.1:${s.port}`,
    plugins: [{ name: 'oracle-recorder', onRealtimeCreate: tap('realtime'), onIMClientCreate: tap('client') }],
  });
  let signatures = 0;
  const client = realtime.createIMClient(CLIENT_ID, {
    signatureFactory: () => ({ signature: `sig-${++signatures}`, timestamp: 1700000000, nonce: 'oracle-nonce' }),
  });
  // createIMClient calls realtime._open() synchronously; its promise yields the Connection.
  realtime._openPromise.then((connection) => {
    s.connection = connection;
    const { handleClose, emit } = connection;
    connection.handleClose = function handleCloseRecorded(event) {
      s.note(`connection: handleClose code ${event.code}`);
      if (s.t0 !== null && s.closeCode === undefined) s.closeCode = event.code;
      return handleClose.call(this, event);
    };
    connection.emit = function emitRecorded(name, ...args) {
      if (name === 'error') s.note(`connection: error ${errorText(args[0])}`);
      return emit.call(this, name, ...args);
    };
    connection._ws.on('error', (error) => {
      if (s.t0 === null) return;
      s.wsError = error.message;
      s.note(`ws: error ${error.message}`);
    });
  }, () => {});
  client.then(
    () => {
      s.created = true;
      const conn = s.firstConn;
      if (s.carrier === 'close') {
        s.trigger(conn);
        conn.close(s.code, 'R');
      } else if (s.carrier === 'session_closed') {
        s.trigger(conn);
        conn.send({ cmd: CommandType.session, op: OpType.closed, sessionMessage: { code: s.code, reason: 'R' } });
      } else if (s.carrier === 'reopen_error') {
        conn.drop();
      }
    },
    (error) => {
      s.rejected = error;
      s.note(`createIMClient rejected: ${errorText(error)}`);
    },
  );
  const giveUp = setTimeout(() => {
    if (s.t0 === null) finish(s, `nothing to record: the carrier was never sent (${s.rejected ? errorText(s.rejected) : 'no open'})`);
  }, GIVE_UP_MS);
  return new Promise((resolve) => {
    s.done = (result) => {
      clearTimeout(giveUp);
      resolve(result);
    };
  });
}

function finish(s, failure) {
  if (s.result) return;
  const { carrier } = s;
  let reported = s.reported ?? null;
  if (carrier === 'close') reported = s.closeCode ?? null;
  if (carrier === 'open_error' || carrier === 'open_refused') reported = s.rejected ? (s.rejected.code ?? null) : null;
  const conn = s.triggerConn;
  s.result = failure
    ? { failure }
    : {
        reconnects: s.connections > 0,
        connections: s.connections,
        delays_ms: s.delays,
        reopen: s.opens[0] || null,
        opens: s.opens,
        events: [...s.events].sort(),
        client_created: s.created === true,
        rejected_with: s.rejected && typeof s.rejected.code === 'number' ? s.rejected.code : null,
        rejection: s.rejected ? errorText(s.rejected) : null,
        sdk_closed_socket: conn.closedBy === 'client',
        client_sent_close: conn.clientCloseCode !== undefined,
        client_close_code: conn.clientCloseCode ?? null,
        reported_code: reported,
        connection_state: s.connection ? s.connection.current : null,
        http_requests: s.http,
        log: s.log,
      };
  if (!failure && carrier === 'close') s.result.ws_error = s.wsError ?? null;
  if (!failure && s.triggerOpen) s.result.trigger_open = s.triggerOpen;
  s.t0 = null; // stop recording
  s.server.close();
  if (s.connection && s.connection.can('close')) s.connection.close();
  s.done(s.result);
}

async function main() {
  for (const method of ['log', 'info', 'warn', 'error', 'debug']) console[method] = () => {};
  process.on('unhandledRejection', () => {}); // the SDK leaves some, e.g. after a fatal close
  const codes = readCodes();
  const pairs = CARRIERS.flatMap((carrier) => codes.map((code) => [carrier, code]));
  const scenarios = await Promise.all(pairs.map(([carrier, code]) => prepare(carrier, code)));
  clock.start();
  const results = await Promise.all(scenarios.map(run));
  clock.stop();
  if (blocked.length) throw new Error(`the SDK tried to reach ${[...new Set(blocked)].join(', ')}`);
  const failed = scenarios.filter((s, i) => results[i].failure);
  if (failed.length) {
    throw new Error(failed.map((s) => `${s.carrier} ${s.code}: ${s.result.failure}`).join('\n'));
  }
  const carriers = {};
  scenarios.forEach((s, i) => {
    carriers[s.carrier] = carriers[s.carrier] || {};
    carriers[s.carrier][s.code] = results[i];
  });
  const trace = { sdk: 'leancloud-realtime', version, protocol: 'lc.protobuf2.3', window_ms: WINDOW_MS, codes, carriers };
  process.stdout.write(JSON.stringify(trace), () => process.exit(0));
}

main().catch((error) => {
  process.stderr.write(`${pkg}: ${error.stack}\n`);
  process.exit(1);
});
