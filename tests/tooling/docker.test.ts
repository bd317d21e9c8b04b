import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * This machine has no Docker engine, so the Docker files are checked by what runs without one: the
 * compose file against the Compose schema and best-practice rules (dclint), the Dockerfile by a
 * Dockerfile linter (dockerfile-utils), and the promises the README makes about both.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('Docker files', () => {
  it('docker-compose.yml passes the Compose schema and dclint without errors', () => {
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'dclint'), ['docker-compose.yml'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).toMatch(/0 errors|^$/m);
    expect(run.status).toBe(0);
  });

  it('the compose file reads settings from an optional .env, checks health, restarts, and hides Neo4j Browser behind a profile', () => {
    const compose = parse(read('docker-compose.yml'));
    expect(compose.services.api.env_file).toEqual([{ path: '.env', required: false }]);
    expect(compose.services.api.restart).toBe('unless-stopped');
    expect(compose.services.neo4j.healthcheck.test.join(' ')).not.toMatch(/PASSWORD|NEO4J_AUTH/);
    expect(compose.services['neo4j-browser'].profiles).toEqual(['browser']);
  });

  it('the Dockerfile lints clean: current LTS slim images, multi-stage, non-root, plain node on compiled output, health check on /ready', () => {
    const dockerfile = read('Dockerfile');
    expect(validate(dockerfile)).toEqual([]);
    expect(dockerfile).toMatch(/^FROM node:24-bookworm-slim AS build$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/ready/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/index\.js"\]$/m);
    expect(read('.dockerignore').split('\n')).toEqual(
      expect.arrayContaining(['node_modules', '.data', '.env']),
    );
  });
});
