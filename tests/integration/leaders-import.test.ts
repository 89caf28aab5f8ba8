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
        `Findes;${leader.email};Direktion;`, // 9: already in the organisation: updated, not a problem
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
      [9, []],
      [10, ['managerEmailInvalid']],
    ]);
    expect(preview.rows[0]).toMatchObject({ groupPath: 'Direktion / Sundhed / Plejecentre' });
    expect(preview.rows[7]).toMatchObject({ outcome: 'update', leaderId: leader.id, changes: ['name', 'group'] });
    expect(preview).toMatchObject({ problemRows: 7, ready: false });
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
    expect(await commitImport(caller, csv)).toEqual({ imported: true, added: 2, updated: 0, archived: 0 });
    const bo = await scopedDb(organisationId).leader.findFirstOrThrow({ where: { email: 'bo@example.test' } });
    expect(bo).toMatchObject({ name: 'Bo Hansen', managerEmail: 'chef@example.test', archivedAt: null });
    expect((await imports(organisationId)).map((e) => e.details)).toEqual([{ added: 2, updated: 0, archived: 0 }]);
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

  it('checks again on commit: a group archived after the preview stops the import', async () => {
    const { organisationId, caller, okonomi } = await createGroupTreeOrg();
    const csv = `${header}Bo Hansen;bo@example.test;Direktion/Sundhed;\nCy Yde;cy@example.test;Direktion/Økonomi;`;
    expect((await previewImport(organisationId, csv)).ready).toBe(true);
    await archiveGroup(caller, { groupId: okonomi.id });
    const result = await commitImport(caller, csv);
    expect(result.imported).toBe(false);
    if (!result.imported) expect(result.preview.rows[1]!.problems.map((p) => p.code)).toEqual(['groupUnknown']);
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
    expect(await commitImport(caller, `navn;email;gruppe\n${rows.join('\n')}`)).toEqual({ imported: true, added: MAX_IMPORT_ROWS, updated: 0, archived: 0 });
    expect(await countLeaders(organisationId)).toBe(MAX_IMPORT_ROWS + 1);
  });
});

describe("next year's export from the HR system", () => {
  /** Last year's import: Anne (from the fixture), Bo, Cy and Dorte. */
  async function lastYear() {
    const org = await createGroupTreeOrg();
    const csv = `${header}${org.leader.name};${org.leader.email};Direktion/Sundhed;\nBo Hansen;bo@example.test;Direktion/Sundhed;chef@example.test\nCy Yde;cy@example.test;Direktion/Sundhed/Plejecentre;\nDorte Dahl;dorte@example.test;Direktion/Økonomi;`;
    expect(await commitImport(org.caller, csv)).toMatchObject({ imported: true, added: 3 });
    return org;
  }
  const thisYear = (anne: string) =>
    `${header}${anne};Direktion/Sundhed;\nBo Hansen-Berg;BO@example.test;Direktion/Sundhed;chef@example.test\nCy Yde;cy@example.test;Direktion/Økonomi;\nEva Ny;eva@example.test;Direktion;`;

  it('previews two changed leaders, one new and one left out, before writing anything', async () => {
    const { organisationId, leader } = await lastYear();
    const preview = await previewImport(organisationId, thisYear(`${leader.name};${leader.email}`));
    expect(preview.ready).toBe(true);
    expect(preview.rows.map((r) => [r.name, r.outcome, r.changes])).toEqual([
      [leader.name, 'unchanged', []],
      ['Bo Hansen-Berg', 'update', ['name']],
      ['Cy Yde', 'update', ['group']],
      ['Eva Ny', 'add', []],
    ]);
    expect(preview.counts).toEqual({ add: 1, update: 2, move: 1, unchanged: 1 });
    expect(preview.missing).toEqual([expect.objectContaining({ name: 'Dorte Dahl', email: 'dorte@example.test', groupPath: 'Direktion / Økonomi' })]);
    expect(await scopedDb(organisationId).leader.findFirstOrThrow({ where: { email: 'bo@example.test' } })).toMatchObject({ name: 'Bo Hansen' });
  });

  it('updates, adds and — only when asked — archives the leaders the file leaves out, auditing each change', async () => {
    const { organisationId, caller, leader, okonomi } = await lastYear();
    const csv = thisYear(`${leader.name};${leader.email}`);
    const dorte = await scopedDb(organisationId).leader.findFirstOrThrow({ where: { email: 'dorte@example.test' } });

    expect(await commitImport(caller, csv, { archiveIds: [dorte.id] })).toEqual({ imported: true, added: 1, updated: 2, archived: 1 });
    const byEmail = new Map((await scopedDb(organisationId).leader.findMany()).map((l) => [l.email, l]));
    expect(byEmail.get('bo@example.test')).toMatchObject({ name: 'Bo Hansen-Berg', managerEmail: 'chef@example.test', archivedAt: null });
    expect(byEmail.get('cy@example.test')).toMatchObject({ groupId: okonomi.id });
    expect(byEmail.get('eva@example.test')).toMatchObject({ name: 'Eva Ny', archivedAt: null });
    expect(byEmail.get('dorte@example.test')!.archivedAt).not.toBeNull();
    const audit = await scopedDb(organisationId).auditLogEntry.findMany({ where: { action: { in: ['leader.updated', 'leader.archived'] } } });
    expect(audit.map((e) => [e.action, e.targetId]).sort()).toEqual(
      [
        ['leader.archived', dorte.id],
        ['leader.updated', byEmail.get('bo@example.test')!.id],
        ['leader.updated', byEmail.get('cy@example.test')!.id],
      ].sort(),
    );

    // The same file again changes nothing, and nobody is archived without being asked.
    expect(await commitImport(caller, csv)).toEqual({ imported: true, added: 0, updated: 0, archived: 0 });
  });

  it('leaves the leaders out of the file alone unless asked, and refuses to archive a list HR did not see', async () => {
    const { organisationId, caller, leader } = await lastYear();
    const csv = thisYear(`${leader.name};${leader.email}`);
    expect(await commitImport(caller, csv)).toMatchObject({ imported: true, archived: 0 });
    expect(await scopedDb(organisationId).leader.count({ where: { archivedAt: { not: null } } })).toBe(0);

    // HR saw Dorte missing; meanwhile someone else added Frida, who is not in the file either.
    const dorte = await scopedDb(organisationId).leader.findFirstOrThrow({ where: { email: 'dorte@example.test' } });
    await createLeader(caller, { name: 'Frida', email: 'frida@example.test', groupId: dorte.groupId, managerEmail: null, locale: null });
    const result = await commitImport(caller, csv, { archiveIds: [dorte.id] });
    expect(result).toMatchObject({ imported: false, changedMeanwhile: true });
    expect(await scopedDb(organisationId).leader.count({ where: { archivedAt: { not: null } } })).toBe(0);
  });

  it('refuses a leader id of another organisation in the archive list and archives nobody there', async () => {
    const mine = await lastYear();
    const theirs = await createGroupTreeOrg();
    const csv = thisYear(`${mine.leader.name};${mine.leader.email}`);
    expect(await commitImport(mine.caller, csv, { archiveIds: [theirs.leader.id] })).toMatchObject({ imported: false, changedMeanwhile: true });
    expect(await ownerDb().leader.findUniqueOrThrow({ where: { id: theirs.leader.id } })).toMatchObject({ archivedAt: null });
  });

  it('refuses a file with the same e-mail twice and writes nothing', async () => {
    const { organisationId, caller } = await lastYear();
    const result = await commitImport(caller, `${header}Bo;bo@example.test;Direktion;\nBo igen;Bo@Example.test;Direktion/Sundhed;`);
    expect(result).toMatchObject({ imported: false, preview: { problemRows: 1 } });
    expect(await scopedDb(organisationId).leader.findFirstOrThrow({ where: { email: 'bo@example.test' } })).toMatchObject({ name: 'Bo Hansen' });
  });
});
