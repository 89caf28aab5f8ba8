import 'server-only';
import { Font, renderToBuffer } from '@react-pdf/renderer';
import type { ReportModel } from './model';
import { withReportFonts } from './pdf/fonts';
import { ReportDocument } from './pdf/ReportDocument';

// Words are never split with a hyphen: a split name or figure reads wrong (and cannot be searched).
Font.registerHyphenationCallback((word) => [word]);

/** The report as PDF bytes, rendered on the server: text in the embedded font, and charts as vector shapes. */
export async function renderReportPdf(report: ReportModel): Promise<Uint8Array> {
  return withReportFonts(async (fontFamily) => new Uint8Array(await renderToBuffer(<ReportDocument report={report} fontFamily={fontFamily} />)));
}
