import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/platform/env';
import { devOutboxVisible } from './outbox';

const saved = { ...process.env };

function withEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe('the development outbox page', () => {
  it('is there in development when no mail server is configured', () => {
    withEnv({ NODE_ENV: 'development', SMTP_URL: undefined, LEDERTRIVSEL_EMBEDDED: undefined });
    expect(devOutboxVisible()).toBe(true);
  });

  it('is there on the embedded `npm start`, which runs in production mode without a mail server', () => {
    withEnv({ NODE_ENV: 'production', SMTP_URL: undefined, LEDERTRIVSEL_EMBEDDED: '1' });
    expect(devOutboxVisible()).toBe(true);
  });

  it('is gone as soon as mail really leaves, so nobody can read sign-in links on a shared page', () => {
    withEnv({ NODE_ENV: 'development', SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(devOutboxVisible()).toBe(false);
    withEnv({ NODE_ENV: 'production', LEDERTRIVSEL_EMBEDDED: '1', SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(devOutboxVisible()).toBe(false);
  });
});
