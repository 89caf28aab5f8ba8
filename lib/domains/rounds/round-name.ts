import 'server-only';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';

/**
 * "LederAPV <year>", or — when a round of that name exists already (compared as a person would,
 * ignoring case and surrounding spaces) — the first free "LederAPV <year> (2)", "(3)" …
 */
export function freeRoundName(year: number, taken: readonly string[]): string {
  const names = new Set(taken.map((name) => name.trim().toLocaleLowerCase('da')));
  const base = `LederAPV ${year}`;
  if (!names.has(base.toLocaleLowerCase('da'))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate.toLocaleLowerCase('da'))) return candidate;
  }
}

/** The name the new-round form starts with: the year's round, never the name of one that exists. */
export async function suggestedRoundName(tenant: ScopedDb, year: number): Promise<string> {
  const rounds = await tenant.round.findMany({ select: { name: true } });
  return freeRoundName(
    year,
    rounds.map((r) => r.name),
  );
}
