import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openWorkshop } from '@/lib/domains/workshop/workshop';
import { eraseLeader } from '@/lib/domains/privacy/erase-leader';
import { buildReport } from '@/lib/domains/report/model';
import { getResultsDashboard } from '@/lib/domains/results/dashboard';
import { exportResults } from '@/lib/domains/results/export';
import { sharedWithManager, withdrawShare } from '@/lib/domains/sharing/share';
import { createResultsOrg, createResultsRound, resultsViewer, type AnswerSpec, type ResultsOrg } from '../fixtures/results';
import { leaderShares } from '../fixtures/shares';

const DAY = 24 * 60 * 60 * 1000;
// Every leader answers differently: subtracting two known balances from a group's means would give the third's exactly.
const person = (n: number): AnswerSpec => ({ strain: 1 + (n % 5), resource: 5 - (n % 4), comments: { strain: `Kommentar ${n}` } });
const people = (from: number, count: number) => Array.from({ length: count }, (_, i) => person(from + i));

/**
 *   Direktion (3 own)            everyone: shown
 *   ├── Sundhed (3)              two of its leaders shared their balance with the manager
 *   └── Teknik (4)
 */
async function groupWithTwoShares() {
  const org = await createResultsOrg();
  const { round, roundId, leaderIds } = await createResultsRound(org, [
    { key: 'Direktion', answers: people(0, 3) },
    { key: 'Sundhed', parent: 'Direktion', answers: people(3, 3) },
    { key: 'Teknik', parent: 'Direktion', answers: people(6, 4) },
  ]);
  const managerEmail = `chef.${org.slug}@example.test`;
  const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Direktion'], email: managerEmail });
  const links = [await leaderShares(round, leaderIds.Sundhed![0]!, managerEmail), await leaderShares(round, leaderIds.Sundhed![1]!, managerEmail)];
  return { org, round, roundId, leaderIds, manager, managerEmail, links };
}

async function csvOverview(viewer: Awaited<ReturnType<typeof resultsViewer>>, org: ResultsOrg, roundId: string) {
  const file = await exportResults(viewer, { roundId, format: 'csv', locale: 'da', organisationName: org.name });
  const [overview, figures] = (file.body as string)
    .replace(/^\uFEFF/, '')
    .split('\r\n\r\n')
    .map((part) => Papa.parse<string[]>(part.trim(), { delimiter: ';' }).data);
  return { overview: overview!, figures: figures! };
}

describe('shares count as known: a manager collecting shares cannot subtract them from a group', () => {
  it('hides a three-response group from the manager two of its leaders shared with: dashboard, export, workshop and APV report', async () => {
    const { org, roundId, manager } = await groupWithTwoShares();
    const sundhed = org.groups.Sundhed!;

    const dashboard = await getResultsDashboard(manager, roundId, { groupId: sundhed });
    expect(dashboard.result).toMatchObject({ suppressed: true, reason: 'known-to-you', participation: { responded: 3, invited: 3 } });
    expect(dashboard.result).not.toHaveProperty('figures');
    expect(dashboard.comments).toBeNull();
    const verdicts = Object.fromEntries(dashboard.picker.map((e) => [e.name, e.verdict]));
    expect(verdicts).toEqual({ Direktion: 'shown', Sundhed: 'known-to-you', Teknik: 'shown' });
    // Direktion alone beside Teknik would be Direktion − Teknik − Sundhed's two known balances: hidden too.
    expect(dashboard.picker.find((e) => e.name === 'Direktion')!.alone).toMatchObject({ verdict: 'known-to-you' });
    expect(dashboard.heatmap!.columns.find((c) => c.name === 'Sundhed')).toMatchObject({ suppressed: true, reason: 'known-to-you' });

    const { overview, figures } = await csvOverview(manager, org, roundId);
    expect(overview.find((r) => r[0] === 'Sundhed')!.slice(5)).toEqual(['Skjult for dig (delte balancer)', '', '', '']);
    expect(figures.filter((r) => r[0] === 'Sundhed')).toEqual([]);
    const xlsx = await exportResults(manager, { roundId, format: 'xlsx', locale: 'en', organisationName: org.name });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.body as Uint8Array) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === 'Sundhed')!.slice(5)).toEqual(['Hidden for you (shared balances)']);
    const figureGroups = new Set<unknown>();
    workbook.worksheets[1]!.eachRow((row) => figureGroups.add((row.values as unknown[])[1]));
    expect(figureGroups.has('Sundhed')).toBe(false);
    expect(figureGroups.has('Teknik')).toBe(true);

    const workshop = await openWorkshop(manager, roundId, sundhed);
    expect(workshop.result).toMatchObject({ suppressed: true, reason: 'known-to-you' });
    const report = await buildReport(manager, { roundId, groupId: sundhed, locale: 'da' });
    expect(report.main).toMatchObject({ suppressed: true, reason: 'known-to-you' });
    expect(report.groups.map((g) => g.result)).toEqual([expect.objectContaining({ suppressed: true, reason: 'known-to-you' })]);
  });

  it('keeps hiding it after the shares are withdrawn, and after the leader is erased: the manager has seen them', async () => {
    const { org, roundId, manager, managerEmail, links, leaderIds } = await groupWithTwoShares();
    await withdrawShare(links[0]!);
    const hr = await resultsViewer(org, 'HR_ADMIN');
    await eraseLeader(hr, leaderIds.Sundhed![1]!);
    expect(await sharedWithManager(org.organisationId, managerEmail)).toEqual([]);

    const dashboard = await getResultsDashboard(manager, roundId, { groupId: org.groups.Sundhed! });
    expect(dashboard.result).toMatchObject({ suppressed: true, reason: 'known-to-you' });
  });

  it('counts a share for the manager’s address whatever its capitals, and for no other address', async () => {
    const { org, roundId } = await groupWithTwoShares();
    const sameAddress = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Direktion'] });
    const sundhed = { groupId: org.groups.Sundhed! };
    const capitals = { ...sameAddress, email: `Chef.${org.slug}@Example.test` };
    expect((await getResultsDashboard(capitals, roundId, sundhed)).result).toMatchObject({ reason: 'known-to-you' });
    const lookalike = { ...sameAddress, email: `chef_${org.slug}@example.test` };
    expect((await getResultsDashboard(lookalike, roundId, sundhed)).result).toMatchObject({ suppressed: false });
  });

  it('still shows it to HR, who holds no share', async () => {
    const { org, roundId } = await groupWithTwoShares();
    const hr = await resultsViewer(org, 'HR_ADMIN');
    const dashboard = await getResultsDashboard(hr, roundId, { groupId: org.groups.Sundhed! });
    expect(dashboard.result).toMatchObject({ suppressed: false, participation: { responded: 3 } });
    expect(dashboard.picker.every((e) => e.verdict === 'shown' && (e.alone === null || e.alone.verdict === 'shown'))).toBe(true);
    const { overview } = await csvOverview(hr, org, roundId);
    expect(overview.find((r) => r[0] === 'Sundhed')![5]).toBe('Vises');
  });

  it('still shows a group of five to a manager who holds one share of it', async () => {
    const org = await createResultsOrg();
    const { round, roundId, leaderIds } = await createResultsRound(org, [{ key: 'Sundhed', answers: people(0, 5) }]);
    const managerEmail = `chef.${org.slug}@example.test`;
    const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'], email: managerEmail });
    await leaderShares(round, leaderIds.Sundhed![0]!, managerEmail);
    const dashboard = await getResultsDashboard(manager, roundId, { groupId: org.groups.Sundhed! });
    expect(dashboard.result).toMatchObject({ suppressed: false, participation: { responded: 5 } });
  });

  it('hides a parent whose difference with the groups around it reaches the shared responses', async () => {
    // Ledelse alone 3 (two shared with the manager), Område 0 with Pleje 3 below, Service 4.
    // Everyone else sees all of it; for the manager, Ledelse − Område − Service would be the
    // one leader of Ledelse they have not seen, so Område gives way — and Pleje, its whole content.
    const org = await createResultsOrg();
    const { round, roundId, leaderIds } = await createResultsRound(org, [
      { key: 'Ledelse', answers: people(0, 3) },
      { key: 'Område', parent: 'Ledelse' },
      { key: 'Pleje', parent: 'Område', answers: people(3, 3) },
      { key: 'Service', parent: 'Ledelse', answers: people(6, 4) },
    ]);
    const managerEmail = `chef.${org.slug}@example.test`;
    const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Ledelse'], email: managerEmail });
    await leaderShares(round, leaderIds.Ledelse![0]!, managerEmail);
    await leaderShares(round, leaderIds.Ledelse![1]!, managerEmail);

    const model = await getResultsDashboard(manager, roundId, {});
    expect(Object.fromEntries(model.picker.map((e) => [e.name, e.verdict]))).toEqual({ Ledelse: 'shown', Område: 'known-to-you', Pleje: 'known-to-you', Service: 'shown' });
    expect(model.picker.find((e) => e.name === 'Ledelse')!.alone).toMatchObject({ verdict: 'known-to-you' });
    const hr = await getResultsDashboard(await resultsViewer(org, 'HR_ADMIN'), roundId, {});
    expect(hr.picker.map((e) => e.verdict)).toEqual(['shown', 'shown', 'shown', 'shown', 'shown']);
  });

  it('hides the comparison with the previous round where that round’s shares would reveal', async () => {
    const org = await createResultsOrg();
    const previous = await createResultsRound(
      org,
      [
        { key: 'Sundhed', answers: people(0, 3) },
        { key: 'Teknik', answers: people(3, 3) },
      ],
      {
        name: 'LederAPV 2026',
        opensAt: new Date(Date.now() - 400 * DAY),
      },
    );
    const { roundId } = await createResultsRound(
      org,
      [
        { key: 'Sundhed', answers: people(6, 6) },
        { key: 'Teknik', answers: people(12, 3) },
      ],
      { name: 'LederAPV 2027' },
    );
    const managerEmail = `chef.${org.slug}@example.test`;
    const manager = await resultsViewer(org, 'MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'], email: managerEmail });
    await leaderShares(previous.round, previous.leaderIds.Sundhed![0]!, managerEmail);
    await leaderShares(previous.round, previous.leaderIds.Sundhed![1]!, managerEmail);

    const mine = await getResultsDashboard(manager, roundId, { groupId: org.groups.Sundhed! });
    expect(mine.result).toMatchObject({ suppressed: false });
    expect(mine.comparison).toBeNull();
    const hr = await getResultsDashboard(await resultsViewer(org, 'HR_ADMIN'), roundId, { groupId: org.groups.Sundhed! });
    expect(hr.comparison).toMatchObject({ roundName: 'LederAPV 2026' });
  });
});
