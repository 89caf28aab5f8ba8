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
  await page.getByRole('link', { name: 'Ledertrivsel, Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Leaders' wellbeing, put into words" })).toBeVisible();
});

test('the model page gives every step questions of the three kinds and says which wording is Ledertrivsel’s own', async ({ page }) => {
  await page.goto('/model');
  const steps = page
    .getByRole('region', { name: 'Introduktionsværktøjets tre trin' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(steps).toHaveCount(3);
  for (const step of await steps.all()) {
    for (const kind of ['Om forholdene hos jer', 'Om hvem der kan gøre hvad', 'Om hvor I med fordel kan starte']) {
      await expect(step.getByRole('heading', { level: 5, name: kind })).toBeVisible();
    }
  }
  // BFA's question carries no mark; ours does, in words a screen reader reads too.
  const step2 = steps.nth(1);
  await expect(step2.getByRole('listitem').filter({ hasText: 'Hvem kan gøre hvad for at sikre en bedre balance' }).getByTestId('origin-mark')).toHaveCount(0);
  await expect(step2.getByRole('listitem').filter({ hasText: 'Hvilket ledelsesniveau eller hvilken rolle' })).toContainText('Ledertrivsels egen formulering');
  const relations = page.getByRole('region', { name: 'Lederens seks relationer' });
  await expect(relations.getByRole('listitem').filter({ hasText: 'Ind mod én selv' })).toContainText('Ledertrivsels egen formulering');
  await expect(relations.getByRole('listitem').filter({ hasText: 'Op mod egen leder' }).getByTestId('origin-mark')).toHaveCount(0);
  await expect(page.getByTestId('source-credit')).toContainText('Balancen som tal (fra −4 til +4) er også vores');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 5, name: 'About where you could best start' }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: "The leader's six relations" }).getByRole('listitem').filter({ hasText: 'Inward towards yourself' })).toContainText("Ledertrivsel's own wording");
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

test('the front page invites an organisation to start, and its scale shows the model without weighing by count', async ({ page }) => {
  await page.goto('/');
  const scale = page.getByRole('img', { name: 'Vægten: belastninger over for ressourcer' });
  // The model in balance: a level beam, and pans that look as heavy as each other — four strains
  // against seven resources must not look like seven blocks outweighing four on a level beam.
  expect(Number(await scale.getAttribute('data-tilt-degrees'))).toBe(0);
  const drawnWeight = (side: string) =>
    scale.locator(`g[data-side="${side}"] rect`).evaluateAll((blocks) => blocks.reduce((sum, b) => sum + Number(b.getAttribute('width')) * Number(b.getAttribute('height')), 0));
  expect(await scale.locator('g[data-side="strain"] rect').count()).toBe(4);
  expect(await scale.locator('g[data-side="resource"] rect').count()).toBe(7);
  expect(await drawnWeight('strain')).toBeCloseTo(await drawnWeight('resource'), 6);
  // An illustration, not a measurement: no block carries a figure.
  expect(await scale.locator('rect title').allTextContents()).not.toContainEqual(expect.stringMatching(/\d/));
  await expect(page.locator('figcaption').getByText('I balance: ressourcerne slår til i forhold til både mængden og typen af belastninger.')).toBeVisible();

  await page.getByRole('link', { name: 'Opret organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opret din organisation' })).toBeVisible();
});

test('the health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
});
