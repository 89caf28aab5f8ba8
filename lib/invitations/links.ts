import { generateToken, hashToken } from '@/lib/crypto/tokens';
import { env } from '@/lib/env';
import type { Invitation, Organisation, Prisma, Round } from '@/lib/generated/prisma/client';
import { systemTransaction } from '@/lib/tenant/tenant-transaction';

/**
 * Personal links. A link is APP_URL/r/<token>, the token 256 random bits; only its keyed hash
 * is stored (InvitationToken), so neither the database nor a log of it can open a response.
 * An invitation can have many links (invitation mail, each reminder, fresh ones) and all reach
 * the same response. See docs/decisions/0004-anonymous-responses.md.
 */

type Writer = Prisma.TransactionClient;

/** generateToken(32) gives 43 base64url characters; anything else is not ours and is not looked up. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function invitationUrl(token: string): string {
  return `${env().APP_URL.replace(/\/$/, '')}/r/${token}`;
}

/** Where a leader who lost their link asks for a new one. */
export function freshLinkPageUrl(): string {
  return `${env().APP_URL.replace(/\/$/, '')}/link`;
}

/** A new personal link for an invitation. The raw token exists only in the returned URL. */
export async function createPersonalLink(writer: Writer, invitation: { organisationId: string; id: string }): Promise<{ url: string; tokenHash: string }> {
  const token = generateToken();
  const tokenHash = hashToken(token, 'invitation');
  await writer.invitationToken.create({ data: { organisationId: invitation.organisationId, invitationId: invitation.id, tokenHash } });
  return { url: invitationUrl(token), tokenHash };
}

/**
 * The one derivation of a response's key from its invitation: HMAC under TOKEN_HASH_KEY, which
 * lives outside the database (decision 0004).
 */
export function responseKeyFor(invitationId: string): string {
  return hashToken(invitationId, 'response');
}

export type ResolvedInvitation =
  | { state: 'open'; invitation: Invitation; round: Round; organisation: Organisation }
  /** The link was real but its round no longer takes answers (closed, or past its closing time). */
  | { state: 'closed'; round: Round; organisation: Organisation };

/** Whether a round takes answers at this moment: open, and its closing time not yet reached. */
export function isAcceptingAnswers(round: Pick<Round, 'status' | 'closesAt'>, now = new Date()): boolean {
  return round.status === 'OPEN' && round.closesAt.getTime() > now.getTime();
}

/**
 * What a personal link leads to, or null for a token that is no link of ours. The caller must
 * never log the token. A link stops working at closesAt even before the closing job has run.
 */
export async function resolveInvitationToken(token: string, now = new Date()): Promise<ResolvedInvitation | null> {
  if (!tokenPattern.test(token)) return null;
  // The one lookup without an organisation: the keyed hash is globally unique and is what tells
  // us the organisation. It reads only what hangs off that one token (the token → invitation
  // reference is a composite key with organisationId, so it cannot lead into another organisation).
  const tokenHash = hashToken(token, 'invitation');
  const link = await systemTransaction((tx) =>
    tx.invitationToken.findUnique({ where: { tokenHash }, select: { invitation: { include: { round: true, organisation: true } } } }),
  );
  const invitation = link?.invitation;
  if (!invitation) return null;
  const { round, organisation, ...row } = invitation;
  if (!isAcceptingAnswers(round, now)) return { state: 'closed', round, organisation };
  return { state: 'open', invitation: row, round, organisation };
}
