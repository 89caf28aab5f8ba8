import { describe, expect, it } from 'vitest';
import { exampleCsv } from './example-csv';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';
import { parseCsv } from './parse-csv';

describe('reading an import file', () => {
  it('reads a Danish Excel export: BOM, semicolons, Danish headers and quoted fields', () => {
    const csv = '\uFEFFNavn;E-mail;Gruppe;Chef_email\r\n"Jensen; Anne";Anne@Kommune.dk ;Direktion/Sundhed;ole@kommune.dk\r\nMads Nielsen;mads@kommune.dk;Direktion;\r\n';
    const parsed = parseCsv(csv);
    expect(parsed.fileProblems).toEqual([]);
    expect(parsed.rows).toEqual([
      { row: 2, name: 'Jensen; Anne', email: 'Anne@Kommune.dk', group: 'Direktion/Sundhed', managerEmail: 'ole@kommune.dk', language: '', employeeNumber: '' },
      { row: 3, name: 'Mads Nielsen', email: 'mads@kommune.dk', group: 'Direktion', managerEmail: '', language: '', employeeNumber: '' },
    ]);
  });

  it('reads comma-separated English headers in any order and reports unknown columns', () => {
    const parsed = parseCsv('email,group,name,phone,manager_email\nanne@x.dk,Direktion,"Anne, Jensen",1234,');
    expect(parsed.rows[0]).toMatchObject({ name: 'Anne, Jensen', email: 'anne@x.dk', group: 'Direktion' });
    expect(parsed.ignoredColumns).toEqual(['phone']);
  });

  it('accepts leders_email as the manager column', () => {
    expect(parseCsv('navn;email;gruppe;leders_email\nA;a@x.dk;D;chef@x.dk').rows[0]!.managerEmail).toBe('chef@x.dk');
  });

  it('numbers rows as a spreadsheet does, skipping blank lines without renumbering', () => {
    const parsed = parseCsv('name;email;group\n\nA;a@x.dk;D\n;;\nB;b@x.dk;D\n');
    expect(parsed.rows.map((r) => r.row)).toEqual([3, 5]);
  });

  it('names the required columns that are missing', () => {
    expect(parseCsv('navn;telefon\nAnne;1234').fileProblems).toEqual([{ code: 'missingColumns', values: { columns: 'email, group' } }]);
  });

  it('says a file without leaders is empty', () => {
    expect(parseCsv('').fileProblems[0]!.code).toBe('empty');
    expect(parseCsv('navn;email;gruppe\n\n').fileProblems[0]!.code).toBe('empty');
  });

  it('refuses a file over 1 MB before reading it', () => {
    const big = `navn;email;gruppe\n${'x'.repeat(MAX_IMPORT_BYTES)}`;
    expect(parseCsv(big)).toMatchObject({ rows: [], fileProblems: [{ code: 'fileTooLarge' }] });
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows, saying how many there are`, () => {
    const lines = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `L${i};l${i}@x.dk;D`);
    expect(parseCsv(`navn;email;gruppe\n${lines.join('\n')}`)).toMatchObject({
      rows: [],
      fileProblems: [{ code: 'tooManyRows', values: { limit: MAX_IMPORT_ROWS, count: MAX_IMPORT_ROWS + 1 } }],
    });
  });

  it('says where a quotation mark is left open', () => {
    expect(parseCsv('navn;email;gruppe\nA;a@x.dk;D\n"B;b@x.dk;D\n').fileProblems[0]!.code).toBe('unreadable');
  });

  it('reads its own example file back in both languages', () => {
    for (const locale of ['da', 'en'] as const) {
      const parsed = parseCsv(exampleCsv(locale, ['Direktion/Sundhed']));
      expect(parsed.fileProblems).toEqual([]);
      expect(parsed.ignoredColumns).toEqual([]);
      expect(parsed.rows).toHaveLength(3);
      expect(parsed.rows[0]).toMatchObject({ name: 'Anne Jensen', group: 'Direktion/Sundhed', language: 'da' });
    }
  });
});
