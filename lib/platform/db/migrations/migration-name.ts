import { MigrationError } from './errors';

const TRANSLITERATIONS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };

/**
 * The folder-name part of a migration, as `prisma migrate dev --name` makes it: words
 * lower-cased and joined by "_", at most 200 characters.
 */
export function migrationNameSlug(input: string): string {
  const slug = input
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[æøåß]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z\d]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
  if (slug === '') {
    throw new MigrationError('migrations-folder', `"${input}" is not usable as a migration name; use letters and digits, e.g. add_round_reminders`);
  }
  return slug;
}
