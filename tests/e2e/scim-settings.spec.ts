import { expect, test } from '@playwright/test';
import { e2eBaseUrl } from './support/e2e-env';
import { signInAs } from './support/fixtures';
import { axeViolations, horizontalOverflow } from './support/page-checks';

/**
 * HR sets up provisioning from Microsoft Entra ID (issue 18): creates a SCIM token with the
 * group new leaders start in, copies the Tenant URL and the token once, the identity provider
 * then provisions a leader with it, and HR revokes it. In an organisation of its own, so the
 * demo organisation's leaders stay as other specs expect them.
 */
test.setTimeout(90_000);

test('HR creates a SCIM token with a start group, Entra ID provisions a leader with it, and HR revokes it', async ({ page, context }) => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const suffix = Math.random().toString(36).slice(2, 8);
  const organisation = await ownerDb().organisation.create({ data: { name: `SCIM-kommune ${suffix}`, slug: `scim-${suffix}` } });
  const start = await ownerDb().leaderGroup.create({ data: { organisationId: organisation.id, name: 'Nye ledere' } });
  await signInAs(context, organisation.id, 'HR_ADMIN');

  await page.goto(`/${organisation.slug}/settings/scim`);
  await expect(page.getByRole('heading', { level: 1, name: 'SCIM-provisionering' })).toBeVisible();
  await expect(page.getByText(`${e2eBaseUrl}/scim/v2`)).toBeVisible();

  await page.getByRole('button', { name: 'Opret token' }).click();
  await expect(page.getByText('Ret felterne, der er markeret herunder.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('textbox', { name: 'Navn' })).toHaveAccessibleDescription(/Skal udfyldes/);
  await expect(page.getByRole('combobox', { name: 'Gruppe til nye ledere' })).toHaveAccessibleDescription(/Skal udfyldes/);

  await page.getByRole('textbox', { name: 'Navn' }).fill('Entra ID');
  await page.getByRole('combobox', { name: 'Gruppe til nye ledere' }).selectOption({ label: 'Nye ledere' });
  await page.getByRole('button', { name: 'Opret token' }).click();
  await expect(page.getByRole('heading', { name: 'Tokenet »Entra ID« er oprettet' })).toBeFocused({ timeout: 20_000 });
  await expect(page.getByRole('textbox', { name: 'Tenant URL' })).toHaveValue(`${e2eBaseUrl}/scim/v2`);
  const token = await page.getByRole('textbox', { name: 'Secret Token' }).inputValue();
  expect(token).toMatch(/^lts_/);

  await page.setViewportSize({ width: 360, height: 800 });
  expect(await horizontalOverflow(page)).toBe(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await axeViolations(page)).toEqual([]);

  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' };
  const created = await context.request.post('/scim/v2/Users', {
    headers,
    data: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'anne@kommune.dk', displayName: 'Anne Jensen', externalId: 'entra-1' }),
  });
  expect(created.status()).toBe(201);
  expect(created.headers()['content-type']).toBe('application/scim+json');
  expect(await ownerDb().leader.findFirstOrThrow({ where: { organisationId: organisation.id } })).toMatchObject({ email: 'anne@kommune.dk', groupId: start.id });
  // The API does not take the SCIM token.
  expect((await context.request.get('/api/v1/leaders', { headers })).status()).toBe(401);

  await page.reload();
  const row = page.getByRole('row', { name: /Entra ID/ });
  await expect(row.getByRole('cell', { name: 'Nye ledere' })).toBeVisible();
  await row.getByRole('button', { name: 'Tilbagekald … Entra ID' }).click();
  await row.getByRole('button', { name: 'Ja, tilbagekald' }).click();
  await expect(page.getByRole('row', { name: /Entra ID/ }).getByText(/Tilbagekaldt/)).toBeVisible({ timeout: 20_000 });
  const refused = await context.request.get('/scim/v2/Users', { headers });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' });
  expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: { in: ['scim-token.created', 'scim-token.revoked'] } } })).toBe(2);
});
