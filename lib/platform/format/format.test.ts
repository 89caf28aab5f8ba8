import { describe, expect, it } from 'vitest';
import { dateFormatter, formatPeriod } from './dates';
import { formatMean, formatSigned } from './numbers';

describe('numbers', () => {
  it('writes a negative balance with a real minus sign in both languages', () => {
    expect(formatSigned(-0.5, 'da')).toBe('\u22120,5');
    expect(formatSigned(-1.25, 'en')).toBe('\u22121.3');
  });

  it('puts "+" on a positive difference but never on a 1–5 mean', () => {
    expect(formatSigned(0.8, 'da')).toBe('+0,8');
    expect(formatSigned(0, 'da')).toBe('0,0');
    expect(formatMean(3.44, 'da')).toBe('3,4');
    expect(formatMean(4, 'en')).toBe('4.0');
  });
});

describe('formatPeriod', () => {
  it('shows a round of whole days as a day range in Danish time, not as midnight times', () => {
    // Opens 1 October 00:00 and closes 1 November 00:00, Danish time (summer, then winter time).
    const opens = new Date('2025-09-30T22:00:00Z');
    const closes = new Date('2025-10-31T23:00:00Z');
    expect(formatPeriod(opens, closes, 'da')).toBe('1.–31. oktober 2025');
    expect(formatPeriod(opens, closes, 'en')).toBe('1\u2009–\u200931 October 2025');
  });

  it('keeps the times when they were chosen, in en-GB (not US) order', () => {
    const opens = new Date('2025-10-01T07:00:00Z'); // 09:00 in Copenhagen
    const closes = new Date('2025-10-31T15:00:00Z'); // 16:00 in Copenhagen
    const english = formatPeriod(opens, closes, 'en');
    expect(english).toMatch(/^1 Oct 2025, 09:00/);
    expect(english).toContain('31 Oct 2025, 16:00');
    expect(formatPeriod(opens, closes, 'da')).toContain('09.00');
  });
});

describe('dateFormatter', () => {
  it('writes English dates the British way and in Danish time, not the American way in UTC', () => {
    const lateEvening = new Date('2026-11-29T23:30:00Z'); // 30 November, 00:30 in Copenhagen
    expect(dateFormatter('en').dateTime(lateEvening, { dateStyle: 'medium' })).toBe('30 Nov 2026');
    expect(dateFormatter('da').dateTime(lateEvening, { dateStyle: 'long' })).toBe('30. november 2026');
  });
});
