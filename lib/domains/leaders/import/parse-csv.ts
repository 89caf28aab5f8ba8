import Papa from 'papaparse';
import { columnFor, requiredColumns, type ImportColumn } from './columns';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';
import type { FileProblem } from './problems';

/** One data row as written, trimmed; `row` is its number as a spreadsheet shows it (header = 1). */
export interface RawRow {
  row: number;
  name: string;
  email: string;
  group: string;
  managerEmail: string;
  language: string;
  /** "" when the file has no employee-number column or the cell is empty. */
  employeeNumber: string;
}

export interface ParsedCsv {
  rows: RawRow[];
  fileProblems: FileProblem[];
  /** Headers that were not recognised and are ignored (shown so a misspelt header is noticed). */
  ignoredColumns: string[];
  /** The columns the file has: a column it leaves out changes nothing for leaders already on file. */
  columns: ImportColumn[];
}

const fieldOf: Record<ImportColumn, keyof Omit<RawRow, 'row'>> = {
  name: 'name',
  email: 'email',
  group: 'group',
  manager_email: 'managerEmail',
  language: 'language',
  employee_number: 'employeeNumber',
};

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/**
 * The delimiter, read from the header line: whichever of ";", "," and tab it holds most of.
 * (Guessing from the whole file goes wrong on a file with only a header, or with commas in names.)
 */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const count = (d: string) => header.split(d).length - 1;
  return [';', ',', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ';');
}

/**
 * Reads the CSV text: BOM, quotes and either ";" (Danish Excel), "," or tab as the delimiter.
 * File-level problems (too large, too many rows, missing columns, broken quotes) stop the row
 * checks — there is nothing sensible to say about each row then.
 */
export function parseCsv(text: string): ParsedCsv {
  const none: ParsedCsv = { rows: [], fileProblems: [], ignoredColumns: [], columns: [] };
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) {
    return { ...none, fileProblems: [{ code: 'fileTooLarge', values: { limit: '1 MB' } }] };
  }
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: delimiterOf(body) });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return { ...none, fileProblems: [{ code: 'unreadable', values: { row: (quoteError.row ?? 0) + 1 } }] };

  const headerIndex = result.data.findIndex((cells) => !isBlank(cells));
  if (headerIndex === -1) return { ...none, fileProblems: [{ code: 'empty' }] };
  const header = result.data[headerIndex]!;
  const positions = new Map<ImportColumn, number>();
  const ignoredColumns: string[] = [];
  header.forEach((cell, index) => {
    const column = columnFor(cell);
    if (column && !positions.has(column)) positions.set(column, index);
    else if (cell.trim() !== '') ignoredColumns.push(cell.trim());
  });
  const missing = requiredColumns.filter((c) => !positions.has(c));
  if (missing.length > 0) return { ...none, ignoredColumns, fileProblems: [{ code: 'missingColumns', values: { columns: missing.join(', ') } }] };

  const rows: RawRow[] = [];
  for (let i = headerIndex + 1; i < result.data.length; i++) {
    const cells = result.data[i]!;
    if (isBlank(cells)) continue;
    const row: RawRow = { row: i + 1, name: '', email: '', group: '', managerEmail: '', language: '', employeeNumber: '' };
    for (const [column, index] of positions) row[fieldOf[column]] = (cells[index] ?? '').trim();
    rows.push(row);
  }
  if (rows.length === 0) return { ...none, ignoredColumns, fileProblems: [{ code: 'empty' }] };
  if (rows.length > MAX_IMPORT_ROWS) {
    return { ...none, ignoredColumns, fileProblems: [{ code: 'tooManyRows', values: { limit: MAX_IMPORT_ROWS, count: rows.length } }] };
  }
  return { rows, fileProblems: [], ignoredColumns, columns: [...positions.keys()] };
}
