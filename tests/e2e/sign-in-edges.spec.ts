import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { e2eBaseUrl, e2eServerEnv } from './support/e2e-env';
import { createSession } from './support/fixtures';
import { allMails, linksIn, waitForMail } from './support/mailbox';
import { freePort } from '../support/free-port';

/**
 * The edges of signing in, through the running server: where a magic link may lead, what a
 * sign-up may attach to whom, how an address is counted, what a stale cookie does, which
 * cookies are Secure, and next-auth's routes under hostile callback URLs, bodies and cookies.
 * Every request speaks from an address of its own (X-Forwarded-For, as the documented proxy
 * appends it), so the per-caller limits these tests meet hold back no other test.
 */
const host = new URL(e2eBaseUrl).host;
const orgList = `${e2eBaseUrl}/orgs`;

let lastOctet = 0;
/** A caller address of its own from TEST-NET-2, for the tests that count. */
const nextIp = () => `198.51.100.${(lastOctet = (lastOctet % 250) + 1)}`;
/** An address per request from the benchmarking range, for the fuzzing that must not be limited. */
const randomIp = () => `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

async function client(ip = nextIp()): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: e2eBaseUrl, maxRedirects: 0, extraHTTPHeaders: { 'x-forwarded-for': ip } });
}

/** A member of an organisation of their own, with a live session (whose cookie the test may use or throw away). */
async function member(label: string) {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const suffix = randomBytes(4).toString('hex');
  const organisation = await ownerDb().organisation.create({ data: { name: `Kanten Kommune ${suffix}`, slug: `kanten-${suffix}` } });
  const session = await createSession(organisation.id, 'HR_ADMIN', { email: `${label}.${suffix}@kanten.example` });
  return { organisation, email: session.user.email, userId: session.user.id, sessionToken: session.sessionToken };
}

/** What the browser's next-auth client does: a CSRF token, then the e-mail form (json=true). */
async function askForLink(api: APIRequestContext, form: Record<string, string>): Promise<APIResponse> {
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  return api.post('/api/auth/signin/email', { form: { csrfToken, callbackUrl: '/orgs', json: 'true', ...form } });
}

function signInLink(mail: { text: string }): string {
  const link = linksIn(mail).find((l) => l.includes('/api/auth/callback/email'));
  if (!link) throw new Error(`No sign-in link in:\n${mail.text}`);
  return link;
}

function setCookies(response: APIResponse): { name: string; value: string; attributes: string[] }[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => {
      const [pair, ...attributes] = h.value.split(';').map((part) => part.trim());
      const index = pair!.indexOf('=');
      return { name: pair!.slice(0, index), value: decodeURIComponent(pair!.slice(index + 1)), attributes: attributes.map((a) => a.toLowerCase()) };
    });
}

test.describe('the sign-in form before its JavaScript runs', () => {
  test.describe('with JavaScript turned off', () => {
    test.use({ javaScriptEnabled: false });

    test('pressing Enter mails the link and shows "check your inbox"', async ({ page }) => {
      const { email } = await member('no-js');
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': nextIp() });
      await page.goto('/sign-in');
      const after = new Date();
      await page.getByLabel('E-mailadresse').fill(email);
      await page.getByLabel('E-mailadresse').press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeVisible();
      await expect(page.getByText(`Vi har sendt et login-link til ${email}.`)).toBeVisible();
      const link = new URL(signInLink(await waitForMail(email, { after })));
      expect(new URL(link.searchParams.get('callbackUrl')!).pathname).toBe('/orgs');
    });

    test('an address that is not one is answered at the field, and nothing is mailed', async ({ page }) => {
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': nextIp() });
      await page.goto('/sign-in');
      const after = new Date();
      await page.getByLabel('E-mailadresse').fill('not-an-address');
      await page.getByRole('button', { name: 'Send mig et login-link' }).click();
      await expect(page.getByLabel('E-mailadresse')).toHaveAccessibleDescription(/Skriv en gyldig e-mailadresse/);
      await expect(page.getByLabel('E-mailadresse')).toHaveValue('not-an-address');
      expect((await allMails()).filter((m) => new Date(m.receivedAt) > after && m.to.includes('not-an-address'))).toEqual([]);
    });
  });

  test('Enter pressed as soon as the page has arrived, before it is interactive, still sends the link', async ({ page }) => {
    const { email } = await member('early');
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': nextIp() });
    // Hold the page's scripts back, so the form is certainly met before hydration.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/sign-in', { waitUntil: 'commit' });
    const after = new Date();
    await page.getByLabel('E-mailadresse').fill(email);
    await page.getByLabel('E-mailadresse').press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeVisible();
    release();
    await waitForMail(email, { after });
  });
});

test.describe('where a magic link leads', () => {
  // Our host as userinfo, our host as the start of a longer one, protocol-relative, backslashed, plainly elsewhere.
  const offSite = [`http://${host}@evil.example/x`, `http://${host}.evil.example/x`, '//evil.example/x', '/\\evil.example/x', 'https://evil.example/x'];

  test('the mailed link lands on this site whatever callbackUrl the request for it carried', async () => {
    for (const callbackUrl of offSite) {
      const { email } = await member('redirect');
      const api = await client();
      const after = new Date();
      const asked = await askForLink(api, { email, callbackUrl });
      expect(asked.status(), callbackUrl).toBe(200);
      const link = signInLink(await waitForMail(email, { after }));
      expect(new URL(new URL(link).searchParams.get('callbackUrl')!).origin, callbackUrl).toBe(e2eBaseUrl);
      const opened = await api.get(link);
      expect(opened.status(), callbackUrl).toBe(302);
      expect(opened.headers().location, callbackUrl).toBe(orgList);
      await api.dispose();
    }
  });

  test('a genuine link whose callbackUrl was changed on the way still lands on this site', async () => {
    const { email } = await member('tampered');
    const api = await client();
    const after = new Date();
    expect((await askForLink(api, { email, callbackUrl: '/orgs' })).status()).toBe(200);
    const link = new URL(signInLink(await waitForMail(email, { after })));
    link.searchParams.set('callbackUrl', `http://${host}@evil.example/x`);
    const opened = await api.get(link.toString());
    expect(opened.status()).toBe(302);
    expect(opened.headers().location).toBe(orgList);
    await api.dispose();
  });

  test("next-auth's sign-in route remembers only a page on this site, in its redirect and in its cookie", async () => {
    for (const callbackUrl of offSite) {
      const api = await client();
      const response = await api.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      expect(response.status(), callbackUrl).toBe(302);
      const location = new URL(response.headers().location!, e2eBaseUrl);
      expect(location.pathname, callbackUrl).toBe('/sign-in');
      expect(location.searchParams.get('callbackUrl'), callbackUrl).toBe(orgList);
      const remembered = setCookies(response).find((c) => c.name === 'next-auth.callback-url');
      expect(remembered?.value, callbackUrl).toBe(orgList);
      await api.dispose();
    }
  });

  test('signed in, the sign-in page sends a hostile or unusual callbackUrl to a page on this site', async () => {
    const { sessionToken } = await member('signed-in');
    const api = await client();
    const cookie = `next-auth.session-token=${sessionToken}`;
    const expected: [string, string][] = [
      ['/%E3%80%82x', '/%E3%80%82x'],
      ['/\u3002x', '/%E3%80%82x'],
      [`http://${host}@evil.example/x`, '/orgs'],
      [`http://${host}.evil.example/x`, '/orgs'],
      ['//evil.example', '/orgs'],
      ['/%2F%2Fevil.example', '/orgs'],
      ['/%', '/orgs'],
      ['javascript:alert(1)', '/orgs'],
      [`${e2eBaseUrl}/orgs?x=1`, '/orgs?x=1'],
    ];
    for (const [callbackUrl, location] of expected) {
      const response = await api.get(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`, { headers: { cookie } });
      expect(response.status(), callbackUrl).toBe(307);
      expect(response.headers().location, callbackUrl).toBe(location);
    }
    await api.dispose();
  });
});

test.describe('signing up', () => {
  const hostileName = 'IT-support – ring 12345678';

  test("signing up with someone else's address attaches nothing to their account; only the link in their inbox creates the organisation", async ({ page, browser }) => {
    const { ownerDb } = await import('@/tests/support/owner-db');
    const victim = await member('victim');
    const organisationName = `${hostileName} ${randomBytes(3).toString('hex')}`;
    const count = () => ownerDb().organisation.count({ where: { name: organisationName } });

    await page.setExtraHTTPHeaders({ 'x-forwarded-for': nextIp() });
    await page.goto('/sign-up');
    await page.getByLabel('Organisationens navn').fill(organisationName);
    await page.getByLabel('Dit navn').fill('Mallory');
    await page.getByLabel('Din arbejdsmail').fill(victim.email);
    const after = new Date();
    await page.getByRole('button', { name: 'Opret organisation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeVisible();

    // Nothing exists yet: not the organisation, not a membership, not an audit entry naming the victim.
    expect(await count()).toBe(0);
    expect(await ownerDb().membership.count({ where: { userId: victim.userId } })).toBe(1);
    expect(await ownerDb().user.findUniqueOrThrow({ where: { id: victim.userId } })).toMatchObject({ name: 'HR_ADMIN' });
    expect(await ownerDb().auditLogEntry.count({ where: { actorUserId: victim.userId, action: { in: ['organisation.created', 'auth.sign-up'] } } })).toBe(0);

    // Knowing the completion address is not enough: without the link's session it asks for a sign-in, and creates nothing.
    const [pending] = await ownerDb().$queryRawUnsafe<{ id: string }[]>(`SELECT "id"::text AS id FROM "PendingSignUp" WHERE "email" = $1`, victim.email);
    const anonymous = await client();
    const completion = await anonymous.get(`/sign-up/complete?id=${pending!.id}`);
    expect(completion.status()).toBe(303);
    expect(completion.headers().location).toBe(`/sign-in?${new URLSearchParams({ callbackUrl: `/sign-up/complete?id=${pending!.id}` })}`);
    await anonymous.dispose();
    expect(await count()).toBe(0);

    // The owner of the address opens the link in their own browser: that proves it, and only then the organisation exists.
    const link = signInLink(await waitForMail(victim.email, { after }));
    const theirs = await browser.newContext();
    const theirPage = await theirs.newPage();
    await theirPage.goto(link);
    await expect(theirPage.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
    expect(await count()).toBe(1);
    const created = await ownerDb().organisation.findFirstOrThrow({ where: { name: organisationName } });
    const entries = await ownerDb().auditLogEntry.findMany({ where: { organisationId: created.id }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => e.action).sort()).toEqual(['auth.sign-up', 'organisation.created']);
    for (const entry of entries) expect(entry.actorUserId).toBe(victim.userId);
    // An existing account keeps its own name: the sign-up's "Mallory" is not written over it.
    expect(await ownerDb().user.findUniqueOrThrow({ where: { id: victim.userId } })).toMatchObject({ name: 'HR_ADMIN' });

    // Reloading the page the link led to, or opening the completion again, creates nothing more.
    await theirPage.reload();
    await expect(theirPage.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
    expect(await count()).toBe(1);
    await theirs.close();
  });

  test('a sign-up whose time ran out creates nothing when its link is opened, and is cleaned up', async ({ page }) => {
    const { ownerDb } = await import('@/tests/support/owner-db');
    const email = `late.${randomBytes(3).toString('hex')}@kanten.example`;
    const organisationName = `Sen Kommune ${randomBytes(3).toString('hex')}`;
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': nextIp() });
    await page.goto('/sign-up');
    await page.getByLabel('Organisationens navn').fill(organisationName);
    await page.getByLabel('Dit navn').fill('Lise Sen');
    await page.getByLabel('Din arbejdsmail').fill(email);
    const after = new Date();
    await page.getByRole('button', { name: 'Opret organisation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeVisible();
    const link = signInLink(await waitForMail(email, { after }));

    await ownerDb().$executeRawUnsafe(`UPDATE "PendingSignUp" SET "expiresAt" = now() - interval '1 minute' WHERE "email" = $1`, email);
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Opret din organisation' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Tilmeldingen er udløbet' })).toBeVisible();
    expect(await ownerDb().organisation.count({ where: { name: organisationName } })).toBe(0);
    expect(await ownerDb().$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "PendingSignUp" WHERE "email" = $1`, email)).toHaveLength(0);
  });
});

test.describe('one address, one count', () => {
  test('however an address is spelled, it gets at most five links a quarter of an hour, all to the one address counted', async () => {
    const email = `med.${randomBytes(3).toString('hex')}@kanten.example`;
    const after = new Date();
    // Spellings that all mean the one address share its count…
    for (const spelling of [email, email.toUpperCase(), ` ${email}`, `${email}\t`, `${email[0]!.toUpperCase()}${email.slice(1)}`]) {
      const api = await client();
      expect((await askForLink(api, { email: spelling })).status(), JSON.stringify(spelling)).toBe(200);
      await api.dispose();
    }
    // …and once it is used up, no other spelling gets a sixth link through: refused, or counted as the same address.
    const fullWidth = email.replace(/[a-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    for (const spelling of [` ${email.toUpperCase()} `, `${email},1`, `${email},${email}`, fullWidth, `${email}.`]) {
      const api = await client();
      const status = (await askForLink(api, { email: spelling })).status();
      expect([400, 429], JSON.stringify(spelling)).toContain(status);
      await api.dispose();
    }
    await waitForMail(email, { after });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mails = (await allMails()).filter((m) => new Date(m.receivedAt) > after && m.to.includes(email.split('@')[0]!.slice(4)));
    expect(mails.map((m) => m.to)).toEqual(Array(5).fill(email));
  });

  test('an address that is not one plain address is refused with a clear error, and nothing is mailed', async ({ page }) => {
    const email = `amo.${randomBytes(3).toString('hex')}@kanten.example`;
    const after = new Date();
    for (const spelling of [`${email},1`, `${email},evil@evil.example`, `${email} evil@evil.example`, `"${email}"`, `${email.replace('@', '@@')}`, `${email}>`, `Mette <${email}>`]) {
      const api = await client();
      const refused = await askForLink(api, { email: spelling });
      expect(refused.status(), spelling).toBe(400);
      expect(new URL(((await refused.json()) as { url: string }).url).searchParams.get('error'), spelling).toBe('InvalidEmail');
      await api.dispose();
    }

    await page.setExtraHTTPHeaders({ 'x-forwarded-for': nextIp() });
    await page.goto('/sign-in');
    await page.getByLabel('E-mailadresse').fill(`${email},1`);
    await page.getByRole('button', { name: 'Send mig et login-link' }).click();
    await expect(page.getByLabel('E-mailadresse')).toHaveAccessibleDescription(/Skriv en gyldig e-mailadresse/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeHidden();

    await new Promise((resolve) => setTimeout(resolve, 500));
    const mails = (await allMails()).filter((m) => new Date(m.receivedAt) > after && (m.to.includes(email) || m.to.includes('evil.example')));
    expect(mails).toEqual([]);
  });
});

test('a session cookie the server no longer knows neither spoils a genuine link nor is needed by it', async () => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const { email, userId, sessionToken } = await member('stale');
  // What someone has after their organisation was deleted: a cookie for a session that is gone.
  await ownerDb().session.deleteMany({ where: { sessionToken } });
  const api = await client();
  const after = new Date();
  expect((await askForLink(api, { email, callbackUrl: '/orgs' })).status()).toBe(200);
  const link = signInLink(await waitForMail(email, { after }));
  const opened = await api.get(link, { headers: { cookie: `next-auth.session-token=${sessionToken}` } });
  expect(opened.status()).toBe(302);
  expect(opened.headers().location).toBe(orgList);
  const session = setCookies(opened).find((c) => c.name === 'next-auth.session-token');
  expect(session?.value).toMatch(/.{20,}/);
  expect(await ownerDb().session.count({ where: { userId, sessionToken: session!.value } })).toBe(1);
  await api.dispose();
});

test.describe('next-auth under hostile input', () => {
  const hostile = [
    `http://${host}@evil.example/x`,
    `http://${host}.evil.example/x`,
    'https://app.example.dk.evil.com/x',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'http:evil',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '%2F%2Fevil.example',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    '/%E3%80%82x',
    '/\u3002x',
    '/%',
    '/%E0%A4%A',
    '/\r\nSet-Cookie: x=y',
    '\u0000',
    ' /orgs',
    'http://[::1',
    'http://',
    '?',
    '#',
    '/sign-in?callbackUrl=//evil.example',
    `/${'x'.repeat(6000)}`,
    '💥'.repeat(50),
  ];
  /** Query values that are not UTF-8 once decoded: a lone surrogate, an overlong slash, a stray byte. */
  const undecodable = ['%ED%A0%80', '%C0%AF', '%FF', '/%C0%AF%C0%AFevil.example'];

  const decodeURIComponentOr = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };

  type Probe = { what: string; method: 'GET' | 'POST'; path: string; cookies?: Record<string, string>; form?: Record<string, string>; json?: string };

  test("no hostile callback URL, body or cookie makes next-auth's routes or the sign-in pages answer 5xx", async () => {
    test.setTimeout(300_000);
    const csrf = await client(randomIp());
    const csrfResponse = await csrf.get('/api/auth/csrf');
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
    const csrfCookie = setCookies(csrfResponse).find((c) => c.name === 'next-auth.csrf-token')!.value;
    await csrf.dispose();
    const { sessionToken } = await member('fuzz');

    const getRoutes = ['session', 'csrf', 'providers', 'signin', 'signin/email', 'signout', 'callback/email', 'verify-request', 'error', 'nonsense'].map((r) => `/api/auth/${r}`);
    const postRoutes = ['signin/email', 'signout', 'callback/email', 'session', '_log', 'nonsense'].map((r) => `/api/auth/${r}`);
    const pages = ['/sign-in', '/sign-in/check-email', '/sign-up', '/sign-up/complete'];
    const probes: Probe[] = [];
    for (const [value, q] of [...hostile.map((v) => [v, encodeURIComponent(v)]), ...undecodable.map((q) => [decodeURIComponentOr(q), q])] as [string, string][]) {
      for (const path of [...getRoutes, ...pages]) {
        probes.push({ what: 'query callbackUrl', method: 'GET', path: `${path}?callbackUrl=${q}` });
        probes.push({ what: 'query callbackUrl, signed in', method: 'GET', path: `${path}?callbackUrl=${q}`, cookies: { 'next-auth.session-token': sessionToken } });
        probes.push({ what: 'callback-url cookie', method: 'GET', path, cookies: { 'next-auth.callback-url': value } });
        probes.push({ what: 'session cookie', method: 'GET', path, cookies: { 'next-auth.session-token': value } });
        probes.push({ what: 'csrf cookie', method: 'GET', path, cookies: { 'next-auth.csrf-token': value } });
      }
      probes.push({ what: 'error', method: 'GET', path: `/api/auth/error?error=${q}` });
      // A path segment that is not UTF-8 once decoded is answered 500 by Next itself, before any
      // route runs, for every dynamic route (vercel/next.js#92527): query and body only, for those.
      if (!undecodable.includes(q)) {
        probes.push({ what: 'error in the path', method: 'GET', path: `/api/auth/error/${q}` });
        probes.push({ what: 'provider in the path', method: 'GET', path: `/api/auth/signin/${q}` });
      }
      probes.push({ what: 'token and email', method: 'GET', path: `/api/auth/callback/email?token=${q}&email=${q}&callbackUrl=${q}` });
      probes.push({ what: 'id', method: 'GET', path: `/sign-up/complete?id=${q}`, cookies: { 'next-auth.session-token': sessionToken } });
      const valid = { csrfToken, json: 'true' };
      const cookies = { 'next-auth.csrf-token': csrfCookie };
      for (const path of postRoutes) {
        probes.push({ what: 'body callbackUrl', method: 'POST', path, cookies, form: { ...valid, email: 'fuzz@kanten.example', callbackUrl: value } });
        probes.push({ what: 'body email', method: 'POST', path, cookies, form: { ...valid, email: value, callbackUrl: '/orgs' } });
        probes.push({ what: 'body csrfToken', method: 'POST', path, cookies, form: { json: 'true', csrfToken: value, email: 'fuzz@kanten.example' } });
        probes.push({ what: 'query callbackUrl', method: 'POST', path: `${path}?callbackUrl=${q}`, cookies, form: { ...valid, email: 'fuzz@kanten.example' } });
        probes.push({ what: 'callback-url cookie', method: 'POST', path, cookies: { ...cookies, 'next-auth.callback-url': value }, form: { ...valid, email: 'fuzz@kanten.example' } });
        probes.push({ what: 'JSON body', method: 'POST', path, cookies, json: JSON.stringify({ ...valid, email: value, callbackUrl: value }) });
      }
    }
    for (const path of postRoutes) {
      for (const json of [
        '{',
        '[]',
        'null',
        '"x"',
        '{"email":["a@kanten.example"]}',
        '{"email":{"x":1},"callbackUrl":{"y":2}}',
        '{"email":1,"csrfToken":[],"callbackUrl":null}',
        `{"email":"${'a'.repeat(100_000)}@x.dk"}`,
        '{"__proto__":{"x":1}}',
      ]) {
        probes.push({ what: `JSON body ${json.slice(0, 40)}`, method: 'POST', path, cookies: { 'next-auth.csrf-token': csrfCookie }, json });
      }
      probes.push({ what: 'no body', method: 'POST', path });
      probes.push({
        what: 'repeated fields',
        method: 'POST',
        path: `${path}?callbackUrl=/a&callbackUrl=//evil.example`,
        cookies: { 'next-auth.csrf-token': csrfCookie },
        form: { csrfToken, email: 'fuzz@kanten.example' },
      });
    }

    const api = await playwrightRequest.newContext({ baseURL: e2eBaseUrl, maxRedirects: 0 });
    const failures: string[] = [];
    let next = 0;
    async function worker() {
      for (let i = next++; i < probes.length; i = next++) {
        const probe = probes[i]!;
        const cookie = Object.entries(probe.cookies ?? {})
          .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
          .join('; ');
        const headers: Record<string, string> = { 'x-forwarded-for': randomIp(), ...(cookie ? { cookie } : {}) };
        if (probe.json !== undefined) headers['content-type'] = 'application/json';
        const response = await api.fetch(probe.path, {
          method: probe.method,
          headers,
          ...(probe.form ? { form: probe.form } : probe.json !== undefined ? { data: probe.json } : {}),
          failOnStatusCode: false,
        });
        if (response.status() >= 500) failures.push(`${response.status()} ${probe.method} ${probe.path.slice(0, 120)} (${probe.what})`);
        await response.dispose();
      }
    }
    await Promise.all(Array.from({ length: 6 }, worker));
    await api.dispose();
    console.log(`${probes.length} hostile requests to next-auth's routes and the sign-in pages, ${failures.length} answered 5xx`);
    expect(failures).toEqual([]);
  });
});

test.describe('behind a TLS-terminating proxy', () => {
  let server: ChildProcess | undefined;
  let base = '';
  const publicUrl = 'https://ledertrivsel.test';

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    // A second production server on the same build and database, told that its public address is https.
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, ...e2eServerEnv, APP_URL: publicUrl, SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2526}` };
    delete env.NEXTAUTH_URL;
    server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', env });
    for (const deadline = Date.now() + 60_000; ;) {
      const up = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error('The https-configured server did not start.');
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  });

  test.afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  });

  test("with an https APP_URL the sign-in form's action still mails the link: next-auth's Secure CSRF cookie is met in the server", async ({ browser }) => {
    const { email } = await member('https-form');
    const context = await browser.newContext({ baseURL: base, javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': nextIp() } });
    const page = await context.newPage();
    await page.goto('/sign-in');
    const after = new Date();
    await page.getByLabel('E-mailadresse').fill(email);
    await page.getByLabel('E-mailadresse').press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeVisible();
    expect(new URL(signInLink(await waitForMail(email, { after }))).origin).toBe(publicUrl);
    await context.close();
  });

  test('with an https APP_URL the CSRF, callback and session cookies are Secure (and HttpOnly, SameSite=Lax), whatever the proxy says of the scheme', async () => {
    // What the proxy adds: the client's address appended to X-Forwarded-For and, if configured, the
    // scheme it was reached by. next-auth takes its origin from APP_URL, not from these headers.
    for (const proxyHeaders of [{ 'x-forwarded-proto': 'https' }, {}, { 'x-forwarded-proto': 'http' }] as Record<string, string>[]) {
      const what = JSON.stringify(proxyHeaders);
      const { email } = await member('https');
      const api = await playwrightRequest.newContext({ baseURL: base, maxRedirects: 0, extraHTTPHeaders: { 'x-forwarded-for': nextIp(), ...proxyHeaders } });
      const csrfResponse = await api.get('/api/auth/csrf');
      const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
      const after = new Date();
      const asked = await api.post('/api/auth/signin/email', { form: { email, csrfToken, callbackUrl: '/orgs', json: 'true' } });
      expect(asked.status(), what).toBe(200);
      const link = new URL(signInLink(await waitForMail(email, { after })));
      expect(link.origin, what).toBe(publicUrl);
      const opened = await api.get(`${link.pathname}${link.search}`);
      expect(opened.status(), what).toBe(302);
      expect(opened.headers().location, what).toBe(`${publicUrl}/orgs`);

      const cookies = [...setCookies(csrfResponse), ...setCookies(opened)];
      const byName = (name: string) => cookies.find((c) => c.name === name);
      for (const name of ['__Host-next-auth.csrf-token', '__Secure-next-auth.callback-url', '__Secure-next-auth.session-token']) {
        const cookie = byName(name);
        expect(cookie, `${what}: ${name} in ${cookies.map((c) => c.name).join(', ')}`).toBeDefined();
        expect(cookie!.attributes, `${what}: ${name}`).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax']));
      }
      expect(
        cookies.filter((c) => !c.attributes.includes('secure')).map((c) => c.name),
        what,
      ).toEqual([]);

      // And the server reads its own Secure session cookie back: the organisation list knows who this is.
      const session = byName('__Secure-next-auth.session-token')!.value;
      const orgs = await api.get('/orgs', { headers: { cookie: `__Secure-next-auth.session-token=${session}` } });
      expect(orgs.status(), what).toBe(307);
      expect(orgs.headers().location, what).toMatch(/^\/kanten-/);
      await api.dispose();
    }
  });
});
