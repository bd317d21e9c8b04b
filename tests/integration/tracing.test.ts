import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerTracing } from '../../src/plugins/tracing.js';
import { testApp } from './helpers.js';

const exporter = new InMemorySpanExporter();
let stop: (() => Promise<void>) | null = null;
beforeAll(() => {
  stop = registerTracing([new SimpleSpanProcessor(exporter)]);
});
afterAll(async () => {
  await stop?.();
});
const { gql } = testApp();

const parentOf = (span: ReadableSpan) =>
  (span as unknown as { parentSpanContext?: { spanId: string } }).parentSpanContext?.spanId ??
  (span as unknown as { parentSpanId?: string }).parentSpanId;

describe('traces', () => {
  it('a request is a span, its GraphQL operation a child, and every Cypher statement a grandchild', async () => {
    exporter.reset();
    const result = await gql(
      'query EntityPage { entity(slug: "sam-altman") { name statementsAbout(first: 2) { totalCount } } }',
    );
    expect(result.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const http = spans.find((s) => s.name === 'POST /graphql');
    const operation = spans.find((s) => s.name === 'graphql.query EntityPage');
    const cypher = spans.filter((s) => s.name === 'cypher read');
    expect(http).toBeDefined();
    expect(operation && parentOf(operation)).toBe(http?.spanContext().spanId);
    expect(cypher.length).toBeGreaterThan(0);
    for (const span of cypher) {
      expect(parentOf(span)).toBe(operation?.spanContext().spanId);
      expect(String(span.attributes['db.query.text'])).toMatch(/MATCH/);
    }
    expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(1);
  });
});
