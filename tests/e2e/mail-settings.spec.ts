import { expect, test } from '@playwright/test';
import { signInAs } from './support/fixtures';

/**
 * HR switches a follow-up mail off (issue 17) in an organisation of its own, so that the demo
 * organisation's mails, which other specs wait for, stay on.
 */
test.setTimeout(90_000);

test('HR switches the results-ready mail off and on again, by keyboard and pointer, and it is saved and logged', async ({ page, context }) => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const suffix = Math.random().toString(36).slice(2, 8);
  const organisation = await ownerDb().organisation.create({ data: { name: `Mailkommune ${suffix}`, slug: `mails-${suffix}` } });
  await signInAs(context, organisation.id, 'HR_ADMIN');

  await page.goto(`/${organisation.slug}/settings/mails`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mails' })).toBeVisible();
  const group = page.getByRole('group', { name: 'Send disse mails' });
  const resultsReady = group.getByRole('checkbox', { name: /Resultaterne er klar/ });
  await expect(group.getByRole('checkbox')).toHaveCount(5);
  for (const box of await group.getByRole('checkbox').all()) await expect(box).toBeChecked();

  await resultsReady.focus();
  await page.keyboard.press('Space');
  await expect(resultsReady).not.toBeChecked();
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText('Gemt. Ændringen gælder fra de næste mails.')).toBeVisible({ timeout: 20_000 });
  await expect(resultsReady).not.toBeChecked();
  await expect.poll(async () => (await ownerDb().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).disabledMails).toEqual(['RESULTS_READY']);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Resultaterne er klar/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /En leder har delt sin balance/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /Resultaterne er klar/ }).check();
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText('Gemt. Ændringen gælder fra de næste mails.')).toBeVisible({ timeout: 20_000 });
  await expect.poll(async () => (await ownerDb().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).disabledMails).toEqual([]);
  expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'organisation.mails-changed' } })).toBe(2);
});
