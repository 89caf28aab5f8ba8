import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { describe, expect, it } from 'vitest';
import { waitForDatabase } from '@/lib/platform/embedded/wait-for-database';
import { freePort } from '@/tests/support/free-port';

describe('waiting for the database at start', () => {
  it('says the database is unreachable, keeps retrying, and goes on once it answers', async () => {
    const port = await freePort();
    const messages: string[] = [];
    const waiting = waitForDatabase(`postgresql://postgres@127.0.0.1:${port}/postgres`, { log: (m) => messages.push(m), maxDelayMs: 500 });

    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(messages[0]).toMatch(new RegExp(`Database at 127\\.0\\.0\\.1:${port}/postgres is unreachable \\(ECONNREFUSED\\); retrying`));

    const db = await PGlite.create();
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 4 });
    await server.start();
    try {
      await waiting;
      expect(messages.at(-1)).toMatch(/is reachable again/);
    } finally {
      await server.stop();
      await db.close();
    }
  });
});
