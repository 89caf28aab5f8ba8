import { describe, expect, it } from 'vitest';
import { winAnsi } from './win-ansi';

describe('text for the PDF font', () => {
  it('keeps Danish letters, quotes and dashes as they are', () => {
    expect(winAnsi('Ærø – “Børn og Unge” på Åen')).toBe('Ærø – “Børn og Unge” på Åen');
  });

  it('spells a minus sign and comparison signs in ASCII, and marks what the font cannot print', () => {
    expect(winAnsi('−0,4 ≥ 3 → 🙂')).toBe('-0,4 >= 3 -> ?');
  });
});
