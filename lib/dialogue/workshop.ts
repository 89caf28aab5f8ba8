import 'server-only';
import { roundActions } from '@/lib/actions-plan/queries';
import type { ActionView } from '@/lib/actions-plan/view';
import { actorCan } from '@/lib/auth/actor';
import type { StaffActor } from '@/lib/auth/actor';
import { recordResultsViewed } from '@/lib/results/audit';
import type { RoundContext } from '@/lib/results/round-context';
import { resultsForView, type ViewResult } from '@/lib/results/views';
import { dialogueReach, requireGroup } from './access';
import { groupNotes, type DialogueNoteView } from './notes';

export interface WorkshopModel {
  ctx: RoundContext;
  group: { groupId: string; name: string };
  /** The group's figures (with its subtree) — or the hidden notice's reason, by the anonymity rule. */
  result: ViewResult;
  notes: Map<string, DialogueNoteView>;
  /** The group's actions in this round, in plan order (empty for a viewer who may not read plans). */
  actions: ActionView[];
  canFacilitate: boolean;
  canManageActions: boolean;
}

/**
 * Everything a group's workshop shows, for a viewer who may at least read the dialogue: a
 * facilitator (HR, a manager of leaders in their subtree) writes, the group's leaders and
 * MED/AMO read. Figures come through the one anonymity rule; the view is audited like a dashboard.
 */
export async function openWorkshop(viewer: StaffActor, roundId: string, groupId: string): Promise<WorkshopModel> {
  const reach = await dialogueReach(viewer, roundId, 'dialogue:read');
  const group = requireGroup(reach, groupId);
  const ref = { groupId: group.groupId, alone: false };
  const [result, notes, plan] = await Promise.all([
    resultsForView(reach.ctx, ref),
    groupNotes(viewer, roundId, group.groupId),
    actorCan(viewer, 'actions:read') ? roundActions(viewer, roundId, { group: group.groupId }) : Promise.resolve({ actions: [] as ActionView[] }),
  ]);
  await recordResultsViewed(viewer, { roundId, view: group.groupId, channel: 'page' });
  return {
    ctx: reach.ctx,
    group,
    result: result!,
    notes,
    actions: plan.actions,
    canFacilitate: actorCan(viewer, 'dialogue:facilitate'),
    canManageActions: actorCan(viewer, 'actions:manage'),
  };
}

/** The groups a facilitator may hold a workshop for in a closed round, in tree order, with whether their figures show and the counts the rule lets show. */
export async function workshopGroups(viewer: StaffActor, roundId: string) {
  const reach = await dialogueReach(viewer, roundId, 'dialogue:facilitate');
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
