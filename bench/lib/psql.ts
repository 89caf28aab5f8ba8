import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Prisma } from '@/lib/generated/prisma/client';

/** A value as a PostgreSQL literal (the statements cast every parameter themselves). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `'{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}'`;
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** The exact statement the product sends, with its parameters written in, for psql. */
export function inlineSql(statement: Prisma.Sql): string {
  return statement.text.replace(/\$(\d+)/g, (_, n: string) => literal(statement.values[Number(n) - 1]));
}

/**
 * Runs the statements one after another, `runs` times, in one psql session with \timing and
 * returns each run's total in ms as psql reports it (server work plus receiving the rows;
 * printing goes to /dev/null).
 */
export function psqlTimings(connectionString: string, statements: string[], runs: number): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-psql-'));
  try {
    const file = path.join(dir, 'bench.sql');
    const body = Array.from({ length: runs }, () => statements.map((s) => `${s.trim()};`).join('\n')).join('\n');
    writeFileSync(file, `\\timing on\n\\o /dev/null\n${body}\n`);
    const result = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', connectionString, '-f', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
    if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
    const times = [...result.stdout.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
    if (times.length !== runs * statements.length) throw new Error(`psql reported ${times.length} timings, expected ${runs * statements.length}`);
    return Array.from({ length: runs }, (_, r) => times.slice(r * statements.length, (r + 1) * statements.length).reduce((a, b) => a + b, 0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
