/**
 * The production web server: one `next start` worker per core behind one port, with Node's
 * cluster module (the primary accepts connections and hands them to the workers in turn).
 * One Node process tops out near one core — a save costs a few milliseconds of CPU, nearly all
 * of it Next, React's server and Prisma (issue 19) — so a second core doubles what the app can
 * take. Workers share nothing in memory that matters: sessions, rate limits, the job queue and
 * every lock live in PostgreSQL; each worker has its own connection pool, its own line of saves
 * waiting for it (lib/platform/db/turn-queue.ts) and its own caches, which only ever hold
 * what the database would give any worker.
 *
 *   WEB_CONCURRENCY   workers (default: the cores Node may use, os.availableParallelism());
 *                     always 1 on the embedded database: PGlite is one process with one
 *                     session, and a second worker would only queue behind the first.
 *   DATABASE_POOL_SIZE connections per worker (default: 10, or fewer so that all workers and their
 *                     job queues stay within 80 of PostgreSQL's default max_connections of 100).
 *   WEB_WORKER_HEAP_MB each worker's old-generation heap (Node's --max-old-space-size; default:
 *                     Node's own, which grows with the machine's memory).
 *
 * Used by scripts/start.ts (`npm start`) and by the benchmark; run on its own with
 * `tsx --tsconfig tsconfig.scripts.json scripts/web-workers.ts` and PORT/HOST set.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const nextBin = 'node_modules/next/dist/bin/next';
/** What all workers together may hold of PostgreSQL's default 100 connections (the rest: migrations, psql, a second deploy). */
const CONNECTION_BUDGET = 80;
/** lib/platform/queue.ts queuePoolSize: each worker runs the job queue too. */
const QUEUE_POOL = 4;

export function webWorkerCount(env: NodeJS.ProcessEnv): number {
  if (env.LEDERTRIVSEL_EMBEDDED === '1') return 1;
  const configured = Number(env.WEB_CONCURRENCY);
  return Number.isInteger(configured) && configured > 0 ? configured : availableParallelism();
}

export function poolSizePerWorker(workers: number, env: NodeJS.ProcessEnv): string | undefined {
  if (env.DATABASE_POOL_SIZE || env.LEDERTRIVSEL_EMBEDDED === '1') return env.DATABASE_POOL_SIZE;
  return String(Math.max(2, Math.min(10, Math.floor(CONNECTION_BUDGET / workers) - QUEUE_POOL)));
}

/** Node's flags for each worker: only a heap bound, when WEB_WORKER_HEAP_MB asks for one. */
export function workerExecArgv(env: NodeJS.ProcessEnv): string[] {
  const heapMb = Number(env.WEB_WORKER_HEAP_MB);
  return Number.isInteger(heapMb) && heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
}

export interface WebWorkers {
  workers: number;
  stop(): Promise<void>;
}

/**
 * Forks the workers and keeps them running: a worker that dies after it has run a while is
 * replaced; one that dies within seconds of its start (a taken port, a broken build) is not, and
 * when none is left `onGone` is called with its exit code. Not for `next dev`, which is one
 * process by design.
 */
export function startWebWorkers(options: { port: string; host: string; env: NodeJS.ProcessEnv; log: (message: string) => void; onGone: (code: number) => void }): WebWorkers {
  const workers = webWorkerCount(options.env);
  const poolSize = poolSizePerWorker(workers, options.env);
  const env = { ...options.env, WEB_CONCURRENCY: String(workers), ...(poolSize ? { DATABASE_POOL_SIZE: poolSize } : {}) };
  // The workers are plain Node running Next, not this script's tsx loader.
  cluster.setupPrimary({ exec: nextBin, args: ['start', '-p', options.port, '-H', options.host], execArgv: workerExecArgv(options.env) });
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork(env).id, Date.now());
  for (let i = 0; i < workers; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const ranMs = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (ranMs > 5_000) {
      options.log(`Web worker ${worker.process.pid} stopped (${signal ?? code}); starting another.`);
      fork();
    } else if (startedAt.size === 0) {
      options.onGone(code || 1);
    }
  });
  options.log(`${workers} web worker(s) on port ${options.port}${poolSize ? `, ${poolSize} database connections each` : ''}.`);
  return {
    workers,
    stop: async () => {
      stopping = true;
      const alive = Object.values(cluster.workers ?? {}).filter((worker): worker is NonNullable<typeof worker> => worker !== undefined && !worker.isDead());
      await Promise.all(
        alive.map(
          (worker) =>
            new Promise<void>((resolve) => {
              worker.once('exit', () => resolve());
              worker.process.kill('SIGTERM');
              setTimeout(() => worker.process.kill('SIGKILL'), 10_000).unref();
            }),
        ),
      );
    },
  };
}

// Run directly (the benchmark): serve until told to stop.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const servers = startWebWorkers({
    port: process.env.PORT ?? '3000',
    host: process.env.HOST ?? '127.0.0.1',
    env: process.env,
    log: (message) => console.log(`[ledertrivsel] ${message}`),
    onGone: (code) => process.exit(code),
  });
  const stop = () => void servers.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
