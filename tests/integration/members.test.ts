import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { resetEnvCache } from '@/lib/platform/env';
import { AppError } from '@/lib/platform/errors';
import { changeMemberRole, inviteMember, removeMember } from '@/lib/domains/members/mutations';
import { listMembers, listUserOrganisations } from '@/lib/domains/members/queries';
import { changeMemberRoleSchema, inviteMemberSchema } from '@/lib/domains/members/schemas';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { fieldErrorMap } from '@/lib/platform/validation/zod-issues';
import { createOrg } from '../fixtures/organisations';
import { createStaff } from '../fixtures/staff';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server';
import { memberActorOf } from '../fixtures/actors';

const APP_URL = 'http://ledertrivsel.test:3999';
const context = { ip: '198.51.100.4', userAgent: 'Vitest' };
let smtp: SmtpTestServer;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.APP_URL = APP_URL;
  process.env.SMTP_URL = smtp.url;
  resetEnvCache();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
  resetEnvCache();
  await smtp.stop();
});

beforeEach(() => smtp.clear());

async function orgWithHrAdmin(name = 'Testorganisation') {
  const org = await createOrg(name);
  const hr = await createStaff(org.organisation.id, 'HR_ADMIN', { name: 'Hanne Holm' });
  const actor = await memberActorOf(org.organisation.id, hr.user.id, { context });
  return { ...org, hr, actor };
}

const invite = (input: Record<string, unknown>) => inviteMemberSchema.parse(input);

describe('inviting a colleague', () => {
  it('creates the user in the chosen language with the role, and mails them in that language', async () => {
    const { organisation, actor } = await orgWithHrAdmin('Syddal Kommune');
    const email = `erik.${Date.now()}@example.test`;

    const result = await inviteMember(actor, invite({ email: email.toUpperCase(), name: 'Erik Lund', role: 'TOP_MANAGEMENT', locale: 'en' }));

    expect(result.mailSent).toBe(true);
    const user = await ownerDb().user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: 'Erik Lund', locale: 'en' });
    const membership = await ownerDb().membership.findFirstOrThrow({ where: { organisationId: organisation.id, userId: user.id } });
    expect(membership.role).toBe('TOP_MANAGEMENT');

    const mail = await smtp.waitForMessage((m) => m.to.includes(email));
    expect(mail.subject).toBe('You now have access to Syddal Kommune in Ledertrivsel');
    expect(mail.text).toContain('Hanne Holm has given you access to Syddal Kommune in Ledertrivsel as Top management.');
    expect(mail.text).toContain(`${APP_URL}/sign-in`);
    expect(mail.html).toContain(`href="${APP_URL}/sign-in"`);
  });

  it('writes to a Danish colleague in Danish', async () => {
    const { actor } = await orgWithHrAdmin('Syddal Kommune');
    const email = `karen.${Date.now()}@example.test`;
    await inviteMember(actor, invite({ email, role: 'MED_AMO', locale: 'da' }));
    const mail = await smtp.waitForMessage((m) => m.to.includes(email));
    expect(mail.subject).toBe('Du har fået adgang til Syddal Kommune i Ledertrivsel');
    expect(mail.text).toContain('som MED/AMO-medlem');
    expect(mail.html).toContain('lang="da"');
  });

  it('gives a manager of leaders the chosen groups, and records who invited whom and from where', async () => {
    const { organisation, root, child, actor, hr } = await orgWithHrAdmin();
    const email = `ole.${Date.now()}@example.test`;

    const { membershipId } = await inviteMember(actor, invite({ email, role: 'MANAGER_OF_LEADERS', groupIds: [root.id, child.id] }));

    const scopes = await ownerDb().managerScope.findMany({ where: { organisationId: organisation.id, membershipId } });
    expect(scopes.map((s) => s.groupId).sort()).toEqual([root.id, child.id].sort());
    const entry = await ownerDb().auditLogEntry.findFirstOrThrow({ where: { organisationId: organisation.id, action: 'member.invited' } });
    expect(entry).toMatchObject({ actorUserId: hr.user.id, targetType: 'membership', targetId: membershipId, ip: context.ip, userAgent: context.userAgent });
    expect(entry.details).toMatchObject({ email, role: 'MANAGER_OF_LEADERS' });
  });

  it('keeps an existing user’s own language and gives them access to a second organisation', async () => {
    const first = await orgWithHrAdmin('Første');
    const second = await orgWithHrAdmin('Anden');
    const existing = await createStaff(first.organisation.id, 'LEADER', { locale: 'en' });

    await inviteMember(second.actor, invite({ email: existing.user.email, role: 'MED_AMO', locale: 'da' }));

    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: existing.user.id } })).locale).toBe('en');
    expect((await listUserOrganisations(existing.user.id)).map((o) => o.name)).toEqual(['Anden', 'Første']);
    const mail = await smtp.waitForMessage((m) => m.to.includes(existing.user.email));
    expect(mail.subject).toBe('You now have access to Anden in Ledertrivsel');
  });

  it("leaves the name of someone who already has an account as it is: another organisation's HR cannot rename them", async () => {
    const beta = await orgWithHrAdmin('Beta');
    const alpha = await orgWithHrAdmin('Alpha');
    const named = await createStaff(beta.organisation.id, 'HR_ADMIN', { name: 'Bente Bak' });
    const unnamed = await createStaff(beta.organisation.id, 'MED_AMO');
    await ownerDb().user.update({ where: { id: unnamed.user.id }, data: { name: null } });

    await inviteMember(alpha.actor, invite({ email: named.user.email, name: 'Hacked Name', role: 'LEADER' }));
    await inviteMember(alpha.actor, invite({ email: unnamed.user.email, name: 'Chosen By Alpha', role: 'LEADER' }));

    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: named.user.id } })).name).toBe('Bente Bak');
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: unnamed.user.id } })).name).toBeNull();
    // What Beta shows of its own people is what they were before Alpha invited them.
    const betaMembers = await listMembers(scopedDb(beta.organisation.id));
    expect(betaMembers.map((m) => m.name).sort()).toEqual(['Bente Bak', 'Hanne Holm', null].sort());
  });

  it('refuses someone who already has access, naming them', async () => {
    const { actor, hr } = await orgWithHrAdmin();
    const attempt = inviteMember(actor, invite({ email: hr.user.email, role: 'LEADER' }));
    await expect(attempt).rejects.toMatchObject({ code: 'conflict', messageKey: 'members.errors.alreadyMember' });
    expect(smtp.messages).toHaveLength(0);
  });

  it('asks for groups when the role is manager of leaders, along with every other field error', () => {
    const result = inviteMemberSchema.safeParse({ email: 'nope', role: 'MANAGER_OF_LEADERS' });
    expect(result.success).toBe(false);
    const errors = fieldErrorMap(result.error!, 'en');
    expect(errors.email).toEqual(['Enter a valid e-mail address.']);
    expect(errors.groupIds).toEqual(['Choose at least one leader group the manager of leaders should see.']);
  });

  it("refuses another organisation's group as a manager's scope and creates nobody", async () => {
    const mine = await orgWithHrAdmin();
    const other = await createOrg('Other');
    const email = `x.${Date.now()}@example.test`;
    const attempt = inviteMember(mine.actor, invite({ email, role: 'MANAGER_OF_LEADERS', groupIds: [other.root.id] }));
    await expect(attempt).rejects.toMatchObject({ code: 'validation_failed', messageKey: 'members.errors.unknownGroups' });
    expect(await ownerDb().user.findUnique({ where: { email } })).toBeNull();
  });

  it('still gives access when the mail cannot be sent, and says so', async () => {
    const { organisation, actor } = await orgWithHrAdmin();
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    resetEnvCache();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const email = `nomail.${Date.now()}@example.test`;
      const result = await inviteMember(actor, invite({ email, role: 'LEADER' }));
      expect(result.mailSent).toBe(false);
      expect(await ownerDb().membership.count({ where: { organisationId: organisation.id, user: { email } } })).toBe(1);
      expect(warn).toHaveBeenCalled();
    } finally {
      process.env.SMTP_URL = smtp.url;
      resetEnvCache();
    }
  });
});

describe('changing a role', () => {
  it("replaces a manager's groups and audits the change from one role to the other", async () => {
    const { organisation, root, child, actor } = await orgWithHrAdmin();
    const { membershipId } = await inviteMember(actor, invite({ email: `m.${Date.now()}@example.test`, role: 'MANAGER_OF_LEADERS', groupIds: [root.id] }));

    await changeMemberRole(actor, changeMemberRoleSchema.parse({ membershipId, role: 'MANAGER_OF_LEADERS', groupIds: child.id }));
    const [row] = (await listMembers(scopedDb(organisation.id))).filter((m) => m.membershipId === membershipId);
    expect(row?.scopes.map((s) => s.name)).toEqual(['Sundhed']);

    await changeMemberRole(actor, changeMemberRoleSchema.parse({ membershipId, role: 'MED_AMO' }));
    expect(await ownerDb().managerScope.count({ where: { organisationId: organisation.id, membershipId } })).toBe(0);
    const changes = await ownerDb().auditLogEntry.findMany({ where: { organisationId: organisation.id, action: 'member.role-changed' }, orderBy: { createdAt: 'asc' } });
    expect(changes.map((c) => c.details)).toMatchObject([
      { from: 'MANAGER_OF_LEADERS', to: 'MANAGER_OF_LEADERS', groupIds: [child.id] },
      { from: 'MANAGER_OF_LEADERS', to: 'MED_AMO', groupIds: [] },
    ]);
  });

  it('keeps an area for top management and MED/AMO (a lokal-MED), and drops it for HR, who always see everything', async () => {
    const { organisation, child, actor } = await orgWithHrAdmin();
    const { membershipId } = await inviteMember(actor, invite({ email: `med.${Date.now()}@example.test`, role: 'MED_AMO', groupIds: [child.id] }));
    const scopes = () => ownerDb().managerScope.findMany({ where: { organisationId: organisation.id, membershipId } });
    expect((await scopes()).map((s) => s.groupId)).toEqual([child.id]);
    await changeMemberRole(actor, changeMemberRoleSchema.parse({ membershipId, role: 'TOP_MANAGEMENT', groupIds: child.id }));
    expect((await scopes()).map((s) => s.groupId)).toEqual([child.id]);
    await changeMemberRole(actor, changeMemberRoleSchema.parse({ membershipId, role: 'HR_ADMIN', groupIds: child.id }));
    expect(await scopes()).toEqual([]);
  });

  it('writes nothing when nothing changed', async () => {
    const { organisation, actor, hr } = await orgWithHrAdmin();
    await changeMemberRole(actor, changeMemberRoleSchema.parse({ membershipId: hr.membership.id, role: 'HR_ADMIN' }));
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'member.role-changed' } })).toBe(0);
  });

  it('never leaves the organisation without an HR admin', async () => {
    const { organisation, actor, hr } = await orgWithHrAdmin();
    const attempt = changeMemberRole(actor, changeMemberRoleSchema.parse({ membershipId: hr.membership.id, role: 'TOP_MANAGEMENT' }));
    await expect(attempt).rejects.toMatchObject({ code: 'conflict', messageKey: 'members.errors.lastHrAdmin' });
    expect((await ownerDb().membership.findUniqueOrThrow({ where: { id: hr.membership.id } })).role).toBe('HR_ADMIN');

    // With a second HR admin, stepping down is fine.
    await createStaff(organisation.id, 'HR_ADMIN');
    await changeMemberRole(actor, changeMemberRoleSchema.parse({ membershipId: hr.membership.id, role: 'TOP_MANAGEMENT' }));
    expect((await ownerDb().membership.findUniqueOrThrow({ where: { id: hr.membership.id } })).role).toBe('TOP_MANAGEMENT');
  });

  it('lets only one of two HR admins demoting each other at the same moment succeed', async () => {
    const { organisation, actor, hr } = await orgWithHrAdmin();
    const second = await createStaff(organisation.id, 'HR_ADMIN');
    const secondActor = { ...actor, userId: second.user.id };
    const results = await Promise.allSettled([
      changeMemberRole(actor, changeMemberRoleSchema.parse({ membershipId: second.membership.id, role: 'LEADER' })),
      changeMemberRole(secondActor, changeMemberRoleSchema.parse({ membershipId: hr.membership.id, role: 'LEADER' })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await ownerDb().membership.count({ where: { organisationId: organisation.id, role: 'HR_ADMIN' } })).toBe(1);
  });

  it("treats another organisation's member as not found", async () => {
    const mine = await orgWithHrAdmin();
    const other = await orgWithHrAdmin();
    const attempt = changeMemberRole(mine.actor, changeMemberRoleSchema.parse({ membershipId: other.hr.membership.id, role: 'LEADER' }));
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'not_found' });
    expect((await ownerDb().membership.findUniqueOrThrow({ where: { id: other.hr.membership.id } })).role).toBe('HR_ADMIN');
  });
});

describe('removing a member', () => {
  it('ends their access and audits it, keeping their user for other organisations', async () => {
    const { organisation, actor } = await orgWithHrAdmin();
    const colleague = await createStaff(organisation.id, 'MED_AMO');

    const result = await removeMember(actor, { membershipId: colleague.membership.id });

    expect(result.removedSelf).toBe(false);
    expect(await ownerDb().membership.findUnique({ where: { id: colleague.membership.id } })).toBeNull();
    expect(await ownerDb().user.findUnique({ where: { id: colleague.user.id } })).not.toBeNull();
    const entry = await ownerDb().auditLogEntry.findFirstOrThrow({ where: { organisationId: organisation.id, action: 'member.removed' } });
    expect(entry.details).toMatchObject({ email: colleague.user.email, role: 'MED_AMO' });
  });

  it('refuses to remove the last HR admin, but lets one of two leave', async () => {
    const { organisation, actor, hr } = await orgWithHrAdmin();
    await expect(removeMember(actor, { membershipId: hr.membership.id })).rejects.toMatchObject({ messageKey: 'members.errors.lastHrAdmin' });
    await createStaff(organisation.id, 'HR_ADMIN');
    expect(await removeMember(actor, { membershipId: hr.membership.id })).toEqual({ removedSelf: true });
  });

  it("cannot remove another organisation's member", async () => {
    const mine = await orgWithHrAdmin();
    const other = await orgWithHrAdmin();
    const colleague = await createStaff(other.organisation.id, 'LEADER');
    await expect(removeMember(mine.actor, { membershipId: colleague.membership.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await ownerDb().membership.findUnique({ where: { id: colleague.membership.id } })).not.toBeNull();
  });
});

describe('the member list', () => {
  it("shows only the organisation's own staff, by name, with their groups", async () => {
    const { organisation, child, actor } = await orgWithHrAdmin();
    await orgWithHrAdmin('Other');
    await inviteMember(actor, invite({ email: `b.${Date.now()}@example.test`, name: 'Bo Berg', role: 'MANAGER_OF_LEADERS', groupIds: [child.id] }));

    const members = await listMembers(scopedDb(organisation.id));
    expect(members.map((m) => [m.name, m.role, m.scopes.map((s) => s.name)])).toEqual([
      ['Bo Berg', 'MANAGER_OF_LEADERS', ['Sundhed']],
      ['Hanne Holm', 'HR_ADMIN', []],
    ]);
  });
});
