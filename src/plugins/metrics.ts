import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Graph, TransactionObserver } from '../db/graph.js';
import { errorCodesOf } from './error-codes.js';

interface RequestInfo {
  started: number;
  operation: string;
  fields: string[];
  codes: string[];
}

/**
 * GET /metrics in the Prometheus text format: requests by operation and outcome (ok or the error
 * codes), request latency by operation, Neo4j transaction time by mode and outcome, ingests by
 * outcome, and the process's own figures. One registry per app, so tests can run several apps.
 * Operation names come from the client: only names that look like identifiers are kept, cut to
 * 60 characters, and at most 200 distinct ones, so that labels cannot grow without bound.
 */
/** The registry and the metrics this API exports. */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, or the error codes)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from request to response, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const transactions = new Histogram({
    name: 'neo4j_transaction_duration_seconds',
    help: 'Time spent in Neo4j transactions, by mode and outcome',
    labelNames: ['mode', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  const ingests = new Counter({
    name: 'ingests_total',
    help: 'ingestArticle mutations by outcome (ok, or the error code)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  return { registry, requests, latency, transactions, ingests };
}

export function metrics(graph: Graph): Plugin {
  const { registry, requests, latency, transactions, ingests } = createMetrics();
  const observer: TransactionObserver = (mode, outcome, seconds) =>
    transactions.observe({ mode: mode.toLowerCase(), outcome }, seconds);
  graph.transactionObservers.add(observer);
  const names = new Set<string>();
  const operationLabel = (name: unknown) => {
    if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,59}$/.test(name)) return 'anonymous';
    if (!names.has(name) && names.size >= 200) return 'other';
    names.add(name);
    return name;
  };
  const info = new WeakMap<Request, RequestInfo>();

  return {
    onDispose() {
      graph.transactionObservers.delete(observer);
    },
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/metrics' && request.method === 'GET') {
        endResponse(
          new fetchAPI.Response(await registry.metrics(), {
            headers: { 'content-type': registry.contentType },
          }),
        );
        return;
      }
      if (url.pathname === '/graphql')
        info.set(request, { started: performance.now(), operation: 'anonymous', fields: [], codes: [] });
    },
    onParams({ params, request }) {
      const i = info.get(request);
      if (!i) return;
      i.operation = operationLabel(params.operationName);
      i.fields = /\bingestArticle\b/.test(params.query ?? '') ? ['ingestArticle'] : [];
    },
    onResultProcess({ request, result }) {
      const i = info.get(request);
      if (i) i.codes = errorCodesOf(result);
    },
    onResponse({ request, response }) {
      const i = info.get(request);
      if (!i) return;
      const outcome =
        i.codes.length === 0 && response.status < 400
          ? 'ok'
          : [...new Set(i.codes)].sort().join(',') || `http_${response.status}`;
      requests.inc({ operation: i.operation, outcome });
      latency.observe({ operation: i.operation }, (performance.now() - i.started) / 1000);
      if (i.fields.includes('ingestArticle')) ingests.inc({ outcome });
    },
  };
}
