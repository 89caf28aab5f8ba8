import { describe, expect, it } from 'vitest';
import { currentQuestionnaire } from '@/content/questionnaires';
import { ownerDb } from '@/tests/support/owner-db';
import { commitImport, previewImport } from '@/lib/domains/leaders/import/import-leaders';
import { archiveLeader } from '@/lib/domains/leaders/mutations';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createGroupTreeOrg } from '../fixtures/groups';

const DAY = 24 * 60 * 60 * 1000;
const header = 'navn;e-mail;gruppe;medarbejdernummer\n';
const leaders = (organisationId: string) => scopedDb(organisationId).leader.findMany({ orderBy: { createdAt: 'asc' } });
const imports = (organisationId: string) => scopedDb(organisationId).auditLogEntry.count({ where: { action: 'leaders.imported' } });

/**
 * Last year's export with employee numbers: Anne (the fixture's leader, who had no number yet)
 * gets 100, Bo 200 and Cy 300; Anne was invited to a round that has closed since.
 */
async function lastYear() {
  const org = await createGroupTreeOrg();
  const { organisationId, caller, leader: anne } = org;
  const csv = `${header}${anne.name};${anne.email};Direktion/Sundhed;100\nBo Hansen;bo@example.test;Direktion/Sundhed;200\nCy Yde;cy@example.test;Direktion;300`;
  expect((await previewImport(organisationId, csv)).rows[0]).toMatchObject({ outcome: 'update', leaderId: anne.id, changes: ['employeeNumber'] });
  expect(await commitImport(caller, csv)).toEqual({ imported: true, added: 2, updated: 1, archived: 0 });
  const round = await ownerDb().round.create({
    data: {
      organisationId,
      name: 'Sidste år',
      opensAt: new Date(Date.now() - 30 * DAY),
      closesAt: new Date(Date.now() - 10 * DAY),
      status: 'CLOSED',
      questionnaireVersion: currentQuestionnaire.version,
      groupIds: [org.sundhed.id],
    },
  });
  const invitation = await ownerDb().invitation.create({ data: { organisationId, roundId: round.id, leaderId: anne.id, groupId: org.sundhed.id, locale: 'da' } });
  return { ...org, caller, anne, invitation };
}

describe('an import with an employee-number column', () => {
  it('gives the number to a leader on file without one, matched by e-mail', async () => {
    const { organisationId, anne } = await lastYear();
    expect(await scopedDb(organisationId).leader.findUniqueOrThrow({ where: { id: anne.id } })).toMatchObject({ employeeNumber: '100', email: anne.email });
    const entry = await scopedDb(organisationId).auditLogEntry.findFirstOrThrow({ where: { action: 'leader.updated', targetId: anne.id } });
    expect(entry.details).toEqual({ changes: { employeeNumber: { from: null, to: '100' } }, byImport: true });
  });

  it('updates the leader whose e-mail changed in the HR system, keeping their id and past invitations, and stamps the change for the round approval', async () => {
    const { organisationId, caller, anne, invitation } = await lastYear();
    const csv = `${header}${anne.name};Anne.Ny@Example.test;Direktion/Sundhed;100\nBo Hansen;bo@example.test;Direktion/Sundhed;200\nCy Yde;cy@example.test;Direktion;300`;

    const preview = await previewImport(organisationId, csv);
    expect(preview.rows[0]).toMatchObject({ outcome: 'update', leaderId: anne.id, changes: ['email'], email: 'anne.ny@example.test', previousEmail: anne.email });
    expect(preview.counts).toEqual({ add: 0, update: 1, move: 0, unchanged: 2 });
    expect(preview.missing).toEqual([]);

    expect(await commitImport(caller, csv)).toEqual({ imported: true, added: 0, updated: 1, archived: 0 });
    const all = await leaders(organisationId);
    expect(all).toHaveLength(3);
    const updated = all.find((l) => l.id === anne.id)!;
    expect(updated).toMatchObject({ email: 'anne.ny@example.test', employeeNumber: '100', archivedAt: null });
    expect(updated.emailChangedAt).not.toBeNull();
    expect(await scopedDb(organisationId).invitation.findMany({ where: { leaderId: anne.id } })).toEqual([expect.objectContaining({ id: invitation.id })]);
    const entries = await scopedDb(organisationId).auditLogEntry.findMany({ where: { action: 'leader.updated', targetId: anne.id }, orderBy: { createdAt: 'asc' } });
    expect(entries.at(-1)!.details).toEqual({ changes: { email: { from: anne.email, to: 'anne.ny@example.test' } }, byImport: true });
  });

  it('writes nothing when a number is in the file twice', async () => {
    const { organisationId, caller } = await lastYear();
    const before = await leaders(organisationId);
    const result = await commitImport(caller, `${header}Bo Hansen-Berg;bo@example.test;Direktion/Sundhed;200\nEva Ny;eva@example.test;Direktion;200`);
    expect(result.imported).toBe(false);
    if (!result.imported) expect(result.preview.rows.map((r) => r.problems.map((p) => p.code))).toEqual([[], ['employeeNumberDuplicateInFile']]);
    expect(await leaders(organisationId)).toEqual(before);
    expect(await imports(organisationId)).toBe(1);
  });

  it('refuses a row whose number is one leader’s and e-mail another’s, naming both, and writes nothing', async () => {
    const { organisationId, caller, anne } = await lastYear();
    const before = await leaders(organisationId);
    const result = await commitImport(caller, `${header}Bo Hansen;${anne.email};Direktion/Sundhed;200\nEva Ny;eva@example.test;Direktion;400`);
    expect(result.imported).toBe(false);
    if (!result.imported) {
      expect(result.preview.rows[0]!.problems).toEqual([{ code: 'employeeNumberEmailConflict', column: 'employeeNumber', values: { name: 'Bo Hansen', other: anne.name } }]);
      expect(result.preview.rows[1]!.problems).toEqual([]);
    }
    expect(await leaders(organisationId)).toEqual(before);
  });

  it('refuses the number of an archived leader rather than bringing them back', async () => {
    const { organisationId, caller } = await lastYear();
    const bo = await scopedDb(organisationId).leader.findFirstOrThrow({ where: { employeeNumber: '200' } });
    await archiveLeader(caller, bo.id);
    const preview = await previewImport(organisationId, `${header}Bo Hansen;bo.ny@example.test;Direktion/Sundhed;200`);
    expect(preview.rows[0]!.problems).toEqual([{ code: 'employeeNumberArchived', column: 'employeeNumber', values: { name: 'Bo Hansen' } }]);
    expect(preview.ready).toBe(false);
  });

  it('adds a leader with a new number and offers the leaders whose numbers are missing for archiving', async () => {
    const { organisationId, caller, anne } = await lastYear();
    const csv = `${header}${anne.name};${anne.email};Direktion/Sundhed;100\nBo Hansen;bo@example.test;Direktion/Sundhed;200\nEva Ny;eva@example.test;Direktion;400`;
    const preview = await previewImport(organisationId, csv);
    expect(preview.missing.map((m) => m.name)).toEqual(['Cy Yde']);
    expect(await commitImport(caller, csv, { archiveIds: preview.missing.map((m) => m.id) })).toEqual({ imported: true, added: 1, updated: 0, archived: 1 });
    expect(await scopedDb(organisationId).leader.findFirstOrThrow({ where: { email: 'eva@example.test' } })).toMatchObject({ employeeNumber: '400' });
  });
});

describe('an import without an employee-number column', () => {
  it('keys on the e-mail as before: a changed address is a new leader, the old one offered for archiving, numbers untouched', async () => {
    const { organisationId, caller, anne } = await lastYear();
    const csv = `navn;e-mail;gruppe\n${anne.name};anne.ny@example.test;Direktion/Sundhed\nBo Hansen;bo@example.test;Direktion/Sundhed\nCy Yde;cy@example.test;Direktion`;
    const preview = await previewImport(organisationId, csv);
    expect(preview).toMatchObject({ keyedByEmployeeNumber: false, counts: { add: 1, update: 0, move: 0, unchanged: 2 } });
    expect(preview.missing.map((m) => m.id)).toEqual([anne.id]);
    expect(await commitImport(caller, csv)).toEqual({ imported: true, added: 1, updated: 0, archived: 0 });
    expect((await leaders(organisationId)).map((l) => [l.email, l.employeeNumber])).toEqual([
      [anne.email, '100'],
      ['bo@example.test', '200'],
      ['cy@example.test', '300'],
      ['anne.ny@example.test', null],
    ]);
  });
});
