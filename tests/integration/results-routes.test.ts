import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { GET as exportRoute } from '@/app/(app)/[orgSlug]/results/[roundId]/export/route';
import { GET as apiRoute } from '@/app/api/v1/rounds/[id]/results/route';
import { currentQuestionnaire } from '@/content/questionnaires';
import { getResultsDashboard } from '@/lib/domains/results/dashboard';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createApiOrg } from '../fixtures/api';
import { createResultsRound, resultsViewer, same, type ResultsOrg } from '../fixtures/results';

// The export route's guard reads the signed-in user from next-auth; here it is whoever the test says.
const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null; locale: 'da' | 'en'; ssoOrganisationId: string | null } }));
vi.mock('@/lib/edges/session/current-user', () => ({ getCurrentUser: async () => signedIn.user }));

const calm = { strain: 2, resource: 4 };
// The small group answers unlike everyone else, so any of its figures would stand out.
const loud = { strain: 5, resource: 1, relation: -2, overall: 1, comments: { strain: 'Kun os to i Teknik' } };
const FIGURE_KEYS = ['balance', 'strainMean', 'resourceMean', 'strains', 'resources', 'relations', 'overall'];

async function seeded(options: { status?: 'OPEN' | 'CLOSED' } = {}) {
  const api = await createApiOrg();
  const org: ResultsOrg = { organisationId: api.organisationId, slug: api.organisation.slug, name: api.organisation.name, groups: {} };
  const { roundId } = await createResultsRound(
    org,
    [
      { key: 'Direktion', answers: same(3, calm) },
      { key: 'Sundhed', parent: 'Direktion', answers: same(4, calm) },
      { key: 'Teknik', parent: 'Direktion', answers: same(2, loud), silent: 1 },
    ],
    options,
  );
  return { api, org, roundId };
}

const apiGet = (roundId: string, headers: Record<string, string>, query = '') =>
  apiRoute(new NextRequest(`http://t/api/v1/rounds/${roundId}/results${query}`, { headers }), { params: Promise.resolve({ id: roundId }) });

async function exportAs(org: ResultsOrg, roundId: string, role: Parameters<typeof resultsViewer>[1], format: 'csv' | 'xlsx', options: Parameters<typeof resultsViewer>[2] = {}) {
  const viewer = await resultsViewer(org, role, options);
  signedIn.user = { id: viewer.userId, email: viewer.email!, name: null, locale: 'da', ssoOrganisationId: null };
  return exportRoute(new NextRequest(`http://t/${org.slug}/results/${roundId}/export?format=${format}`, { headers: { cookie: 'NEXT_LOCALE=en' } }), {
    params: Promise.resolve({ orgSlug: org.slug, roundId }),
  });
}

describe('a group below the threshold shows no figure on any results route', () => {
  it('GET /api/v1/rounds/{id}/results answers counts and suppressed: true, with no figure key at all', async () => {
    const { api, org, roundId } = await seeded();
    const response = await apiGet(roundId, api.headers, `?groupId=${org.groups.Teknik}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ roundId, groupId: org.groups.Teknik, invited: 3, responded: 2, countsHidden: null, suppressed: true });
  });

  it('the dashboard data for every role that may open the group has counts and nothing else', async () => {
    const { org, roundId } = await seeded();
    for (const role of ['HR_ADMIN', 'TOP_MANAGEMENT'] as const) {
      const model = await getResultsDashboard(await resultsViewer(org, role), roundId, { groupId: org.groups.Teknik });
      for (const key of FIGURE_KEYS) expect(model.result).not.toHaveProperty(key);
      expect(model.result).not.toHaveProperty('figures');
      expect([model.comments, model.comparison]).toEqual([null, null]);
      expect(JSON.stringify(model)).not.toContain('Kun os to');
      const column = model.heatmap!.columns.find((c) => c.groupId === org.groups.Teknik)!;
      expect(Object.keys(column).sort()).toEqual(['depth', 'groupId', 'key', 'name', 'participation', 'reason', 'same', 'suppressed']);
    }
    const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Teknik'] });
    expect((await getResultsDashboard(manager, roundId, {})).result).toEqual({
      key: org.groups.Teknik,
      groupId: org.groups.Teknik,
      alone: false,
      participation: { reason: null, invited: 3, responded: 2, responseRate: 67 },
      suppressed: true,
      reason: 'too-few',
    });
  });

  it('the CSV export lists the group with its counts and empty figure cells, and no question rows for it', async () => {
    const { org, roundId } = await seeded();
    const response = await exportAs(org, roundId, 'HR_ADMIN', 'csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const [overview, figures] = text.split('\r\n\r\n').map((part) => Papa.parse<string[]>(part.trim()).data);
    const teknik = overview!.find((row) => row[0] === 'Teknik')!;
    expect(teknik.slice(2)).toEqual(['3', '2', '67', 'Too few answers', '', '', '']);
    expect(figures!.filter((row) => row[0] === 'Teknik')).toEqual([]);
    expect(figures!.some((row) => row[0] === 'Sundhed')).toBe(true);
    // Each question row names the item by the short label the charts use, beside the question in full.
    expect(figures![0]!.slice(3, 6)).toEqual(['Factor', 'Short label', 'Question']);
    expect(figures!.find((row) => row[0] === 'Sundhed' && row[5] === 'The expectations placed on me do not match the time and resources I have.')?.[4]).toBe('Cross-pressure: demands vs time');
    // Direktion alone (3) is big enough but would expose Teknik's two: listed, hidden, with no figures.
    expect(overview!.find((row) => row[0] === 'Direktion' && row[1] === "The group's own leaders only")!.slice(2)).toEqual(['3', '3', '100', 'Hidden to protect others', '', '', '']);
    expect(figures!.filter((row) => row[0] === 'Direktion' && row[1] === "The group's own leaders only")).toEqual([]);
    expect(await scopedDb(org.organisationId).auditLogEntry.count({ where: { action: 'results.exported' } })).toBe(1);
  });

  it('the CSV export writes a negative balance as a number, not as text escaped against formulas', async () => {
    const api = await createApiOrg();
    const org: ResultsOrg = { organisationId: api.organisationId, slug: api.organisation.slug, name: api.organisation.name, groups: {} };
    const { roundId } = await createResultsRound(org, [{ key: 'Pleje', answers: same(3, { strain: 4, resource: 3 }) }]);
    const text = (await (await exportAs(org, roundId, 'HR_ADMIN', 'csv')).text()).replace(/^\uFEFF/, '');
    const overview = Papa.parse<string[]>(text.split('\r\n\r\n')[0]!.trim()).data;
    expect(overview.find((row) => row[0] === 'Pleje')![6]).toBe('-1');
  });

  it('the XLSX export does the same in its two sheets', async () => {
    const { org, roundId } = await seeded();
    const response = await exportAs(org, roundId, 'TOP_MANAGEMENT', 'xlsx');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const [overview, figures] = workbook.worksheets;
    const rows = (sheet: ExcelJS.Worksheet) =>
      sheet
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1));
    const teknik = rows(overview!).find((row) => row[0] === 'Teknik')!;
    expect(teknik.slice(2, 6)).toEqual([3, 2, 0.67, 'Too few answers']);
    expect(teknik.slice(6).filter((cell) => cell !== undefined && cell !== null)).toEqual([]);
    expect(rows(figures!).filter((row) => row[0] === 'Teknik')).toEqual([]);
  });

  it('MED/AMO’s export leaves the hidden group out entirely; a manager’s holds only their groups', async () => {
    const { org, roundId } = await seeded();
    const med = await (await exportAs(org, roundId, 'MED_AMO', 'csv')).text();
    expect(med).not.toContain('Teknik');
    const manager = await (await exportAs(org, roundId, 'MANAGER_OF_LEADERS', 'csv', { scopeGroupKeys: ['Sundhed'] })).text();
    expect(manager).toContain('Sundhed');
    expect(manager).not.toContain('Direktion');
    expect(manager).not.toContain(org.name);
  });

  it('the export answers 401 without a session and 409 while the round is open', async () => {
    const { org, roundId } = await seeded({ status: 'OPEN' });
    signedIn.user = null;
    const anonymous = await exportRoute(new NextRequest(`http://t/${org.slug}/results/${roundId}/export`), { params: Promise.resolve({ orgSlug: org.slug, roundId }) });
    expect(anonymous.status).toBe(401);
    const open = await exportAs(org, roundId, 'HR_ADMIN', 'csv');
    expect(open.status).toBe(409);
  });
});

describe('GET /api/v1/rounds/{id}/results', () => {
  it('gives the whole organisation without groupId, with figures computed over every answer', async () => {
    const { api, roundId } = await seeded();
    const body = await (await apiGet(roundId, api.headers)).json();
    expect(body).toMatchObject({ roundId, groupId: null, invited: 10, responded: 9, suppressed: false });
    // 7 calm leaders (2 / 4) and 2 loud ones (5 / 1): strains (14 + 10) / 9, resources (28 + 2) / 9.
    expect(body.strainMean).toBeCloseTo(24 / 9, 10);
    expect(body.resourceMean).toBeCloseTo(30 / 9, 10);
    expect(body.balance).toBeCloseTo(6 / 9, 10);
    // Every strain item of the round's questionnaire (the current one, 2027.1).
    expect(body.strains).toHaveLength(currentQuestionnaire.items.filter((i) => i.side === 'strain').length);
    expect(body.strains[0]).toEqual({ key: expect.stringMatching(/^strain\./), mean: expect.any(Number), standardDeviation: expect.any(Number), distribution: [0, 7, 0, 0, 2] });
    expect(body.relations[0].distribution).toEqual([2, 0, 7, 0, 0]);
    expect(await scopedDb(api.organisationId).auditLogEntry.findFirst({ where: { action: 'results.viewed', actorApiKeyId: api.apiKeyId } })).toMatchObject({
      details: { view: '*total*', channel: 'api' },
    });
  });

  it('answers 404 for another organisation’s round or a group outside the round, 400 for a malformed group id, 409 while open', async () => {
    const { api, org, roundId } = await seeded();
    const other = await createApiOrg('Anden kommune');
    expect((await apiGet(roundId, other.headers)).status).toBe(404);
    expect((await apiGet(roundId, api.headers, `?groupId=${other.organisationId}`)).status).toBe(404);
    const malformed = await apiGet(roundId, api.headers, '?groupId=nope');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.details).toEqual([expect.objectContaining({ path: 'groupId' })]);
    const open = await createResultsRound(org, [{ key: 'Sundhed', answers: same(5, calm) }], { status: 'OPEN' });
    const response = await apiGet(open.roundId, api.headers);
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toBe('The round is still open: results are shown when it closes.');
  });

  it('answers 401 without an API key', async () => {
    const { roundId } = await seeded();
    expect((await apiGet(roundId, {})).status).toBe(401);
  });
});

describe('the results endpoint contract', () => {
  it('documents both answers — figures, or counts only — its error statuses and its ETag revalidation in OpenAPI', async () => {
    const { buildOpenApiDocument } = await import('@/lib/edges/api/openapi-document');
    const { resultsEndpoints } = await import('@/lib/edges/api/v1/results.contract');
    const doc = buildOpenApiDocument([...resultsEndpoints], 'http://t') as unknown as {
      paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
    };
    const operation = doc.paths['/rounds/{id}/results']!.get!;
    expect(operation.parameters!.map((p) => p.name).sort()).toEqual(['If-None-Match', 'groupId', 'id']);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '304', '400', '401', '404', '409']));
    const schema = JSON.stringify(operation.responses['200']!.content!['application/json']!.schema);
    expect(schema).toContain('"suppressed"');
    expect(schema).toContain('"distribution"');
  });
});
