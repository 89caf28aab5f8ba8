import { dayOf, isoDay } from '@/lib/platform/format/dates';

/**
 * The APV's revision date. Danish law asks for a revision at least every three years, so the
 * date defaults to three years after the round closed and can be moved earlier, never later.
 * Dates are calendar days (ISO "YYYY-MM-DD", UTC), as stored in ApvRecord.revisionDueOn.
 */
export const MAX_REVISION_YEARS = 3;
/** A revision date this close (or past) is flagged on the overview and the APV list. */
export const DUE_SOON_DAYS = 90;

const DAY = 24 * 60 * 60 * 1000;

/** The day the round closed: when HR closed it, or its planned closing time if it ran out. */
export function roundClosedOn(round: { closedAt: Date | null; closesAt: Date }): string {
  return isoDay(round.closedAt && round.closedAt < round.closesAt ? round.closedAt : round.closesAt);
}

/** Three years after the round closed (29 February becomes 28 February/1 March as Date does). */
export function latestRevisionDate(closedOn: string): string {
  const date = dayOf(closedOn);
  date.setUTCFullYear(date.getUTCFullYear() + MAX_REVISION_YEARS);
  return isoDay(date);
}

export type RevisionCheck = { ok: true } | { ok: false; reason: 'too-late' | 'before-close' };

/** A revision date must lie between the round's close and three years after it. */
export function checkRevisionDate(revisionOn: string, closedOn: string): RevisionCheck {
  if (revisionOn > latestRevisionDate(closedOn)) return { ok: false, reason: 'too-late' };
  if (revisionOn < closedOn) return { ok: false, reason: 'before-close' };
  return { ok: true };
}

export type RevisionUrgency = 'overdue' | 'due-soon' | 'later';

export function revisionUrgency(revisionOn: string, now = new Date()): RevisionUrgency {
  const today = isoDay(now);
  if (revisionOn < today) return 'overdue';
  return dayOf(revisionOn).getTime() - dayOf(today).getTime() <= DUE_SOON_DAYS * DAY ? 'due-soon' : 'later';
}

/** The days before a revision date on which HR and MED/AMO are mailed (./revision-due-mail.ts), farthest first. */
export const REVISION_WARNINGS = [60, 14] as const;

/** The warning a revision date this many days away falls under (the nearest one reached), or null outside them. */
export function revisionWarning(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  return [...REVISION_WARNINGS].reverse().find((threshold) => daysLeft <= threshold) ?? null;
}
