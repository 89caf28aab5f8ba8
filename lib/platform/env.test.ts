import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('starts with no configuration at all outside production', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.APP_URL).toBe('http://localhost:3000');
  });

  it('names a malformed DATABASE_URL and says what it should look like', () => {
    expect(() => parseEnv({ DATABASE_URL: 'localhost:5432/app' })).toThrow(/DATABASE_URL must be a URL like postgresql:\/\//);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://root@localhost/app' })).toThrow(EnvError);
  });

  it('requires every secret against a real database in production, naming each missing one', () => {
    let error: unknown;
    try {
      parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://app@db:5432/app' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).problems).toEqual(['AUTH_SECRET is required in production', 'TOKEN_HASH_KEY is required in production', 'SMTP_URL is required in production']);
  });

  it('accepts production in embedded mode, where the start script generated the secrets', () => {
    const env = parseEnv({ NODE_ENV: 'production', LEDERTRIVSEL_EMBEDDED: '1', DATABASE_URL: 'postgresql://postgres@127.0.0.1:54329/postgres' });
    expect(env.LEDERTRIVSEL_EMBEDDED).toBe('1');
  });

  it('refuses a secret too short to be safe', () => {
    expect(() => parseEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET must be at least 32 characters/);
  });

  it('treats an empty value as not set', () => {
    expect(parseEnv({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
  });
});

describe('isDemoMode', () => {
  it('shows the demo on the embedded database unless turned off, and elsewhere only when asked', async () => {
    const { isDemoMode } = await import('./env');
    expect(isDemoMode(parseEnv({ LEDERTRIVSEL_EMBEDDED: '1' }))).toBe(true);
    expect(isDemoMode(parseEnv({ LEDERTRIVSEL_EMBEDDED: '1', DEMO_MODE: '0' }))).toBe(false);
    expect(isDemoMode(parseEnv({}))).toBe(false);
    expect(isDemoMode(parseEnv({ DEMO_MODE: '1' }))).toBe(true);
  });
});

describe('during next build', () => {
  it('does not ask for runtime secrets, so the image can be built without them', () => {
    process.env.NEXT_PHASE = 'phase-production-build';
    try {
      expect(parseEnv({ NODE_ENV: 'production' }).NODE_ENV).toBe('production');
    } finally {
      delete process.env.NEXT_PHASE;
    }
  });
});
