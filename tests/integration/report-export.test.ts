import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { GET as reportRoute } from '@/app/(app)/[orgSlug]/apv/[roundId]/report/route';
import type { Role } from '@/lib/generated/prisma/enums';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { addAction, addNote, createApvRound } from '../fixtures/apv';
import { resultsViewer, type ResultsOrg } from '../fixtures/results';

// The route's guard reads the signed-in user from next-auth; here it is whoever the test says.
const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null; locale: 'da' | 'en' } }));
vi.mock('@/lib/edges/session/current-user', () => ({ getCurrentUser: async () => signedIn.user }));

async function download(org: ResultsOrg, roundId: string, role: Role, query: string, options: Parameters<typeof resultsViewer>[2] = {}) {
  const viewer = await resultsViewer(org, role, options);
  signedIn.user = { id: viewer.userId, email: viewer.email!, name: null, locale: 'da' };
  return reportRoute(new NextRequest(`http://t/${org.slug}/apv/${roundId}/report?${query}`), { params: Promise.resolve({ orgSlug: org.slug, roundId }) });
}

async function seeded() {
  const seed = await createApvRound();
  const { org, roundId } = seed;
  await addNote(org.organisationId, roundId, org.groups.Teknik!, 'theme.influence-autonomy.q1', 'Teknik vil drøfte vagtplanen');
  await addAction(org.organisationId, roundId, { groupId: org.groups.Sundhed!, title: 'Månedlig sparring', priority: 1, dueDate: '2030-03-01', ownerName: 'Ole Dam' });
  return seed;
}

describe('the APV report data as CSV and XLSX', () => {
  it('holds the same content as the PDF: counts for every group, figures only for the shown ones, the plan and the notes', async () => {
    const { org, roundId } = await seeded();
    const response = await download(org, roundId, 'MED_AMO', 'format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const parts = (await response.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n\r\n')
      .map((p) => Papa.parse<string[]>(p.trim(), { delimiter: ';' }).data);
    const [overview, figures, apv, actions, notes] = parts;
    expect(overview![2]).toEqual(expect.arrayContaining([org.name]));
    const teknik = overview!.find((r) => r[0] === 'Teknik')!;
    expect(teknik.slice(2)).toEqual(['3', '2', '67', 'For få svar', '', '', '']);
    expect(overview!.find((r) => r[0] === 'Sundhed')![6]).toBe('-1,5');
    expect(figures!.filter((r) => r[0] === 'Teknik')).toEqual([]);
    expect(apv!.map((r) => r[0])).toEqual(['APV', 'Gruppe', 'Direktion', 'Sundhed', 'Teknik']);
    expect(actions!.find((r) => r[2] === 'Månedlig sparring')).toEqual(['1', 'Sundhed', 'Månedlig sparring', '', 'Ledere af ledere', 'Ole Dam', '2030-03-01', 'Planlagt', 'Nej']);
    expect(notes!.find((r) => r[0] === 'Teknik')?.[2]).toBe('Teknik vil drøfte vagtplanen');
  });

  it('writes a workbook with one sheet per part, and audits every download', async () => {
    const { org, roundId } = await seeded();
    const response = await download(org, roundId, 'HR_ADMIN', `format=xlsx&locale=en&groupId=${org.groups.Teknik}`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Overview', 'Questions', 'APV', 'Action plan', 'Notes']);
    expect(workbook.getWorksheet('Questions')!.rowCount).toBe(1);
    const entries = await scopedDb(org.organisationId).auditLogEntry.findMany({ where: { action: 'report.downloaded' } });
    expect(entries.map((e) => e.details)).toEqual([{ groupId: org.groups.Teknik, format: 'xlsx', locale: 'en', channel: 'page' }]);
  });

  it('refuses a member without reports:read, and a manager of leaders the organisation-wide report', async () => {
    const { org, roundId } = await seeded();
    expect((await download(org, roundId, 'LEADER', 'format=pdf')).status).toBe(403);
    expect((await download(org, roundId, 'MANAGER_OF_LEADERS', 'format=pdf', { scopeGroupKeys: ['Sundhed'] })).status).toBe(404);
    const own = await download(org, roundId, 'MANAGER_OF_LEADERS', `format=pdf&groupId=${org.groups.Sundhed}`, { scopeGroupKeys: ['Sundhed'] });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
  });
});
