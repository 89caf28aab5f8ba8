import { describe, expect, it } from 'vitest';
import { isoDay } from '@/lib/platform/format/dates';
import { danishToday, isOverdue } from './dates';

describe('due dates in Danish time', () => {
  it('turns over at midnight in Copenhagen, not UTC', () => {
    // 23:30 UTC on 1 March is already 2 March in Copenhagen (UTC+1).
    expect(isoDay(danishToday(new Date('2027-03-01T23:30:00Z')))).toBe('2027-03-02');
    expect(isoDay(danishToday(new Date('2027-03-01T22:30:00Z')))).toBe('2027-03-01');
  });

  it('calls an open action overdue only after its due day, and never a done or dropped one', () => {
    const due = new Date('2027-03-01T00:00:00Z');
    const sameDay = new Date('2027-03-01T20:00:00Z');
    const nextDay = new Date('2027-03-02T08:00:00Z');
    expect(isOverdue({ dueDate: due, status: 'PLANNED' }, sameDay)).toBe(false);
    expect(isOverdue({ dueDate: due, status: 'PLANNED' }, nextDay)).toBe(true);
    expect(isOverdue({ dueDate: due, status: 'IN_PROGRESS' }, nextDay)).toBe(true);
    expect(isOverdue({ dueDate: due, status: 'DONE' }, nextDay)).toBe(false);
    expect(isOverdue({ dueDate: due, status: 'DROPPED' }, nextDay)).toBe(false);
  });
});
