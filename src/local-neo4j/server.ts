import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureBuilt } from './build.js';
import { removeServerRecord, writeServerRecord } from './server-record.js';

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number;
  /** JVM heap, e.g. "1g". */
  heap: string;
  pageCacheMb: number;
  log?: (line: string) => void;
  /** Upper bound for the whole start, build excluded. */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
];

const MAIN_CLASS = 'dev.newsgraph.neo4j.LocalNeo4j';

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, host, () => probe.close(() => done(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

class StartError extends Error {
  constructor(reason: string, lastLines: string[]) {
    super(`The bundled Neo4j did not start: ${reason}\n--- last JVM output ---\n${lastLines.join('\n')}`);
    this.name = 'LocalNeo4jStartError';
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

async function verifyConnectivity(uri: string, deadline: number): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionTimeout: 2000 });
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

interface Jvm {
  child: ChildProcess;
  lastLines: string[];
  ready: () => boolean;
}

function spawnJvm(options: LocalNeo4jOptions, classpath: string, dataDir: string): Jvm {
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      '-Xms256m',
      ...JVM_FLAGS,
      '-cp',
      classpath,
      MAIN_CLASS,
      dataDir,
      String(options.boltPort),
      String(options.pageCacheMb),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const lastLines: string[] = [];
  let ready = false;
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      if (line.startsWith('READY')) ready = true;
      lastLines.push(line);
      if (lastLines.length > 40) lastLines.shift();
    }
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  return { child, lastLines, ready: () => ready };
}

/** Resolves when the JVM prints READY; fails when it exits first or the deadline passes. */
function waitForReady({ child, lastLines, ready }: Jvm, deadline: number): Promise<void> {
  return new Promise<void>((done, fail) => {
    const poll = setInterval(() => {
      if (ready()) finish();
      else if (child.exitCode !== null || child.signalCode !== null)
        finish(`the JVM exited (${child.exitCode ?? child.signalCode})`);
      else if (Date.now() > deadline) finish('timed out waiting for Bolt');
    }, 100);
    const finish = (reason?: string) => {
      clearInterval(poll);
      if (reason) fail(new StartError(reason, lastLines));
      else done();
    };
    child.once('error', (error) => finish(error.message));
  });
}

/**
 * Starts a real Neo4j Community server (tools/neo4j) as a child JVM and resolves once the driver
 * can talk to it. The JVM stops with `stop()`, when this process exits, and when its stdin closes.
 * While it runs, `<dataDir>/server.json` says where it listens, so other processes can attach.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  if (!(await isPortFree(options.boltPort))) {
    throw new Error(
      `Port ${options.boltPort} on 127.0.0.1 is already in use, so the bundled Neo4j cannot listen there. ` +
        'Stop whatever holds it, set LOCAL_NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use that server.',
    );
  }
  const classpath = ensureBuilt(undefined, log);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const jvm = spawnJvm(options, classpath, dataDir);
  const { child } = jvm;
  const pid = child.pid ?? -1;
  // Only this JVM's record: another server may have taken the folder over since.
  const forget = () => removeServerRecord(dataDir, pid);
  const killOnExit = () => {
    forget();
    child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  child.once('exit', forget);

  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  try {
    await waitForReady(jvm, deadline);
    await verifyConnectivity(uri, deadline);
  } catch (error) {
    child.kill('SIGKILL');
    process.removeListener('exit', killOnExit);
    throw error instanceof StartError ? error : new StartError(String(error), jvm.lastLines);
  }
  try {
    const startedAt = new Date().toISOString();
    writeServerRecord(dataDir, { pid, ownerPid: process.pid, boltPort: options.boltPort, uri, startedAt });
  } catch (error) {
    // Only others' attaching depends on the record; this process can use its server without it.
    log(`could not write ${dataDir}/server.json, so other processes will not attach: ${String(error)}`);
  }
  log(`started a bundled Neo4j (pid ${pid}) at ${uri} (data in ${dataDir})`);

  return {
    uri,
    pid,
    async stop() {
      process.removeListener('exit', killOnExit);
      // First, so that nobody attaches to a server on its way down.
      forget();
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 30_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    },
  };
}
