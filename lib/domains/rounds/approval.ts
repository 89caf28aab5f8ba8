import 'server-only';
import { createHash } from 'node:crypto';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { can } from '@/lib/domains/auth/permissions';
import { AppError } from '@/lib/platform/errors';
import type { Round } from '@/lib/generated/prisma/client';
import { Role } from '@/lib/generated/prisma/enums';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';
import { type Tx, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { wrongState } from '@/lib/platform/errors';
import { roundInvitees, type RoundInvitees } from './invitees';
import { lockRound } from './mutations';

/**
 * The second person (issue 13, "the padded group"): HR — or an API key — could add leaders whose
 * addresses it controls to a group holding one real leader, answer their links and subtract its
 * way to the real leader's answers. So where the organisation has a MED/AMO member, a round opens
 * only after a MED/AMO member who did not create it has approved who it invites in each group,
 * and only while opening would invite exactly that: the approval stores a fingerprint of it, and
 * any later change to the round's groups, their leaders or the draft's settings voids it — computed,
 * never tracked, so no write path can forget to void it.
 */

type Reader = ScopedDb | Tx;

type Draft = Pick<Round, 'anonymityThreshold' | 'groupIds'>;

/** The roles that may approve (MED/AMO), read from the one permissions table. */
export const approverRoles: Role[] = Object.values(Role).filter((role) => can(role, 'rounds:approve'));

/** Opening needs a second person's approval when the organisation has at least one MED/AMO member. */
export async function approvalRequired(reader: Reader, organisationId: string): Promise<boolean> {
  return (await reader.membership.count({ where: { organisationId, role: { in: approverRoles } } })) > 0;
}

const byFirst = (a: string[], b: string[]) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0);

/**
 * What opening would do, as a sha256 over a canonical JSON: the threshold, the chosen groups, the
 * covered groups (id, parent, name) and every invitee (id, group, address, name), each sorted.
 * Adding, moving, archiving or restoring a leader or a group, renaming one, or changing an address
 * changes it.
 */
export function roundFingerprint(draft: Draft, invitees: RoundInvitees): string {
  const canonical = {
    threshold: draft.anonymityThreshold,
    groupIds: [...new Set(draft.groupIds)].sort(),
    groups: invitees.covered.map((g) => [g.id, g.parentId ?? '', g.name]).sort(byFirst),
    leaders: invitees.leaders.map((l) => [l.id, l.groupId, l.email, l.name]).sort(byFirst),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

export interface RoundApprovalState {
  required: boolean;
  approval: { userId: string; userName: string; approvedAt: Date } | null;
  /** The approval holds: it was given for exactly what opening would invite now. */
  valid: boolean;
  /** When MED/AMO were last asked. */
  requestedAt: Date | null;
  createdById: string | null;
  /** MED/AMO members who may approve: everyone in the role but the round's creator. */
  approvers: number;
  /** What the approval would be given for now (the approve form sends it back). */
  fingerprint: string;
}

/** A draft's approval as it stands, given what opening would invite now. */
export async function approvalState(
  reader: Reader,
  organisationId: string,
  round: Draft & Pick<Round, 'id' | 'createdById' | 'approvalRequestedAt'>,
  invitees: RoundInvitees,
): Promise<RoundApprovalState> {
  const [approvers, approval] = await Promise.all([
    reader.membership.findMany({ where: { organisationId, role: { in: approverRoles } }, select: { userId: true } }),
    reader.roundApproval.findUnique({ where: { organisationId_roundId: { organisationId, roundId: round.id } }, select: { userId: true, userName: true, approvedAt: true, fingerprint: true } }),
  ]);
  const fingerprint = roundFingerprint(round, invitees);
  return {
    required: approvers.length > 0,
    approval: approval ? { userId: approval.userId, userName: approval.userName, approvedAt: approval.approvedAt } : null,
    valid: approval !== null && approval.fingerprint === fingerprint,
    requestedAt: round.approvalRequestedAt,
    createdById: round.createdById,
    approvers: approvers.filter((a) => a.userId !== round.createdById).length,
    fingerprint,
  };
}

/**
 * The check openRound makes inside its transaction, on exactly what it is about to invite:
 * what the audit entry says about the second person, or approval_required (409).
 */
export async function secondApprovalFor(tx: Tx, organisationId: string, round: Draft & Pick<Round, 'id'>, invitees: RoundInvitees) {
  const where = { organisationId_roundId: { organisationId, roundId: round.id } };
  const approval = await tx.roundApproval.findUnique({ where });
  if (approval && approval.fingerprint === roundFingerprint(round, invitees)) {
    return { secondApproval: true, approvedBy: { userId: approval.userId, name: approval.userName }, approvedAt: approval.approvedAt.toISOString() } as const;
  }
  if (await approvalRequired(tx, organisationId)) throw new AppError('approval_required');
  // Not required (no MED/AMO member any more): an approval of something else must not be read later as this opening's.
  if (approval) await tx.roundApproval.delete({ where });
  return { secondApproval: false } as const;
}

/**
 * MED/AMO's approval of what opening the draft would invite now. `fingerprint` is what the
 * approver was shown: if the groups or leaders changed since, they are asked to look again rather
 * than approve something they did not see.
 */
export async function approveRound(caller: StaffActor, roundId: string, shown: { fingerprint: string }, now = new Date()): Promise<{ approvedAt: Date }> {
  const organisationId = caller.organisationId;
  // A person approves, never an API key or a job: the point is a second pair of eyes.
  if (caller.kind !== 'member') throw new AppError('forbidden', { messageKey: 'roundApproval.errors.memberOnly' });
  const userId = caller.userId;
  return tenantTransaction(organisationId, async (tx) => {
    const member = await tx.membership.findFirst({ where: { organisationId, userId }, select: { role: true, user: { select: { name: true, email: true } } } });
    if (!member || !can(member.role, 'rounds:approve')) throw new AppError('forbidden');
    const round = await lockRound(tx, caller, roundId);
    if (round.status !== 'DRAFT') throw wrongState('rounds.errors.notDraft');
    if (round.createdById === userId) throw new AppError('forbidden', { messageKey: 'roundApproval.errors.creator' });
    const invitees = await roundInvitees(tx, organisationId, round.groupIds);
    if (invitees.leaders.length === 0) throw wrongState('rounds.errors.noLeaders');
    const fingerprint = roundFingerprint(round, invitees);
    if (fingerprint !== shown.fingerprint) throw new AppError('conflict', { messageKey: 'roundApproval.errors.changedWhileLooking' });
    const userName = member.user.name ?? member.user.email;
    const approval = await tx.roundApproval.upsert({
      where: { organisationId_roundId: { organisationId, roundId } },
      create: { organisationId, roundId, userId, userName, fingerprint, approvedAt: now },
      update: { userId, userName, fingerprint, approvedAt: now },
    });
    await recordAudit(
      { ...auditedBy(caller), action: 'round.approved', target: { type: 'round', id: roundId }, details: { invited: invitees.leaders.length, groups: invitees.covered.length, fingerprint } },
      tx,
    );
    return { approvedAt: approval.approvedAt };
  });
}

/**
 * The approval as the API reports it. For a draft: whether opening needs it now and whether a valid
 * one exists. Once opened: whether it opened with a second person's approval (openRound refuses
 * to open without one where it is required, and an open round's invitations no longer change).
 */
export async function approvalSummary(tenant: ScopedDb, organisationId: string, round: Round): Promise<{ required: boolean; approved: boolean; approvedAt: string | null }> {
  if (round.status !== 'DRAFT') {
    const approval = await tenant.roundApproval.findUnique({ where: { organisationId_roundId: { organisationId, roundId: round.id } }, select: { approvedAt: true } });
    return { required: approval !== null, approved: approval !== null, approvedAt: approval?.approvedAt.toISOString() ?? null };
  }
  const state = await approvalState(tenant, organisationId, round, await roundInvitees(tenant, organisationId, round.groupIds));
  return { required: state.required, approved: state.valid, approvedAt: state.valid ? state.approval!.approvedAt.toISOString() : null };
}
