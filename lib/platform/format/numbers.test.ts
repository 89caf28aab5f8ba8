import { describe, expect, it } from 'vitest';
import { formatMean, formatPercent, formatSigned } from './numbers';

describe('number formatting', () => {
  it('writes a negative figure with the minus sign, not a hyphen', () => {
    expect(formatSigned(-0.5, 'da')).toBe('\u22120,5');
    expect(formatSigned(-1.25, 'en')).toBe('\u22121.3');
    expect(formatMean(-0.5, 'da')).toBe('\u22120,5');
  });

  it('puts a plus on a positive balance or change, never on a mean', () => {
    expect(formatSigned(0.84, 'da')).toBe('+0,8');
    expect(formatMean(3.44, 'da')).toBe('3,4');
    expect(formatMean(3.44, 'en')).toBe('3.4');
  });

  it('gives a value that rounds to zero no sign', () => {
    expect(formatSigned(-0.04, 'da')).toBe('0,0');
    expect(formatSigned(0, 'en')).toBe('0.0');
  });

  it('writes percentages as each language does', () => {
    expect(formatPercent(25, 'da')).toBe('25\u00a0%');
    expect(formatPercent(25, 'en')).toBe('25%');
  });
});
