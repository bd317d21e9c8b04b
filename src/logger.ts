import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stdout. Authorization headers are never logged: no plugin passes headers
 * in. Lines are written asynchronously (one per request would otherwise block the event loop on a
 * write each); pino flushes what is pending when the process exits.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { service: 'news-graph' },
      redact: { paths: ['authorization', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
    },
    pino.destination({ dest: 1, sync: false }),
  );
}
