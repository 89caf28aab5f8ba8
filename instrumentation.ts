/**
 * Next's start hook: in the Node.js server (not the edge runtime, not `next build`) start the
 * job queue and its workers — invitation and reminder mails, and closing rounds on time.
 * A queue that cannot start is logged, not fatal: pages keep working, and queued jobs wait in
 * the database until a server whose queue runs picks them up. A job cut off by a shutdown is
 * retried by pg-boss once it expires, and every job is safe to run twice.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  if (!process.env.DATABASE_URL) return;
  const { startJobs } = await import('./lib/edges/jobs/workers');
  try {
    await startJobs();
  } catch (error) {
    console.error('[jobs] The job queue did not start; mails wait in the queue until it does.', error);
  }
}
