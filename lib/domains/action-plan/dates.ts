import { danishDayOf } from '@/lib/platform/format/dates';

/**
 * Due dates are calendar days in Danish time: an action due "1 March" is overdue from the
 * start of 2 March in Copenhagen, wherever the server runs. Dates are stored as that day at
 * 00:00 UTC (PostgreSQL `date`).
 */
export function danishToday(now: Date): Date {
  return new Date(`${danishDayOf(now)}T00:00:00Z`);
}

/** A due date that has passed: the day before today in Copenhagen, or earlier. */
export function isPastDay(dueDate: Date, now: Date): boolean {
  return dueDate < danishToday(now);
}

export function isOverdue(action: { dueDate: Date; status: string }, now: Date): boolean {
  return (action.status === 'PLANNED' || action.status === 'IN_PROGRESS') && isPastDay(action.dueDate, now);
}
