import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../../src/local-neo4j/server.js';
import {
  findRunningServer,
  readServerRecord,
  recordPath,
  removeServerRecord,
  type ServerRecord,
  writeServerRecord,
} from '../../src/local-neo4j/server-record.js';

/** Far above any Linux pid_max, so no process has it. */
const DEAD_PID = 2_147_483_000;

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-graph-record-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function record(overrides: Partial<ServerRecord> = {}): ServerRecord {
  return {
    pid: process.pid,
    ownerPid: process.pid,
    boltPort: 7687,
    uri: 'bolt://127.0.0.1:7687',
    startedAt: new Date().toISOString(),
    ...overrides,
  };
}

describe('the bundled Neo4j server record', () => {
  it('round-trips, and leaves no temporary file behind', () => {
    writeServerRecord(dir, record({ pid: 42 }));
    expect(readServerRecord(dir)).toEqual(expect.objectContaining({ pid: 42, boltPort: 7687 }));
    expect(existsSync(join(dir, `server.json.${process.pid}.tmp`))).toBe(false);
  });

  it('is removed only by the process whose JVM it names, when a pid is given', () => {
    writeServerRecord(dir, record({ pid: 42 }));
    removeServerRecord(dir, 43);
    expect(readServerRecord(dir)?.pid).toBe(42);
    removeServerRecord(dir, 42);
    expect(existsSync(recordPath(dir))).toBe(false);
  });

  it('finds nothing without a record', async () => {
    expect(await findRunningServer(dir)).toBeNull();
  });

  it('removes a record that is not one', async () => {
    writeFileSync(recordPath(dir), '{"pid": "soon"');
    expect(await findRunningServer(dir)).toBeNull();
    expect(existsSync(recordPath(dir))).toBe(false);
  });

  it('removes a record whose JVM or owner is gone', async () => {
    writeServerRecord(dir, record({ pid: DEAD_PID }));
    expect(await findRunningServer(dir)).toBeNull();
    expect(existsSync(recordPath(dir))).toBe(false);
    writeServerRecord(dir, record({ ownerPid: DEAD_PID }));
    expect(await findRunningServer(dir)).toBeNull();
    expect(existsSync(recordPath(dir))).toBe(false);
  });

  it('removes a record whose server does not answer, within a few seconds', async () => {
    const port = await freePort();
    writeServerRecord(dir, record({ boltPort: port, uri: `bolt://127.0.0.1:${port}` }));
    const started = Date.now();
    expect(await findRunningServer(dir)).toBeNull();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(existsSync(recordPath(dir))).toBe(false);
  });
});
