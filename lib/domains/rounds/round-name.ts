import 'server-only';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';

/**
 * "LederAPV <year>", or — when a round of that name exists already (compared as a person would,
 * ignoring case and surrounding spaces) — the first free "LederAPV <year> (2)", "(3)" …
 */
export function freeRoundName(year: number, taken: readonly string[]): string {
  return freeName(`LederAPV ${year}`, taken);
}

/** The base name, or the first free "<base> (2)", "(3)" … when a round of that name exists. */
export function freeName(base: string, taken: readonly string[]): string {
  const names = new Set(taken.map((name) => name.trim().toLocaleLowerCase('da')));
  if (!names.has(base.toLocaleLowerCase('da'))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate.toLocaleLowerCase('da'))) return candidate;
  }
}

/**
 * The name of a copy whose dates moved to `year`: the last round's own name with its year replaced
 * ("Ledertrivsel 2026 – forvaltningerne" → "… 2027 …"); a name without a year becomes the year's round.
 */
export function copiedRoundName(sourceName: string, year: number, taken: readonly string[]): string {
  const yearInName = /\b(19|20)\d{2}\b/;
  return yearInName.test(sourceName) ? freeName(sourceName.replace(yearInName, String(year)), taken) : freeRoundName(year, taken);
}

/** The name the new-round form starts with: the year's round, never the name of one that exists. */
export async function suggestedRoundName(tenant: ScopedDb, year: number): Promise<string> {
  const rounds = await tenant.round.findMany({ select: { name: true } });
  return freeRoundName(
    year,
    rounds.map((r) => r.name),
  );
}
