import 'server-only';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { AppError, notFound } from '@/lib/platform/errors';
import type { Leader, Prisma } from '@/lib/generated/prisma/client';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { fieldRefusal } from '@/lib/platform/validation/field-refusal';
import { shareGroupTreeLock } from '@/lib/domains/groups/locks';
import { findGroupForUpdate } from '@/lib/domains/groups/mutations';
import type { LeaderInput, LeaderPatch } from './schemas';
import { type Tx, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { isUuid } from '@/lib/platform/validation/uuid';

async function findLeader(tx: Tx, organisationId: string, leaderId: string): Promise<Leader> {
  if (!isUuid(leaderId)) throw notFound();
  const leader = await tx.leader.findFirst({ where: { organisationId, id: leaderId } });
  if (!leader) throw notFound();
  return leader;
}

/** The group must be the organisation's (else 404) and active: nobody is placed in an archived group. */
async function checkGroup(tx: Tx, caller: StaffActor, groupId: string): Promise<void> {
  const group = await findGroupForUpdate(tx, caller.organisationId, groupId);
  if (group.archivedAt) throw fieldRefusal(caller, 'validation_failed', 'groupId', 'leaders.errors.groupArchived', { group: group.name });
}

/** One leader per e-mail in an organisation — archived leaders included, since they keep their history. */
async function refuseTakenEmail(tx: Tx, caller: StaffActor, email: string, exceptId?: string): Promise<void> {
  const other = await tx.leader.findFirst({
    where: { organisationId: caller.organisationId, email, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, archivedAt: true },
  });
  if (other) throw emailTaken(caller, email, other);
}

/** One leader per identity-provider id (SCIM's externalId) in an organisation, archived leaders included. */
async function refuseTakenExternalId(tx: Tx, caller: StaffActor, externalId: string | null | undefined, exceptId?: string): Promise<void> {
  if (!externalId) return;
  const other = await tx.leader.findFirst({
    where: { organisationId: caller.organisationId, scimExternalId: externalId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (other) throw fieldRefusal(caller, 'conflict', 'externalId', 'scim.errors.externalIdTaken', { externalId, name: other.name });
}

function emailTaken(caller: StaffActor, email: string, other: { name: string; archivedAt: Date | null } | null): AppError {
  const key = other?.archivedAt ? 'leaders.errors.emailArchived' : 'leaders.errors.emailTaken';
  return fieldRefusal(caller, 'conflict', 'email', key, { email, name: other?.name ?? '' });
}

/** One leader per employee number in an organisation, archived leaders included (the number is the import's key). */
async function refuseTakenEmployeeNumber(tx: Tx, caller: StaffActor, employeeNumber: string, exceptId?: string): Promise<void> {
  const other = await tx.leader.findFirst({
    where: { organisationId: caller.organisationId, employeeNumber, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, archivedAt: true },
  });
  if (other) throw employeeNumberTaken(caller, employeeNumber, other);
}

function employeeNumberTaken(caller: StaffActor, number: string, other: { name: string; archivedAt: Date | null } | null): AppError {
  const key = other?.archivedAt ? 'leaders.errors.employeeNumberArchived' : 'leaders.errors.employeeNumberTaken';
  return fieldRefusal(caller, 'conflict', 'employeeNumber', key, { number, name: other?.name ?? '' });
}

/**
 * Whether a unique violation is on this field: Prisma's meta names the index
 * ("Leader_organisationId_employeeNumber_key"). Not the message, which quotes the query's code.
 */
const violates = (error: unknown, field: string) => JSON.stringify((error as { meta?: unknown }).meta ?? null).includes(`_${field}_`);

/** Two requests taking the same e-mail or number at once: the database's unique index decides, and says the same. */
async function onUniqueRace<T>(caller: StaffActor, unique: { email?: string | undefined; employeeNumber?: string | null | undefined }, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'P2002') throw error;
    if (unique.employeeNumber && violates(error, 'employeeNumber')) throw employeeNumberTaken(caller, unique.employeeNumber, null);
    if (unique.email) throw emailTaken(caller, unique.email, null);
    throw error;
  }
}

export async function createLeader(caller: StaffActor, input: LeaderInput): Promise<Leader> {
  const { organisationId } = caller;
  const employeeNumber = input.employeeNumber ?? null;
  return onUniqueRace(caller, { email: input.email, employeeNumber }, () =>
    tenantTransaction(organisationId, async (tx) => {
      await shareGroupTreeLock(tx, organisationId);
      await checkGroup(tx, caller, input.groupId);
      await refuseTakenEmail(tx, caller, input.email);
      if (employeeNumber !== null) await refuseTakenEmployeeNumber(tx, caller, employeeNumber);
      await refuseTakenExternalId(tx, caller, input.scimExternalId);
      const leader = await tx.leader.create({
        data: {
          organisationId,
          groupId: input.groupId,
          name: input.name,
          email: input.email,
          managerEmail: input.managerEmail,
          locale: input.locale,
          employeeNumber,
          scimExternalId: input.scimExternalId ?? null,
        },
      });
      const details = { name: leader.name, email: leader.email, groupId: leader.groupId, ...(employeeNumber !== null ? { employeeNumber } : {}) };
      await recordAudit({ ...auditedBy(caller), action: 'leader.created', target: { type: 'leader', id: leader.id }, details }, tx);
      return leader;
    }),
  );
}

const editable = ['name', 'email', 'groupId', 'managerEmail', 'locale', 'employeeNumber', 'scimExternalId'] as const;

/**
 * Changes a leader's details — moving them to another group is changing `groupId`. Only the
 * fields that really change are written and audited; an archived leader is restored first.
 */
export async function updateLeader(caller: StaffActor, leaderId: string, patch: LeaderPatch): Promise<Leader> {
  const { organisationId } = caller;
  return onUniqueRace(caller, patch, () =>
    tenantTransaction(organisationId, async (tx) => {
      await shareGroupTreeLock(tx, organisationId);
      const leader = await findLeader(tx, organisationId, leaderId);
      if (leader.archivedAt) throw new AppError('conflict', { messageKey: 'leaders.errors.archived', messageValues: { name: leader.name } });
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const data: Prisma.LeaderUncheckedUpdateInput = {};
      for (const field of editable) {
        const value = patch[field];
        if (value === undefined || value === leader[field]) continue;
        changes[field] = { from: leader[field], to: value };
        Object.assign(data, { [field]: value });
      }
      if (Object.keys(changes).length === 0) return leader;
      if (changes.groupId) await checkGroup(tx, caller, patch.groupId!);
      if (changes.email) await refuseTakenEmail(tx, caller, patch.email!, leader.id);
      if (changes.employeeNumber && patch.employeeNumber) await refuseTakenEmployeeNumber(tx, caller, patch.employeeNumber, leader.id);
      if (changes.scimExternalId) await refuseTakenExternalId(tx, caller, patch.scimExternalId, leader.id);
      const updated = await tx.leader.update({ where: { organisationId, id: leader.id }, data });
      await recordAudit({ ...auditedBy(caller), action: 'leader.updated', target: { type: 'leader', id: leader.id }, details: { changes } as Prisma.InputJsonObject }, tx);
      return updated;
    }),
  );
}

/** Moves a leader to another group (their earlier answers stay with the group they had then). */
export async function moveLeader(caller: StaffActor, leaderId: string, groupId: string): Promise<Leader> {
  return updateLeader(caller, leaderId, { groupId });
}

/** Archives a leader: no new invitations, but their past rounds keep counting. Idempotent. */
export async function archiveLeader(caller: StaffActor, leaderId: string): Promise<Leader> {
  const { organisationId } = caller;
  return tenantTransaction(organisationId, async (tx) => {
    const leader = await findLeader(tx, organisationId, leaderId);
    if (leader.archivedAt) return leader;
    const archived = await tx.leader.update({ where: { organisationId, id: leader.id }, data: { archivedAt: new Date() } });
    await recordAudit({ ...auditedBy(caller), action: 'leader.archived', target: { type: 'leader', id: leader.id }, details: { name: leader.name } }, tx);
    return archived;
  });
}

/** Brings an archived leader back, in their group — which must be active again first. */
export async function restoreLeader(caller: StaffActor, leaderId: string): Promise<Leader> {
  const { organisationId } = caller;
  return tenantTransaction(organisationId, async (tx) => {
    await shareGroupTreeLock(tx, organisationId);
    const leader = await findLeader(tx, organisationId, leaderId);
    if (!leader.archivedAt) return leader;
    const group = await findGroupForUpdate(tx, organisationId, leader.groupId);
    if (group.archivedAt) throw new AppError('conflict', { messageKey: 'leaders.errors.restoreGroupArchived', messageValues: { name: leader.name, group: group.name } });
    const restored = await tx.leader.update({ where: { organisationId, id: leader.id }, data: { archivedAt: null } });
    await recordAudit({ ...auditedBy(caller), action: 'leader.restored', target: { type: 'leader', id: leader.id }, details: { name: leader.name } }, tx);
    return restored;
  });
}
