import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** Running the project's commands as a user does, for the suites about processes and CLIs. */
export const ROOT = join(import.meta.dirname, '..', '..');

export interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** stdout and stderr interleaved, as a terminal shows them. */
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm ARGS` in the repository with `env` over this process's environment. */
export function npm(args: string[], env: Record<string, string>): Started {
  let stdout = '';
  let stderr = '';
  let output = '';
  const child = spawn('npm', args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
    output += chunk;
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, output: () => output, exited };
}

export function npmStart(env: Record<string, string>): Started {
  return npm(['start'], env);
}

/** Polls until `condition` holds; bounded, and fails with `describe()` when it never does. */
export async function until(condition: () => boolean, describe: () => string, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the output matches; fails at once when the process exits first. */
export async function waitFor(started: Started, pattern: RegExp, ms = 120_000): Promise<void> {
  await until(
    () => {
      if (pattern.test(started.output())) return true;
      if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
      return false;
    },
    () => `waiting for ${pattern}:\n${started.output()}`,
    ms,
  );
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
