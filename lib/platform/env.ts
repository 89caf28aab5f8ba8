import 'server-only';
import { z } from 'zod';

/**
 * The environment, validated once. A bad value stops the start with a message that names the
 * variable, instead of failing later on the first request that happens to need it.
 *
 * Embedded mode (no DATABASE_URL given by the operator): scripts/start.ts starts PGlite, points
 * DATABASE_URL at it, generates missing secrets under .data/ and sets LEDERTRIVSEL_EMBEDDED=1.
 */
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a URL like postgresql://user:password@host:5432/database');

const secret = z.string().min(32, 'must be at least 32 characters (for example: openssl rand -base64 32)');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: postgresUrl.optional(),
    LEDERTRIVSEL_EMBEDDED: z.enum(['0', '1']).default('0'),
    APP_URL: z.url('must be the public base URL, for example https://ledertrivsel.example.dk').default('http://localhost:3000'),
    AUTH_SECRET: secret.optional(),
    TOKEN_HASH_KEY: secret.optional(),
    SMTP_URL: z.string().trim().min(1).optional(),
    MAIL_FROM: z.string().trim().default('Ledertrivsel <no-reply@ledertrivsel.local>'),
    /** Where the accessibility statement (/accessibility) tells people to report a barrier; unset: their own HR. */
    ACCESSIBILITY_CONTACT: z.email('must be an e-mail address').optional(),
    /** Show the demo organisation's overview on the front page; on by default when embedded. */
    DEMO_MODE: z.enum(['0', '1']).optional(),
    /** A file to append every SQL statement to, one JSON line each (diagnostics, the benchmark and one end-to-end test); unset: none. */
    LEDERTRIVSEL_QUERY_LOG: z.string().trim().min(1).optional(),
    /** Database connections per web worker (lib/platform/db.ts); scripts/start.ts divides PostgreSQL's connections among its workers when unset. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
    /** Leaders' saves that may wait for a database connection in one web worker before the next is answered 503 (lib/platform/db/turn-queue.ts). */
    SAVE_QUEUE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(500),
  })
  .superRefine((env, ctx) => {
    // Against a real database in production, secrets must come from the operator: a generated
    // one would differ between instances and silently break every link and session. Mail must
    // really leave: the development outbox is for the embedded mode only.
    // `next build` runs in production mode but is not a start: runtime secrets are not its business.
    const building = process.env.NEXT_PHASE === 'phase-production-build';
    const operatorManaged = env.NODE_ENV === 'production' && env.LEDERTRIVSEL_EMBEDDED === '0' && !building;
    if (!operatorManaged) return;
    for (const name of ['DATABASE_URL', 'AUTH_SECRET', 'TOKEN_HASH_KEY', 'SMTP_URL'] as const) {
      if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required in production' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings (e.g. "SMTP_URL=" in a .env file) mean "not set".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  return result.data;
}

export function isDemoMode(value: Env): boolean {
  return value.DEMO_MODE === '1' || (value.DEMO_MODE === undefined && value.LEDERTRIVSEL_EMBEDDED === '1');
}

let cached: Env | undefined;

/** The validated process environment (read once, on first use). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change DATABASE_URL per worker; they call this after doing so. */
export function resetEnvCache(): void {
  cached = undefined;
}
