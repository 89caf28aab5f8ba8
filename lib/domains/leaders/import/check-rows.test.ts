import { describe, expect, it } from 'vitest';
import type { GroupRow } from '@/lib/domains/groups/tree';
import { checkRows, type ImportContext } from './check-rows';
import { parseCsv } from './parse-csv';

const groups: GroupRow[] = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Direktion', parentId: null, archivedAt: null },
  { id: '00000000-0000-4000-8000-000000000002', name: 'Sundhed', parentId: '00000000-0000-4000-8000-000000000001', archivedAt: null },
  { id: '00000000-0000-4000-8000-000000000003', name: 'Lukket', parentId: '00000000-0000-4000-8000-000000000001', archivedAt: new Date() },
];
const context: ImportContext = {
  groups,
  existing: new Map([
    ['kendt@x.dk', { id: 'kendt-id', name: 'Kendt Leder', email: 'kendt@x.dk', employeeNumber: null, groupId: groups[1]!.id, managerEmail: 'chef@x.dk', locale: 'en', archived: false }],
    ['gammel@x.dk', { id: 'gammel-id', name: 'Gammel Leder', email: 'gammel@x.dk', employeeNumber: '900', groupId: groups[1]!.id, managerEmail: null, locale: null, archived: true }],
    ['nummer@x.dk', { id: 'nummer-id', name: 'Nummer Leder', email: 'nummer@x.dk', employeeNumber: '100', groupId: groups[1]!.id, managerEmail: null, locale: null, archived: false }],
  ]),
};

const check = (body: string, header = 'navn;email;gruppe;chef_email;sprog') => checkRows(parseCsv(`${header}\n${body}`), context);
const codes = (body: string) => check(body).rows.map((r) => r.problems.map((p) => p.code));

describe('checking import rows', () => {
  it('makes a clean file ready, with e-mails lower-cased and groups resolved', () => {
    const preview = check('Anne;ANNE@X.dk;Direktion/Sundhed;Chef@X.dk;en\nBo;bo@x.dk;00000000-0000-4000-8000-000000000001;;');
    expect(preview.ready).toBe(true);
    expect(preview.problemRows).toBe(0);
    expect(preview.rows[0]).toMatchObject({ email: 'anne@x.dk', managerEmail: 'chef@x.dk', groupId: groups[1]!.id, groupPath: 'Direktion / Sundhed', locale: 'en' });
    expect(preview.rows[1]).toMatchObject({ groupId: groups[0]!.id, locale: null });
  });

  it('reports a missing name, a missing or invalid e-mail and a missing group', () => {
    expect(codes(';a@x.dk;Direktion;;\nB;;Direktion;;\nC;ikke-en-mail;Direktion;;\nD;d@x.dk;;;')).toEqual([['nameMissing'], ['emailMissing'], ['emailInvalid'], ['groupMissing']]);
  });

  it('reports an unknown path, an unknown id and an archived group', () => {
    expect(codes('A;a@x.dk;Direktion/Økonomi;;\nB;b@x.dk;00000000-0000-4000-8000-00000000ffff;;\nC;c@x.dk;00000000-0000-4000-8000-000000000003;;\nD;d@x.dk;Direktion/Lukket;;')).toEqual([
      ['groupUnknown'],
      ['groupUnknown'],
      ['groupArchived'],
      ['groupUnknown'],
    ]);
  });

  it('reports a duplicate e-mail within the file on the later row, naming the first', () => {
    const preview = check('A;a@x.dk;Direktion;;\nB;A@X.DK;Direktion;;');
    expect(preview.rows[0]!.problems).toEqual([]);
    expect(preview.rows[1]!.problems).toEqual([{ code: 'emailDuplicateInFile', column: 'email', values: { row: 2 } }]);
  });

  it('updates a leader on file matched by e-mail, naming what changes, and refuses an archived one', () => {
    const preview = check('Kendt Leder Hansen;KENDT@x.dk;Direktion;chef@x.dk;en\nB;gammel@x.dk;Direktion;;');
    expect(preview.rows[0]).toMatchObject({ outcome: 'update', leaderId: 'kendt-id', changes: ['name', 'group'], problems: [] });
    expect(preview.rows[1]!.problems).toEqual([{ code: 'emailExistsArchived', column: 'email', values: { name: 'Gammel Leder' } }]);
    expect(preview.ready).toBe(false);
  });

  it('counts adds, updates, moves and unchanged rows, and lists the active leaders the file leaves out', () => {
    const unchanged = check('Kendt Leder;kendt@x.dk;Direktion/Sundhed;chef@x.dk;en\nNy;ny@x.dk;Direktion;;');
    expect(unchanged.rows.map((r) => r.outcome)).toEqual(['unchanged', 'add']);
    expect(unchanged.counts).toEqual({ add: 1, update: 0, move: 0, unchanged: 1 });
    expect(unchanged.missing.map((m) => m.id)).toEqual(['nummer-id']);
    const moved = check('Kendt Leder;kendt@x.dk;Direktion;;da');
    expect(moved.rows[0]!.changes).toEqual(['group', 'managerEmail', 'language']);
    expect(moved.counts).toEqual({ add: 0, update: 1, move: 1, unchanged: 0 });
    const without = check('Ny;ny@x.dk;Direktion;;');
    // Gammel Leder is archived already: only the active leader is offered for archiving.
    expect(without.missing).toEqual([
      { id: 'kendt-id', name: 'Kendt Leder', email: 'kendt@x.dk', groupPath: 'Direktion / Sundhed' },
      { id: 'nummer-id', name: 'Nummer Leder', email: 'nummer@x.dk', groupPath: 'Direktion / Sundhed' },
    ]);
  });

  it('leaves the manager and language alone when the file has no such column', () => {
    const preview = check('Kendt Leder;kendt@x.dk;Direktion/Sundhed', 'navn;email;gruppe');
    expect(preview.rows[0]).toMatchObject({ outcome: 'unchanged', changes: [] });
  });

  it('reports an invalid manager e-mail and an unknown language', () => {
    expect(codes('A;a@x.dk;Direktion;chef@;fr')).toEqual([['managerEmailInvalid', 'languageInvalid']]);
  });

  it('lists every problem of a row, not only the first, and counts the rows with problems', () => {
    const preview = check(';bad;Nowhere;bad;xx\nOK;ok@x.dk;Direktion;;');
    expect(preview.rows[0]!.problems.map((p) => p.code)).toEqual(['nameMissing', 'emailInvalid', 'groupUnknown', 'managerEmailInvalid', 'languageInvalid']);
    expect(preview.problemRows).toBe(1);
    expect(preview.ready).toBe(false);
  });
});

describe('checking import rows with an employee-number column', () => {
  const header = 'navn;email;gruppe;medarb.nr';
  const keyed = (body: string) => check(body, header);

  it('updates the leader with the number when the e-mail changed, and says so', () => {
    const preview = keyed('Nummer Leder;NY.ADRESSE@x.dk;Direktion/Sundhed;100');
    expect(preview.keyedByEmployeeNumber).toBe(true);
    expect(preview.rows[0]).toMatchObject({ outcome: 'update', leaderId: 'nummer-id', changes: ['email'], previousEmail: 'nummer@x.dk', problems: [] });
    expect(preview.missing.map((m) => m.id)).toEqual(['kendt-id']);
  });

  it('gives a new number to the leader on file with that e-mail and no number', () => {
    expect(keyed('Kendt Leder;kendt@x.dk;Direktion/Sundhed; 200 ').rows[0]).toMatchObject({ outcome: 'update', leaderId: 'kendt-id', employeeNumber: '200', changes: ['employeeNumber'] });
  });

  it('keeps the number on file when the cell is empty, and matches by e-mail then', () => {
    expect(keyed('Nummer Leder;nummer@x.dk;Direktion/Sundhed;').rows[0]).toMatchObject({ outcome: 'unchanged', leaderId: 'nummer-id', changes: [] });
  });

  it('refuses a number twice in the file, a number and an e-mail of two leaders, an archived number and an e-mail with another number', () => {
    const preview = keyed(['A;a@x.dk;Direktion;300', 'B;b@x.dk;Direktion;300', 'Nummer Leder;kendt@x.dk;Direktion;100', 'C;c@x.dk;Direktion;900', 'Nummer Leder;nummer@x.dk;Direktion;101'].join('\n'));
    expect(preview.rows.map((r) => r.problems)).toEqual([
      [],
      [{ code: 'employeeNumberDuplicateInFile', column: 'employeeNumber', values: { row: 2 } }],
      [{ code: 'employeeNumberEmailConflict', column: 'employeeNumber', values: { name: 'Nummer Leder', other: 'Kendt Leder' } }],
      [{ code: 'employeeNumberArchived', column: 'employeeNumber', values: { name: 'Gammel Leder' } }],
      [{ code: 'emailHasOtherEmployeeNumber', column: 'employeeNumber', values: { name: 'Nummer Leder', number: '100' } }],
    ]);
    expect(preview.ready).toBe(false);
  });

  it('refuses two rows that are the same leader by different keys', () => {
    const preview = keyed('Nummer Leder;ny@x.dk;Direktion/Sundhed;100\nNummer Leder;nummer@x.dk;Direktion/Sundhed;');
    expect(preview.rows[1]!.problems).toEqual([{ code: 'leaderTwiceInFile', column: 'email', values: { row: 2, name: 'Nummer Leder' } }]);
  });

  it('ignores numbers entirely when the file has no such column', () => {
    const preview = check('Nummer Leder;ny@x.dk;Direktion/Sundhed', 'navn;email;gruppe');
    expect(preview).toMatchObject({ keyedByEmployeeNumber: false, counts: { add: 1, update: 0, move: 0, unchanged: 0 } });
    expect(preview.missing.map((m) => m.id)).toEqual(['kendt-id', 'nummer-id']);
  });

  it('recognises the employee-number headers in Danish and English', () => {
    for (const h of ['Medarbejdernummer', 'medarb.nr', 'Lønnummer', 'Employee number', 'employee_id', 'Personalenummer']) {
      expect(check('Nummer Leder;ny@x.dk;Direktion/Sundhed;100', `navn;email;gruppe;${h}`).rows[0]).toMatchObject({ leaderId: 'nummer-id' });
    }
  });
});
