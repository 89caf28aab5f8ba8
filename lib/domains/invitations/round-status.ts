import type { Round, RoundStatus } from '@/lib/generated/prisma/client';

/**
 * When a round stops taking answers, in one place: at its closing time, even in the minute
 * before the closing job marks it closed. Links, invitations and reminders ask it; so do the
 * rounds' and the results' pages, through effectiveStatus.
 */

/** Whether a round takes answers at this moment: open, and its closing time not yet reached. */
export function isAcceptingAnswers(round: Pick<Round, 'status' | 'closesAt'>, now = new Date()): boolean {
  return round.status === 'OPEN' && round.closesAt.getTime() > now.getTime();
}

/** A round's status as people experience it: an open round past its closing time is closed. */
export function effectiveStatus(round: Pick<Round, 'status' | 'closesAt'>, now = new Date()): RoundStatus {
  return round.status === 'OPEN' && !isAcceptingAnswers(round, now) ? 'CLOSED' : round.status;
}
