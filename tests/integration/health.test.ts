import { afterEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { db, disconnectDb } from '@/lib/platform/db';
import { resetEnvCache } from '@/lib/platform/env';

describe('GET /api/health', () => {
  const workerUrl = process.env.DATABASE_URL;

  afterEach(async () => {
    process.env.DATABASE_URL = workerUrl;
    resetEnvCache();
    await disconnectDb();
  });

  it('answers ok when the database answers', async () => {
    // The first connection of a worker can take longer than the check's 2 s bound on a loaded
    // machine; that bound is about a dead database, which the next test covers.
    await db().$queryRaw`SELECT 1`;
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
