import { describe, expect, it } from 'vitest';
import { checkRevisionDate, latestRevisionDate, revisionUrgency, revisionWarning, roundClosedOn } from './revision';

describe('the APV revision date', () => {
  it('defaults to three years after the round closed', () => {
    expect(latestRevisionDate('2026-10-31')).toBe('2029-10-31');
  });

  it('takes the day HR closed the round when that was before the planned close', () => {
    expect(roundClosedOn({ closedAt: new Date('2026-10-20T09:00:00Z'), closesAt: new Date('2026-10-31T22:00:00Z') })).toBe('2026-10-20');
    expect(roundClosedOn({ closedAt: null, closesAt: new Date('2026-10-31T22:00:00Z') })).toBe('2026-10-31');
  });

  it('accepts any day up to three years after the close, and refuses one day more', () => {
    expect(checkRevisionDate('2029-10-31', '2026-10-31')).toEqual({ ok: true });
    expect(checkRevisionDate('2027-06-01', '2026-10-31')).toEqual({ ok: true });
    expect(checkRevisionDate('2029-11-01', '2026-10-31')).toEqual({ ok: false, reason: 'too-late' });
    expect(checkRevisionDate('2026-10-30', '2026-10-31')).toEqual({ ok: false, reason: 'before-close' });
  });

  it('flags a past date as overdue and one within 90 days as due soon', () => {
    const now = new Date('2027-01-10T12:00:00Z');
    expect(revisionUrgency('2027-01-09', now)).toBe('overdue');
    expect(revisionUrgency('2027-01-10', now)).toBe('due-soon');
    expect(revisionUrgency('2027-04-10', now)).toBe('due-soon');
    expect(revisionUrgency('2027-04-11', now)).toBe('later');
  });

  it('mails its warnings from 60 days ahead and from 14, the nearer one only once both are reached', () => {
    expect(revisionWarning(61)).toBeNull();
    expect(revisionWarning(60)).toBe(60);
    expect(revisionWarning(15)).toBe(60);
    expect(revisionWarning(14)).toBe(14);
    expect(revisionWarning(0)).toBe(14);
    expect(revisionWarning(-1)).toBeNull();
  });
});
