import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';

const { da, en } = catalogues;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as object).flatMap(leaves);
}

describe('message catalogues', () => {
  it('have the same keys in Danish and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(da).sort());
  });

  it('have no empty message in either language', () => {
    for (const text of [...leaves(da), ...leaves(en)]) expect(text.trim()).not.toBe('');
  });
});
