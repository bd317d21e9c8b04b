import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/db/graph.js';
import { testApp } from './helpers.js';

describe('the database is a real Neo4j 5.26', () => {
  const { graph, app } = testApp();

  it('reports Neo4j Kernel 5.26.x from dbms.components()', async () => {
    const rows = await graph.read(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    );
    expect(rows[0]?.name).toBe('Neo4j Kernel');
    expect((rows[0]?.versions as string[] | undefined)?.[0]).toMatch(/^5\.26\.\d+/);
    expect(rows[0]?.edition).toBe('community');
  });

  it('reads back a node written through the driver', async () => {
    const id = randomUUID();
    await graph.write('CREATE (:PlatformProbe {id: $id, at: date("2024-02-29")})', { id });
    const rows = await graph.read('MATCH (p:PlatformProbe {id: $id}) RETURN p.id AS id, p.at AS at', { id });
    expect(rows).toEqual([{ id, at: '2024-02-29' }]);
    await graph.write('MATCH (p:PlatformProbe {id: $id}) DELETE p', { id });
  });

  it('answers /health and /ready with 200 while Neo4j is up', async () => {
    expect((await app.fetch('http://test/health')).status).toBe(200);
    const ready = await app.fetch('http://test/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves GraphiQL with the example operations on GET with Accept: text/html', async () => {
    const response = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('WhatSamAltmanSaid');
    expect(html).toContain('GptStatementsInMunich');
  });
});

describe('readiness when Neo4j is unreachable', () => {
  it('answers /ready with 503 and /health with 200', async () => {
    const config = loadConfig();
    // Nothing listens on port 1.
    const graph = Graph.connect('bolt://127.0.0.1:1', 'neo4j', 'neo4j', { timeoutMs: 1000 });
    const app = createApp({ graph, config });
    try {
      expect((await app.fetch('http://test/health')).status).toBe(200);
      expect((await app.fetch('http://test/ready')).status).toBe(503);
    } finally {
      await app.dispose();
      await graph.close();
    }
  });
});
