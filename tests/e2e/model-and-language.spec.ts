import { expect, test } from '@playwright/test';

test('a visitor reads the leader wellbeing model in Danish, switches to English and sees the same items', async ({ page }) => {
  await page.goto('/model');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1, name: 'Modellen for ledertrivsel' })).toBeVisible();
  const strains = page.getByRole('heading', { name: 'Belastninger', exact: true });
  await expect(strains).toBeVisible();
  await expect(page.getByText('Krydspres', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Roller og ansvar' })).toBeVisible();

  // The explanation is one tap away.
  await page.getByText('Krydspres', { exact: true }).click();
  await expect(page.getByRole('group').filter({ hasText: 'Krydspres' }).getByRole('paragraph').first()).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'The leader wellbeing model' })).toBeVisible();
  await expect(page.getByText('Cross-pressure', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  // The choice is remembered on the next page.
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Leaders' wellbeing, put into words" })).toBeVisible();
});

test('the front page shows the demo organisation as counts only', async ({ page }) => {
  await page.goto('/');
  const demo = page.getByRole('region', { name: /Demo-organisation: Syddal Kommune/ });
  await expect(demo).toBeVisible();
  await expect(demo.getByRole('list', { name: 'Ledergrupper' }).getByText('Plejecentre')).toBeVisible();
  await expect(demo.getByText(/Lukket/).first()).toBeVisible();
  await expect(demo.getByText(/af \d+ har svaret/).first()).toBeVisible();
  // Counts, never people: no leader's e-mail address appears anywhere on the page.
  await expect(page.getByText(/@syddal\.example/)).toHaveCount(0);
});

test('the health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
});
