/**
 * Fixtures for end-to-end tests: they create what a test needs directly in the run's database,
 * through the product's own lib functions, then the test walks the user's path in the browser.
 */
import { e2eDatabaseUrl, e2eServerEnv } from './e2e-env';

process.env.DATABASE_URL = e2eDatabaseUrl;
process.env.TOKEN_HASH_KEY = e2eServerEnv.TOKEN_HASH_KEY;
process.env.APP_URL = e2eServerEnv.APP_URL;

const DAY = 24 * 60 * 60 * 1000;

/** An organisation with an open round and one invited leader; returns that leader's personal link. */
export async function openInvitation(options: { managerEmail?: string; locale?: 'da' | 'en' } = {}) {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const { personalLinkFor } = await import('@/lib/domains/invitations/links');
  const { currentQuestionnaireVersion } = await import('@/content/questionnaires');
  const suffix = Math.random().toString(36).slice(2, 8);
  const organisation = await ownerDb().organisation.create({ data: { name: `Testkommune ${suffix}`, slug: `testkommune-${suffix}` } });
  const group = await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Plejecentre' } });
  const leader = await ownerDb().leader.create({
    data: { organisationId: organisation.id, groupId: group.id, name: 'Mette Holm', email: `mette.${suffix}@example.test`, managerEmail: options.managerEmail ?? null },
  });
  const round = await ownerDb().round.create({
    data: {
      organisationId: organisation.id,
      name: 'LederAPV 2027',
      opensAt: new Date(Date.now() - DAY),
      closesAt: new Date(Date.now() + 14 * DAY),
      status: 'OPEN',
      questionnaireVersion: currentQuestionnaireVersion,
      groupIds: [group.id],
      openedAt: new Date(),
    },
  });
  const invitation = await ownerDb().invitation.create({
    data: { organisationId: organisation.id, roundId: round.id, leaderId: leader.id, groupId: group.id, locale: options.locale ?? 'da', sentAt: new Date() },
  });
  const { url } = await personalLinkFor(ownerDb(), invitation);
  const path = new URL(url).pathname;
  return { organisation, round, invitation, leader, path, token: path.split('/').pop()! };
}

/** Closes a round the way HR's "close" does: closed, its figures summed for the dashboards and its responses sealed. */
export async function closeRound(roundId: string) {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const { settleClosedRound } = await import('@/lib/domains/rounds/settle-closed-round');
  await ownerDb().$transaction(async (tx) => {
    const round = await tx.round.update({ where: { id: roundId }, data: { status: 'CLOSED', closedAt: new Date() } });
    await settleClosedRound(tx, round.organisationId, round.id);
  });
}

export async function submittedResponses(roundId: string) {
  const { ownerDb } = await import('@/tests/support/owner-db');
  return ownerDb().response.findMany({ where: { roundId, status: 'SUBMITTED' }, include: { answers: true } });
}

type StaffRole = 'HR_ADMIN' | 'TOP_MANAGEMENT' | 'MED_AMO' | 'MANAGER_OF_LEADERS' | 'LEADER' | 'NO_ACCESS';

/**
 * A member with the given role and a live session, the way next-auth's database sessions do it:
 * a Session row whose token is the session cookie's value. (The magic-link path itself is covered
 * by the sign-up and HR-journey end-to-end tests; other tests start signed in.)
 */
export async function createSession(organisationId: string, role: StaffRole, options: { email?: string; scopeGroupIds?: string[]; locale?: 'da' | 'en' } = {}) {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const { randomBytes } = await import('node:crypto');
  const email = options.email ?? `${role.toLowerCase()}.${randomBytes(3).toString('hex')}@example.test`;
  const user = await ownerDb().user.upsert({ where: { email }, update: {}, create: { email, name: role, locale: options.locale ?? 'da', emailVerified: new Date() } });
  const membership = await ownerDb().membership.upsert({
    where: { organisationId_userId: { organisationId, userId: user.id } },
    update: { role },
    create: { organisationId, userId: user.id, role },
  });
  for (const groupId of options.scopeGroupIds ?? []) {
    await ownerDb().managerScope.create({ data: { organisationId, membershipId: membership.id, groupId } });
  }
  const sessionToken = randomBytes(32).toString('hex');
  await ownerDb().session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 60 * 60 * 1000) } });
  return { user, membership, cookie: `next-auth.session-token=${sessionToken}`, sessionToken };
}

/** Signs a browser context in as a member with the given role (see createSession). */
export async function signInAs(
  context: import('@playwright/test').BrowserContext,
  organisationId: string,
  role: StaffRole,
  options: { email?: string; scopeGroupIds?: string[]; locale?: 'da' | 'en' } = {},
) {
  const { user, membership, sessionToken } = await createSession(organisationId, role, options);
  await context.addCookies([{ name: 'next-auth.session-token', value: sessionToken, url: e2eServerEnv.APP_URL, httpOnly: true, sameSite: 'Lax' }]);
  return { user, membership };
}
