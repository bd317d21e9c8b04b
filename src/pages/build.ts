import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');
/** The explorer's sources (TypeScript and CSS, bundled with Cytoscape from node_modules). */
export const EXPLORER_SOURCES = join(ROOT, 'web');
/** Built files, git-ignored; rebuilt when a source is newer than the stamp, as the Maven module is. */
export const EXPLORER_BUILD = join(ROOT, '.build', 'explore');
const STAMP = 'built.stamp';
/** What the page loads; esbuild names the CSS after the entry point. */
export const EXPLORER_FILES = ['app.js', 'app.css'] as const;

function newestMtime(path: string): number {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Inputs besides web/: package.json moves when a bundled dependency (Cytoscape) changes version. */
function sourcesMtime(sources: string): number {
  const inputs = [sources, join(ROOT, 'package.json')].filter((path) => existsSync(path));
  return Math.max(...inputs.map(newestMtime));
}

function isUpToDate(sources: string, out: string): boolean {
  const built = [STAMP, ...EXPLORER_FILES].map((file) => join(out, file));
  if (!built.every((file) => existsSync(file))) return false;
  // Without web/ (an image that ships only the built files) the built files are all there is.
  if (!existsSync(sources)) return true;
  return statSync(join(out, STAMP)).mtimeMs >= sourcesMtime(sources);
}

/** Writes through a temporary name and a rename, so a concurrent reader never sees half a file. */
function writeAtomically(path: string, contents: Uint8Array | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

async function bundle(sources: string, out: string): Promise<void> {
  const result = await build({
    entryPoints: { app: join(sources, 'src', 'main.ts') },
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    minify: true,
    legalComments: 'eof',
    outdir: out,
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(out, { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  writeAtomically(join(out, STAMP), new Date().toISOString());
}

export interface ExplorerBuild {
  dir: string;
  /** Whether this call bundled (false: the built files were newer than every source). */
  rebuilt: boolean;
  /** When the files were built (the stamp's mtime): another process may have rebuilt them. */
  builtAt: number;
}

/** Bundles web/ into .build/explore unless the built files are newer than every source. */
export async function ensureExplorerBuilt(
  sources: string = EXPLORER_SOURCES,
  out: string = EXPLORER_BUILD,
): Promise<ExplorerBuild> {
  const builtAt = () => statSync(join(out, STAMP)).mtimeMs;
  if (isUpToDate(sources, out)) return { dir: out, rebuilt: false, builtAt: builtAt() };
  if (!existsSync(join(sources, 'src', 'main.ts'))) {
    throw new Error(`The explorer's sources are missing (${sources}) and nothing is built in ${out}.`);
  }
  await bundle(sources, out);
  return { dir: out, rebuilt: true, builtAt: builtAt() };
}

/** A built file's bytes. */
export function readBuilt(dir: string, file: string): Buffer {
  return readFileSync(join(dir, file));
}
