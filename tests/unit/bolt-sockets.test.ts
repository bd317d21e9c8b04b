import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { enableTcpNoDelay } from '../../src/db/tcp-nodelay.js';

const received: Buffer[] = [];
const server = net.createServer((socket) => socket.on('data', (chunk) => received.push(chunk)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('Bolt sockets (src/db/tcp-nodelay.ts)', () => {
  it('send without Nagle and hold the writes of one turn of the event loop for one system call', async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    enableTcpNoDelay();
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // What BEGIN, RUN and PULL look like to the socket: three writes in one turn.
    socket.write('BEGIN;');
    socket.write('RUN;');
    socket.write('PULL;');
    expect(socket.writableCorked).toBe(1);
    expect(socket.writableLength).toBe(15); // held, not yet handed to the kernel
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket.writableCorked).toBe(0);
    await new Promise<void>((resolve) => socket.end(resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Buffer.concat(received).toString()).toBe('BEGIN;RUN;PULL;');
  });
});
