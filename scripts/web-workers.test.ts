import { describe, expect, it } from 'vitest';
import { poolSizePerWorker, webWorkerCount, workerExecArgv } from './web-workers';

const env = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: 'production', ...vars });

describe('npm start’s web workers', () => {
  it('bound each worker’s heap only when WEB_WORKER_HEAP_MB names a whole number of megabytes', () => {
    expect(workerExecArgv(env({ WEB_WORKER_HEAP_MB: '256' }))).toEqual(['--max-old-space-size=256']);
    expect(workerExecArgv(env({}))).toEqual([]);
    expect(workerExecArgv(env({ WEB_WORKER_HEAP_MB: '256mb' }))).toEqual([]);
    expect(workerExecArgv(env({ WEB_WORKER_HEAP_MB: '0' }))).toEqual([]);
  });

  it('run one worker on the embedded database and keep all pools within PostgreSQL’s connections', () => {
    expect(webWorkerCount(env({ LEDERTRIVSEL_EMBEDDED: '1', WEB_CONCURRENCY: '4' }))).toBe(1);
    expect(webWorkerCount(env({ WEB_CONCURRENCY: '3' }))).toBe(3);
    const workers = 8;
    const pool = Number(poolSizePerWorker(workers, env({})));
    // Each worker's job queue holds 4 more (lib/platform/queue.ts).
    expect(workers * (pool + 4)).toBeLessThanOrEqual(80);
  });
});
