import { enqueue } from '@/lib/platform/queue';
import 'server-only';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { AppError } from '@/lib/platform/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { getOwnResponse } from '@/lib/domains/responses/queries';
import type { RespondentLink } from '@/lib/domains/responses/respondent-for-token';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { sharedSnapshot, type SharedSnapshot } from './snapshot';
import { activeShare, openSnapshot, sealSnapshot, tombstoneShares } from './stored-share';

type OpenLink = Extract<RespondentLink, { state: 'open' }>;

export interface ShareState {
  managerEmail: string | null;
  /** Whether the manager can sign in to this organisation and so read what is shared. */
  managerHasAccess: boolean;
  /** Shared with the current nearest manager, and not withdrawn. */
  shared: boolean;
  /** Earlier managers who still hold a copy (the leader's manager changed since they shared). */
  sharedWithEarlier: string[];
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
  const tenant = scopedDb(link.ctx.organisationId);
  const managerHasAccess = managerEmail ? (await tenant.membership.count({ where: { user: { email: managerEmail } } })) > 0 : false;
  const active = await tenant.sharedBalance.findMany({ where: { invitationId: link.ctx.invitationId, ...activeShare }, select: { managerEmail: true } });
  return {
    managerEmail,
    managerHasAccess,
    shared: active.some((row) => row.managerEmail === managerEmail),
    sharedWithEarlier: active.filter((row) => row.managerEmail !== managerEmail).map((row) => row.managerEmail),
    preview: own.status === 'SUBMITTED' ? sharedSnapshot(link.ctx.questionnaire, own.answers) : null,
  };
}

/**
 * Shares a copy of the leader's own balance with their nearest manager, by the leader's explicit
 * choice. The copy is what they previewed, sealed; it does not point at the anonymous response.
 * One row per manager it was ever shared with: sharing again renews the copy (and the date shown),
 * and a copy an earlier manager still holds ends now — the leader has one nearest manager.
 */
export async function shareBalance(link: OpenLink, now = new Date()): Promise<void> {
  const state = await getShareState(link);
  const managerEmail = state.managerEmail;
  if (!managerEmail || !state.managerHasAccess) throw new AppError('conflict', { messageKey: 'sharing.errors.noManager', userMessage: 'No manager with access is registered for you.' });
  if (!state.preview) throw new AppError('conflict', { messageKey: 'sharing.errors.notSubmitted', userMessage: 'Submit your answers before sharing.' });
  const leader = await leaderOf(link);
  const { organisationId, roundId, invitationId } = link.ctx;
  const sealedSnapshot = sealSnapshot(state.preview);
  await tenantTransaction(organisationId, async (tx) => {
    const row = await tx.sharedBalance.upsert({
      where: { organisationId_invitationId_managerEmail: { organisationId, invitationId, managerEmail } },
      update: { sealedSnapshot, snapshot: Prisma.DbNull, withdrawnAt: null, leaderName: leader.name, createdAt: now },
      create: { organisationId, roundId, invitationId, leaderName: leader.name, managerEmail, sealedSnapshot, createdAt: now },
    });
    await recordAudit({ ...auditedBy(link.ctx), action: 'balance.shared', target: { type: 'shared-balance', id: row.id } }, tx);
    // The manager hears of it by mail, once per share (a repeated share while one is queued is the same news).
    await enqueue('send-share-notice', { organisationId, shareId: row.id }, { tx, singletonKey: `share-notice:${row.id}` });
    const earlier = await tombstoneShares(tx, organisationId, { invitationId, managerEmail: { not: managerEmail } }, now);
    for (const id of earlier) await recordAudit({ ...auditedBy(link.ctx), action: 'balance.share-withdrawn', target: { type: 'shared-balance', id } }, tx);
  });
}

/**
 * Withdraws a share at any time: the copy is deleted, not hidden. That the leader shared is
 * kept (a tombstone): the manager has seen the answers, and their view of the group's figures
 * must stay careful (lib/domains/results/known-responses.ts). The leader is told so, in plain words.
 */
export async function withdrawShare(link: OpenLink, now = new Date()): Promise<void> {
  const { organisationId, invitationId } = link.ctx;
  await tenantTransaction(organisationId, async (tx) => {
    const ended = await tombstoneShares(tx, organisationId, { invitationId }, now);
    for (const id of ended) await recordAudit({ ...auditedBy(link.ctx), action: 'balance.share-withdrawn', target: { type: 'shared-balance', id } }, tx);
  });
}

/**
 * One balance as the manager sees it: exactly what the leader's consent screen lists
 * (components/sharing/ShareWithManager.tsx) — who shared, in which round, when, the balance,
 * the two side means and the strain and resource answers — and nothing else.
 */
export interface SharedBalanceCard {
  leaderName: string;
  roundName: string;
  sharedOn: Date;
  /** Which questionnaire the item keys belong to, to word them; the same for every leader of the round. */
  questionnaireVersion: string;
  balance: number | null;
  strainMean: number | null;
  resourceMean: number | null;
  items: SharedSnapshot['items'];
}

/** How many balances are shared with this member now (the count beside "Delt med mig" in the menu); matched as sharedWithManager matches. */
export async function countSharedWithManager(organisationId: string, managerEmail: string): Promise<number> {
  return scopedDb(organisationId).sharedBalance.count({ where: { managerEmail: managerEmail.trim().toLowerCase(), ...activeShare } });
}

/**
 * The balances shared with this member (matched by their sign-in e-mail; addresses are stored
 * lower-cased) and not withdrawn, newest first. Matched exactly: Prisma's `mode: 'insensitive'`
 * compares with ILIKE, and "a_b@…" would then read the shares made with "axb@…".
 */
export async function sharedWithManager(organisationId: string, managerEmail: string): Promise<SharedBalanceCard[]> {
  const tenant = scopedDb(organisationId);
  const rows = await tenant.sharedBalance.findMany({
    where: { managerEmail: managerEmail.trim().toLowerCase(), ...activeShare },
    orderBy: { createdAt: 'desc' },
    select: { roundId: true, leaderName: true, createdAt: true, sealedSnapshot: true, snapshot: true },
  });
  if (rows.length === 0) return [];
  const rounds = await tenant.round.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.roundId))] } }, select: { id: true, name: true } });
  const roundName = new Map(rounds.map((r) => [r.id, r.name]));
  return rows.flatMap((row) => {
    const snapshot = openSnapshot(row);
    if (!snapshot) return [];
    const { questionnaireVersion, balance, strainMean, resourceMean, items } = snapshot;
    return [{ leaderName: row.leaderName, roundName: roundName.get(row.roundId) ?? '', sharedOn: row.createdAt, questionnaireVersion, balance, strainMean, resourceMean, items }];
  });
}
