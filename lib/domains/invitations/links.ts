import 'server-only';
import { deriveToken, hashToken } from '@/lib/platform/crypto/tokens';
import { env } from '@/lib/platform/env';
import { Prisma, type Invitation, type Organisation, type Round, type RoundStatus } from '@/lib/generated/prisma/client';
import { singleStatement } from '@/lib/platform/tenant/tenant-statements';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { isAcceptingAnswers } from './round-status';

/**
 * Personal links. A link is APP_URL/r/<token>; only the token's keyed hash is stored
 * (InvitationToken), so neither the database nor a log of it can open a response.
 *
 * The token is derived from the invitation under TOKEN_HASH_KEY (256 bits, unguessable without
 * the key), so the invitation mail, every reminder and every fresh link carry the same link and
 * its row is written once, when the round opens. A new row per reminder would tell a reader of
 * the database which leaders had not answered when it went out. Invitations of rounds opened
 * before this may also hold older random links; they keep working. See decision 0004.
 */

type Writer = Prisma.TransactionClient;

/** A 256-bit token is 43 base64url characters; anything else is not ours and is not looked up. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function invitationUrl(token: string): string {
  return `${env().APP_URL.replace(/\/$/, '')}/r/${token}`;
}

/** Where a leader who lost their link asks for a new one. */
export function freshLinkPageUrl(): string {
  return `${env().APP_URL.replace(/\/$/, '')}/link`;
}

function linkTokenOf(invitationId: string): string {
  return deriveToken(invitationId, 'personal-link');
}

/**
 * Stores the personal links of these invitations (of one organisation) unless they are there:
 * at a round's opening for every invitation at once, so that no later write shows who was sent
 * what. Existing rows are left untouched.
 */
export async function storePersonalLinks(writer: Writer, organisationId: string, invitationIds: readonly string[]): Promise<void> {
  for (let i = 0; i < invitationIds.length; i += 1000) {
    const slice = invitationIds.slice(i, i + 1000);
    await writer.invitationToken.createMany({
      data: slice.map((invitationId) => ({ organisationId, invitationId, tokenHash: hashToken(linkTokenOf(invitationId), 'invitation') })),
      skipDuplicates: true,
    });
  }
}

/** The invitation's personal link, stored first if it is not yet (an invitation made before links were derived). */
export async function personalLinkFor(writer: Writer, invitation: { organisationId: string; id: string }): Promise<{ url: string; tokenHash: string }> {
  await storePersonalLinks(writer, invitation.organisationId, [invitation.id]);
  const token = linkTokenOf(invitation.id);
  return { url: invitationUrl(token), tokenHash: hashToken(token, 'invitation') };
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
  const link = await systemTransaction((tx) => tx.invitationToken.findUnique({ where: { tokenHash }, select: { invitation: { include: { round: true, organisation: true } } } }));
  const invitation = link?.invitation;
  if (!invitation) return null;
  const { round, organisation, ...row } = invitation;
  if (!isAcceptingAnswers(round, now)) return { state: 'closed', round, organisation };
  return { state: 'open', invitation: row, round, organisation };
}

/** What saving and submitting need of a personal link: the ids a response is keyed by, and whether its round takes answers. */
export type InvitationForAnswers = { state: 'open'; organisationId: string; roundId: string; invitationId: string; groupId: string; questionnaireVersion: string } | { state: 'closed' };

/**
 * The lookup on the hot path (every autosave and submit, issue 19): the same hash, the same rows
 * and the same rule as resolveInvitationToken, but one round trip for the token, its invitation
 * and its round — the SQL function personal_link_for_answers (migration
 * 20261206214900_personal_link_lookup) does what systemTransaction does, inside one statement —
 * and only the columns a save needs (the page needs the whole rows). The save transaction checks
 * the round again, under a lock.
 */
export async function resolveInvitationTokenForAnswers(token: string, now = new Date()): Promise<InvitationForAnswers | null> {
  if (!tokenPattern.test(token)) return null;
  const tokenHash = hashToken(token, 'invitation');
  // Without an organisation, as in resolveInvitationToken: the hash is what tells us the organisation.
  // Sent on a pooled connection by pg itself, as the save that follows is (tenant-statements.ts).
  // The stored time has no zone and means UTC: it is read as a point in time, not in the server's zone.
  const rows = await singleStatement<{ organisationId: string; roundId: string; invitationId: string; groupId: string; status: RoundStatus; closesAt: Date; questionnaireVersion: string }>(Prisma.sql`
    SELECT organisation_id AS "organisationId", round_id AS "roundId", invitation_id AS "invitationId", group_id AS "groupId",
           round_status::text AS "status", closes_at AT TIME ZONE 'UTC' AS "closesAt", questionnaire_version AS "questionnaireVersion"
    FROM personal_link_for_answers(${tokenHash})`);
  const row = rows[0];
  if (!row) return null;
  if (!isAcceptingAnswers(row, now)) return { state: 'closed' };
  return { state: 'open', organisationId: row.organisationId, roundId: row.roundId, invitationId: row.invitationId, groupId: row.groupId, questionnaireVersion: row.questionnaireVersion };
}
