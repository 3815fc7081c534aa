/**
 * PostgreSQL's wire protocol in front of one PGlite instance, so other connections — the app's own
 * `pg` pool, and every `verbind` command run while the server is up — share the one database that
 * owns the folder (issue 11: a second PGlite on the same folder loses confirmed writes).
 *
 * PGlite has a single session. Each client connection therefore takes a gate and keeps it until it
 * stands at a safe point: its last message ended a request (Sync, or a simple Query) and it is not
 * inside a transaction. Messages of two connections never interleave within an extended-protocol
 * request or a transaction (npm @electric-sql/pglite-socket releases between single messages,
 * which lets another client's Parse replace the unnamed statement of the first).
 */
// Plain JavaScript (types in JSDoc): it runs in PGlite's worker thread, which loads no TypeScript
// compiler (tsx cost that thread about 50 MB at start, issue 11).
import { createServer } from 'node:net';

/** @typedef {import('@electric-sql/pglite').PGlite} PGlite */
/** @typedef {{ path: string } | { host: string; port: number }} Where */

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]); // 'S', length 4

/** A FIFO mutex: one connection at a time talks to PGlite. */
class Gate {
  /** @type {Promise<void>} */
  #tail = Promise.resolve();
  waiting = 0;
  /** @returns {Promise<() => void>} */
  acquire() {
    /** @type {() => void} */
    let release = () => {};
    /** @type {Promise<void>} */
    const mine = new Promise((r) => (release = r));
    const before = this.#tail;
    this.#tail = before.then(() => mine);
    this.waiting++;
    return before.then(() => {
      this.waiting--;
      return release;
    });
  }
}

/**
 * @typedef {object} WireServer
 * @property {Where} address where clients connect: a unix socket path, or a TCP port on 127.0.0.1
 * @property {() => { connections: number; waiting: number }} stats
 * @property {() => Promise<void>} close
 */

/**
 * @param {PGlite} db
 * @param {Where} where
 * @returns {Promise<WireServer>}
 */
export async function serveWireProtocol(db, where) {
  const gate = new Gate();
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();

  /** @param {import('node:net').Socket} socket */
  const handle = (socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    /** @type {Buffer} */
    let buffer = Buffer.alloc(0);
    let started = false;
    /** @type {(() => void) | null} */
    let release = null;
    /** @type {Promise<void>} */
    let chain = Promise.resolve();
    let closed = false;

    /**
     * @param {Buffer} message
     * @param {number | 'startup'} type
     */
    const run = async (message, type) => {
      if (closed) return;
      if (!release) release = await gate.acquire();
      try {
        const reply = await db.execProtocolRaw(new Uint8Array(message.buffer, message.byteOffset, message.length));
        if (reply.length && !socket.destroyed) socket.write(reply);
      } finally {
        // 'S' Sync and 'Q' Query end a request; a startup packet is one too.
        const boundary = type === 'startup' || type === 0x53 || type === 0x51;
        if (boundary && !db.isInTransaction()) {
          release();
          release = null;
        }
      }
    };

    /** A client gone mid-request or mid-transaction: end its request and roll its transaction back. */
    const cleanUp = async () => {
      if (!release) return;
      try {
        await db.execProtocolRaw(new Uint8Array(SYNC));
        if (db.isInTransaction()) await db.exec('ROLLBACK');
      } catch {
        // The next client starts from a clean state either way.
      } finally {
        release();
        release = null;
      }
    };

    socket.on('data', (/** @type {Buffer} */ data) => {
      buffer = buffer.length ? Buffer.concat([buffer, data]) : data;
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const len = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (buffer.length < len) return;
          const packet = buffer.subarray(0, len);
          buffer = buffer.subarray(len);
          if (code === SSL_REQUEST) {
            socket.write('N');
            continue;
          }
          if (code === CANCEL_REQUEST) {
            socket.end(); // PGlite cannot cancel a running query
            return;
          }
          if (code !== PROTOCOL_3) {
            socket.destroy();
            return;
          }
          started = true;
          chain = chain.then(() => run(packet, 'startup'));
          continue;
        }
        if (buffer.length < 5) return;
        const len = buffer.readInt32BE(1) + 1;
        if (buffer.length < len) return;
        const type = /** @type {number} */ (buffer[0]);
        const message = Buffer.from(buffer.subarray(0, len));
        buffer = buffer.subarray(len);
        if (type === 0x58) {
          // 'X' Terminate
          chain = chain.then(cleanUp).then(() => void socket.end());
          return;
        }
        chain = chain.then(() => run(message, type)).catch(() => void socket.destroy());
      }
    });
    const gone = () => {
      if (closed) return;
      closed = true;
      sockets.delete(socket);
      chain = chain.then(cleanUp, cleanUp);
    };
    socket.on('close', gone);
    socket.on('error', gone);
  };

  const server = createServer(handle);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    if ('path' in where) server.listen(where.path, () => resolve(undefined));
    else server.listen(where.port, where.host, () => resolve(undefined));
  });
  const a = server.address();
  const address = 'path' in where ? { path: where.path } : { host: where.host, port: typeof a === 'object' && a ? a.port : where.port };
  return {
    address,
    stats: () => ({ connections: sockets.size, waiting: gate.waiting }),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
