import 'server-only';
import type { ActionStatus, ResponsibleLevel } from '@/lib/generated/prisma/enums';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { isoDay } from '@/lib/platform/format/dates';

/**
 * Read-only views of the workshop's notes and the action plan (written by the dialogue
 * feature) as the APV and its report need them. Nothing here writes.
 */
export interface PlanAction {
  id: string;
  groupId: string | null;
  title: string;
  why: string | null;
  factorKey: string | null;
  responsibleLevel: ResponsibleLevel;
  ownerName: string | null;
  ownerEmail: string | null;
  dueDate: string;
  priority: number;
  status: ActionStatus;
  overdue: boolean;
}

export interface PlanNote {
  groupId: string;
  questionKey: string;
  body: string;
  updatedAt: Date;
}

/** Open actions past their due date are overdue; done and dropped ones never are. */
export function isOverdue(action: { status: ActionStatus; dueDate: Date }, now = new Date()): boolean {
  return (action.status === 'PLANNED' || action.status === 'IN_PROGRESS') && isoDay(action.dueDate) < isoDay(now);
}

/**
 * The prioritised plan: for a group, its own actions and the organisation-wide ones (groupId
 * null), which also concern it; for the organisation (groupIds null), every action of the
 * round. Ordered by priority, then due date.
 */
export async function listPlanActions(organisationId: string, roundId: string, groupIds: readonly string[] | null, now = new Date()): Promise<PlanAction[]> {
  const rows = await scopedDb(organisationId).actionItem.findMany({
    where: groupIds === null ? { roundId } : { roundId, OR: [{ groupId: { in: [...groupIds] } }, { groupId: null }] },
    orderBy: [{ priority: 'asc' }, { dueDate: 'asc' }, { createdAt: 'asc' }],
  });
  return rows.map((a) => ({
    id: a.id,
    groupId: a.groupId,
    title: a.title,
    why: a.why,
    factorKey: a.factorKey,
    responsibleLevel: a.responsibleLevel,
    ownerName: a.ownerName,
    ownerEmail: a.ownerEmail,
    dueDate: isoDay(a.dueDate),
    priority: a.priority,
    status: a.status,
    overdue: isOverdue(a, now),
  }));
}

export type FollowUp = Record<ActionStatus, number> & { overdue: number; total: number };

/** The follow-up status of a plan: how many actions in each status, and how many are overdue. */
export function followUpOf(actions: readonly PlanAction[]): FollowUp {
  const out: FollowUp = { PLANNED: 0, IN_PROGRESS: 0, DONE: 0, DROPPED: 0, overdue: 0, total: actions.length };
  for (const a of actions) {
    out[a.status] += 1;
    if (a.overdue) out.overdue += 1;
  }
  return out;
}

/** The dialogue notes of the given groups, non-empty ones only, in the order they were written. */
export async function listPlanNotes(organisationId: string, roundId: string, groupIds: readonly string[]): Promise<PlanNote[]> {
  const rows = await scopedDb(organisationId).dialogueNote.findMany({
    where: { roundId, groupId: { in: [...groupIds] } },
    orderBy: [{ createdAt: 'asc' }],
    select: { groupId: true, questionKey: true, body: true, updatedAt: true },
  });
  return rows.filter((n) => n.body.trim() !== '');
}

/** ResponsibleLevel (database) → the roles table's key in content (e.g. MED_AMO → "med-amo"). */
export function levelKey(level: ResponsibleLevel): string {
  return level.toLowerCase().replace(/_/g, '-');
}
