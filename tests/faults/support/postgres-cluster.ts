import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/**
 * The local PostgreSQL cluster the development machines and CI run (Debian's pg_ctlcluster).
 * PG_CLUSTER names it as "<version>/<name>"; by default the newest version's "main".
 */
function cluster(): [string, string] {
  const named = process.env.PG_CLUSTER?.split('/');
  if (named?.length === 2) return [named[0]!, named[1]!];
  const version = readdirSync('/etc/postgresql')
    .sort((a, b) => Number(a) - Number(b))
    .at(-1)!;
  return [version, 'main'];
}

function ctl(action: 'start' | 'stop'): void {
  const [version, name] = cluster();
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, action, ...(action === 'stop' ? ['-m', 'fast'] : [])], { stdio: 'inherit' });
}

export function stopPostgres(): void {
  ctl('stop');
}

function running(): boolean {
  const [version, name] = cluster();
  try {
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'status'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Starts the cluster again (if it is not already running). */
export function startPostgres(): void {
  if (!running()) ctl('start');
}
