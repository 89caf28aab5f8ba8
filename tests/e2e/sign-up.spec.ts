import { expect, test } from '@playwright/test';
import { linksIn, waitForMail } from './support/mailbox';

function signInLink(mail: { text: string }): string {
  const link = linksIn(mail).find((l) => l.includes('/api/auth/callback/email'));
  if (!link) throw new Error(`No sign-in link in:\n${mail.text}`);
  return link;
}

test('HR signs up a new organisation, signs in from the mailed link, signs out and signs in again', async ({ page }) => {
  const suffix = Date.now().toString(36);
  const email = `hr.${suffix}@nyborg.example`;
  const organisationName = `Nyborg Kommune ${suffix}`;

  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Opret din organisation' })).toBeVisible();

  // Every field error at once, tied to its field.
  await page.getByRole('button', { name: 'Opret organisation' }).click();
  await expect(page.getByLabel('Organisationens navn')).toHaveAccessibleDescription(/Giv organisationen et navn på mindst 2 tegn/);
  await expect(page.getByLabel('Dit navn')).toHaveAccessibleDescription(/Skal udfyldes\./);
  await expect(page.getByLabel('Din arbejdsmail')).toHaveAccessibleDescription(/Skriv en gyldig e-mailadresse/);

  await page.getByLabel('Organisationens navn').fill(organisationName);
  await page.getByLabel('Dit navn').fill('Henrik Holm');
  await page.getByLabel('Din arbejdsmail').fill(email.toUpperCase());
  await page.getByLabel('Dit sprog').selectOption('da');
  const beforeSignUp = new Date();
  await page.getByRole('button', { name: 'Opret organisation' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeVisible();
  await expect(page.getByText(`Vi har sendt et login-link til ${email}.`)).toBeVisible();

  const mail = await waitForMail(email, { subject: /Dit login til Ledertrivsel/, after: beforeSignUp });
  await page.goto(signInLink(mail));

  // Straight into the new organisation's overview, as its HR admin, with the first step named.
  await expect(page.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
  await expect(page.getByText('Din rolle: HR-administrator')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start med at oprette ledergrupper' })).toBeVisible();
  // Administration sits under the menu's settings.
  await page.getByRole('navigation', { name: 'Organisationens menu' }).getByRole('button', { name: 'Indstillinger' }).click();
  await expect(page.getByRole('menuitem', { name: 'Brugere og roller' })).toBeVisible();
  await page.keyboard.press('Escape');
  const overviewUrl = page.url();

  await page.getByRole('button', { name: /^Konto/ }).click();
  await page.getByRole('menuitem', { name: 'Log ud' }).click();
  await expect(page.getByRole('link', { name: 'Log ind' })).toBeVisible();
  // Signed out, the organisation sends you to sign in, and back afterwards.
  await page.goto(overviewUrl);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  await page.getByLabel('E-mailadresse').fill(email);
  const beforeSignIn = new Date();
  await page.getByRole('button', { name: 'Send mig et login-link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeVisible();

  const second = await waitForMail(email, { subject: /Dit login til Ledertrivsel/, after: beforeSignIn });
  expect(signInLink(second)).not.toBe(signInLink(mail));
  await page.goto(signInLink(second));
  await expect(page.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();

  // The first link was used once and is spent.
  await page.goto(signInLink(mail));
  await expect(page.getByRole('alert').filter({ hasText: 'Login-linket er udløbet eller allerede brugt' })).toBeVisible();
});
