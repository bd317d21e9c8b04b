import {
  context,
  type Context as OtelContext,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BasicTracerProvider, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { type DocumentNode, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * OpenTelemetry traces: HTTP request -> GraphQL operation -> each Cypher transaction. Without a
 * registered provider every call here is a no-op (the API's default), so tracing costs nothing
 * unless OTEL_EXPORTER_OTLP_ENDPOINT is set (src/index.ts calls startTracing) or a test registers
 * its own processor.
 */
export const tracer = () => trace.getTracer('news-knowledge-graph');

/** Registers a provider with the given processors and an AsyncLocalStorage context manager. */
export function registerTracing(processors: SpanProcessor[]): () => Promise<void> {
  const manager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(manager);
  const provider = new BasicTracerProvider({ spanProcessors: processors });
  trace.setGlobalTracerProvider(provider);
  return async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
  };
}

/** Exports spans over OTLP/HTTP to `${endpoint}/v1/traces`. */
export function startTracing(endpoint: string): () => Promise<void> {
  const url = `${endpoint.replace(/\/$/, '')}/v1/traces`;
  return registerTracing([new BatchSpanProcessor(new OTLPTraceExporter({ url }))]);
}

/**
 * The HTTP and GraphQL spans: one span per /graphql request, and inside it one per operation
 * ("query WhoSaidWhat"). Execution runs inside the operation's context, so the Cypher spans the
 * graph layer starts (src/db/graph.ts) are its children.
 */
export function tracing(): Plugin {
  const requests = new WeakMap<Request, { span: Span; ctx: OtelContext }>();
  return {
    onRequest({ request, url }) {
      if (url.pathname !== '/graphql') return;
      const span = tracer().startSpan(`${request.method} /graphql`, {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'url.path': url.pathname },
      });
      requests.set(request, { span, ctx: trace.setSpan(context.active(), span) });
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      const parent = request ? requests.get(request)?.ctx : undefined;
      const operation = getOperationAST(args.document as DocumentNode, args.operationName);
      const kind = operation?.operation ?? 'query';
      const name = operation?.name?.value ?? args.operationName ?? undefined;
      const span = tracer().startSpan(
        `graphql.${kind}${name ? ` ${name}` : ''}`,
        { attributes: { 'graphql.operation.type': kind, 'graphql.operation.name': name ?? '' } },
        parent ?? context.active(),
      );
      const ctx = trace.setSpan(parent ?? context.active(), span);
      setExecuteFn((execArgs) => context.with(ctx, () => executeFn(execArgs)));
      return {
        onExecuteDone({ result }) {
          const errors = (result as { errors?: readonly unknown[] }).errors;
          if (errors?.length)
            span.setStatus({ code: SpanStatusCode.ERROR, message: `${errors.length} error(s)` });
          span.end();
        },
      };
    },
    onResponse({ request, response }) {
      const entry = requests.get(request);
      if (!entry) return;
      entry.span.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) entry.span.setStatus({ code: SpanStatusCode.ERROR });
      entry.span.end();
    },
  };
}
