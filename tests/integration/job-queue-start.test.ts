import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migrateDatabase } from '@/lib/platform/db/migrations';
import { queues, startQueueOn } from '@/lib/platform/queue';
import { createDatabase, dropDatabase, uniqueName } from '../support/test-database';

const name = uniqueName('lt_queue_start');
afterAll(() => dropDatabase(name));

describe('the job queue on a fresh database', () => {
  it('starts in every web worker when they start at once (npm start forks one per core)', async () => {
    const url = await createDatabase(name);
    await migrateDatabase({ connectionString: url, log: () => undefined });
    for (let attempt = 0; attempt < 4; attempt++) {
      // Each attempt starts from no queue schema at all, as a new installation does.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
      await admin.end();
      const started = await Promise.allSettled([0, 1, 2].map(() => startQueueOn(url, { full: false })));
      for (const result of started) if (result.status === 'fulfilled') await result.value.stop({ graceful: false, wait: true });
      expect(started.map((result) => (result.status === 'rejected' ? String(result.reason) : 'started'))).toEqual(['started', 'started', 'started']);
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      const { rows } = await check.query<{ name: string }>('SELECT name FROM pgboss.queue');
      await check.end();
      expect(rows.map((row) => row.name).sort()).toEqual(Object.values(queues).sort());
    }
  });
});
