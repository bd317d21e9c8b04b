import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { errorCodesOf } from './error-codes.js';

interface RequestInfo {
  id: string;
  started: number;
  operationName: string | null;
  codes: string[];
}

const VALID_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * One JSON log line per request: request id (from X-Request-Id when it looks safe, else new; echoed
 * in the response), operation name, duration, status and outcome (ok, or the error codes).
 */
export function requestLog(logger: Logger): Plugin {
  const requests = new WeakMap<Request, RequestInfo>();
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      requests.set(request, {
        id: given && VALID_ID.test(given) ? given : randomUUID(),
        started: performance.now(),
        operationName: null,
        codes: [],
      });
    },
    onParams({ params, request }) {
      const info = requests.get(request);
      if (info)
        info.operationName =
          typeof params.operationName === 'string' ? params.operationName.slice(0, 100) : null;
    },
    onResultProcess({ request, result }) {
      const info = requests.get(request);
      if (info) info.codes = errorCodesOf(result);
    },
    onResponse({ request, response }) {
      const info = requests.get(request);
      if (!info) return;
      response.headers.set('x-request-id', info.id);
      const url = new URL(request.url);
      const line = {
        requestId: info.id,
        method: request.method,
        path: url.pathname,
        operationName: info.operationName,
        status: response.status,
        durationMs: Math.round((performance.now() - info.started) * 10) / 10,
        outcome:
          info.codes.length === 0 && response.status < 400
            ? 'ok'
            : [...new Set(info.codes)].join(',') || `http ${response.status}`,
      };
      // Probes hear 503 while Neo4j starts or is away: expected, so debug. A 5xx or a masked error
      // elsewhere is ours: error. Refusals of bad input or missing tokens are the client's: info.
      if (url.pathname === '/ready' || url.pathname === '/health') logger.debug(line, 'probe');
      else if (response.status >= 500 || info.codes.includes('INTERNAL_SERVER_ERROR'))
        logger.error(line, 'request failed');
      else logger.info(line, 'request');
    },
  };
}
