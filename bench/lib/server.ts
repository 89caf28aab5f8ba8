import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

type Log = (message: string) => void;
const nextBin = 'node_modules/next/dist/bin/next';
/** The same stamp file as scripts/start.ts (a build made by start is redone here only if its sources differ). */
const stampFile = '.next/ledertrivsel-source-stamp';
/** Neither feeds the build: changing the bench itself or a document does not make the app stale. */
const notBuilt = [':!bench', ':!docs'];

/** The app's sources as they are on disk: the tracked files' blobs, uncommitted changes and untracked files, outside bench/ and docs/. */
function sourceStamp(): string {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout ?? '';
  const lock = existsSync('package-lock.json') ? readFileSync('package-lock.json') : '';
  return createHash('sha256')
    .update(git('ls-files', '-s', '--', '.', ...notBuilt))
    .update(git('diff', 'HEAD', '--', '.', ...notBuilt))
    .update(git('ls-files', '--others', '--exclude-standard', '--', '.', ...notBuilt))
    .update(lock)
    .digest('hex');
}

/** `next build` when the production build is missing or older than the sources. */
export function buildIfStale(env: NodeJS.ProcessEnv, log: Log): void {
  const stamp = sourceStamp();
  if (existsSync('.next/BUILD_ID') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    log('Production build is up to date.');
    return;
  }
  log('Building the production app (next build) …');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } });
  if (build.status !== 0) throw new Error('next build failed');
  writeFileSync(stampFile, stamp);
}

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The production server as `npm start` runs it — `next start` in one worker per core behind one
 * port (scripts/web-workers.ts; WEB_CONCURRENCY and DATABASE_POOL_SIZE in `env` as given) — on a
 * loopback port, resolved once /api/health answers (at most 60 s).
 */
export async function startServer(env: NodeJS.ProcessEnv, port: number, log: Log): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/web-workers.ts'], {
    env: { ...env, NODE_ENV: 'production', APP_URL: url, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      log(`next start is serving ${url} (pid ${child.pid})`);
      return {
        url,
        pid: child.pid!,
        stop: () =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGKILL');
  throw new Error('next start did not answer /api/health within 60 s');
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Every process with its parent, from /proc. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  return parents;
}

/** The process and every process below it (the cluster primary, its workers, tsx's esbuild service). */
function processTree(root: number, parents = parentsByPid()): number[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, ppid] of parents) if (ppid === out[i]) out.push(pid);
  return out;
}

/** The web workers: the primary's children that run Next (`next start`, which renames itself next-server), not tsx's esbuild. */
function workerPids(primary: number, parents: Map<number, number>): number[] {
  return [...parents]
    .filter(([pid, ppid]) => {
      if (ppid !== primary) return false;
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('next');
      } catch {
        return false;
      }
    })
    .map(([pid]) => pid);
}

export interface WorkerMemory {
  pid: number;
  /** Highest sampled RSS since the last reset. */
  peakRssMb: number;
  /** The kernel's high-water mark of the worker's resident memory since it started. */
  vmHwmMb: number;
}

/**
 * Samples the server's resident memory every 250 ms: the peak of the summed VmRSS of its
 * process tree, and each web worker's own peak — the figure the per-worker target (issue 19)
 * is about, since every worker is a Node process with its own heap, caches and pool.
 */
export function memorySampler(pid: number) {
  let peakRssKb = 0;
  const peakByWorkerKb = new Map<number, number>();
  const timer = setInterval(() => {
    const parents = parentsByPid();
    const total = processTree(pid, parents).reduce((sum, p) => sum + statusKb(p, 'VmRSS'), 0);
    peakRssKb = Math.max(peakRssKb, total);
    for (const worker of workerPids(pid, parents)) peakByWorkerKb.set(worker, Math.max(peakByWorkerKb.get(worker) ?? 0, statusKb(worker, 'VmRSS')));
  }, 250);
  return {
    /** Peak of the whole tree since the last reset, in MB. */
    peakMb: () => peakRssKb / 1024,
    reset: () => {
      peakRssKb = 0;
      peakByWorkerKb.clear();
    },
    /** Each worker alive now: its sampled peak since the last reset and its VmHWM. */
    workers: (): WorkerMemory[] => workerPids(pid, parentsByPid()).map((worker) => ({ pid: worker, peakRssMb: (peakByWorkerKb.get(worker) ?? 0) / 1024, vmHwmMb: statusKb(worker, 'VmHWM') / 1024 })),
    hwmMb: () => statusKb(pid, 'VmHWM') / 1024,
    rssMb: () => statusKb(pid, 'VmRSS') / 1024,
    stop: () => clearInterval(timer),
  };
}
