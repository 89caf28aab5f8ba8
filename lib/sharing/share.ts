import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getOwnResponse } from '@/lib/responses/queries';
import type { RespondentLink } from '@/lib/responses/respondent-for-token';
import { scopedDb } from '@/lib/tenant/scoped-db';
import { sharedSnapshot, type SharedSnapshot } from './snapshot';
import { tenantTransaction } from '@/lib/tenant/tenant-transaction';

type OpenLink = Extract<RespondentLink, { state: 'open' }>;

export interface ShareState {
  managerEmail: string | null;
  /** Whether the manager can sign in to this organisation and so read what is shared. */
  managerHasAccess: boolean;
  shared: boolean;
  preview: SharedSnapshot | null;
}

async function leaderOf(link: OpenLink) {
  const tenant = scopedDb(link.ctx.organisationId);
  const invitation = await tenant.invitation.findUniqueOrThrow({ where: { id: link.ctx.invitationId }, include: { leader: { select: { name: true, managerEmail: true } } } });
  return invitation.leader;
}

/** What the leader's "share with my manager" section shows. Nothing is shared until they confirm. */
export async function getShareState(link: OpenLink): Promise<ShareState> {
  const leader = await leaderOf(link);
  const own = await getOwnResponse(link.ctx);
  const managerEmail = leader.managerEmail;
  const managerHasAccess = managerEmail
    ? (await scopedDb(link.ctx.organisationId).membership.count({ where: { user: { email: managerEmail } } })) > 0
    : false;
  const existing = await scopedDb(link.ctx.organisationId).sharedBalance.findFirst({ where: { invitationId: link.ctx.invitationId }, select: { id: true } });
  return {
    managerEmail,
    managerHasAccess,
    shared: existing !== null,
    preview: own.status === 'SUBMITTED' ? sharedSnapshot(link.ctx.questionnaire, own.answers) : null,
  };
}

/**
 * Shares a copy of the leader's own balance with their nearest manager, by the leader's explicit
 * choice. The copy is what they previewed; it does not point at the anonymous response.
 */
export async function shareBalance(link: OpenLink): Promise<void> {
  const state = await getShareState(link);
  if (!state.managerEmail || !state.managerHasAccess) throw new AppError('conflict', { messageKey: 'sharing.errors.noManager', userMessage: 'No manager with access is registered for you.' });
  if (!state.preview) throw new AppError('conflict', { messageKey: 'sharing.errors.notSubmitted', userMessage: 'Submit your answers before sharing.' });
  const leader = await leaderOf(link);
  const { organisationId, roundId, invitationId } = link.ctx;
  await tenantTransaction(organisationId, async (tx) => {
    const snapshot = state.preview as unknown as Prisma.InputJsonValue;
    const row = await tx.sharedBalance.upsert({
      where: { organisationId_invitationId_managerEmail: { organisationId, invitationId, managerEmail: state.managerEmail! } },
      update: { snapshot, managerEmail: state.managerEmail!, leaderName: leader.name },
      create: { organisationId, roundId, invitationId, leaderName: leader.name, managerEmail: state.managerEmail!, snapshot },
    });
    await recordAudit({ organisationId, action: 'balance.shared', actor: { system: true }, target: { type: 'shared-balance', id: row.id } }, tx);
  });
}

/** Withdraws a share at any time: the copy is deleted, not hidden. */
export async function withdrawShare(link: OpenLink): Promise<void> {
  const { organisationId, invitationId } = link.ctx;
  await tenantTransaction(organisationId, async (tx) => {
    const rows = await tx.sharedBalance.findMany({ where: { organisationId, invitationId }, select: { id: true } });
    await tx.sharedBalance.deleteMany({ where: { organisationId, invitationId } });
    for (const row of rows) await recordAudit({ organisationId, action: 'balance.share-withdrawn', actor: { system: true }, target: { type: 'shared-balance', id: row.id } }, tx);
  });
}

/** The balances shared with this member (matched by their sign-in e-mail), newest first. */
export async function sharedWithManager(organisationId: string, managerEmail: string) {
  return scopedDb(organisationId).sharedBalance.findMany({ where: { managerEmail }, orderBy: { createdAt: 'desc' } });
}
