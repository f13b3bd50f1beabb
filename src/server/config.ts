import net from 'node:net';
import { z } from 'zod';

/** One proxy address or CIDR range, as proxy-addr (Fastify's trustProxy) understands it. */
function isAddressOrRange(v: string): boolean {
  const [address, bits, ...rest] = v.split('/');
  if (rest.length || !address || !net.isIP(address)) return false;
  if (bits === undefined) return true;
  const max = net.isIPv4(address) ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

/**
 * The only reader of process.env. Every problem is reported at once so that an operator fixes a
 * deployment in one go instead of one restart per typo.
 */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/sco.sqlite')
    .refine((v) => /^sqlite:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v), {
      message: 'must be sqlite:<path> or postgres://user@host:port/database',
    }),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('demo-password'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must be smtp://user:pass@host:port or smtps://…')
    .optional(),
  MAIL_FROM: z.string().min(3).default('SCO Cooperation Platform <no-reply@localhost>'),
  PUBLIC_URL: z.url().optional(),
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  EVENT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  EVENT_RETRY_MS: z.coerce.number().int().min(1).max(3_600_000).default(5000),
  // `true` trusts one hop (the proxy in front), never the whole X-Forwarded-For chain: any client can
  // write that header, and each forged entry would be a fresh address to the login limits.
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v) => v.trim())
    .refine(
      (v) =>
        ['true', 'false'].includes(v) ||
        /^\d{1,2}$/.test(v) ||
        v.split(',').every((a) => isAddressOrRange(a.trim())),
      {
        message: 'must be true, false, a number of proxy hops, or a comma-separated list of proxy addresses',
      },
    )
    .transform((v): false | number | string[] => {
      if (v === 'false' || v === '0') return false;
      if (v === 'true') return 1;
      if (/^\d+$/.test(v)) return Number(v);
      return v.split(',').map((a) => a.trim());
    }),
  // Unset under NODE_ENV=test: tests share one address and busy cores, and test these limits on their own.
  ANON_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).optional(),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  MAX_IN_FLIGHT: z.coerce.number().int().min(0).max(100_000).optional(),
  MAX_DB_WAITING: z.coerce.number().int().min(0).max(100_000).optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  UPLOAD_IN_FLIGHT_MB: z.coerce.number().int().min(1).max(100_000).default(48),
  UPLOAD_DAILY_MB: z.coerce.number().int().min(1).max(10_000_000).default(1024),
  IDEMPOTENCY_TTL_HOURS: z.coerce
    .number()
    .int('must be a whole number of hours')
    .min(1)
    .max(24 * 366)
    .default(24),
  CYBER_FEED_KEY: z
    .string()
    .refine((v) => decodeFeedKey(v) !== null, {
      message: 'must be 32 random bytes as 64 hex digits or base64 (openssl rand -base64 32)',
    })
    .optional(),
});

/** A 256-bit key given as 64 hex digits or as base64; null when it is neither. */
export function decodeFeedKey(v: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(v)) {
    const b = Buffer.from(v, 'base64');
    return b.length === 32 ? b : null;
  }
  return null;
}

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  databaseKind: DatabaseKind;
  nodeEnv: 'development' | 'production' | 'test';
  /** Demo content and demo accounts exist only outside production. */
  demo: boolean;
  demoPassword: string;
  logLevel: string;
  /** Proxies whose X-Forwarded-* headers count: none, the nearest N hops, or these addresses. */
  trustProxy: false | number | string[];
  /** Outgoing email; notifications stay in the in-app inbox only when unset. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Where people reach the platform, for links in emails and calendar feeds. */
  publicUrl: string;
  /** Requests per minute an anonymous address may make (0: no limit). */
  anonRateLimit: number;
  /** Event-loop delay past which requests are shed with a 503 (0: never). */
  maxEventLoopDelayMs: number;
  /** Requests served at once past which new ones are shed with a 503 (0: no cap). */
  maxInFlight: number;
  /** Queries waiting for a pooled PostgreSQL connection past which new requests are shed (0: never). */
  maxDbWaiting: number;
  dbPoolSize: number;
  /** How long an answer stored under an Idempotency-Key is replayed before the key may be reused. */
  idempotencyTtlHours: number;
  /** Processes serving the platform on one port (PostgreSQL only beyond 1). */
  workers: number;
  /** Delivery attempts before an event handler's delivery is parked, and the first retry delay. */
  eventMaxAttempts: number;
  eventRetryMs: number;
  /**
   * The key that encrypts the credentials of the cyber exchange's feeds (ADR 0022); null when unset,
   * which production accepts only while no feed exists.
   */
  cyberFeedKey: string | null;
  /** Per state (or the Secretariat): bytes being uploaded at once, and bytes stored per UTC day. */
  uploadQuota: { inFlightBytes: number; dailyBytes: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(picked[String(i.path[0])])})`,
      ),
    );
  }
  const c = parsed.data;
  if (c.WORKERS > 1 && c.DATABASE_URL.startsWith('sqlite:')) {
    throw new ConfigError([
      `WORKERS: several processes need PostgreSQL; SQLite serves one process (got ${JSON.stringify(picked.WORKERS)})`,
    ]);
  }
  const testing = c.NODE_ENV === 'test';
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    databaseKind: c.DATABASE_URL.startsWith('sqlite:') ? 'sqlite' : 'postgres',
    nodeEnv: c.NODE_ENV,
    demo: c.NODE_ENV !== 'production',
    demoPassword: c.DEMO_PASSWORD,
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    smtpUrl: c.SMTP_URL ?? null,
    mailFrom: c.MAIL_FROM,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    idempotencyTtlHours: c.IDEMPOTENCY_TTL_HOURS,
    anonRateLimit: c.ANON_RATE_LIMIT ?? (testing ? 0 : 600),
    maxEventLoopDelayMs: c.MAX_EVENT_LOOP_DELAY_MS ?? (testing ? 0 : 100),
    maxInFlight: c.MAX_IN_FLIGHT ?? (testing ? 0 : 100),
    maxDbWaiting: c.MAX_DB_WAITING ?? (testing ? 0 : 2 * c.DB_POOL_SIZE),
    dbPoolSize: c.DB_POOL_SIZE,
    workers: c.WORKERS,
    eventMaxAttempts: c.EVENT_MAX_ATTEMPTS,
    eventRetryMs: c.EVENT_RETRY_MS,
    cyberFeedKey: c.CYBER_FEED_KEY ?? null,
    uploadQuota: { inFlightBytes: c.UPLOAD_IN_FLIGHT_MB * 2 ** 20, dailyBytes: c.UPLOAD_DAILY_MB * 2 ** 20 },
  };
}
