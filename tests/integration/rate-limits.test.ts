import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as listGroups } from '@/app/api/v1/groups/route';
import { POST as saveAnswers } from '@/app/api/r/[token]/answers/route';
import { currentQuestionnaire } from '@/content/questionnaires';
import { prepareAuthRequest } from '@/lib/edges/sign-in/auth-route';
import { ownerDb } from '@/tests/support/owner-db';
import { AppError } from '@/lib/platform/errors';
import { requestFreshLink } from '@/lib/domains/invitations/fresh-link';
import { personalLinkFor } from '@/lib/domains/invitations/links';
import { stopJobQueue } from '@/lib/platform/queue';
import { hitRateLimit } from '@/lib/platform/rate-limit/counter';
import { rateLimits } from '@/lib/platform/rate-limit/limits';
import { createApiOrg } from '../fixtures/api';
import { createRespondent } from '../fixtures/respondents';

afterAll(async () => {
  await stopJobQueue();
});

const noRoute = { params: Promise.resolve<Record<string, string>>({}) };

async function useUp(name: keyof typeof rateLimits, subject: string, n = rateLimits[name].limit) {
  for (let i = 0; i < n; i += 50) await Promise.all(Array.from({ length: Math.min(50, n - i) }, () => hitRateLimit(name, subject)));
}

function saveThroughLink(token: string, ip: string) {
  const body = JSON.stringify({ answers: [{ itemKey: currentQuestionnaire.items[0]!.key, value: 3 }] });
  const request = new NextRequest(`http://t/api/r/${token}/answers`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-forwarded-for': ip } });
  return saveAnswers(request, { params: Promise.resolve({ token }) });
}

describe('the rate-limit counter', () => {
  it('allows exactly the limit within a window, then says how long to wait', async () => {
    const { limit, windowSeconds } = rateLimits.freshLinkPerEmail;
    const states = [];
    for (let i = 0; i <= limit; i++) states.push(await hitRateLimit('freshLinkPerEmail', 'anna@example.test'));
    expect(states.map((s) => s.allowed)).toEqual([...Array(limit).fill(true), false]);
    expect(states.at(-1)!.retryAfterSeconds).toBeGreaterThan(windowSeconds - 10);
    expect(states.at(-1)!.retryAfterSeconds).toBeLessThanOrEqual(windowSeconds);
    // Another subject has its own count.
    expect((await hitRateLimit('freshLinkPerEmail', 'bo@example.test')).allowed).toBe(true);
  });

  it('counts concurrent requests exactly and starts a new window once the old one has run out', async () => {
    const { limit } = rateLimits.apiPerKey;
    const states = await Promise.all(Array.from({ length: limit + 5 }, () => hitRateLimit('apiPerKey', 'key-1')));
    expect(states.filter((s) => !s.allowed)).toHaveLength(5);
    await ownerDb().$executeRawUnsafe(`UPDATE "RateLimitCounter" SET "windowStartsAt" = "windowStartsAt" - interval '2 minutes'`);
    expect(await hitRateLimit('apiPerKey', 'key-1')).toEqual({ allowed: true, retryAfterSeconds: expect.any(Number) });
  });

  it('stores no e-mail or IP address in the clear', async () => {
    await hitRateLimit('signInMailPerEmail', 'secret.person@example.test');
    await hitRateLimit('signInMailPerIp', '192.0.2.77');
    const keys = (await ownerDb().rateLimitCounter.findMany()).map((c) => c.key).join(' ');
    expect(keys).not.toContain('secret.person');
    expect(keys).not.toContain('192.0.2.77');
  });
});

describe('the public API', () => {
  it('answers 429 with Retry-After in the error shape once a key has used its minute, and other keys go on', async () => {
    const busy = await createApiOrg();
    const calm = await createApiOrg();
    await useUp('apiPerKey', busy.apiKeyId);
    const refused = await listGroups(new NextRequest('http://t/api/v1/groups', { headers: busy.headers }), noRoute);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await refused.json()).error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/Try again in \d+ seconds/) });
    expect((await listGroups(new NextRequest('http://t/api/v1/groups', { headers: calm.headers }), noRoute)).status).toBe(200);
  });

  it('limits a caller address even when every key it tries is wrong', async () => {
    await useUp('apiPerIp', '198.51.100.20');
    const headers = { authorization: 'Bearer lt_wrong', 'x-forwarded-for': '198.51.100.20' };
    expect((await listGroups(new NextRequest('http://t/api/v1/groups', { headers }), noRoute)).status).toBe(429);
    expect((await listGroups(new NextRequest('http://t/api/v1/groups', { headers: { ...headers, 'x-forwarded-for': '198.51.100.21' } }), noRoute)).status).toBe(401);
  });
});

describe('personal links', () => {
  it('refuses a caller who keeps presenting unknown links, and never holds back or counts known links', async () => {
    const respondent = await createRespondent();
    const { url } = await personalLinkFor(ownerDb(), respondent.invitation);
    const token = url.split('/').pop()!;
    // Known links from a busy address are never held back.
    for (let i = 0; i < rateLimits.failedTokenLookupsPerIp.limit + 5; i++) expect((await saveThroughLink(token, '203.0.113.50')).status).toBe(200);

    for (let i = 0; i < rateLimits.failedTokenLookupsPerIp.limit; i++) expect((await saveThroughLink(`guess${i}`.padEnd(43, 'x'), '203.0.113.51')).status).toBe(404);
    const refused = await saveThroughLink('one-more-guess'.padEnd(43, 'x'), '203.0.113.51');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(refused.headers.get('referrer-policy')).toBe('no-referrer');
    // Another caller's guesses are still simply "not valid"; a real link works for everyone.
    expect((await saveThroughLink('guess-elsewhere'.padEnd(43, 'x'), '203.0.113.52')).status).toBe(404);
    expect((await saveThroughLink(token, '203.0.113.51')).status).toBe(200);
  });
});

describe('link requests and sign-in mails', () => {
  it('refuses a fourth fresh-link request for one address within the hour, known or not, in words with the wait', async () => {
    for (let i = 0; i < rateLimits.freshLinkPerEmail.limit; i++) await requestFreshLink('nobody@example.test');
    const refused = await requestFreshLink('nobody@example.test').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'rate_limited', messageKey: 'rateLimit.retryAfter', retryAfterSeconds: expect.any(Number) });
    await expect(requestFreshLink('somebody.else@example.test')).resolves.toBeUndefined();
  });

  it('answers the sixth sign-in mail for one address in a quarter of an hour with 429 that next-auth reads as RateLimited', async () => {
    const ask = async (email: string, ip = '192.0.2.10') => {
      const prepared = await prepareAuthRequest(
        new NextRequest('http://t/api/auth/signin/email', { method: 'POST', body: new URLSearchParams({ email, csrfToken: 'x', json: 'true' }), headers: { 'x-forwarded-for': ip } }),
        ['signin', 'email'],
      );
      return 'refused' in prepared ? prepared.refused : null;
    };
    // Every spelling of the one address counts against it: the address next-auth will mail.
    for (const spelling of ['Hr@Example.test', ' hr@example.test', 'HR@EXAMPLE.TEST\t', 'hr@example.test', 'hr@Example.Test']) expect(await ask(spelling)).toBeNull();
    const refused = await ask('hr@example.test', '192.0.2.11');
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(new URL(((await refused!.json()) as { url: string }).url).searchParams.get('error')).toBe('RateLimited');
    // A spelling that is more than one plain address is refused outright, never counted as another address.
    const invalid = await ask('hr@example.test,1', '192.0.2.12');
    expect(invalid?.status).toBe(400);
    expect(new URL(((await invalid!.json()) as { url: string }).url).searchParams.get('error')).toBe('InvalidEmail');
    expect(await ask('other@example.test', '192.0.2.11')).toBeNull();
    // Only the e-mail sign-in is limited here; the other next-auth routes pass straight through.
    expect('request' in (await prepareAuthRequest(new NextRequest('http://t/api/auth/csrf'), ['csrf']))).toBe(true);
  });
});
