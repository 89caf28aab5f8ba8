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
    ['kendt@x.dk', { id: 'kendt-id', name: 'Kendt Leder', groupId: groups[1]!.id, managerEmail: 'chef@x.dk', locale: 'en', archived: false }],
    ['gammel@x.dk', { id: 'gammel-id', name: 'Gammel Leder', groupId: groups[1]!.id, managerEmail: null, locale: null, archived: true }],
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
    expect(unchanged.missing).toEqual([]);
    const moved = check('Kendt Leder;kendt@x.dk;Direktion;;da');
    expect(moved.rows[0]!.changes).toEqual(['group', 'managerEmail', 'language']);
    expect(moved.counts).toEqual({ add: 0, update: 1, move: 1, unchanged: 0 });
    const without = check('Ny;ny@x.dk;Direktion;;');
    // Gammel Leder is archived already: only the active leader is offered for archiving.
    expect(without.missing).toEqual([{ id: 'kendt-id', name: 'Kendt Leder', email: 'kendt@x.dk', groupPath: 'Direktion / Sundhed' }]);
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
