import 'server-only';
import ExcelJS from 'exceljs';
import { figureCells, headers as resultHeaders, overviewCells } from '@/lib/domains/results/export';
import { figureRows, overviewRows, type ExportView } from '@/lib/domains/results/export-rows';
import { getQuestionnaire } from '@/content/questionnaires';
import { levelTitle } from './labels';
import type { ReportModel } from './model';
import { csvFile, type CsvCell } from '@/lib/platform/export/csv';

interface Sheet {
  name: string;
  header: string[];
  rows: CsvCell[][];
}

/**
 * The report's content as tables, for CSV and XLSX: the results as the results export writes
 * them (same columns, same rule — a hidden view has at most its counts and empty figure cells), then the
 * APV elements, the action plan and the notes.
 */
export function reportSheets(report: ReportModel, rateAsFraction: boolean): Sheet[] {
  const { t, overview, figures } = resultHeaders(report.locale);
  const c = (key: string) => t(`apv.export.columns.${key}`);
  const views: ExportView[] = [
    { groupName: report.scope?.name ?? report.organisationName, scope: report.scope ? 'subtree' : 'organisation', result: report.main },
    ...(report.scope ? [] : report.groups.map((g) => ({ groupName: g.name, scope: 'subtree' as const, result: g.result }))),
  ];
  const questionnaire = getQuestionnaire(report.round.questionnaireVersion)!;
  return [
    { name: t('results.export.sheets.overview'), header: overview, rows: overviewRows(views).map((r) => overviewCells(r, t, rateAsFraction, report.round.threshold)) },
    { name: t('results.export.sheets.figures'), header: figures, rows: figureRows(views.slice(0, 1), questionnaire, report.locale).map((r) => figureCells(r, t)) },
    {
      name: t('apv.export.sheets.apv'),
      header: ['group', 'status', 'problems', 'sickness', 'followUp', 'revisionDueOn', 'approvals'].map(c),
      rows: report.groups.map((g) => [
        g.name,
        t(`apv.status.${g.apv.status}`),
        g.apv.problemsAssessment,
        g.apv.sicknessAbsence,
        g.apv.followUpGuidelines,
        g.apv.revisionDueOn,
        g.apv.approvals.map((a) => `${a.userName} (${a.approvedAt.toISOString().slice(0, 10)}${a.current ? '' : `, ${t('apv.export.earlierVersion')}`})`).join('; '),
      ]),
    },
    {
      name: t('apv.export.sheets.actions'),
      header: ['priority', 'group', 'what', 'why', 'level', 'owner', 'due', 'status', 'overdue'].map(c),
      rows: report.actions.map((a) => [
        a.priority,
        a.groupName ?? t('apv.sections.plan.orgWide'),
        a.title,
        a.why ?? '',
        levelTitle(a.responsibleLevel, report.locale),
        a.ownerName ?? a.ownerEmail ?? '',
        a.dueDate,
        t(`apv.actionStatus.${a.status}`),
        a.overdue ? t('apv.export.yes') : t('apv.export.no'),
      ]),
    },
    {
      name: t('apv.export.sheets.notes'),
      header: ['group', 'question', 'note'].map(c),
      rows: report.groups.flatMap((g) => g.notes.map((n) => [g.name, n.question, n.body])),
    },
  ];
}

export function reportCsv(report: ReportModel): string {
  return csvFile(
    reportSheets(report, false).map((sheet) => [[sheet.name], sheet.header, ...sheet.rows]),
    { locale: report.locale },
  );
}

export async function reportXlsx(report: ReportModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ledertrivsel';
  for (const sheet of reportSheets(report, true)) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    ws.columns.forEach((column) => (column.width = 20));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
