import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('spells the Danish letters out so the URL stays readable', () => {
    expect(slugify('Ærø Kommune – Sundhed & Omsorg')).toBe('aeroe-kommune-sundhed-omsorg');
    expect(slugify('Region Sjælland')).toBe('region-sjaelland');
  });

  it('never produces an empty slug', () => {
    expect(slugify('!!!')).toBe('organisation');
  });
});
