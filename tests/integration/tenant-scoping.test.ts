import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { AppError } from '@/lib/platform/errors';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createOrg } from '../fixtures/organisations';

describe('the tenant scoping layer', () => {
  it("returns nothing for another organisation's id, even when asked for it by its primary key", async () => {
    const a = await createOrg('A');
    const b = await createOrg('B');
    const tenantA = scopedDb(a.organisation.id);

    expect(await tenantA.leaderGroup.findUnique({ where: { id: b.root.id } })).toBeNull();
    expect(await tenantA.leader.findFirst({ where: { email: b.leader.email } })).toBeNull();
    // Naming the other organisation in the where is overridden, not obeyed.
    expect((await tenantA.leader.findFirst({ where: { organisationId: b.organisation.id } }))?.organisationId).toBe(a.organisation.id);
  });

  it("lists only the caller's own rows when a query forgets its where", async () => {
    const a = await createOrg('A');
    await createOrg('B');
    const groups = await scopedDb(a.organisation.id).leaderGroup.findMany();
    expect(groups.map((g) => g.id).sort()).toEqual([a.root.id, a.child.id].sort());
    expect(await scopedDb(a.organisation.id).leader.count()).toBe(1);
  });

  it("cannot change or delete another organisation's rows", async () => {
    const a = await createOrg('A');
    const b = await createOrg('B');
    const tenantA = scopedDb(a.organisation.id);

    await expect(tenantA.leader.update({ where: { id: b.leader.id }, data: { name: 'Hijacked' } })).rejects.toMatchObject({ code: 'P2025' });
    const { count } = await tenantA.leader.deleteMany({ where: { id: b.leader.id } });
    expect(count).toBe(0);
    expect((await ownerDb().leader.findUnique({ where: { id: b.leader.id } }))?.name).toBe('Anne Jensen');
  });

  it('stamps created rows with the caller organisation, whatever the input claimed', async () => {
    const a = await createOrg('A');
    const b = await createOrg('B');
    const group = await scopedDb(a.organisation.id).leaderGroup.create({ data: { organisationId: b.organisation.id, name: 'Ny gruppe' } as never });
    expect(group.organisationId).toBe(a.organisation.id);
  });

  it("refuses, in the database itself, a leader placed in another organisation's group", async () => {
    const a = await createOrg('A');
    const b = await createOrg('B');
    await expect(scopedDb(a.organisation.id).leader.create({ data: { groupId: b.child.id, name: 'X', email: 'x@example.test' } as never })).rejects.toMatchObject({ code: 'P2003' });
  });

  it('treats a missing or malformed organisation id as not found instead of widening the query', () => {
    expect(() => scopedDb(undefined as unknown as string)).toThrow(AppError);
    expect(() => scopedDb("' OR 1=1 --")).toThrow(/Not found/);
  });
});
