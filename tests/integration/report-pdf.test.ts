import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as openApi } from '@/app/api/v1/openapi.json/route';
import { GET as reportRoute } from '@/app/api/v1/rounds/[id]/report.pdf/route';
import { saveApvRecord } from '@/lib/domains/apv/mutations';
import { buildReport } from '@/lib/domains/report/model';
import { renderReportPdf } from '@/lib/domains/report/render-pdf';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createApiOrg } from '../fixtures/api';
import { addAction, addNote, balanceFromAnswers, createApvRound } from '../fixtures/apv';
import { createResultsOrg, createResultsRound, resultsViewer, same } from '../fixtures/results';

/** The PDF's text as poppler reads it, whitespace folded: what a reader of the file sees. */
function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: Buffer.from(pdf) })
    .toString('utf8')
    .replace(/\s+/g, ' ');
}

/** A signed figure as a Danish reader writes it: with the minus sign (U+2212), not a hyphen. */
const da = (value: number) => new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value).replace('-', '\u2212');

/** The fonts of the PDF as poppler lists them: name, type, encoding, embedded, subset, unicode. */
function pdfFonts(pdf: Uint8Array): string[] {
  const path = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdffonts', [path]).toString('utf8').split('\n').slice(2).filter(Boolean);
}

async function seeded() {
  const seed = await createApvRound();
  const { org, roundId } = seed;
  const { organisationId } = org;
  await addNote(organisationId, roundId, org.groups.Sundhed!, 'theme.influence-autonomy.q1', 'Vi aftaler faste sparringsmøder på tværs af plejecentrene');
  await addNote(organisationId, roundId, org.groups.Teknik!, 'theme.influence-autonomy.q1', 'Teknik vil drøfte vagtplanen');
  await addAction(organisationId, roundId, {
    groupId: org.groups.Sundhed!,
    title: 'Månedlig sparring for afdelingsledere',
    priority: 1,
    dueDate: '2030-03-01',
    ownerName: 'Ole Dam',
    why: 'Skru op for støtte og sparring',
  });
  await addAction(organisationId, roundId, {
    groupId: org.groups.Sundhed!,
    title: 'Færre parallelle projekter',
    priority: 2,
    dueDate: '2020-06-01',
    level: 'TOP_MANAGEMENT',
    ownerName: 'Erik Lund',
    status: 'IN_PROGRESS',
  });
  await addAction(organisationId, roundId, { groupId: null, title: 'Fælles lederforum i hele kommunen', priority: 3, dueDate: '2030-09-01', level: 'HR' });
  await addAction(organisationId, roundId, { groupId: org.groups.Teknik!, title: 'Teknik: ny vagtordning', priority: 1, dueDate: '2030-01-01' });
  const hr = await resultsViewer(org, 'HR_ADMIN');
  await saveApvRecord(
    { ...hr, name: 'Hanne HR', locale: 'da' },
    {
      roundId,
      groupId: org.groups.Sundhed!,
      problemsAssessment: 'Krydspres mellem budget og faglighed',
      sicknessAbsence: 'Ja, to langtidssygemeldte ledere',
      followUpGuidelines: 'MED følger op hvert kvartal',
      revisionDueOn: '2028-06-30',
    },
  );
  return { ...seed, hr };
}

describe('the APV report as PDF', () => {
  it("holds the group's balance (as computed from the answers), its notes and its prioritised actions", async () => {
    const { org, roundId, hr } = await seeded();
    const sundhed = org.groups.Sundhed!;
    const expected = await balanceFromAnswers(org.organisationId, roundId, sundhed);
    expect(expected).toBeCloseTo(-1.5);
    const pdf = await renderReportPdf(await buildReport(hr, { roundId, groupId: sundhed, locale: 'da' }));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(`Balance ${da(expected)}`);
    expect(text).toContain('Deltagelse: 4 af 4 har svaret (100 %)');
    // The round froze the questionnaire current when it was created.
    expect(text).toContain('Spørgeskemaversion 2027.1');
    expect(text).toContain('Vi aftaler faste sparringsmøder på tværs af plejecentrene');
    expect(text).toContain('Månedlig sparring for afdelingsledere');
    expect(text).toContain('Færre parallelle projekter');
    expect(text).toContain('Fælles lederforum i hele kommunen');
    expect(text.indexOf('Månedlig sparring')).toBeLessThan(text.indexOf('Færre parallelle'));
    expect(text).toContain('Krydspres mellem budget og faglighed');
    expect(text).toContain('Ja, to langtidssygemeldte ledere');
    expect(text).toContain('MED følger op hvert kvartal');
    expect(text).toContain('30. juni 2028');
    expect(text).toContain('3 handlinger: 2 planlagt, 1 i gang, 0 gennemført, 0 droppet. Overskredet: 1.');
    // Another group's notes and actions are not in this group's report.
    expect(text).not.toContain('Teknik vil drøfte vagtplanen');
    expect(text).not.toContain('ny vagtordning');
  });

  it('shows a group below the threshold with the suppressed notice and not one figure', async () => {
    const { org, roundId, hr } = await seeded();
    const text = pdfText(await renderReportPdf(await buildReport(hr, { roundId, groupId: org.groups.Teknik!, locale: 'da' })));
    expect(text).toContain('For få svar: resultaterne vises kun for grupper, hvor mindst 3 har svaret');
    expect(text).toContain('2 af 3 har svaret');
    expect(text).toContain('Teknik vil drøfte vagtplanen');
    expect(text).not.toMatch(/Balance [-−+]?\d/);
    expect(text).not.toContain('Belastninger');
    // No mean of any kind: a decimal figure would be one.
    expect(text).not.toMatch(/\d,\d/);
  });

  it('has English headings in the English variant', async () => {
    const { org, roundId, hr } = await seeded();
    const text = pdfText(await renderReportPdf(await buildReport(hr, { roundId, groupId: org.groups.Sundhed!, locale: 'en' })));
    for (const heading of [
      'Leader APV',
      'Mapping',
      'Description and assessment of the problems',
      'Do the working conditions contribute to sickness absence?',
      'Prioritised action plan',
      'Guidelines for follow-up',
      'Approval by MED/AMO',
      'Notes from the dialogue',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Balance \u22121.5');
    expect(text).not.toContain('Prioriteret handlingsplan');
  });

  it('the organisation-wide report lists every group, the hidden one without figures', async () => {
    const { roundId, hr } = await seeded();
    const text = pdfText(await renderReportPdf(await buildReport(hr, { roundId, locale: 'da' })));
    for (const name of ['APV for Direktion', 'APV for Sundhed', 'APV for Teknik']) expect(text).toContain(name);
    expect(text).toContain('Teknik: ny vagtordning');
    const teknik = text.slice(text.indexOf('APV for Teknik'), text.indexOf('Prioriteret handlingsplan'));
    expect(teknik).toContain('For få svar: resultaterne vises kun for grupper, hvor mindst 3 har svaret');
    expect(teknik).not.toMatch(/\d,\d/);
  });
});

describe('the PDF report’s type and charts', () => {
  it('embeds its font and prints Danish letters, the minus sign and the items’ short labels as they are', async () => {
    const { org, roundId } = await createApvRound('Ærø Kommune');
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const pdf = await renderReportPdf(await buildReport(hr, { roundId, groupId: org.groups.Sundhed!, locale: 'da' }));
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    // Every font is Inter, embedded as a subset with a Unicode map: no reader-supplied Helvetica.
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Inter-\S+\s.*\byes\s+yes\s+yes\b/);
    const text = pdfText(pdf);
    expect(text).toContain('Ærø Kommune');
    expect(text).toContain('Bidrager arbejdsforholdene til sygefravær?');
    expect(text).toContain('Balance \u22121,5');
    expect(text).not.toContain('Balance -1,5');
    // The bars are named by the short labels, the value right beside each; the questions in full at the end.
    expect(text).toContain('Krydspres: mål vs ressourcer 4,0');
    expect(text).toContain('Åbenhed om fejl og tvivl');
    expect(text).toContain('Forventningerne til mig står ikke mål med den tid og de ressourcer, jeg har.');
  });

  it('says in one sentence which kind of hiding applies to a hidden group', async () => {
    // Ledelse's own leader (1) could be worked out as Ledelse minus Nord and Syd: the smaller of
    // the two, Nord, is hidden although it has answers enough (lib/domains/anonymity/suppression.ts).
    const org = await createResultsOrg('Skjulekommune');
    const { roundId } = await createResultsRound(org, [
      { key: 'Ledelse', answers: same(1, { strain: 3, resource: 3 }) },
      { key: 'Nord', parent: 'Ledelse', answers: same(3, { strain: 2, resource: 4 }) },
      { key: 'Syd', parent: 'Ledelse', answers: same(4, { strain: 4, resource: 2 }) },
    ]);
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const nord = pdfText(await renderReportPdf(await buildReport(hr, { roundId, groupId: org.groups.Nord!, locale: 'da' })));
    expect(nord).toContain('Skjult af hensyn til andre grupper: gruppen har nok svar, men trukket fra en anden gruppes tal ville dens tal vise, hvad færre end 3 har svaret.');
    expect(nord).not.toContain('For få svar');
    expect(nord).not.toMatch(/\d,\d/);
    const english = pdfText(await renderReportPdf(await buildReport(hr, { roundId, groupId: org.groups.Nord!, locale: 'en' })));
    expect(english).toContain('Hidden to protect other groups: the group has enough answers');
    expect(english).not.toContain('Too few answers');
  });
});

describe('GET /api/v1/rounds/{id}/report.pdf', () => {
  const get = (roundId: string, headers: Record<string, string>, query = '') =>
    reportRoute(new NextRequest(`http://t/api/v1/rounds/${roundId}/report.pdf${query}`, { headers }), { params: Promise.resolve({ id: roundId }) });

  it('answers application/pdf for the key of the round’s organisation, and audits it', async () => {
    const { api, org, roundId } = await seeded();
    const response = await get(roundId, api.headers, `?groupId=${org.groups.Sundhed}&locale=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const body = new Uint8Array(await response.arrayBuffer());
    expect(pdfText(body)).toContain('Prioritised action plan');
    const entries = await scopedDb(org.organisationId).auditLogEntry.findMany({ where: { action: 'report.downloaded', targetId: roundId } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({ groupId: org.groups.Sundhed, format: 'pdf', channel: 'api', locale: 'en' });
  });

  it("is 404 for another organisation's round or group, 401 without a key", async () => {
    const { org, roundId } = await seeded();
    const other = await createApiOrg('Anden kommune');
    expect((await get(roundId, other.headers)).status).toBe(404);
    const mine = await createApvRound('Tredje kommune');
    expect((await get(mine.roundId, mine.api.headers, `?groupId=${org.groups.Sundhed}`)).status).toBe(404);
    const anonymous = await get(roundId, {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('is 409 while the round is still open: the APV documents a finished mapping', async () => {
    const { api, org, roundId } = await seeded();
    await scopedDb(org.organisationId).round.update({ where: { id: roundId }, data: { status: 'OPEN', closedAt: null, closesAt: new Date(Date.now() + 86_400_000) } });
    const response = await get(roundId, api.headers);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'conflict' } });
  });

  it('is in the OpenAPI document with an application/pdf response', async () => {
    const doc = (await openApi().json()) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }>; parameters?: { name: string }[] }>> };
    const operation = doc.paths['/rounds/{id}/report.pdf']!.get!;
    expect(Object.keys(operation.responses['200']!.content!)).toEqual(['application/pdf']);
    expect(operation.parameters!.map((p) => p.name).sort()).toEqual(['groupId', 'id', 'locale']);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '404', '409', '429', '500']);
  });
});
