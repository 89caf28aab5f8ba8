import { describe, expect, it } from 'vitest';
import { parseLocalDateTime, toLocalDateTimeInput } from './local-time';

describe('Danish wall-clock time in forms', () => {
  it('reads a winter time as UTC+1 and a summer time as UTC+2', () => {
    expect(parseLocalDateTime('2027-01-15T09:00')?.toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(parseLocalDateTime('2027-06-15T09:00')?.toISOString()).toBe('2027-06-15T07:00:00.000Z');
  });

  it('gets the days daylight saving changes right', () => {
    // 28 March 2027: clocks go from 02:00 to 03:00; 31 October 2027: from 03:00 back to 02:00.
    expect(parseLocalDateTime('2027-03-28T12:00')?.toISOString()).toBe('2027-03-28T10:00:00.000Z');
    expect(parseLocalDateTime('2027-10-31T12:00')?.toISOString()).toBe('2027-10-31T11:00:00.000Z');
  });

  it('turns an instant back into the value the input shows', () => {
    expect(toLocalDateTimeInput(new Date('2027-01-15T08:00:00Z'))).toBe('2027-01-15T09:00');
    expect(toLocalDateTimeInput(new Date('2027-06-15T07:30:00Z'))).toBe('2027-06-15T09:30');
  });

  it('refuses what is not a real date and time', () => {
    for (const value of ['', 'tomorrow', '2027-02-30T09:00', '2027-01-15T24:00', '2027-01-15 09:00', '15-01-2027T09:00']) expect(parseLocalDateTime(value)).toBeNull();
  });
});
