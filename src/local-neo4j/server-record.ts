import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';

/**
 * `<LOCAL_NEO4J_DIR>/server.json`: where the bundled Neo4j on that data folder listens, so that a
 * second process (a CLI beside `npm start`) attaches to it instead of starting another, empty one.
 */
export interface ServerRecord {
  /** The JVM's pid. */
  pid: number;
  /** The Node process that started the JVM and will stop it. */
  ownerPid: number;
  boltPort: number;
  uri: string;
  startedAt: string;
}

const FILE = 'server.json';

export function recordPath(dataDir: string): string {
  return join(dataDir, FILE);
}

/** Write then rename: a reader never sees half a file. */
export function writeServerRecord(dataDir: string, record: ServerRecord): void {
  const temporary = join(dataDir, `${FILE}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(temporary, recordPath(dataDir));
}

/** The record, or null when there is none or it is not one (a torn or foreign file counts as stale). */
export function readServerRecord(dataDir: string): ServerRecord | null {
  let parsed: Partial<ServerRecord>;
  try {
    parsed = JSON.parse(readFileSync(recordPath(dataDir), 'utf8'));
  } catch {
    return null;
  }
  const valid =
    Number.isInteger(parsed.pid) &&
    Number.isInteger(parsed.ownerPid) &&
    Number.isInteger(parsed.boltPort) &&
    typeof parsed.uri === 'string' &&
    typeof parsed.startedAt === 'string';
  return valid ? (parsed as ServerRecord) : null;
}

/**
 * Removes the record; with `onlyPid`, only while it still names that JVM, so that a process never
 * deletes the record of a server that another process started after its own went away.
 */
export function removeServerRecord(dataDir: string, onlyPid?: number): void {
  if (onlyPid !== undefined && readServerRecord(dataDir)?.pid !== onlyPid) return;
  rmSync(recordPath(dataDir), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a driver connects within `ms`; the bundled server runs without auth, so any credentials do. */
export async function answers(uri: string, ms = 2_000): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionTimeout: ms });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((done) => {
    timer = setTimeout(() => done(false), ms);
  });
  try {
    const connected = driver.verifyConnectivity().then(
      () => true,
      () => false,
    );
    return await Promise.race([connected, timeout]);
  } finally {
    clearTimeout(timer);
    await driver.close();
  }
}

/**
 * The server another process runs on this data folder, when its record is there, its JVM and owner
 * are alive and it answers within about 2 s; otherwise null, and a stale record is removed so that nobody trusts it again.
 */
export async function findRunningServer(dataDir: string): Promise<ServerRecord | null> {
  const record = readServerRecord(dataDir);
  // A dead owner means the JVM is about to stop (it watches its parent's stdin).
  const live = record && isAlive(record.pid) && isAlive(record.ownerPid);
  if (live && (await answers(record.uri))) return record;
  removeServerRecord(dataDir, record?.pid);
  return null;
}
