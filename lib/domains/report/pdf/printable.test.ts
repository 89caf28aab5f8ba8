import { describe, expect, it } from 'vitest';
import { printable } from './printable';

describe('text for the report font', () => {
  it('keeps Danish letters, quotes, dashes and the minus sign as they are', () => {
    expect(printable('Ærø – “Børn og Unge” på Åen: −0,4')).toBe('Ærø – “Børn og Unge” på Åen: −0,4');
  });

  it('keeps names from other European languages', () => {
    expect(printable('Łukasz Dvořák, Šárka Ødegård')).toBe('Łukasz Dvořák, Šárka Ødegård');
  });

  it('spells comparison signs and arrows in ASCII, and marks what the font cannot print', () => {
    expect(printable('≥ 3 → 🙂')).toBe('>= 3 -> ?');
  });
});
