import 'server-only';
import type { Locale } from '@/content/types';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { fileSlug, type ResultsFile } from '@/lib/domains/results/export';
import { recordReportDownloaded, type ReportFormat } from './audit';
import { buildReport } from './model';
import { renderReportPdf } from './render-pdf';
import { reportCsv, reportXlsx } from './tabular';

const contentTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The APV report of a round (organisation-wide or for one group) in the asked format, built
 * through the access and anonymity rules, and audited — the one entry point for pages and API.
 */
export async function reportFile(viewer: StaffActor, input: { roundId: string; groupId?: string | undefined; locale: Locale; format: ReportFormat; channel: 'page' | 'api' }): Promise<ResultsFile> {
  const report = await buildReport(viewer, input);
  const body = input.format === 'pdf' ? await renderReportPdf(report) : input.format === 'csv' ? reportCsv(report) : await reportXlsx(report);
  await recordReportDownloaded(viewer, { roundId: report.round.id, groupId: report.scope?.groupId ?? null, format: input.format, locale: input.locale, channel: input.channel });
  const name = [fileSlug(report.round.name), report.scope ? fileSlug(report.scope.name) : null].filter(Boolean).join('-');
  return { body, contentType: contentTypes[input.format], filename: `apv-${name}-${input.locale}.${input.format}` };
}
