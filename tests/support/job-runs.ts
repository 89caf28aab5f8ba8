import { enqueue, type JobData, type QueueName } from '@/lib/platform/queue';
import { ownerDb } from './owner-db';

async function finished(name: QueueName): Promise<number> {
  const rows = await ownerDb().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state IN ('completed', 'failed')`, name);
  return Number(rows[0]!.n);
}

/** Waits until `count` more jobs of this queue than `before` have run to an end (the workers of useMailAndJobs run them). */
export async function waitForJobs(name: QueueName, before: number, count = 1, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while ((await finished(name)) < before + count) {
    if (Date.now() - start > timeoutMs) throw new Error(`The ${name} job did not run within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One run of a job through the real queue, as the server's scheduler would start it; resolves when it has run. */
export async function runJob<Q extends QueueName>(name: Q, data: JobData[Q]): Promise<void> {
  const before = await finished(name);
  await enqueue(name, data);
  await waitForJobs(name, before);
}

/** How many jobs of this queue have run to an end so far. */
export const finishedJobs = finished;
