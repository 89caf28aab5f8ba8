import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createOrganisationApiKey } from '@/lib/domains/api-keys/mutations';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { AUDIT_PAGE_SIZE, auditLogCsv, listAuditActions, listAuditEntries, parseAuditFilter } from '@/lib/domains/audit/queries';
import type { CurrentUser } from '@/lib/edges/session/current-user';
import { ownerDb } from '@/tests/support/owner-db';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { createOrg } from '../fixtures/organisations';
import { createStaff } from '../fixtures/staff';
import { memberActorOf } from '../fixtures/actors';

// The export route's guard asks for the signed-in user; the session itself is next-auth's
// business (covered in auth-mail.test.ts), so the test says who is signed in.
const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/edges/session/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
const { GET: exportAudit } = await import('@/app/(app)/[orgSlug]/audit/export/route');

beforeEach(() => {
  signedIn.user = null;
});

async function orgWithLog() {
  const org = await createOrg();
  const hr = await createStaff(org.organisation.id, 'HR_ADMIN', { email: `hr.${org.organisation.slug}@example.test` });
  const organisationId = org.organisation.id;
  const key = await createOrganisationApiKey(await memberActorOf(organisationId, hr.user.id), { name: 'Lønsystem' });
  await recordAudit({ organisationId, action: 'api-key.used', actor: { apiKeyId: key.id }, context: { ip: '192.0.2.1', userAgent: 'curl' } });
  await recordAudit({ organisationId, action: 'round.closed', actor: { system: true }, target: { type: 'round', id: org.root.id } });
  return { ...org, hr, key, organisationId };
}

describe('the audit log', () => {
  it('lists entries newest first with who did them: a user by e-mail, an API key by name, or the system', async () => {
    const { organisationId, hr } = await orgWithLog();
    const page = await listAuditEntries(scopedDb(organisationId), parseAuditFilter({}));
    expect(page.entries.map((e) => e.action)).toEqual(['round.closed', 'api-key.used', 'api-key.created']);
    expect(page.entries.map((e) => e.actor)).toMatchObject([{ kind: 'system' }, { kind: 'api-key', name: 'Lønsystem' }, { kind: 'user', email: hr.user.email }]);
    expect(page.entries[1]!.ip).toBe('192.0.2.1');
    expect(page.entries[2]!.targetLabel).toBe('Lønsystem');
  });

  it('pages by 50 and filters by action', async () => {
    const { organisationId, hr } = await orgWithLog();
    await ownerDb().auditLogEntry.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ organisationId, action: 'results.viewed', actorUserId: hr.user.id, createdAt: new Date(Date.UTC(2020, 0, 1, 0, i)) })),
    });
    const tenant = scopedDb(organisationId);

    const first = await listAuditEntries(tenant, parseAuditFilter({}));
    expect(first).toMatchObject({ total: 63, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    const second = await listAuditEntries(tenant, parseAuditFilter({ page: '2' }));
    expect(second.entries).toHaveLength(13);
    expect(second.entries.at(-1)!.createdAt.toISOString()).toBe('2020-01-01T00:00:00.000Z');

    const filtered = await listAuditEntries(tenant, parseAuditFilter({ action: 'api-key.used' }));
    expect(filtered.entries.map((e) => e.action)).toEqual(['api-key.used']);
    expect(await listAuditActions(tenant)).toEqual(['api-key.created', 'api-key.used', 'results.viewed', 'round.closed']);
    // Nonsense in the address gives the first page of everything, not an error.
    expect(await listAuditEntries(tenant, parseAuditFilter({ page: 'x', action: "'; drop" }))).toMatchObject({ page: 1, total: 63 });
  });

  it('names what an entry points at by its name today, never by an id', async () => {
    const { organisationId, child, leader } = await orgWithLog();
    await ownerDb().leaderGroup.update({ where: { id: child.id }, data: { name: 'Sundhed og Omsorg' } });
    await recordAudit({ organisationId, action: 'group.renamed', actor: { system: true }, target: { type: 'group', id: child.id } });
    await recordAudit({ organisationId, action: 'leader.updated', actor: { system: true }, target: { type: 'leader', id: leader.id } });
    const page = await listAuditEntries(scopedDb(organisationId), parseAuditFilter({}));
    expect(page.entries.slice(0, 2).map((e) => [e.targetType, e.targetLabel])).toEqual([
      ['leader', 'Anne Jensen'],
      ['group', 'Sundhed og Omsorg'],
    ]);
  });

  it("does not name another organisation's group even when an entry carries its id", async () => {
    const { organisationId } = await orgWithLog();
    const other = await createOrg('Naboorganisation');
    await recordAudit({ organisationId, action: 'group.renamed', actor: { system: true }, target: { type: 'group', id: other.child.id } });
    const page = await listAuditEntries(scopedDb(organisationId), parseAuditFilter({}));
    expect(page.entries[0]!.targetLabel).toBeNull();
  });

  it("never shows another organisation's entries", async () => {
    const mine = await orgWithLog();
    const other = await orgWithLog();
    const page = await listAuditEntries(scopedDb(mine.organisationId), parseAuditFilter({}));
    const ids = new Set((await ownerDb().auditLogEntry.findMany({ where: { organisationId: other.organisationId } })).map((e) => e.id));
    expect(page.entries.some((e) => ids.has(e.id))).toBe(false);
    expect(await auditLogCsv(scopedDb(mine.organisationId), {})).not.toContain(other.hr.user.email);
  });

  it('exports as CSV with a header, and a formula typed into a name cannot run in a spreadsheet', async () => {
    const { organisationId, hr } = await orgWithLog();
    await createOrganisationApiKey(await memberActorOf(organisationId, hr.user.id), { name: '=HYPERLINK("http://evil.example")' });
    const csv = await auditLogCsv(scopedDb(organisationId), {});
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('time,action,actor_type,actor,target_type,target_id,target,ip,user_agent,details');
    expect(lines).toHaveLength(5);
    expect(csv).toContain(`user,${hr.user.email}`);
    expect(csv).toContain('api-key,Lønsystem (');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(await auditLogCsv(scopedDb(organisationId), { action: 'round.closed' })).toMatch(/^time,.*\r\n[^\r\n]*round\.closed,system,[^\r\n]*$/);
  });
});

describe('the audit export download', () => {
  const download = (slug: string, query = '') =>
    exportAudit(new NextRequest(`http://t/${slug}/audit/export${query}`, { headers: { 'x-forwarded-for': '203.0.113.9', 'user-agent': 'Browser' } }), {
      params: Promise.resolve({ orgSlug: slug }),
    });

  it('gives an HR admin the log as a CSV attachment, and records that it was downloaded', async () => {
    const { organisation, organisationId, hr } = await orgWithLog();
    signedIn.user = { id: hr.user.id, email: hr.user.email, name: hr.user.name, locale: 'da', ssoOrganisationId: null };

    const response = await download(organisation.slug, '?action=api-key.used');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="audit-${organisation.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const body = await response.text();
    expect(body.split('\r\n')).toHaveLength(2);
    expect(body).toContain('api-key.used');
    const entry = await ownerDb().auditLogEntry.findFirstOrThrow({ where: { organisationId, action: 'audit.exported' } });
    expect(entry).toMatchObject({ actorUserId: hr.user.id, ip: '203.0.113.9', details: { action: 'api-key.used' } });
  });

  it('refuses a member whose role may not read the log, a stranger, and a signed-out visitor', async () => {
    const { organisation, organisationId } = await orgWithLog();
    const leader = await createStaff(organisationId, 'LEADER');
    const stranger = await createStaff((await createOrg('Other')).organisation.id, 'HR_ADMIN');

    signedIn.user = { id: leader.user.id, email: leader.user.email, name: null, locale: 'da', ssoOrganisationId: null };
    expect((await download(organisation.slug)).status).toBe(403);
    signedIn.user = { id: stranger.user.id, email: stranger.user.email, name: null, locale: 'da', ssoOrganisationId: null };
    expect((await download(organisation.slug)).status).toBe(404);
    signedIn.user = null;
    expect((await download(organisation.slug)).status).toBe(401);
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId, action: 'audit.exported' } })).toBe(0);
  });
});
