import 'server-only';
import pg from 'pg';

function describeTarget(connectionString: string): string {
  const url = new URL(connectionString);
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

/**
 * Waits until the database answers, saying so while it does not. A database that is down at
 * start is the operator's to fix; the app keeps trying instead of crashing half-started.
 */
export async function waitForDatabase(connectionString: string, options: { log?: (message: string) => void; maxDelayMs?: number; signal?: AbortSignal } = {}): Promise<void> {
  const log = options.log ?? ((message: string) => console.warn(message));
  let delay = 500;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1) log(`Database at ${describeTarget(connectionString)} is reachable again.`);
      return;
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      log(`Database at ${describeTarget(connectionString)} is unreachable (${reason}); retrying in ${Math.round(delay / 1000)} s …`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, options.maxDelayMs ?? 10_000);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
