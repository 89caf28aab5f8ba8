import { afterEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { disconnectDb } from '@/lib/db';
import { resetEnvCache } from '@/lib/env';

describe('GET /api/health', () => {
  const workerUrl = process.env.DATABASE_URL;

  afterEach(async () => {
    process.env.DATABASE_URL = workerUrl;
    resetEnvCache();
    await disconnectDb();
  });

  it('answers ok when the database answers', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers 503 with database "error" when the database is unreachable, without leaking why', async () => {
    process.env.DATABASE_URL = 'postgresql://postgres@127.0.0.1:9/unreachable';
    resetEnvCache();
    await disconnectDb();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', database: 'error' });
  });
});
