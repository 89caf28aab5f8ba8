import type { Prisma } from '@/lib/generated/prisma/client';
import { sendMail, type OutgoingMail } from '@/lib/mail/send-mail';
import type { LeaderMailFacts } from '@/lib/mail/templates/invitation';
import { scopedDb } from '@/lib/tenant/scoped-db';
import { createPersonalLink, freshLinkPageUrl } from './links';
import { tenantTransaction } from '@/lib/tenant/tenant-transaction';

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
 * Creates a personal link, runs `claim` in the same transaction (the row that says "this mail
 * went out", written FIRST so a second worker or scan cannot send it again), then sends. When
 * sending fails, both the claim and the link are undone so a retry can send — and the error is
 * rethrown. Returns false when the claim found the mail already sent.
 */
export async function claimLinkAndSend(
  invitation: { organisationId: string; id: string },
  claim: (tx: Prisma.TransactionClient) => Promise<boolean>,
  undo: (tx: Prisma.TransactionClient) => Promise<unknown>,
  compose: (url: string) => OutgoingMail,
  deps: MailDeps,
): Promise<boolean> {
  let link: { url: string; tokenHash: string } | null;
  try {
    link = await tenantTransaction(invitation.organisationId, async (tx) => {
      if (!(await claim(tx))) return null;
      return createPersonalLink(tx, invitation);
    });
  } catch (error) {
    // A unique violation on the claim: a concurrent worker claimed the same mail first.
    if ((error as { code?: unknown }).code === 'P2002') return false;
    throw error;
  }
  if (!link) return false;
  try {
    await deps.send(compose(link.url));
  } catch (error) {
    await tenantTransaction(invitation.organisationId, async (tx) => {
      await undo(tx);
      await tx.invitationToken.deleteMany({ where: { organisationId: invitation.organisationId, tokenHash: link.tokenHash } });
    });
    throw error;
  }
  return true;
}
