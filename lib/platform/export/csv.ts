import Papa from 'papaparse';
import type { Locale } from '@/content/types';
import { intlLocaleOf } from '@/lib/platform/i18n/intl-locale';
import { spreadsheetFormula } from './spreadsheet-safe';

/**
 * The one CSV writer. Every CSV the app hands out is written for a spreadsheet: Danish ones
 * expect ';' between cells and a decimal comma, English ones ',' and a decimal point; lines end
 * in CRLF; a cell with a delimiter, a quote or a line break is quoted; text a spreadsheet would
 * run as a formula is escaped (spreadsheet-safe.ts); and a file starts with a byte order mark so
 * Excel reads æ, ø and å as UTF-8. Reading CSV (the leader import) is Papa Parse's, not this.
 */

export type CsvCell = string | number | null;
/** Rows of cells, the first usually the header. */
export type CsvTable = CsvCell[][];

export interface CsvOptions {
  /** Whose spreadsheet it is for: the delimiter and the decimal mark of numbers. */
  locale: Locale;
  /**
   * Leaves formula-like text as it is. Only for a file whose cells our own import reads back
   * literally (the leader import's example): an escaped "-Team" would no longer name the group.
   */
  keepFormulae?: boolean;
}

/** Danish spreadsheets expect ';' between cells (the comma is their decimal mark); English ones ','. */
export function csvDelimiter(locale: Locale): ';' | ',' {
  return locale === 'da' ? ';' : ',';
}

/** One table: CRLF between rows, no byte order mark and no final line break. Null is an empty cell; a number has at most two decimals, ungrouped. */
export function csvTable(rows: CsvTable, options: CsvOptions): string {
  const number = new Intl.NumberFormat(intlLocaleOf(options.locale), { maximumFractionDigits: 2, useGrouping: false });
  const text = (cell: CsvCell) => (cell === null ? '' : typeof cell === 'number' ? number.format(cell) : cell);
  return Papa.unparse(
    rows.map((row) => row.map(text)),
    { delimiter: csvDelimiter(options.locale), newline: '\r\n', ...(options.keepFormulae ? {} : { escapeFormulae: spreadsheetFormula }) },
  );
}

/** A file: the byte order mark, the tables with an empty line between them, and a final line break. */
export function csvFile(tables: CsvTable[], options: CsvOptions): string {
  return `\uFEFF${tables.map((table) => csvTable(table, options)).join('\r\n\r\n')}\r\n`;
}
