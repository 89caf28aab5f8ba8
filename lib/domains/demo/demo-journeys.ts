import 'server-only';
import { currentQuestionnaire } from '@/content/questionnaires';
import { danishToday } from '@/lib/domains/action-plan/dates';
import { sharedSnapshot } from '@/lib/domains/sharing/snapshot';
import { sealSnapshot } from '@/lib/domains/sharing/stored-share';
import type { Round } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/platform/tenant/tenant-transaction';
import { demoEarlierActions, demoGroups, demoSharesInOpenRound } from './demo-data';

/**
 * What the demo holds beyond its rounds, so that each journey can be tried on the first start:
 * an earlier round's action plan (shown beside the change on the newer round's dashboard), a few
 * balances shared with a manager (their "Delt med mig"), and a round waiting for MED/AMO.
 */

export interface DemoLeader {
  id: string;
  name: string;
  groupKey: string;
}

export interface AnsweredInvitation {
  invitationId: string;
  leader: DemoLeader;
  answers: Record<string, number>;
}

const DAY = 24 * 60 * 60 * 1000;

/** The plan made after the oldest round: mostly carried out, one still running, one dropped. No owner is mailed. */
export async function createEarlierActions(tx: Tx, organisationId: string, round: Round, groupIds: Map<string, string>, createdById: string, now: Date) {
  const afterClose = danishToday(round.closesAt).getTime();
  await tx.actionItem.createMany({
    data: demoEarlierActions.map((action, index) => ({
      organisationId,
      roundId: round.id,
      groupId: action.group === null ? null : groupIds.get(action.group)!,
      title: action.title,
      factorKey: action.factorKey,
      responsibleLevel: action.responsibleLevel,
      priority: action.priority,
      status: action.status,
      // Done and dropped ones were due months after the round; the running one is due in two months.
      dueDate: action.status === 'IN_PROGRESS' ? new Date(danishToday(now).getTime() + 60 * DAY) : new Date(afterClose + (90 + 30 * index) * DAY),
      createdById,
    })),
  });
}

/**
 * Leaders in Plejecentre who answered the open round and chose to share their own balance with
 * their nearest manager — written as the leader's "share" writes it (lib/domains/sharing/share.ts):
 * the copy they were shown, sealed, pointing at their invitation and never at their response.
 */
export async function createSharesWithManagers(tx: Tx, organisationId: string, roundId: string, answered: AnsweredInvitation[], now: Date) {
  const manager = demoGroups.find((g) => g.key === 'pleje')!.manager!;
  const sharing = answered.filter((a) => a.leader.groupKey === 'pleje').slice(0, demoSharesInOpenRound);
  for (const [index, { invitationId, leader, answers }] of sharing.entries()) {
    await tx.sharedBalance.create({
      data: {
        organisationId,
        roundId,
        invitationId,
        leaderName: leader.name,
        managerEmail: manager,
        sealedSnapshot: sealSnapshot(sharedSnapshot(currentQuestionnaire, answers)),
        createdAt: new Date(now.getTime() - (index + 2) * DAY),
      },
    });
  }
}

/**
 * A follow-up round for Plejecentre, drafted by HR, who asked MED/AMO yesterday to approve whom it
 * invites (decision 0009): signed in as med@syddal.example, one approves it; as HR, one opens it.
 */
export async function createRoundAwaitingApproval(tx: Tx, organisationId: string, groupIds: Map<string, string>, createdById: string, now: Date) {
  const opensAt = new Date(Math.ceil((now.getTime() + 7 * DAY) / 3_600_000) * 3_600_000);
  await tx.round.create({
    data: {
      organisationId,
      name: `Opfølgning Plejecentre ${now.getUTCFullYear()}`,
      opensAt,
      closesAt: new Date(opensAt.getTime() + 21 * DAY),
      questionnaireVersion: currentQuestionnaire.version,
      groupIds: [groupIds.get('pleje')!],
      createdById,
      approvalRequestedAt: new Date(now.getTime() - DAY),
    },
  });
}
