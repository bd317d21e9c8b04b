import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm start` runs the API as compiled JavaScript (dist/), as the container does: no TypeScript
 * loader and no source-map stack traces on the request path. This compiles src/ with tsc when it
 * changed since the last build, as the bundled Neo4j's Maven module is built; one process builds
 * at a time (a lock folder), the others wait and then find it built.
 *   node --import tsx scripts/compile.ts   (what `npm start` runs before `node dist/index.js`)
 */

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.built');
const LOCK = join(ROOT, '.dist.lock');
/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 5 * 60_000;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isUpToDate(): boolean {
  if (!existsSync(STAMP) || !existsSync(join(DIST, 'index.js'))) return false;
  const sources = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
  const changed = Math.max(...sources.map((source) => newestMtime(join(ROOT, source))));
  return statSync(STAMP).mtimeMs >= changed;
}

function takeLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/** Compiles src/ into dist/ unless dist/ is newer than every source; returns whether it compiled. */
export async function ensureCompiled(log: (line: string) => void = () => {}): Promise<boolean> {
  while (!isUpToDate()) {
    if (!takeLock()) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (isUpToDate()) return false;
      log('Compiling the API (src/ changed since the last build)...');
      rmSync(DIST, { recursive: true, force: true });
      const tsc = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      if (tsc.error || tsc.status !== 0) {
        throw new Error(
          `tsc could not compile src/ (exit ${tsc.status}):\n${`${tsc.stdout}${tsc.stderr}`.trim()}`,
        );
      }
      writeFileSync(STAMP, new Date().toISOString());
      return true;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
  return false;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  try {
    await ensureCompiled((line) => console.error(line));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
