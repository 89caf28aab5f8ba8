import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { sendMail, type OutgoingMail } from '@/lib/platform/mail/send-mail';
import type { LeaderMailFacts } from '@/lib/platform/mail/templates/invitation';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { personalLinkFor, freshLinkPageUrl } from './links';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

/** What the mail jobs depend on, so tests can make a send fail or move the clock. */
export interface MailDeps {
  send: (mail: OutgoingMail) => Promise<void>;
}

export const defaultMailDeps: MailDeps = { send: sendMail };

/** An invitation with what a mail to its leader needs. */
export async function loadInvitationForMail(organisationId: string, invitationId: string) {
  return scopedDb(organisationId).invitation.findUnique({
    where: { id: invitationId },
    include: {
      leader: { select: { name: true, email: true, archivedAt: true } },
      round: { select: { id: true, name: true, status: true, closesAt: true, anonymityThreshold: true, reminderDays: true } },
      organisation: { select: { name: true } },
    },
  });
}

export type InvitationForMail = NonNullable<Awaited<ReturnType<typeof loadInvitationForMail>>>;

export function mailFacts(invitation: InvitationForMail, url: string): LeaderMailFacts {
  return {
    to: invitation.leader.email,
    leaderName: invitation.leader.name,
    organisationName: invitation.organisation.name,
    roundName: invitation.round.name,
    closesAt: invitation.round.closesAt,
    anonymityThreshold: invitation.round.anonymityThreshold,
    url,
    linkPageUrl: freshLinkPageUrl(),
  };
}

/**
 * Runs `claim` (the row that says "this mail went out", written FIRST so a second worker or scan
 * cannot send it again) in a transaction that also makes sure the invitation's personal link is
 * stored, then sends. When sending fails the claim is undone so a retry can send — and the error
 * is rethrown. Returns false when the claim found the mail already sent.
 */
export async function claimAndSend(
  invitation: { organisationId: string; id: string },
  claim: (tx: Prisma.TransactionClient) => Promise<boolean>,
  undo: (tx: Prisma.TransactionClient) => Promise<unknown>,
  compose: (url: string) => OutgoingMail,
  deps: MailDeps,
): Promise<boolean> {
  let url: string | null;
  try {
    url = await tenantTransaction(invitation.organisationId, async (tx) => {
      if (!(await claim(tx))) return null;
      return (await personalLinkFor(tx, invitation)).url;
    });
  } catch (error) {
    // A unique violation on the claim: a concurrent worker claimed the same mail first.
    if ((error as { code?: unknown }).code === 'P2002') return false;
    throw error;
  }
  if (!url) return false;
  try {
    await deps.send(compose(url));
  } catch (error) {
    await tenantTransaction(invitation.organisationId, (tx) => undo(tx));
    throw error;
  }
  return true;
}
