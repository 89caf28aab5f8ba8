import { expect, test } from '@playwright/test';

/**
 * The abuse limits, through the running server. Each test speaks from its own documentation
 * address (X-Forwarded-For, which `next start` keeps when a proxy has set it), so the limits it
 * trips never hold back the other end-to-end tests on 127.0.0.1.
 */
const from = (ip: string) => ({ 'x-forwarded-for': ip });

test('someone guessing personal links is stopped with 429 and Retry-After, and the page says to wait', async ({ page, request }) => {
  const ip = '203.0.113.201';
  for (let i = 0; i < 30; i++) {
    const guess = await request.post(`/api/r/${`guess${i}`.padEnd(43, 'x')}/answers`, { headers: from(ip), data: { answers: [] } });
    expect(guess.status()).toBe(404);
  }
  const refused = await request.post(`/api/r/${'guess'.padEnd(43, 'y')}/answers`, { headers: from(ip), data: { answers: [] } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await refused.json()).error.code).toBe('rate_limited');

  await page.setExtraHTTPHeaders(from(ip));
  await page.goto(`/r/${'guess'.padEnd(43, 'z')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'For mange forsøg' })).toBeVisible();
  await expect(page.getByText(/Prøv igen om \d+ sekunder/)).toBeVisible();
});

test('the sixth sign-in mail for one address in a quarter of an hour is refused, and the form says so', async ({ page, request }) => {
  const ip = '203.0.113.202';
  const email = `flood.${Date.now().toString(36)}@example.test`;
  for (let i = 0; i < 5; i++) {
    const csrf = await request.get('/api/auth/csrf', { headers: from(ip) });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const asked = await request.post('/api/auth/signin/email', { headers: from(ip), form: { email, csrfToken, callbackUrl: '/orgs', json: 'true' } });
    expect(asked.status()).toBe(200);
  }
  await page.setExtraHTTPHeaders(from(ip));
  await page.goto('/sign-in');
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByRole('button', { name: 'Send mig et login-link' }).click();
  await expect(page.getByText('Der er bedt om for mange loginlinks på kort tid.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeHidden();

  // The form and next-auth's route count in the same buckets: the route refuses too, saying when to try again.
  const csrf = await request.get('/api/auth/csrf', { headers: from(ip) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const refused = await request.post('/api/auth/signin/email', { headers: from(ip), form: { email, csrfToken, callbackUrl: '/orgs', json: 'true' } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
});
