'use strict';
// A minimal fake LeanCloud IM server on 127.0.0.1, written on `net` so that every byte of the
// WebSocket handshake and frames is under the oracle's control: it can send a Close frame with
// any 16-bit status (RFC 6455 forbidden ones too), or drop the TCP connection without one.

const net = require('net');
const crypto = require('crypto');
const { encodeCommand, decodeCommand } = require('./proto');

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const BINARY = 'lc.protobuf2.3';
const BASE64 = 'lc.proto2base64.3';

function frame(opcode, payload) {
  const len = payload.length;
  let header;
  if (len < 126) header = Buffer.from([0x80 | opcode, len]);
  else if (len < 0x10000) {
    header = Buffer.alloc(4);
    header.writeUInt16BE(len, 2);
    header[1] = 126;
  } else {
    header = Buffer.alloc(10);
    header.writeBigUInt64BE(BigInt(len), 2);
    header[1] = 127;
  }
  header[0] = 0x80 | opcode;
  return Buffer.concat([header, payload]);
}

// One accepted TCP connection. `closedBy` is who began closing it: 'server' or 'client'.
class Conn {
  constructor(server, socket, index) {
    this.server = server;
    this.socket = socket;
    this.index = index;
    this.protocol = null;
    this.closedBy = null;
    this.clientCloseCode = undefined; // status in the client's Close frame; null: Close without status
    this.closeSent = false;
    this.done = false;
  }

  send(command) {
    if (this.done) return;
    const body = encodeCommand(command);
    if (this.protocol === BASE64) this.socket.write(frame(1, Buffer.from(body.toString('base64'))));
    else this.socket.write(frame(2, body));
  }

  // Close frame with any status (null: no status at all), then FIN.
  close(code, reason = '') {
    if (this.done) return;
    this.closedBy = this.closedBy || 'server';
    this.closeSent = true;
    let payload = Buffer.alloc(0);
    if (code !== null) {
      payload = Buffer.alloc(2);
      payload.writeUInt16BE(code & 0xffff);
      payload = Buffer.concat([payload, Buffer.from(reason, 'utf8')]);
    }
    this.socket.write(frame(8, payload));
    this.socket.end();
  }

  // Gone without a Close frame.
  drop() {
    if (this.done) return;
    this.closedBy = this.closedBy || 'server';
    this.done = true;
    this.socket.destroy();
  }

  onFrame(opcode, payload) {
    if (opcode === 1 || opcode === 2) {
      const bytes = opcode === 1 ? Buffer.from(payload.toString(), 'base64') : payload;
      this.server.handler.command(this, decodeCommand(bytes));
    } else if (opcode === 8) {
      this.clientCloseCode = payload.length >= 2 ? payload.readUInt16BE(0) : null;
      if (!this.closeSent) {
        this.closedBy = this.closedBy || 'client';
        this.closeSent = true;
        this.socket.write(frame(8, payload));
      }
      this.socket.end();
    } else if (opcode === 9) {
      this.socket.write(frame(10, payload));
    }
  }
}

class FakeServer {
  // handler: { accept(conn) -> bool, command(conn, cmd), http(kind) }
  constructor(handler) {
    this.handler = handler;
    this.conns = [];
    this.sockets = new Set();
    this.tcp = net.createServer((socket) => this.onSocket(socket));
  }

  listen() {
    return new Promise((resolve, reject) => {
      this.tcp.once('error', reject);
      this.tcp.listen(0, '127.0.0.1', () => resolve(this.tcp.address().port));
    });
  }

  close() {
    this.tcp.close();
    for (const socket of this.sockets) socket.destroy();
  }

  onSocket(socket) {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => {});
    let buf = Buffer.alloc(0);
    let conn = null;
    let fragments = null;
    socket.on('end', () => {
      if (conn && !conn.closeSent) conn.closedBy = conn.closedBy || 'client';
    });
    socket.on('close', () => {
      if (conn) {
        if (!conn.done && !conn.closeSent) conn.closedBy = conn.closedBy || 'client';
        conn.done = true;
      }
    });
    socket.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (!conn) {
        if (buf[0] === 0x16) {
          // A TLS ClientHello: the SDK's HTTPS API client (see README), never a WebSocket.
          this.handler.http('tls');
          socket.destroy();
          return;
        }
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const [requestLine, ...lines] = buf.subarray(0, end).toString('latin1').split('\r\n');
        buf = buf.subarray(end + 4);
        const headers = {};
        for (const line of lines) {
          const colon = line.indexOf(':');
          headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
        }
        if ((headers.upgrade || '').toLowerCase() !== 'websocket') {
          this.handler.http(requestLine.split(' ').slice(0, 2).join(' '));
          const body = '{"code":1,"error":"fake server: no HTTP API"}';
          socket.end(
            'HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nConnection: close\r\n' +
              `Content-Length: ${body.length}\r\n\r\n${body}`,
          );
          return;
        }
        conn = new Conn(this, socket, this.conns.length);
        this.conns.push(conn);
        if (!this.handler.accept(conn)) {
          conn.done = true;
          socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
          return;
        }
        const offered = (headers['sec-websocket-protocol'] || '').split(',').map((p) => p.trim());
        conn.protocol = offered.find((p) => p === BINARY || p === BASE64) || null;
        const accept = crypto
          .createHash('sha1')
          .update(headers['sec-websocket-key'] + GUID)
          .digest('base64');
        socket.write(
          'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
            `Sec-WebSocket-Accept: ${accept}\r\n` +
            (conn.protocol ? `Sec-WebSocket-Protocol: ${conn.protocol}\r\n` : '') +
            '\r\n',
        );
      }
      // Frames from the client (masked, as RFC 6455 requires of clients).
      for (;;) {
        if (conn.done || buf.length < 2) return;
        const opcode = buf[0] & 0x0f;
        const fin = (buf[0] & 0x80) !== 0;
        const masked = (buf[1] & 0x80) !== 0;
        let len = buf[1] & 0x7f;
        let off = 2;
        if (len === 126) {
          if (buf.length < 4) return;
          len = buf.readUInt16BE(2);
          off = 4;
        } else if (len === 127) {
          if (buf.length < 10) return;
          len = Number(buf.readBigUInt64BE(2));
          off = 10;
        }
        const maskOff = off;
        if (masked) off += 4;
        if (buf.length < off + len) return;
        const payload = Buffer.from(buf.subarray(off, off + len));
        if (masked) for (let i = 0; i < len; i++) payload[i] ^= buf[maskOff + (i & 3)];
        buf = buf.subarray(off + len);
        if (opcode === 0 || (!fin && opcode < 8)) {
          // Fragmented data message: collect until FIN.
          fragments = fragments || { opcode, parts: [] };
          fragments.parts.push(payload);
          if (!fin) continue;
          conn.onFrame(fragments.opcode, Buffer.concat(fragments.parts));
          fragments = null;
        } else {
          conn.onFrame(opcode, payload);
        }
      }
    });
  }
}

module.exports = { FakeServer };
