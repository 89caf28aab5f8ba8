import { randomBytes } from 'node:crypto';
import { createApiKey } from '@/lib/domains/api-keys/api-keys';
import { db } from '@/lib/platform/db';
import { personalLinkFor, responseKeyFor } from '@/lib/domains/invitations/links';
import { answeredInvitationIds } from '@/lib/domains/invitations/participation';
import { BIG_ORG_SLUG } from './config';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { systemTransaction, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

/**
 * What one benchmark run needs of one measured organisation, made through the product's own
 * code: API keys, a signed-in top-management member (a Session row, as next-auth's database
 * sessions keep them) and real personal links for invitations of its open round.
 */
export interface BenchFixtures {
  organisationId: string;
  slug: string;
  /** The newest closed round: what management opens in the meeting. */
  closedRoundId: string;
  openRoundId: string;
  /** A top-level group (a directorate) with its subtree. */
  topGroupId: string;
  groupsInRound: number;
  apiKeys: string[];
  sessionToken: string;
  /** Personal-link tokens for the HTTP load, one per concurrent leader. */
  linkTokens: string[];
  /** Invitations for the direct-SQL load (different ones, so both write new rows). */
  direct: { invitationId: string; groupId: string; responseKey: string }[];
}

/** A new API key of the organisation: each measured view gets its own, under the per-key limit and never seen by the server before. */
export async function freshApiKey(organisationId: string): Promise<string> {
  return (await createApiKey({ organisationId, name: `bench ${new Date().toISOString()}` })).key;
}

export async function prepareFixtures(options: { slug?: string; apiKeys: number; leaders: number }): Promise<BenchFixtures> {
  const slug = options.slug ?? BIG_ORG_SLUG;
  const organisation = await systemTransaction((tx) => tx.organisation.findUniqueOrThrow({ where: { slug } }));
  const organisationId = organisation.id;
  const tenant = scopedDb(organisationId);
  const closed = await tenant.round.findFirstOrThrow({ where: { organisationId, status: 'CLOSED' }, orderBy: { closesAt: 'desc' } });
  const open = await tenant.round.findFirstOrThrow({ where: { organisationId, status: 'OPEN' } });
  const top = await tenant.roundGroup.findFirstOrThrow({ where: { organisationId, roundId: closed.id, parentGroupId: null }, orderBy: { name: 'asc' } });
  const groupsInRound = await tenant.roundGroup.count({ where: { organisationId, roundId: closed.id } });

  const apiKeys: string[] = [];
  for (let i = 0; i < options.apiKeys; i++) apiKeys.push(await freshApiKey(organisationId));

  const email = `bench.topledelse.${randomBytes(4).toString('hex')}@${slug}.example`;
  const user = await db().user.create({ data: { email, name: 'Bench Topledelse' } });
  await tenant.membership.create({ data: { organisationId, userId: user.id, role: 'TOP_MANAGEMENT' } });
  const sessionToken = randomBytes(32).toString('hex');
  await db().session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 2 * 60 * 60 * 1000) } });

  const base = { organisationId, slug: organisation.slug, closedRoundId: closed.id, openRoundId: open.id, topGroupId: top.groupId, groupsInRound, apiKeys, sessionToken };
  if (options.leaders === 0) return { ...base, linkTokens: [], direct: [] };
  // Invitations nobody has answered yet, in random order: each run writes fresh responses.
  const all = await tenant.$queryRaw<{ id: string; groupId: string }[]>`
    SELECT id, "groupId" FROM "Invitation" WHERE "organisationId" = ${organisationId}::uuid AND "roundId" = ${open.id}::uuid ORDER BY random()`;
  const answered = await answeredInvitationIds(
    tenant,
    organisationId,
    open.id,
    all.map((i) => i.id),
  );
  const invitations = all.filter((i) => !answered.has(i.id)).slice(0, options.leaders * 2);
  if (invitations.length < options.leaders * 2) throw new Error('The open round has too few unanswered invitations left: run npm run bench:seed -- --reset');
  const linkTokens: string[] = [];
  for (const invitation of invitations.slice(0, options.leaders)) {
    const { url } = await tenantTransaction(organisationId, (tx) => personalLinkFor(tx, { organisationId, id: invitation.id }));
    linkTokens.push(url.split('/').pop()!);
  }
  const direct = invitations.slice(options.leaders).map((i) => ({ invitationId: i.id, groupId: i.groupId, responseKey: responseKeyFor(i.id) }));
  return { ...base, linkTokens, direct };
}
