import 'server-only';
import { db } from '@/lib/platform/db';

export type DatabaseHealth = 'ok' | 'error';

/**
 * One round trip, bounded in time: a health check that hangs on a dead database would make the
 * load balancer wait instead of telling it.
 */
export async function checkDatabase(timeoutMs = 2_000): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve('error'), timeoutMs);
  });
  const probe = db().$queryRaw`SELECT 1`.then((): DatabaseHealth => 'ok').catch((): DatabaseHealth => 'error');
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
