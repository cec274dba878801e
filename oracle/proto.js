'use strict';
// A minimal protobuf codec for the lc.protobuf2.3 GenericCommand fields the oracle reads and writes.
// The numbers come from push_server.messages2 in leancloud-realtime@4.3.1 proto/message.proto
// (5.0.0-rc.8 ships the same definition compiled into dist/im-node.js); verify() checks every
// one of them against the loaded SDK's own protobufjs reflection before anything runs.

const CommandType = { session: 0, error: 7 };
const OpType = { open: 1, close: 4, opened: 5, closed: 6 };

// name: [field number, type]
const MESSAGES = {
  GenericCommand: {
    cmd: [1, 'enum'],
    op: [2, 'enum'],
    appId: [3, 'string'],
    peerId: [4, 'string'],
    i: [5, 'int32'],
    serverTs: [9, 'int64'],
    sessionMessage: [102, 'SessionCommand'],
    errorMessage: [103, 'ErrorCommand'],
  },
  SessionCommand: {
    t: [1, 'int64'],
    n: [2, 'string'],
    s: [3, 'string'],
    ua: [4, 'string'],
    r: [5, 'bool'],
    tag: [6, 'string'],
    deviceId: [7, 'string'],
    st: [10, 'string'],
    stTtl: [11, 'int32'],
    code: [12, 'int32'],
    reason: [13, 'string'],
    detail: [16, 'string'],
    lastUnreadNotifTime: [17, 'int64'],
    lastPatchTime: [18, 'int64'],
    configBitmap: [19, 'int64'],
  },
  ErrorCommand: {
    code: [1, 'int32'],
    reason: [2, 'string'],
    appCode: [3, 'int32'],
    detail: [4, 'string'],
    appMsg: [6, 'string'],
  },
};

function varint(value) {
  let v = BigInt.asUintN(64, BigInt(value));
  const bytes = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v) b |= 0x80;
    bytes.push(b);
  } while (v);
  return Buffer.from(bytes);
}

function encode(type, obj) {
  const parts = [];
  for (const [name, [num, kind]] of Object.entries(MESSAGES[type])) {
    const value = obj[name];
    if (value === undefined || value === null) continue;
    if (kind === 'string' || MESSAGES[kind]) {
      const body = kind === 'string' ? Buffer.from(value, 'utf8') : encode(kind, value);
      parts.push(varint((num << 3) | 2), varint(body.length), body);
    } else {
      parts.push(varint(num << 3), varint(kind === 'bool' ? Number(value) : value));
    }
  }
  return Buffer.concat(parts);
}

function decode(type, buf) {
  const fields = Object.entries(MESSAGES[type]);
  const out = {};
  let pos = 0;
  const readVarint = () => {
    let v = 0n;
    let shift = 0n;
    for (;;) {
      if (pos >= buf.length) throw new Error(`${type}: truncated varint`);
      const b = buf[pos++];
      v |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if (!(b & 0x80)) return v;
    }
  };
  while (pos < buf.length) {
    const key = Number(readVarint());
    const num = key >>> 3;
    const wire = key & 7;
    const field = fields.find(([, [n]]) => n === num);
    let raw;
    if (wire === 0) raw = readVarint();
    else if (wire === 2) {
      const len = Number(readVarint());
      raw = buf.subarray(pos, pos + len);
      pos += len;
    } else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else throw new Error(`${type}: wire type ${wire} at field ${num}`);
    if (!field || raw === undefined) continue;
    const [name, [, kind]] = field;
    if (kind === 'string') out[name] = raw.toString('utf8');
    else if (MESSAGES[kind]) out[name] = decode(kind, raw);
    else if (kind === 'bool') out[name] = raw !== 0n;
    else if (kind === 'int32') out[name] = Number(BigInt.asIntN(32, raw));
    else out[name] = Number(BigInt.asIntN(64, raw));
  }
  return out;
}

// Throws unless every number above matches the SDK's own definition (`Protocals` export).
function verify(protocols, label) {
  const wrong = [];
  for (const [type, fields] of Object.entries(MESSAGES)) {
    for (const [name, [num]] of Object.entries(fields)) {
      const child = protocols[type].$type.getChild(name);
      if (!child || child.id !== num) wrong.push(`${type}.${name} = ${child && child.id} (oracle: ${num})`);
    }
  }
  for (const [enumName, values] of Object.entries({ CommandType, OpType })) {
    for (const [name, value] of Object.entries(values)) {
      if (protocols[enumName][name] !== value) {
        wrong.push(`${enumName}.${name} = ${protocols[enumName][name]} (oracle: ${value})`);
      }
    }
  }
  if (wrong.length) throw new Error(`${label}: proto numbers differ from the SDK's: ${wrong.join('; ')}`);
}

module.exports = {
  CommandType,
  OpType,
  encodeCommand: (obj) => encode('GenericCommand', obj),
  decodeCommand: (buf) => decode('GenericCommand', buf),
  verify,
};
