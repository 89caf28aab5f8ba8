import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { slugify, reservedSlugs } from './slug';

describe('slugify', () => {
  it('spells the Danish letters out so the URL stays readable', () => {
    expect(slugify('Ærø Kommune – Sundhed & Omsorg')).toBe('aeroe-kommune-sundhed-omsorg');
    expect(slugify('Region Sjælland')).toBe('region-sjaelland');
  });

  it('never produces an empty slug', () => {
    expect(slugify('!!!')).toBe('organisation');
  });

  it('never gives an organisation the path of one of the app’s own routes', () => {
    expect(slugify('Orgs')).toBe('orgs-org');
    expect(slugify('Privacy')).toBe('privacy-org');
    expect(slugify('Sign in')).toBe('sign-in-org');
  });

  it('reserves every top-level route of the app', () => {
    const topLevel = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .flatMap((e) => (e.name.startsWith('(') ? topLevel(`${dir}/${e.name}`) : e.name.startsWith('[') ? [] : [e.name]));
    for (const route of topLevel('app')) expect(reservedSlugs.has(route), route).toBe(true);
  });
});
