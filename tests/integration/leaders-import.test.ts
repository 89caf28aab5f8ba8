import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { archiveGroup } from '@/lib/domains/groups/mutations';
import { commitImport, previewImport } from '@/lib/domains/leaders/import/import-leaders';
import { MAX_IMPORT_ROWS } from '@/lib/domains/leaders/import/limits';
import { createLeader } from '@/lib/domains/leaders/mutations';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createGroupTreeOrg } from '../fixtures/groups';

const header = 'navn;e-mail;gruppe;chef_email\n';
const countLeaders = (organisationId: string) => scopedDb(organisationId).leader.count();
const imports = (organisationId: string) => scopedDb(organisationId).auditLogEntry.findMany({ where: { action: 'leaders.imported' } });

describe('import preview', () => {
  it('shows every row with its problems against the organisation’s groups and leaders, writing nothing', async () => {
    const { organisationId, caller, leader, okonomi } = await createGroupTreeOrg();
    await archiveGroup(caller, { groupId: okonomi.id });
    const csv =
      header +
      [
        'Bo Hansen;bo@example.test;Direktion/Sundhed/Plejecentre;chef@example.test', // row 2: fine
        ';uden.navn@example.test;Direktion;', // 3: name missing
        'Uden Mail;;Direktion;', // 4: e-mail missing
        'Forkert Mail;ikke-en-mail;Direktion;', // 5: invalid e-mail
        'Ukendt Gruppe;ukendt@example.test;Direktion/Marketing;', // 6: unknown group
        `Arkiveret Gruppe;arkiv@example.test;${okonomi.id};`, // 7: archived group by id
        'Dublet;BO@example.test;Direktion;', // 8: duplicate of row 2
        `Findes;${leader.email};Direktion;`, // 9: already in the organisation
        'Dårlig Chef;chef.fejl@example.test;Direktion;chef@', // 10: invalid manager e-mail
      ].join('\n');
    const preview = await previewImport(organisationId, csv);
    expect(preview.rows.map((r) => [r.row, r.problems.map((p) => p.code)])).toEqual([
      [2, []],
      [3, ['nameMissing']],
      [4, ['emailMissing']],
      [5, ['emailInvalid']],
      [6, ['groupUnknown']],
      [7, ['groupArchived']],
      [8, ['emailDuplicateInFile']],
      [9, ['emailExists']],
      [10, ['managerEmailInvalid']],
    ]);
    expect(preview.rows[0]).toMatchObject({ groupPath: 'Direktion / Sundhed / Plejecentre' });
    expect(preview).toMatchObject({ problemRows: 8, ready: false });
    expect(await countLeaders(organisationId)).toBe(1);
  });

  it("does not find another organisation's groups by path or id", async () => {
    const mine = await createGroupTreeOrg();
    const theirs = await createGroupTreeOrg();
    await ownerDb().leaderGroup.create({ data: { organisationId: theirs.organisationId, name: 'Kun hos dem', parentId: theirs.direktion.id } });
    const preview = await previewImport(mine.organisationId, `${header}A;a@example.test;Direktion/Kun hos dem;\nB;b@example.test;${theirs.sundhed.id};`);
    expect(preview.rows.map((r) => r.problems.map((p) => p.code))).toEqual([['groupUnknown'], ['groupUnknown']]);
  });
});

describe('import commit', () => {
  it('imports every row in one go and audits the count', async () => {
    const { organisationId, caller, sundhed } = await createGroupTreeOrg();
    const csv = `${header}Bo Hansen;Bo@Example.test;Direktion/Sundhed/Plejecentre;chef@example.test\nCy Yde;cy@example.test;${sundhed.id};\n`;
    expect(await commitImport(caller, csv)).toEqual({ imported: true, count: 2 });
    const bo = await scopedDb(organisationId).leader.findFirstOrThrow({ where: { email: 'bo@example.test' } });
    expect(bo).toMatchObject({ name: 'Bo Hansen', managerEmail: 'chef@example.test', archivedAt: null });
    expect((await imports(organisationId)).map((e) => e.details)).toEqual([{ count: 2 }]);
  });

  it('writes nothing at all when a single row has a problem, and returns the preview instead', async () => {
    const { organisationId, caller } = await createGroupTreeOrg();
    const rows = Array.from({ length: 50 }, (_, i) => `Leder ${i};leder${i}@example.test;Direktion/Sundhed;`);
    rows.push('Den sidste;den.sidste@example.test;Direktion/Findes ikke;');
    const result = await commitImport(caller, header + rows.join('\n'));
    expect(result.imported).toBe(false);
    if (!result.imported) expect(result.preview).toMatchObject({ problemRows: 1, ready: false });
    expect(await countLeaders(organisationId)).toBe(1);
    expect(await imports(organisationId)).toEqual([]);
  });

  it('checks again on commit: a leader added after the preview stops the import', async () => {
    const { organisationId, caller, pleje } = await createGroupTreeOrg();
    const csv = `${header}Bo Hansen;bo@example.test;Direktion/Sundhed;\nCy Yde;cy@example.test;Direktion/Sundhed;`;
    expect((await previewImport(organisationId, csv)).ready).toBe(true);
    await createLeader(caller, { name: 'Cy Yde', email: 'cy@example.test', groupId: pleje.id, managerEmail: null, locale: null });
    const result = await commitImport(caller, csv);
    expect(result.imported).toBe(false);
    if (!result.imported) expect(result.preview.rows[1]!.problems.map((p) => p.code)).toEqual(['emailExists']);
    expect(await scopedDb(organisationId).leader.count({ where: { email: 'bo@example.test' } })).toBe(0);
  });

  it(`refuses a file with more than ${MAX_IMPORT_ROWS} rows without writing anything`, async () => {
    const { organisationId, caller } = await createGroupTreeOrg();
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `L ${i};l${i}@example.test;Direktion`);
    const result = await commitImport(caller, `navn;email;gruppe\n${rows.join('\n')}`);
    expect(result).toMatchObject({ imported: false, preview: { fileProblems: [{ code: 'tooManyRows' }] } });
    expect(await countLeaders(organisationId)).toBe(1);
  });

  it(`imports the full ${MAX_IMPORT_ROWS} rows in one transaction`, async () => {
    const { organisationId, caller } = await createGroupTreeOrg();
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `Leder ${i};leder${i}@example.test;Direktion/Sundhed/Plejecentre`);
    expect(await commitImport(caller, `navn;email;gruppe\n${rows.join('\n')}`)).toEqual({ imported: true, count: MAX_IMPORT_ROWS });
    expect(await countLeaders(organisationId)).toBe(MAX_IMPORT_ROWS + 1);
  });
});
