import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { anonymityPreview } from '@/lib/domains/rounds/preview';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createRoundsOrg } from '../fixtures/rounds';

const verdicts = (preview: Awaited<ReturnType<typeof anonymityPreview>>) => Object.fromEntries(preview.groups.map((g) => [g.name, g.verdict]));

describe('the anonymity preview of a draft round', () => {
  it('shows which groups could show results if everyone answers, counting each group with its subgroups', async () => {
    const org = await createRoundsOrg();
    const preview = await anonymityPreview(scopedDb(org.organisationId), { organisationId: org.organisationId, groupIds: [org.groups.direktion.id], anonymityThreshold: 3 });
    // Direktion 1 + Sundhed 3 + Plejecentre 3 + Teknik 2 active leaders; the archived group and leader are not counted.
    expect(preview.leaders).toBe(9);
    expect(preview.groups.map((g) => [g.name, g.depth, g.ownLeaders, g.leaders])).toEqual([
      ['Direktion', 0, 1, 9],
      ['Sundhed', 1, 3, 6],
      ['Plejecentre', 2, 3, 3],
      ['Teknik', 1, 2, 2],
    ]);
    expect(verdicts(preview)).toEqual({ Direktion: 'shown', Sundhed: 'shown', Plejecentre: 'shown', Teknik: 'too-few' });
    expect(preview).toMatchObject({ totalVerdict: 'shown', shown: 3, tooFew: 1, suppressed: 0 });
  });

  it('hides a large-enough group whose parent would otherwise give away a smaller remainder', async () => {
    const org = await createRoundsOrg();
    // With a threshold of 4: Direktion (9) minus Sundhed (6) leaves 3 — fewer than 4 — so Sundhed is hidden.
    const preview = await anonymityPreview(scopedDb(org.organisationId), { organisationId: org.organisationId, groupIds: [org.groups.direktion.id], anonymityThreshold: 4 });
    expect(verdicts(preview)).toEqual({ Direktion: 'shown', Sundhed: 'suppressed', Plejecentre: 'too-few', Teknik: 'too-few' });
    expect(preview).toMatchObject({ shown: 1, tooFew: 2, suppressed: 1 });
  });

  it('looks only at the chosen part of the tree', async () => {
    const org = await createRoundsOrg();
    const preview = await anonymityPreview(scopedDb(org.organisationId), { organisationId: org.organisationId, groupIds: [org.groups.sundhed.id], anonymityThreshold: 3 });
    expect(preview.leaders).toBe(6);
    expect(verdicts(preview)).toEqual({ Sundhed: 'shown', Plejecentre: 'shown' });
  });

  it('follows the tree as it is now: a leader added to a group changes the verdict before opening', async () => {
    const org = await createRoundsOrg();
    const tenant = scopedDb(org.organisationId);
    const draft = { organisationId: org.organisationId, groupIds: [org.groups.teknik.id], anonymityThreshold: 3 };
    expect((await anonymityPreview(tenant, draft)).totalVerdict).toBe('too-few');
    await ownerDb().leader.create({ data: { organisationId: org.organisationId, groupId: org.groups.teknik.id, name: 'Ny leder', email: `ny.${org.organisationId}@example.test` } });
    const after = await anonymityPreview(tenant, draft);
    expect(after.totalVerdict).toBe('shown');
    expect(verdicts(after)).toEqual({ Teknik: 'shown' });
  });

  it('sees nothing of another organisation’s groups', async () => {
    const org = await createRoundsOrg();
    const other = await createRoundsOrg('Anden');
    const preview = await anonymityPreview(scopedDb(org.organisationId), { organisationId: org.organisationId, groupIds: [other.groups.direktion.id], anonymityThreshold: 3 });
    expect(preview).toMatchObject({ leaders: 0, groups: [], totalVerdict: 'too-few' });
  });
});
