import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { listApvRounds } from './rounds';

export interface ApvAwaitingApproval {
  roundId: string;
  roundName: string;
  groupId: string;
  groupName: string;
}

/** The written APVs nobody has approved in their current wording (what MED/AMO comes to the overview for), in the viewer's scope. */
export async function listApvsAwaitingApproval(viewer: StaffActor, now = new Date()): Promise<ApvAwaitingApproval[]> {
  return (await listApvRounds(viewer, now)).flatMap((round) =>
    round.groups.filter((group) => group.status === 'drafted').map((group) => ({ roundId: round.id, roundName: round.name, groupId: group.groupId, groupName: group.name })),
  );
}
