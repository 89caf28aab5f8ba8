import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import ExcelJS from 'exceljs';
import type { Locale } from '@/content/types';
import { notFound } from '@/lib/platform/errors';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { mayOpen, visibleGroupsFor } from './access';
import { recordResultsExported } from './audit';
import { figureRows, overviewRows, type ExportView, type FigureRow, type OverviewRow } from './export-rows';
import { loadRoundContext } from './round-context';
import { resultsForViews, roundStillOpen } from './views';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';
import { csvFile } from '@/lib/platform/export/csv';

export interface ResultsFile {
  body: Uint8Array | string;
  contentType: string;
  filename: string;
}

/** Every view the viewer may open on the dashboard — the organisation, each group, each group alone — and nothing else. */
async function exportViews(viewer: StaffActor, roundId: string, organisationName: string) {
  const ctx = await loadRoundContext(viewer, roundId);
  if (!ctx) throw notFound();
  const access = await visibleGroupsFor(viewer, ctx);
  if (!ctx.figuresAvailable) throw roundStillOpen();
  const wanted: { ref: ViewRef; groupName: string; scope: ExportView['scope'] }[] = [];
  if (mayOpen(access, ctx, { groupId: null, alone: false })) wanted.push({ ref: { groupId: null, alone: false }, groupName: organisationName, scope: 'organisation' });
  for (const group of ctx.visibility.groups) {
    const ref = { groupId: group.groupId, alone: false };
    if (mayOpen(access, ctx, ref)) wanted.push({ ref, groupName: group.name, scope: 'subtree' });
    const alone = { groupId: group.groupId, alone: true };
    if (group.childIds.length > 0 && mayOpen(access, ctx, alone)) wanted.push({ ref: alone, groupName: group.name, scope: 'alone' });
  }
  if (wanted.length === 0) throw notFound();
  const results = await resultsForViews(
    ctx,
    wanted.map((w) => w.ref),
  );
  const views: ExportView[] = wanted.map((w) => ({ groupName: w.groupName, scope: w.scope, result: results.get(ctx.visibility.view(w.ref)!.key)! }));
  return { ctx, views };
}

export function headers(locale: Locale) {
  const t = translatorFor(locale);
  const h = (key: string) => t(`results.export.columns.${key}`);
  return {
    t,
    overview: ['group', 'scope', 'invited', 'responded', 'responseRate', 'status', 'balance', 'strainMean', 'resourceMean'].map(h),
    figures: ['group', 'scope', 'section', 'factor', 'label', 'question', 'key', 'n', 'mean', 'sd', 'step1', 'step2', 'step3', 'step4', 'step5'].map(h),
  };
}

type Translate = ReturnType<typeof translatorFor>;

/**
 * The response rate as a whole percent (CSV) or a fraction formatted as a percentage (XLSX).
 * Counts the rule hides say so in the invited cell ("fewer than 3", "hidden") and leave the rest empty.
 */
export function overviewCells(row: OverviewRow, t: Translate, rateAsFraction: boolean, threshold: number): (string | number | null)[] {
  const invited = row.counts === 'shown' ? row.invited : t(`participation.short.${row.counts === 'too-few' ? 'tooFew' : 'suppressed'}`, { threshold });
  const rate = row.responseRate === null ? null : rateAsFraction ? row.responseRate / 100 : row.responseRate;
  return [row.group, t(`results.export.scope.${row.scope}`), invited, row.responded, rate, t(`results.export.status.${row.status}`), row.balance, row.strainMean, row.resourceMean];
}

export function figureCells(row: FigureRow, t: (k: string) => string): (string | number | null)[] {
  return [row.group, t(`results.export.scope.${row.scope}`), t(`results.export.section.${row.section}`), row.factor, row.label, row.question, row.key, row.n, row.mean, row.sd, ...row.distribution];
}

function csv(views: ExportView[], ctx: Awaited<ReturnType<typeof exportViews>>['ctx'], locale: Locale): string {
  const { t, overview, figures } = headers(locale);
  const overviewData = overviewRows(views).map((r) => overviewCells(r, t, false, ctx.round.anonymityThreshold));
  const figureData = figureRows(views, ctx.questionnaire, locale).map((r) => figureCells(r, t));
  return csvFile(
    [
      [overview, ...overviewData],
      [figures, ...figureData],
    ],
    { locale },
  );
}

async function xlsx(views: ExportView[], ctx: Awaited<ReturnType<typeof exportViews>>['ctx'], locale: Locale): Promise<Uint8Array> {
  const { t, overview, figures } = headers(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ledertrivsel';
  const add = (name: string, header: string[], rows: (string | number | null)[][], formats: Record<number, string>) => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(header).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    for (const [column, format] of Object.entries(formats)) sheet.getColumn(Number(column)).numFmt = format;
    sheet.columns.forEach((column) => (column.width = 16));
  };
  add(
    t('results.export.sheets.overview'),
    overview,
    overviewRows(views).map((r) => overviewCells(r, t, true, ctx.round.anonymityThreshold)),
    { 5: '0%', 7: '0.00', 8: '0.00', 9: '0.00' },
  );
  add(
    t('results.export.sheets.figures'),
    figures,
    figureRows(views, ctx.questionnaire, locale).map((r) => figureCells(r, t)),
    { 9: '0.00', 10: '0.00' },
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An ASCII file name part: header values cannot carry "æøå" without extra encoding. */
export function fileSlug(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'round';
}

/**
 * The aggregates the viewer may see, as CSV or XLSX: exactly the dashboard's views. A hidden
 * view appears with its status and the counts the rule lets show, never a figure. The export is audited.
 */
export async function exportResults(viewer: StaffActor, input: { roundId: string; format: 'csv' | 'xlsx'; locale: Locale; organisationName: string }): Promise<ResultsFile> {
  const { ctx, views } = await exportViews(viewer, input.roundId, input.organisationName);
  const base = fileSlug(ctx.round.name);
  const file: ResultsFile =
    input.format === 'csv'
      ? { body: csv(views, ctx, input.locale), contentType: 'text/csv; charset=utf-8', filename: `results-${base}.csv` }
      : { body: await xlsx(views, ctx, input.locale), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `results-${base}.xlsx` };
  await recordResultsExported(viewer, { roundId: ctx.round.id, format: input.format, views: views.length });
  return file;
}
