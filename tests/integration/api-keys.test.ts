import { describe, expect, it } from 'vitest';
import { authenticateApiKey } from '@/lib/domains/api-keys/api-keys';
import { createOrganisationApiKey, revokeOrganisationApiKey } from '@/lib/domains/api-keys/mutations';
import { listApiKeys } from '@/lib/domains/api-keys/queries';
import { createApiKeySchema } from '@/lib/domains/api-keys/schemas';
import { ownerDb } from '@/tests/support/owner-db';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { fieldErrorMap } from '@/lib/platform/validation/zod-issues';
import { createOrg } from '../fixtures/organisations';
import { createStaff } from '../fixtures/staff';
import { memberActorOf } from '../fixtures/actors';

const context = { ip: '192.0.2.10', userAgent: 'Vitest' };

async function orgWithHrAdmin() {
  const org = await createOrg();
  const hr = await createStaff(org.organisation.id, 'HR_ADMIN');
  return { ...org, hr, actor: await memberActorOf(org.organisation.id, hr.user.id, { context }) };
}

describe('creating an API key', () => {
  it('hands out the key once, keeps only its hash, and the key then works', async () => {
    const { organisation, actor } = await orgWithHrAdmin();

    const created = await createOrganisationApiKey(actor, createApiKeySchema.parse({ name: '  Lønsystem  ' }));

    expect(created.name).toBe('Lønsystem');
    expect(created.key).toMatch(/^lt_/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    const row = await ownerDb().apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(await authenticateApiKey(created.key)).toEqual({ apiKeyId: created.id, organisationId: organisation.id });
  });

  it('is listed by name and prefix, never with the key, and the creation is audited', async () => {
    const { organisation, actor, hr } = await orgWithHrAdmin();
    const created = await createOrganisationApiKey(actor, { name: 'HR-integration' });

    const keys = await listApiKeys(scopedDb(organisation.id));
    expect(keys).toEqual([{ id: created.id, name: 'HR-integration', prefix: created.prefix, createdAt: expect.any(Date), lastUsedAt: null, revokedAt: null, scimGroupId: null }]);
    expect(JSON.stringify(keys)).not.toContain(created.key);
    const entry = await ownerDb().auditLogEntry.findFirstOrThrow({ where: { organisationId: organisation.id, action: 'api-key.created' } });
    expect(entry).toMatchObject({ actorUserId: hr.user.id, targetType: 'api-key', targetId: created.id, ip: context.ip });
    expect(entry.details).toEqual({ name: 'HR-integration', prefix: created.prefix });
  });

  it('needs a name', () => {
    const result = createApiKeySchema.safeParse({ name: '   ' });
    expect(fieldErrorMap(result.error!, 'da').name).toEqual(['Skal udfyldes.']);
  });
});

describe('revoking an API key', () => {
  it('refuses the key from then on, shows it as revoked after the active ones, and audits it once', async () => {
    const { organisation, actor } = await orgWithHrAdmin();
    const old = await createOrganisationApiKey(actor, { name: 'Gammel' });
    const current = await createOrganisationApiKey(actor, { name: 'Ny' });

    expect(await revokeOrganisationApiKey(actor, { apiKeyId: old.id })).toEqual({ revoked: true });
    expect(await revokeOrganisationApiKey(actor, { apiKeyId: old.id })).toEqual({ revoked: false });

    expect(await authenticateApiKey(old.key)).toBeNull();
    expect(await authenticateApiKey(current.key)).not.toBeNull();
    const keys = await listApiKeys(scopedDb(organisation.id));
    expect(keys.map((k) => [k.name, k.revokedAt !== null])).toEqual([
      ['Ny', false],
      ['Gammel', true],
    ]);
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'api-key.revoked' } })).toBe(1);
  });

  it("cannot revoke another organisation's key", async () => {
    const mine = await orgWithHrAdmin();
    const other = await orgWithHrAdmin();
    const theirs = await createOrganisationApiKey(other.actor, { name: 'Deres' });

    await expect(revokeOrganisationApiKey(mine.actor, { apiKeyId: theirs.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await authenticateApiKey(theirs.key)).not.toBeNull();
    expect(await listApiKeys(scopedDb(mine.organisation.id))).toEqual([]);
  });
});
