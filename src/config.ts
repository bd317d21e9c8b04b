import { z } from 'zod';

/** The only reader of process.env. Every problem is reported at once; callers exit non-zero. */

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value));

const schema = z.object({
  PORT: port(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must look like bolt://host:7687 or neo4j+s://host')
      .optional(),
  ),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: optionalText,
  LOCAL_NEO4J_DIR: z.string().min(1).default('.data/neo4j'),
  LOCAL_NEO4J_BOLT_PORT: port(7687),
  LOCAL_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must be a JVM size such as 1g or 768m')
    .default('1g'),
  LOCAL_NEO4J_PAGE_CACHE_MB: z.coerce.number().int().min(16).max(65536).default(512),
  API_TOKEN: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  READ_TOKEN: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  CORS_ORIGINS: optionalText.transform((value) =>
    value === undefined
      ? []
      : value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
  ),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  COST_BUDGET_PER_MINUTE: z.coerce.number().int().min(0).default(500_000),
  /** How many query answers the response cache keeps (least recently used go first); 0 turns it off. */
  RESPONSE_CACHE_ENTRIES: z.coerce.number().int().min(0).default(0),
  /** The most out of date a cached answer may be after another process's write, in milliseconds. */
  RESPONSE_CACHE_STALE_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  MAX_TOKENS: z.coerce.number().int().min(100).default(5000),
  PERSISTED_ONLY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  MAX_COST: z.coerce.number().int().min(10).default(50_000),
  LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalText.pipe(
    z.url('must be a URL such as http://collector:4318').optional(),
  ),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}
