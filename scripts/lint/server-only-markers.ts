// STYLE.md: server-only files start with `import 'server-only'`. Which files those are is decided
// here, from the same cruise as the layer rules: a module under lib/ that holds a database handle
// or a key — it imports one of the doors below, even only for a type (a function taking a `Tx`
// or a `ScopedDb` runs queries), or a database or mail driver — must say so, so that importing it
// from a client component fails the build instead of shipping it to the browser.
import type { ICruiseResult } from 'dependency-cruiser';

/** The modules through which lib/ reaches the database and the keys. */
export const DOORS: readonly RegExp[] = [/^lib\/db\.ts$/, /^lib\/tenant\/[^/]+\.ts$/, /^lib\/crypto\/[^/]+\.ts$/];

/** Packages that open connections (a type import of theirs, e.g. an error class, does not count). */
export const DRIVERS: readonly string[] = ['pg', 'pg-boss', 'nodemailer', '@prisma/adapter-pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'];

const isTest = (path: string) => /\.test\.tsx?$/.test(path);

export interface MissingMarker {
  module: string;
  /** Why it is server-only: the first import that makes it so. */
  because: string;
}

export function missingServerOnly(modules: ICruiseResult['modules']): MissingMarker[] {
  const missing: MissingMarker[] = [];
  for (const cruised of modules) {
    if (!/^lib\/.+\.tsx?$/.test(cruised.source) || cruised.source.startsWith('lib/generated/') || isTest(cruised.source)) continue;
    if (cruised.dependencies.some((d) => d.module === 'server-only')) continue;
    if (DOORS.some((pattern) => pattern.test(cruised.source))) {
      missing.push({ module: cruised.source, because: 'it is a door itself' });
      continue;
    }
    const door = cruised.dependencies.find((d) => DOORS.some((pattern) => pattern.test(d.resolved)) || (DRIVERS.includes(d.module) && !d.dependencyTypes.includes('type-only')));
    if (door) missing.push({ module: cruised.source, because: `imports ${door.module}` });
  }
  return missing;
}
