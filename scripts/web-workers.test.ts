import { describe, expect, it } from 'vitest';
import { poolSizePerWorker, webWorkerCount, workerExecArgv } from './web-workers';

describe('npm start’s web workers', () => {
  it('bound each worker’s heap only when WEB_WORKER_HEAP_MB names a whole number of megabytes', () => {
    expect(workerExecArgv({ WEB_WORKER_HEAP_MB: '256' })).toEqual(['--max-old-space-size=256']);
    expect(workerExecArgv({})).toEqual([]);
    expect(workerExecArgv({ WEB_WORKER_HEAP_MB: '256mb' })).toEqual([]);
    expect(workerExecArgv({ WEB_WORKER_HEAP_MB: '0' })).toEqual([]);
  });

  it('run one worker on the embedded database and keep all pools within PostgreSQL’s connections', () => {
    expect(webWorkerCount({ LEDERTRIVSEL_EMBEDDED: '1', WEB_CONCURRENCY: '4' })).toBe(1);
    expect(webWorkerCount({ WEB_CONCURRENCY: '3' })).toBe(3);
    const workers = 8;
    const pool = Number(poolSizePerWorker(workers, {}));
    // Each worker's job queue holds 4 more (lib/platform/queue.ts).
    expect(workers * (pool + 4)).toBeLessThanOrEqual(80);
  });
});
