import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs. Authorization headers are never logged: no plugin passes headers in. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'news-graph' },
    redact: { paths: ['authorization', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
  });
}
