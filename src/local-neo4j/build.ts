import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the Maven module lives, relative to the repository root. */
export const MODULE_DIR = join(import.meta.dirname, '..', '..', 'tools', 'neo4j');
const MAIN_CLASS_FILE = join('target', 'classes', 'dev', 'newsgraph', 'neo4j', 'LocalNeo4j.class');
const CLASSPATH_FILE = join('target', 'classpath.txt');
/** Touched after each successful build: Maven leaves outputs untouched when nothing changed. */
const STAMP_FILE = join('target', 'built.stamp');

export class MissingToolError extends Error {
  constructor(tool: string) {
    super(
      `"${tool}" was not found on PATH. The bundled Neo4j needs a JDK 17+ and Maven 3.8+. ` +
        'Install them (for example "apt-get install openjdk-17-jdk-headless maven"), or set NEO4J_URI ' +
        'to an existing Neo4j 5, or run "docker compose up".',
    );
    this.name = 'MissingToolError';
  }
}

function requireTool(tool: string, args: string[]): void {
  const probe = spawnSync(tool, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) throw new MissingToolError(tool);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isUpToDate(moduleDir: string): boolean {
  const built = [MAIN_CLASS_FILE, CLASSPATH_FILE, STAMP_FILE].map((file) => join(moduleDir, file));
  if (!built.every((file) => existsSync(file))) return false;
  const builtAt = statSync(join(moduleDir, STAMP_FILE)).mtimeMs;
  const sourcesAt = Math.max(
    statSync(join(moduleDir, 'pom.xml')).mtimeMs,
    newestMtime(join(moduleDir, 'src')),
  );
  return builtAt >= sourcesAt;
}

/**
 * Compiles the launcher and resolves Neo4j's classpath with Maven, unless both are newer than the
 * module's sources. Returns the full classpath for `java -cp`.
 */
export function ensureBuilt(moduleDir: string = MODULE_DIR, log: (line: string) => void = () => {}): string {
  requireTool('java', ['-version']);
  if (!isUpToDate(moduleDir)) {
    requireTool('mvn', ['-v']);
    log('Building the bundled Neo4j launcher with Maven (the first run downloads Neo4j, about 150 MB)...');
    const build = spawnSync(
      'mvn',
      ['-B', '-q', 'package', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`],
      { cwd: moduleDir, encoding: 'utf8' },
    );
    if (build.error || build.status !== 0) {
      const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
      throw new Error(`Maven could not build ${moduleDir} (exit ${build.status}):\n${output}`);
    }
    writeFileSync(join(moduleDir, STAMP_FILE), new Date().toISOString());
  }
  const dependencies = readFileSync(join(moduleDir, CLASSPATH_FILE), 'utf8').trim();
  return [join(moduleDir, 'target', 'classes'), dependencies].join(':');
}
