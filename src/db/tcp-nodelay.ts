import net from 'node:net';

/**
 * neo4j-driver leaves Nagle's algorithm on for its sockets and flushes messages in 1400-byte
 * chunks, so any query whose parameters pass that size is sent in two writes, and the second
 * waits for the server's delayed ACK: about 40 ms per round trip (measured here: a 23-row UNWIND
 * took 48 ms with Nagle, 3 ms without). The driver offers no option for it, so the Bolt sockets get
 * TCP_NODELAY here; Node's own HTTP client already sets it on its sockets.
 *
 * Without Nagle every message the driver flushes is a system call of its own, and on loopback the
 * sender's call also delivers to the receiver: BEGIN, RUN+PULL and COMMIT cost about 0.2 ms each
 * of the API's CPU on a page query (profiled under load). Writes in one turn of the event loop are
 * therefore held (cork) and leave together (one writev) when the turn ends: BEGIN goes out with the
 * statement after it.
 */
let installed = false;

export function enableTcpNoDelay(): void {
  if (installed) return;
  installed = true;
  const connect = net.connect;
  const patched = function (this: unknown, ...args: Parameters<typeof net.connect>) {
    const socket = connect.apply(this, args);
    socket.setNoDelay(true);
    coalesceWrites(socket);
    return socket;
  } as typeof net.connect;
  net.connect = patched;
  net.createConnection = patched;
}

/** Writes within one turn of the event loop leave in one system call (writev) instead of one each. */
function coalesceWrites(socket: net.Socket): void {
  const write = socket.write;
  let corked = false;
  socket.write = function (this: net.Socket, ...args: Parameters<net.Socket['write']>) {
    if (!corked) {
      corked = true;
      socket.cork();
      setImmediate(() => {
        corked = false;
        socket.uncork();
      });
    }
    return write.apply(this, args);
  } as net.Socket['write'];
}
