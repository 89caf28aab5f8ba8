import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { spreadsheetFormula } from './spreadsheet-safe';

const row = (cell: string) => Papa.unparse([[cell]], { delimiter: ';', escapeFormulae: spreadsheetFormula, newline: '\n' });

describe('spreadsheet-safe CSV cells', () => {
  it('escapes text a spreadsheet would run as a formula', () => {
    for (const cell of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1']) expect(row(cell)).toMatch(/^"?'/);
  });

  it('leaves numbers as numbers, negative balances included', () => {
    expect(row('-0,4')).toBe('-0,4');
    expect(row('-1.25')).toBe('-1.25');
    expect(row('+2')).toBe('+2');
    expect(row('3,5')).toBe('3,5');
  });
});
