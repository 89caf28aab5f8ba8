import 'server-only';
import { compareDanish } from '@/lib/platform/format/danish-order';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { revisionUrgency, type RevisionUrgency } from './revision';
import { listApvRounds } from './rounds';

export interface RevisionDue {
  roundId: string;
  roundName: string;
  groupId: string;
  groupName: string;
  revisionDueOn: string;
  urgency: RevisionUrgency;
}

/**
 * When each part of the organisation's leader APV is due for revision: per group, its newest
 * written APV (an older round's APV is superseded by a newer one), earliest date first.
 */
export async function listRevisionsDue(viewer: StaffActor, now = new Date()): Promise<RevisionDue[]> {
  const seen = new Set<string>();
  const out: RevisionDue[] = [];
  for (const round of await listApvRounds(viewer, now)) {
    for (const group of round.groups) {
      if (group.status === 'not-started' || seen.has(group.groupId)) continue;
      seen.add(group.groupId);
      out.push({ roundId: round.id, roundName: round.name, groupId: group.groupId, groupName: group.name, revisionDueOn: group.revisionDueOn, urgency: revisionUrgency(group.revisionDueOn, now) });
    }
  }
  return out.sort((a, b) => a.revisionDueOn.localeCompare(b.revisionDueOn) || compareDanish(a.groupName, b.groupName));
}
