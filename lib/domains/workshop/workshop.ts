import 'server-only';
import { actorCan, type StaffActor } from '@/lib/domains/auth/actor';
import { recordResultsViewed } from '@/lib/domains/results/audit';
import type { RoundContext } from '@/lib/domains/results/round-context';
import { resultsForView, type ViewResult } from '@/lib/domains/results/views';
import { dialogueReach, requireGroup } from './access';
import { groupNotes, type DialogueNoteView } from './notes';

export interface WorkshopModel {
  ctx: RoundContext;
  group: { groupId: string; name: string };
  /** The group's figures (with its subtree) — or the hidden notice's reason, by the anonymity rule. */
  result: ViewResult;
  notes: Map<string, DialogueNoteView>;
  canFacilitate: boolean;
  canManageActions: boolean;
}

/**
 * A group's workshop, for a viewer who may at least read the dialogue: a facilitator (HR, a
 * manager of leaders in their subtree) writes, the group's leaders and MED/AMO read. Figures come
 * through the one anonymity rule; the view is audited like a dashboard. The group's action plan
 * beside it is the action plan's (groupActions in lib/domains/action-plan/queries.ts); the page puts
 * the two together.
 */
export async function openWorkshop(viewer: StaffActor, roundId: string, groupId: string): Promise<WorkshopModel> {
  const reach = await dialogueReach(viewer, roundId, 'workshop:read');
  const group = requireGroup(reach, groupId);
  const ref = { groupId: group.groupId, alone: false };
  const [result, notes] = await Promise.all([resultsForView(reach.ctx, ref), groupNotes(viewer, roundId, group.groupId)]);
  await recordResultsViewed(viewer, { roundId, view: group.groupId, channel: 'page' });
  return {
    ctx: reach.ctx,
    group,
    result: result!,
    notes,
    canFacilitate: actorCan(viewer, 'workshop:facilitate'),
    canManageActions: actorCan(viewer, 'action-plan:manage'),
  };
}

/**
 * The groups whose workshop the viewer may open in a closed round, in tree order, with whether
 * their figures show and the counts the rule lets show: a facilitator's are those they may hold
 * it for (the same reach), MED/AMO's every group, to read.
 */
export async function workshopGroups(viewer: StaffActor, roundId: string) {
  const reach = await dialogueReach(viewer, roundId, 'workshop:read');
  return {
    ctx: reach.ctx,
    groups: reach.ctx.visibility.groups
      .filter((g) => reach.groupIds.has(g.groupId))
      .map((g) => {
        const state = reach.ctx.visibility.view({ groupId: g.groupId, alone: false })!;
        return { groupId: g.groupId, name: g.name, depth: g.depth, participation: reach.ctx.participation.of(state.ref)!, shown: state.verdict === 'shown' };
      }),
  };
}
