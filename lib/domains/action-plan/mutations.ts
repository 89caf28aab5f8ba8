import 'server-only';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { dialogueReach } from '@/lib/domains/workshop/access';
import { AppError, notFound } from '@/lib/platform/errors';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { isUuid } from '@/lib/platform/validation/uuid';
import { fieldRefusal } from '@/lib/platform/validation/field-refusal';
import { isPastDay } from './dates';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { reachCovers } from './queries';
import type { CreateActionInput, UpdateActionInput } from './schemas';
import { toActionView, type ActionView } from './view';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

interface WriteOptions {
  now?: Date;
}

/** Fields of an action that every write sets the same way. */
function fields(input: Omit<CreateActionInput, 'groupId'>) {
  return {
    title: input.title,
    why: input.why ?? null,
    factorKey: input.factorKey ?? null,
    sourceKey: input.sourceKey ?? null,
    responsibleLevel: input.responsibleLevel,
    ownerName: input.ownerName ?? null,
    ownerEmail: input.ownerEmail ?? null,
    dueDate: input.dueDate,
    priority: input.priority,
  };
}

/**
 * A new action in a closed round's plan, for a group the caller may plan for (action-plan:manage;
 * a manager of leaders only in their subtree), or for the whole organisation by those who see it
 * whole. A group outside the caller's reach is 404, like one that does not exist.
 */
export async function createAction(viewer: StaffActor, roundId: string, input: CreateActionInput, options: WriteOptions = {}): Promise<ActionView> {
  const now = options.now ?? new Date();
  const reach = await dialogueReach(viewer, roundId, 'action-plan:manage', now);
  if (input.groupId === null && !reach.total) throw new AppError('forbidden', { messageKey: 'actionPlan.errors.organisationWide' });
  if (!reachCovers(reach, input.groupId)) throw notFound();
  const createdById = viewer.kind === 'member' ? viewer.userId : null;
  return tenantTransaction(viewer.organisationId, async (tx) => {
    const action = await tx.actionItem.create({
      data: { organisationId: viewer.organisationId, roundId, groupId: input.groupId, ...fields(input), status: input.status ?? 'PLANNED', createdById },
    });
    await recordAudit(
      {
        ...auditedBy(viewer),
        action: 'action.created',
        target: { type: 'action', id: action.id },
        details: { roundId, groupId: input.groupId, title: action.title, status: action.status },
      },
      tx,
    );
    return toActionView(action, reach.ctx, now);
  });
}

/** Changes an action (its fields and status). The same reach as creating: outside it, the action does not exist. */
export async function updateAction(viewer: StaffActor, input: UpdateActionInput, options: WriteOptions = {}): Promise<ActionView> {
  const now = options.now ?? new Date();
  if (!isUuid(input.actionId)) throw notFound();
  const existing = await scopedDb(viewer.organisationId).actionItem.findUnique({ where: { id: input.actionId } });
  if (!existing) throw notFound();
  const reach = await dialogueReach(viewer, existing.roundId, 'action-plan:manage', now);
  if (!reachCovers(reach, existing.groupId)) throw notFound();
  // The rule of upcomingDueDateSchema, for a date that is changed: an unchanged one may have passed.
  if (input.dueDate.getTime() !== existing.dueDate.getTime() && isPastDay(input.dueDate, now)) {
    throw fieldRefusal(viewer, 'validation_failed', 'dueDate', 'validation.dueDatePast');
  }
  return tenantTransaction(viewer.organisationId, async (tx) => {
    const updated = await tx.actionItem.update({
      where: { organisationId_id: { organisationId: viewer.organisationId, id: existing.id } },
      data: { ...fields(input), status: input.status },
    });
    const changed = (Object.keys(fields(input)) as (keyof ReturnType<typeof fields>)[])
      .filter((key) => String(existing[key]) !== String(updated[key]))
      .concat(existing.status !== updated.status ? ['status' as never] : []);
    await recordAudit(
      {
        ...auditedBy(viewer),
        action: 'action.updated',
        target: { type: 'action', id: existing.id },
        details: { changed, ...(existing.status !== updated.status ? { fromStatus: existing.status, toStatus: updated.status } : {}) },
      },
      tx,
    );
    return toActionView(updated, reach.ctx, now);
  });
}
