import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { e2eBaseUrl } from './support/e2e-env';
import { createSession, openInvitation } from './support/fixtures';

/**
 * The edges an attacker reaches without a page: Next's image optimiser, server actions called by
 * hand (their ids are in every page's JavaScript) and the headers of the JSON APIs. Every answer
 * is a 4xx, a redirect or a clean result — never a 5xx — and nothing is written.
 */

interface ServerAction {
  id: string;
  name: string;
  /** A page whose module graph holds the action, with its dynamic segments filled in. */
  path: string;
}

const NIL = '00000000-0000-4000-8000-000000000000';

/** Every server action of the build: what an attacker collects from the pages' JavaScript. */
function serverActions(slug: string): ServerAction[] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => {
    const page = Object.keys(action.workers)[0]!;
    const path = page
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace(/\/\([^)]+\)/g, '')
      .replace('[orgSlug]', slug)
      .replace(/\[[^\]]+\]/g, NIL);
    return { id, name: action.exportedName, path: path || '/' };
  });
}

function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const boundary = `----hostile${randomBytes(8).toString('hex')}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

type Body = { label: string; body: string | Buffer; contentType: string };

/** What React's client sends for `action(...args, form)`: the form's fields, then the arguments naming them. */
function formCall(args: unknown[], form: [string, string][]): Body {
  const { body, contentType } = multipart([...form.map(([k, v]): [string, string] => [`_1_${k}`, v]), ['0', JSON.stringify([...args, '$K1'])]]);
  return { label: `form call ${JSON.stringify(args)}`, body, contentType };
}

/** Argument lists and bodies no page sends: wrong shapes, wrong types, broken encodings. */
function hostileActionBodies(slug: string): Body[] {
  const text = (label: string, body: string): Body => ({ label, body, contentType: 'text/plain;charset=UTF-8' });
  const argumentLists: unknown[][] = [
    [],
    [null],
    ['x'],
    [slug, null, 'locale=en'],
    [slug, null, { locale: 'en' }],
    [slug, null, []],
    [slug, NIL, null, 42],
    [{}, {}, {}, {}],
    [[slug], ['x'], [null]],
    [slug, NIL, NIL, null, true],
  ];
  const bodies: Body[] = [
    ...argumentLists.map((args) => text(`arguments ${JSON.stringify(args)}`, JSON.stringify(args))),
    text('a JSON string', '"hello"'),
    text('plain text', 'hello'),
    text('a JSON object', '{"locale":"en"}'),
    text('a number', '5'),
    text('JSON null', 'null'),
    text('truncated JSON', '["Direk'),
    text('an empty body', ''),
    text('nested 5,000 deep', `${'['.repeat(5000)}${']'.repeat(5000)}`),
    text('an array too large for the decoder', JSON.stringify([['x'.repeat(1_100_000), 'y']])),
    text('a 3 MB body', JSON.stringify(['x'.repeat(3 * 1024 * 1024)])),
    // React's own wire format, pointing at parts the body does not have or cannot decode.
    ...['$@1', '$h1', '$F1', '$Q1', '$W1', '$K1', '$B1', '$i1', '$R1', '$1', '$1:a:b', '$0:nope', '$0:__proto__', '$', '$T', '$D', '$n12x', '$n', '$Infinity', '$undefined'].map((ref) =>
      text(`reference ${ref}`, JSON.stringify([slug, null, ref])),
    ),
    formCall([{ slug }, null], [['name', 'Fremmed']]),
    formCall([slug, NIL, NIL, null], [['confirm', 'yes']]),
    formCall([], [['locale', 'en']]),
  ];
  for (const fields of [
    [['foo', 'bar']],
    [['0', 'not json']],
    [['0', '"a string"']],
    [['0', '{"a":1}']],
    [
      ['0', '["$Q1"]'],
      ['1', 'garbage'],
    ],
    [
      ['0', '["$@1"]'],
      ['1', '{'],
    ],
  ] as [string, string][][]) {
    const { body, contentType } = multipart(fields);
    bodies.push({ label: `form ${JSON.stringify(fields).slice(0, 60)}`, body, contentType });
  }
  bodies.push({ label: 'a broken form', body: '--xx\r\nContent-Disposition: form-data; name="0"\r\n\r\n["x"]', contentType: 'multipart/form-data; boundary=xx' });
  bodies.push({ label: 'a form without a boundary', body: 'garbage', contentType: 'multipart/form-data' });
  return bodies;
}

/** Forms posted without JavaScript name the action in a field instead of a header. */
function hostileFormPosts(action: ServerAction, slug: string): Body[] {
  const descriptor = JSON.stringify({ id: action.id, bound: '$@1' });
  const posts: [string, string][][] = [
    [
      [`$ACTION_ID_${action.id}`, ''],
      ['locale', 'en'],
      ['name', 'Fremmed'],
    ],
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', descriptor],
      ['$ACTION_1:1', JSON.stringify([slug])],
      ['name', 'Fremmed'],
    ],
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', descriptor],
      ['$ACTION_1:1', 'garbage'],
    ],
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', descriptor],
      ['$ACTION_1:1', '"not a list"'],
    ],
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', descriptor],
      ['$ACTION_1:1', '["$Q2"]'],
    ],
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', descriptor],
    ],
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', JSON.stringify({ id: action.id, bound: '$T' })],
    ],
    [
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', JSON.stringify({ id: action.id, bound: null })],
      ['$ACTION_KEY', 'k0'],
    ],
  ];
  return posts.map((fields) => ({ label: `no-JavaScript post ${JSON.stringify(fields.map(([k]) => k))}`, ...multipart(fields) }));
}

async function post(request: APIRequestContext, path: string, body: Body, headers: Record<string, string>): Promise<APIResponse> {
  return request.fetch(path, { method: 'POST', headers: { 'content-type': body.contentType, ...headers }, data: body.body, failOnStatusCode: false, maxRedirects: 0 });
}

async function expectNo5xx(response: APIResponse, label: string) {
  const text = (await response.text()).slice(0, 300);
  expect(response.status(), `${label}: ${text}`).toBeLessThan(500);
}

async function expectErrorShape(response: APIResponse, status: number, code: string, label: string) {
  expect(response.status(), label).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code, label).toBe(code);
  expect(typeof body.error.message).toBe('string');
}

let world: Awaited<ReturnType<typeof createWorld>>;

async function createWorld() {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const suffix = randomBytes(3).toString('hex');
  const organisation = await ownerDb().organisation.create({ data: { name: `Kanten Kommune ${suffix}`, slug: `kanten-${suffix}` } });
  const hr = await createSession(organisation.id, 'HR_ADMIN');
  const rows = async () => {
    const where = { organisationId: organisation.id };
    const [groups, leaders, rounds, members, keys, audit, actions] = await Promise.all([
      ownerDb().leaderGroup.count({ where }),
      ownerDb().leader.count({ where }),
      ownerDb().round.count({ where }),
      ownerDb().membership.count({ where }),
      ownerDb().apiKey.count({ where }),
      ownerDb().auditLogEntry.count({ where }),
      ownerDb().actionItem.count({ where }),
    ]);
    const organisationStill = await ownerDb().organisation.count({ where: { id: organisation.id } });
    return { groups, leaders, rounds, members, keys, audit, actions, organisationStill };
  };
  return { organisation, slug: organisation.slug, hr, rows };
}

test.beforeAll(async () => {
  world = await createWorld();
});

test.describe("Next's image optimiser", () => {
  test('is switched off: nothing under /_next/image reaches it, and every request answers 4xx', async ({ request }) => {
    const urls = [
      '/_next/image?url=/x&w=64&q=75',
      '/_next/image?url=%2Fx&w=64&q=75',
      '/_next/image?url=/api/health&w=64&q=75',
      '/_next/image?url=https://evil.example/a.png&w=64&q=75',
      '/_next/image?url=//evil.example/a.png&w=64&q=75',
      '/_next/image?url=/_next/image%3Furl%3D%2Fx%26w%3D64%26q%3D75&w=64&q=75',
      '/_next/image?url=/../../etc/passwd&w=64&q=75',
      '/_next/image?url=/x&w=99999&q=1000',
      '/_next/image',
    ];
    for (const url of urls) {
      const response = await request.get(url, { failOnStatusCode: false });
      expect(response.status(), url).toBe(404);
      // It is the ordinary 404 page, with the policy every page has.
      expect(response.headers()['content-security-policy'], url).toContain("frame-ancestors 'none'");
    }
    const posted = await request.post('/_next/image?url=/x&w=64&q=75', { failOnStatusCode: false });
    expect(posted.status()).toBeLessThan(500);
  });
});

test.describe('server actions called from another origin', () => {
  test('are refused with 403 in the error shape before they run, with or without JavaScript; the same call from this site works', async ({ request }) => {
    const create = serverActions(world.slug).find((a) => a.name === 'createGroupAction')!;
    const headers = { cookie: world.hr.cookie, 'next-action': create.id };
    const call = formCall([world.slug, null], [['name', 'Fremmed']]);
    const before = await world.rows();
    const origins = ['https://evil.example', 'null', 'not a url', `${e2eBaseUrl}.evil.example`, 'http://127.0.0.1:1'];
    for (const origin of origins) {
      await expectErrorShape(await post(request, create.path, call, { ...headers, origin }), 403, 'forbidden', `fetch action from ${origin}`);
      // A prefetch header must not switch the check off.
      await expectErrorShape(await post(request, create.path, call, { ...headers, origin, 'next-router-prefetch': '1' }), 403, 'forbidden', `prefetch-flagged action from ${origin}`);
      const noScript = multipart([
        [`$ACTION_ID_${create.id}`, ''],
        ['name', 'Fremmed'],
      ]);
      await expectErrorShape(await post(request, create.path, { label: 'form', ...noScript }, { cookie: world.hr.cookie, origin }), 403, 'forbidden', `form post from ${origin}`);
    }
    expect(await world.rows()).toEqual(before);

    const ours = await post(request, create.path, call, { ...headers, origin: e2eBaseUrl });
    expect(ours.status()).toBe(200);
    expect((await world.rows()).groups).toBe(before.groups + 1);
  });
});

test.describe('forms from our own pages', () => {
  test('still work without JavaScript: the checks before an action let real form posts through', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ name: 'next-auth.session-token', value: world.hr.cookie.split('=')[1]!, url: e2eBaseUrl, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    const before = await world.rows();
    await page.goto(`/${world.slug}/groups`);
    await page.getByLabel('Navn', { exact: true }).fill('Uden JavaScript');
    await page.getByRole('button', { name: 'Opret gruppe' }).click();
    await expect(page.getByText('Gruppen »Uden JavaScript« er oprettet.')).toBeVisible();
    expect((await world.rows()).groups).toBe(before.groups + 1);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'Create group' })).toBeVisible();
    await context.close();
  });
});

test.describe('server actions called by hand with hostile arguments and bodies', () => {
  test.describe.configure({ timeout: 120_000 });

  test('every action answers every hostile body without a 5xx, and nothing is written', async ({ request }) => {
    const before = await world.rows();
    const actions = serverActions(world.slug);
    expect(actions.length).toBeGreaterThan(20);
    const bodies = hostileActionBodies(world.slug);
    for (const action of actions) {
      for (const body of bodies) {
        await expectNo5xx(await post(request, action.path, body, { cookie: world.hr.cookie, 'next-action': action.id, origin: e2eBaseUrl }), `${action.name} with ${body.label}`);
      }
      for (const body of hostileFormPosts(action, world.slug)) {
        await expectNo5xx(await post(request, action.path, body, { cookie: world.hr.cookie }), `${action.name} with ${body.label}`);
      }
    }
    expect(await world.rows()).toEqual(before);
  });

  test('a malformed body is refused with 400 in the error shape, an oversized one with 413', async ({ request }) => {
    const locale = serverActions(world.slug).find((a) => a.name === 'setLocaleAction')!;
    const headers = { 'next-action': locale.id };
    for (const body of ['hello', '"hello"', '{"locale":"en"}', '5', '["$Q1"]', '["$0:nope"]']) {
      await expectErrorShape(await post(request, '/', { label: body, body, contentType: 'text/plain' }, headers), 400, 'validation_failed', body);
    }
    const huge = JSON.stringify(['x'.repeat(3 * 1024 * 1024)]);
    await expectErrorShape(await post(request, '/', { label: 'huge', body: huge, contentType: 'text/plain' }, headers), 413, 'payload_too_large', '3 MB');
  });

  test('an action given something other than a form answers with a clean refusal, not an error', async ({ request }) => {
    const actions = serverActions(world.slug);
    const invite = actions.find((a) => a.name === 'inviteMemberAction')!;
    const response = await post(
      request,
      invite.path,
      { label: 'string', body: JSON.stringify([world.slug, null, 'email=x@example.test']), contentType: 'text/plain' },
      { cookie: world.hr.cookie, 'next-action': invite.id, origin: e2eBaseUrl },
    );
    expect(response.status()).toBe(200);
    // The action's result travels as React's wire format: a refusal with the form error, no error digest.
    const text = await response.text();
    expect(text).toContain('"ok":false');
    expect(text).not.toContain('digest');

    const locale = actions.find((a) => a.name === 'setLocaleAction')!;
    const setLocale = await post(request, '/', { label: 'string', body: '["locale=en"]', contentType: 'text/plain' }, { 'next-action': locale.id });
    expect(setLocale.status()).toBe(200);
    expect(setLocale.headers()['set-cookie'] ?? '').not.toContain('NEXT_LOCALE');
  });
});

test.describe('the JSON APIs', () => {
  test('/api/v1 answers are never cached, errors included, and a 401 names the Bearer scheme', async ({ request }) => {
    const { createApiKey } = await import('@/lib/domains/api-keys/api-keys');
    const key = await createApiKey({ organisationId: world.organisation.id, name: 'Kanten' });
    const auth = { authorization: `Bearer ${key.key}` };

    const anonymous = await request.get('/api/v1/groups', { failOnStatusCode: false });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()['www-authenticate']).toMatch(/^Bearer\b/);
    expect(anonymous.headers()['cache-control']).toBe('no-store');
    const wrongKey = await request.get('/api/v1/groups', { headers: { authorization: 'Bearer lt_nope' }, failOnStatusCode: false });
    expect(wrongKey.status()).toBe(401);
    expect(wrongKey.headers()['www-authenticate']).toMatch(/^Bearer\b/);

    const answers = [
      await request.get('/api/v1/groups', { headers: auth }),
      await request.get('/api/v1/leaders', { headers: auth }),
      await request.post('/api/v1/groups', { headers: auth, data: { name: 'Direktion' } }),
      await request.get(`/api/v1/rounds/${NIL}`, { headers: auth, failOnStatusCode: false }),
      await request.post('/api/v1/groups', { headers: { ...auth, 'content-type': 'application/json' }, data: '{"name": "Di', failOnStatusCode: false }),
    ];
    expect(answers.map((r) => r.status())).toEqual([200, 200, 201, 404, 400]);
    for (const answer of answers) {
      expect(answer.headers()['cache-control'], answer.url()).toBe('no-store');
      expect(answer.headers()['www-authenticate'], answer.url()).toBeUndefined();
    }
  });

  test('personal-link routes are never cached either, and an answer given twice in one save is a 400 naming it', async ({ request }) => {
    const { token } = await openInvitation();
    const [first, second] = [q.items[0]!.key, q.items[1]!.key];
    const twice = await request.post(`/api/r/${token}/answers`, {
      data: {
        answers: [
          { itemKey: first, value: 2 },
          { itemKey: second, value: 3 },
          { itemKey: first, value: 4 },
        ],
      },
      failOnStatusCode: false,
    });
    expect(twice.status()).toBe(400);
    expect(await twice.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'answers.2.itemKey', message: `“${first}” is answered more than once.` }] } });

    const answers = [
      twice,
      await request.post(`/api/r/${token}/answers`, { data: { answers: [{ itemKey: first, value: 2 }] } }),
      await request.get(`/api/r/${token}/answers.csv`),
      await request.get(`/api/r/${'x'.repeat(43)}/answers.csv`, { failOnStatusCode: false }),
    ];
    expect(answers.map((r) => r.status())).toEqual([400, 200, 200, 404]);
    for (const answer of answers) expect(answer.headers()['cache-control'], answer.url()).toContain('no-store');
  });
});
