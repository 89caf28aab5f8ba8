import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@/content/messages/catalogues';

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => stringsOf(inner, path ? `${path}.${key}` : key));
  return [];
}

/*
 * Symbols that Inter and the system fonts do not all carry render as empty boxes (issue 16 found
 * two); icons come from lucide-react. "→" in running text is typography, not an icon, and stays.
 */
const glyphIcons = /[⚠✓✔✕✗←▾▸▶◀□■⏱🔒]|[\u2500-\u257F]|\p{Extended_Pictographic}/u;

describe('typography', () => {
  it('draws icons with lucide, never with a glyph or an emoji, in components and pages', () => {
    const offenders = ['app', 'components']
      .flatMap((dir) => filesUnder(dir, /\.tsx$/))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) => (glyphIcons.test(line) && !/^\s*(\*|\/\/)/.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it('draws no icon glyph in any text of either language', () => {
    const offenders = Object.entries(catalogues).flatMap(([locale, catalogue]) => stringsOf(catalogue).flatMap(([key, text]) => (glyphIcons.test(text) ? [`${locale} ${key}: ${text}`] : [])));
    expect(offenders).toEqual([]);
  });

  it('quotes with » « in Danish, not with English or straight quotation marks', () => {
    const offenders = stringsOf(catalogues.da).flatMap(([key, text]) => (/[“”"]/.test(text) ? [`${key}: ${text}`] : []));
    expect(offenders).toEqual([]);
  });
});
