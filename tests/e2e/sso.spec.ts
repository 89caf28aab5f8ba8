import { expect, test } from '@playwright/test';
import { startTestIdentityProvider, type TestIdentityProvider } from '../support/test-identity-provider';
import { signInAs } from './support/fixtures';
import { e2eBaseUrl } from './support/e2e-env';
import { linksIn, waitForMail } from './support/mailbox';

const DEMO_SLUG = 'syddal-kommune';
/** A domain of its own, so that no other test's sign-in is sent to this test's identity provider. */
const DOMAIN = 'sso.syddal.example';
const DIRECTOR = `direktoer@${DOMAIN}`;

let idp: TestIdentityProvider | null = null;

// The second test needs the connection the first one makes through the settings page.
test.describe.configure({ mode: 'serial' });

test.afterAll(async () => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const demo = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  await ownerDb().ssoConnection.deleteMany({ where: { organisationId: demo.id } });
  await idp?.close();
});

test('HR connects the identity provider; an area director signs in through it and sees only their area', async ({ browser }) => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const demo = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const group = (name: string) => ownerDb().leaderGroup.findFirstOrThrow({ where: { organisationId: demo.id, name } });
  const sundhed = await group('Sundhed og Omsorg');
  idp = await startTestIdentityProvider({
    redirectUris: [`${e2eBaseUrl}/api/auth/callback/sso-${demo.id}`],
    accounts: [{ sub: 'entra-object-id-1', email: DIRECTOR, name: 'Dorthe Direktør' }],
  });

  // HR fills in what IT registered at the identity provider.
  const hrContext = await browser.newContext();
  await signInAs(hrContext, demo.id, 'HR_ADMIN');
  const hr = await hrContext.newPage();
  await hr.goto(`/${DEMO_SLUG}/settings/sso`);
  await expect(hr.getByText('Single sign-on er ikke sat op.')).toBeVisible();
  await expect(hr.getByText(`${e2eBaseUrl}/api/auth/callback/sso-${demo.id}`)).toBeVisible();
  await hr.getByRole('radio', { name: /Anden OpenID Connect-tjeneste/ }).check();
  await hr.getByRole('textbox', { name: 'Issuer-URL' }).fill(idp.issuer);
  await hr.getByLabel('Application (client) ID').fill(idp.clientId);
  await hr.getByLabel('Client secret').fill(idp.clientSecret);
  await hr.getByLabel('Tilladte e-maildomæner').fill(DOMAIN);
  await hr.getByRole('button', { name: 'Gem single sign-on' }).click();
  await expect(hr.getByText('Single sign-on er gemt.')).toBeVisible();
  await hr.reload();
  await expect(hr.getByText(`Single sign-on er slået til for ${DOMAIN}.`)).toBeVisible();
  await expect(hr.getByText('Der er gemt en hemmelighed. Udfyld kun feltet for at skifte den.')).toBeVisible();

  // The director of Sundhed og Omsorg: a top-management member scoped to that area.
  const user = await ownerDb().user.create({ data: { email: DIRECTOR, name: 'Dorthe Direktør' } });
  const membership = await ownerDb().membership.create({ data: { organisationId: demo.id, userId: user.id, role: 'TOP_MANAGEMENT' } });
  await ownerDb().managerScope.create({ data: { organisationId: demo.id, membershipId: membership.id, groupId: sundhed.id } });

  // She types her work address; the sign-in page sends her to her identity provider and back.
  const directorContext = await browser.newContext();
  const page = await directorContext.newPage();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(`/${DEMO_SLUG}/results`)}`);
  await page.getByLabel('E-mailadresse').fill(DIRECTOR);
  await page.getByRole('button', { name: 'Send mig et login-link' }).click();
  await page.waitForURL(new RegExp(`/${DEMO_SLUG}/results/`));

  const picker = page.getByRole('navigation', { name: 'Grupper' });
  await expect(picker.getByRole('link', { name: 'Plejecentre' })).toBeVisible();
  await expect(picker.getByRole('link', { name: 'Skoler' })).toHaveCount(0);
  const session = await ownerDb().session.findFirstOrThrow({ where: { userId: user.id } });
  expect(session.ssoOrganisationId).toBe(demo.id);
  expect(await ownerDb().auditLogEntry.count({ where: { organisationId: demo.id, action: 'sso.configured' } })).toBeGreaterThan(0);
});

test('someone of that domain whose organisation signs in by e-mail is turned away by single sign-on and asks for a link instead', async ({ page }) => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const suffix = Math.random().toString(36).slice(2, 8);
  const email = `konsulent.${suffix}@${DOMAIN}`;
  const organisation = await ownerDb().organisation.create({ data: { name: `Konsulenthuset ${suffix}`, slug: `konsulenthuset-${suffix}` } });
  const user = await ownerDb().user.create({ data: { email, name: 'Karin Konsulent' } });
  await ownerDb().membership.create({ data: { organisationId: organisation.id, userId: user.id, role: 'HR_ADMIN' } });
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.91' });

  // Back from Syddal's identity provider, which does not know her as one of Syddal's.
  await page.goto('/sign-in?error=SsoNotMember');
  await expect(page.getByText('Du er logget ind hos din organisation, men har ikke adgang til Ledertrivsel endnu.', { exact: false })).toBeVisible();
  await expect(page.getByText('Hører du også til en organisation uden single sign-on, kan du logge ind med et link på e-mail.')).toBeVisible();
  const after = new Date();
  await page.getByLabel('E-mailadresse').fill(email);
  await page.getByRole('button', { name: 'Send mig i stedet et login-link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tjek din indbakke' })).toBeVisible();

  const link = linksIn(await waitForMail(email, { after })).find((l) => l.includes('/api/auth/callback/email'));
  expect(link).toBeDefined();
  await page.goto(link!);
  await expect(page).not.toHaveURL(/\/sign-in/);
  // A link's session, bound to no organisation's single sign-on: it opens her own organisation.
  const session = await ownerDb().session.findFirstOrThrow({ where: { userId: user.id } });
  expect(session.ssoOrganisationId).toBeNull();
  await page.goto(`/${organisation.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${organisation.slug}$`));
});
