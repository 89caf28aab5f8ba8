import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as saveRoute } from '@/app/api/r/[token]/answers/route';
import { POST as submitRoute } from '@/app/api/r/[token]/submit/route';
import { currentQuestionnaire } from '@/content/questionnaires';
import { personalLinkFor, responseKeyFor } from '@/lib/domains/invitations/links';
import { hashToken } from '@/lib/platform/crypto/tokens';
import { db, disconnectDb } from '@/lib/platform/db';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { resetSaveTurns } from '@/lib/platform/db/turn-queue';
import { resetEnvCache } from '@/lib/platform/env';
import { ownerDb } from '@/tests/support/owner-db';
import { fullAnswers } from '../fixtures/respondents';
import { createOrg } from '../fixtures/organisations';

/**
 * A rush of leaders saving at once (issue 19): through the real route handlers, against the real
 * database, with a pool far smaller than the rush. Nothing here measures time; it checks that no
 * save fails for want of a connection and none is stored twice or lost, and that only a full
 * line is refused — at once, with a time to come back.
 */

const DAY = 24 * 60 * 60 * 1000;

/** One open round with `count` invited leaders, each with their personal link. */
async function roundWithLeaders(count: number) {
  const { organisation, child } = await createOrg();
  const organisationId = organisation.id;
  const round = await ownerDb().round.create({
    data: {
      organisationId,
      name: 'Travl morgen',
      opensAt: new Date(Date.now() - DAY),
      closesAt: new Date(Date.now() + 14 * DAY),
      status: 'OPEN',
      questionnaireVersion: currentQuestionnaire.version,
      groupIds: [child.id],
    },
  });
  const leaders = await ownerDb().leader.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({ organisationId, groupId: child.id, name: `Leder ${i}`, email: `leder.${i}.${organisationId.slice(0, 8)}@example.test` })),
  });
  const invitations = await ownerDb().invitation.createManyAndReturn({
    data: leaders.map((leader) => ({ organisationId, roundId: round.id, leaderId: leader.id, groupId: child.id, locale: 'da' as const })),
  });
  const links = [];
  for (const invitation of invitations) {
    const { url } = await personalLinkFor(ownerDb(), invitation);
    links.push({ token: url.split('/').pop()!, responseKey: responseKeyFor(invitation.id) });
  }
  return { organisationId, links };
}

function post(route: typeof saveRoute, token: string, body: unknown) {
  const request = new NextRequest(`http://t/api/r/${token}/answers`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return route(request, { params: Promise.resolve({ token }) });
}

/** Restarts the app's client and line with this pool size and limit (as a web worker would start with them). */
async function configure(poolSize: number, queueLimit: number) {
  vi.stubEnv('DATABASE_POOL_SIZE', String(poolSize));
  vi.stubEnv('SAVE_QUEUE_LIMIT', String(queueLimit));
  resetEnvCache();
  await disconnectDb();
  resetSaveTurns();
}

async function restoreDefaults() {
  vi.unstubAllEnvs();
  resetEnvCache();
  await disconnectDb();
  resetSaveTurns();
}

describe('a rush of saves', () => {
  beforeAll(() => configure(3, 500));
  afterAll(restoreDefaults);

  it('stores every save of a 300-request burst over 3 connections exactly once, with no 5xx, even while the round is held up', async () => {
    const { organisationId, links } = await roundWithLeaders(100);
    // The round row is held for six seconds as the burst arrives (as a close in progress would
    // hold it): the first saves wait on it with their connections, the rest wait their turn
    // longer than Prisma's maxWait or pg's connection timeout (5 s) would let them wait for a connection.
    const held = ownerDb().$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "Round" WHERE "organisationId" = ${organisationId}::uuid FOR UPDATE`;
        await new Promise((resolve) => setTimeout(resolve, 6_000));
      },
      { timeout: 15_000 },
    );
    // Each leader saves three times at once (two tabs and a retry), all 300 requests together.
    const requests = links.flatMap(({ token }) => [1, 2, 3].map((value) => post(saveRoute, token, { answers: fullAnswers({ strain: value, resource: value }) })));
    await held;
    const statuses = (await Promise.all(requests)).map((response) => response.status);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);

    const responses = await ownerDb().response.findMany({ where: { responseKey: { in: links.map((l) => l.responseKey) } }, include: { _count: { select: { answers: true } } } });
    // One response per leader, every save counted once in its revision, every answer there once.
    expect(responses).toHaveLength(100);
    expect(new Set(responses.map((r) => r.revision))).toEqual(new Set([3]));
    expect(new Set(responses.map((r) => r._count.answers))).toEqual(new Set([fullAnswers({ strain: 1, resource: 1 }).length]));
  });

  it('submits a burst of complete responses, each once', async () => {
    const { links } = await roundWithLeaders(60);
    for (const { token } of links) expect((await post(saveRoute, token, { answers: fullAnswers({ strain: 2, resource: 4 }) })).status).toBe(200);
    // Every leader submits twice at once (a double click).
    const statuses = (await Promise.all(links.flatMap(({ token }) => [post(submitRoute, token, {}), post(submitRoute, token, {})]))).map((r) => r.status);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    const submitted = await ownerDb().response.findMany({ where: { responseKey: { in: links.map((l) => l.responseKey) } } });
    expect(submitted.map((r) => r.status)).toEqual(links.map(() => 'SUBMITTED'));
  });
});

describe('a rush larger than the line', () => {
  beforeAll(() => configure(1, 5));
  afterAll(restoreDefaults);

  it('answers 503 with Retry-After at once past the line, never a failed transaction, and stores exactly what it acknowledged', async () => {
    const { links } = await roundWithLeaders(40);
    const answers = await Promise.all(links.map(async ({ token, responseKey }) => ({ responseKey, response: await post(saveRoute, token, { answers: fullAnswers({ strain: 3, resource: 3 }) }) })));
    const statuses = answers.map((a) => a.response.status);
    // One running and five waiting are served; of the rest, each is refused, not failed.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(6);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    const refused = answers.filter((a) => a.response.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const { response } of refused) {
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await response.json()).error.code).toBe('service_unavailable');
    }
    const stored = new Set((await ownerDb().response.findMany({ where: { responseKey: { in: links.map((l) => l.responseKey) } } })).map((r) => r.responseKey));
    expect(answers.filter((a) => a.response.status === 200).every((a) => stored.has(a.responseKey))).toBe(true);
    expect(refused.some((a) => stored.has(a.responseKey))).toBe(false);

    // Once the line has room again, the refused leaders' retries are saved.
    const retried = await Promise.all(
      refused.slice(0, 5).map(({ responseKey }) => post(saveRoute, links.find((l) => l.responseKey === responseKey)!.token, { answers: fullAnswers({ strain: 3, resource: 3 }) })),
    );
    expect(retried.map((r) => r.status)).toEqual(retried.map(() => 200));
  });
});

describe('the personal-link lookup on the save path', () => {
  it('finds a link by its hash alone and leaves a tenant transaction it runs in confined to its organisation', async () => {
    const { organisationId, links } = await roundWithLeaders(1);
    const other = await roundWithLeaders(1);
    const tokenHash = hashToken(links[0]!.token, 'invitation');
    const otherHash = hashToken(other.links[0]!.token, 'invitation');
    // Outside any transaction: the function's own statement is the whole transaction.
    expect(await db().$queryRaw<{ organisation_id: string }[]>`SELECT organisation_id FROM personal_link_for_answers(${tokenHash})`).toEqual([{ organisation_id: organisationId }]);
    // Inside another organisation's transaction it still finds the link, and afterwards that
    // transaction sees only its own organisation again.
    const seen = await tenantTransaction(other.organisationId, async (tx) => {
      const found = await tx.$queryRaw<{ organisation_id: string }[]>`SELECT organisation_id FROM personal_link_for_answers(${tokenHash})`;
      const organisations = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Organisation"`;
      const system = await tx.$queryRaw<{ value: string | null }[]>`SELECT current_setting('app.system', true) AS value`;
      return { found, organisations, system: system[0]!.value };
    });
    expect(seen.found).toEqual([{ organisation_id: organisationId }]);
    expect(seen.organisations).toEqual([{ id: other.organisationId }]);
    expect(seen.system ?? '').toBe('');
    expect(await db().$queryRaw`SELECT * FROM personal_link_for_answers(${otherHash.replace(/.$/, '0')})`).toEqual([]);
  });
});
