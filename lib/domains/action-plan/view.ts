import { compareDanish } from '@/lib/platform/format/danish-order';
import type { ActionItem } from '@/lib/generated/prisma/client';
import type { RoundContext } from '@/lib/domains/results/round-context';
import { isoDay } from '@/lib/platform/format/dates';
import { isOverdue } from './dates';

/** An action as pages and the API show it: the due date as a calendar day, the group by name, overdue decided once here. */
export interface ActionView {
  id: string;
  roundId: string;
  groupId: string | null;
  /** The group's name in the round's snapshot; null for an organisation-wide action. */
  groupName: string | null;
  title: string;
  why: string | null;
  factorKey: string | null;
  sourceKey: string | null;
  responsibleLevel: ActionItem['responsibleLevel'];
  ownerName: string | null;
  ownerEmail: string | null;
  dueDate: string;
  priority: number;
  status: ActionItem['status'];
  overdue: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toActionView(action: ActionItem, ctx: Pick<RoundContext, 'visibility'>, now: Date): ActionView {
  return {
    id: action.id,
    roundId: action.roundId,
    groupId: action.groupId,
    groupName: action.groupId ? (ctx.visibility.group(action.groupId)?.name ?? null) : null,
    title: action.title,
    why: action.why,
    factorKey: action.factorKey,
    sourceKey: action.sourceKey,
    responsibleLevel: action.responsibleLevel,
    ownerName: action.ownerName,
    ownerEmail: action.ownerEmail,
    dueDate: isoDay(action.dueDate),
    priority: action.priority,
    status: action.status,
    overdue: isOverdue(action, now),
    createdAt: action.createdAt,
    updatedAt: action.updatedAt,
  };
}

/** The plan's order: most urgent priority first, then the earliest deadline. */
export function byPlanOrder(a: Pick<ActionView, 'priority' | 'dueDate' | 'title'>, b: Pick<ActionView, 'priority' | 'dueDate' | 'title'>): number {
  return a.priority - b.priority || a.dueDate.localeCompare(b.dueDate) || compareDanish(a.title, b.title);
}
