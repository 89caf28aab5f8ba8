import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './support/fixtures';
import { waitForMail } from './support/mailbox';

const DAY = 24 * 60 * 60 * 1000;
const shots = process.env.POOL_SHOTS_DIR ?? '/tmp/shots-pool';
mkdirSync(shots, { recursive: true });

/**
 * An open round as openRound leaves it — snapshot, invitations, personal links — over
 *
 *   Direktion (the `direktion` leaders)
 *   └── Plejecentre (Mette Holm and the `pleje` leaders)
 *
 * plus one MED/AMO member. Returns Mette's personal link.
 */
async function pooledLeader(options: { pleje: string[]; direktion?: string[]; locale?: 'da' | 'en'; smallGroup?: boolean }) {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const { personalLinkFor } = await import('@/lib/domains/invitations/links');
  const { currentQuestionnaireVersion } = await import('@/content/questionnaires');
  const suffix = Math.random().toString(36).slice(2, 8);
  const db = ownerDb();
  const organisation = await db.organisation.create({ data: { name: `Syddal ${suffix}`, slug: `syddal-pool-${suffix}` } });
  const organisationId = organisation.id;
  const direktion = await db.leaderGroup.create({ data: { organisationId, name: 'Direktion' } });
  const pleje = await db.leaderGroup.create({ data: { organisationId, name: 'Plejecentre', parentId: direktion.id } });
  let n = 0;
  const leader = (groupId: string, name: string) => db.leader.create({ data: { organisationId, groupId, name, email: `l${++n}.${suffix}@example.test` } });
  const mette = await leader(pleje.id, 'Mette Holm');
  const others = [...(await Promise.all(options.pleje.map((name) => leader(pleje.id, name)))), ...(await Promise.all((options.direktion ?? []).map((name) => leader(direktion.id, name))))];
  const round = await db.round.create({
    data: {
      organisationId,
      name: 'LederAPV 2027',
      opensAt: new Date(Date.now() - DAY),
      closesAt: new Date(Date.now() + 14 * DAY),
      status: 'OPEN',
      questionnaireVersion: currentQuestionnaireVersion,
      groupIds: [direktion.id],
      openedAt: new Date(),
    },
  });
  await db.roundGroup.createMany({
    data: [
      { organisationId, roundId: round.id, groupId: direktion.id, parentGroupId: null, name: 'Direktion' },
      { organisationId, roundId: round.id, groupId: pleje.id, parentGroupId: direktion.id, name: 'Plejecentre' },
    ],
  });
  const invite = (l: { id: string; groupId: string }, locale: 'da' | 'en' = 'da') =>
    db.invitation.create({ data: { organisationId, roundId: round.id, leaderId: l.id, groupId: l.groupId, locale, sentAt: new Date() } });
  const invitation = await invite(mette, options.locale);
  for (const other of others) await invite(other);
  const medEmail = `med.${suffix}@example.test`;
  const med = await db.user.create({ data: { email: medEmail, name: 'MED', locale: options.locale ?? 'da' } });
  await db.membership.create({ data: { organisationId, userId: med.id, role: 'MED_AMO' } });
  const { url } = await personalLinkFor(db, invitation);
  return { organisation, round, path: new URL(url).pathname, medEmail };
}

async function concernCount(roundId: string) {
  const { ownerDb } = await import('@/tests/support/owner-db');
  return ownerDb().poolConcern.count({ where: { roundId } });
}

/** The section alone, and the viewport as the leader sees it. */
async function shoot(page: Page, name: string) {
  await page.locator('#pool').screenshot({ path: `${shots}/${name}.png` });
  await page.screenshot({ path: `${shots}/${name}-viewport.png` });
}

test('a leader in a padded group sees the two names added beside them, tells MED/AMO, and sees it was sent', async ({ page, browser }) => {
  const { path, round, organisation, medEmail } = await pooledLeader({ pleje: ['Tina Prøve', 'Test Testesen'], direktion: ['Anne Jensen', 'Bo Hansen', 'Carl Nielsen'] });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(path);

  const pool = page.getByRole('region', { name: 'Hvem tæller dine svar med?' });
  await expect(pool.getByText('Dine svar tælles med i Plejecentre og i tallene for Direktion og hele organisationen.')).toBeVisible();
  await expect(pool.getByText('Inviteret sammen med dig i Plejecentre: 2 andre ledere')).toBeVisible();
  await expect(pool.getByRole('listitem')).toHaveText(['Test Testesen', 'Tina Prøve']);
  await expect(pool.getByText('Mette Holm')).toHaveCount(0);
  await expect(pool.getByText('Listen viser alle, der er inviteret – ikke hvem der har svaret.')).toBeVisible();
  await shoot(page, 'intro-da-1280');

  await pool.getByText('Er der nogen på listen, som ikke er leder i din gruppe?').click();
  await expect(pool.getByText('Din besked går til MED/AMO', { exact: false })).toBeVisible();
  await pool.getByRole('textbox', { name: 'Besked (valgfri)' }).fill('Jeg kender ikke Test Testesen og Tina Prøve som ledere i Plejecentre.');
  await shoot(page, 'form-da-1280');
  await pool.getByRole('button', { name: 'Send til MED/AMO' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Tak. Din besked er sendt' })).toBeVisible();
  await shoot(page, 'sent-da-1280');
  expect(await concernCount(round.id)).toBe(1);
  const mail = await waitForMail(medEmail, { subject: /ikke hører til/ });
  expect(mail.text).toContain('Jeg kender ikke Test Testesen');
  expect(mail.text).not.toContain('Mette Holm');

  // MED/AMO find it on the round page: the group, the message and the day — nothing about who.
  const staff = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await signInAs(staff, organisation.id, 'MED_AMO');
  const roundPage = await staff.newPage();
  await roundPage.goto(`/${organisation.slug}/rounds/${round.id}`);
  const concerns = roundPage.getByRole('region', { name: /Lederes bemærkninger om, hvem de tælles med/ });
  await expect(concerns.getByText('Jeg kender ikke Test Testesen og Tina Prøve som ledere i Plejecentre.')).toBeVisible();
  await expect(concerns.getByText('Plejecentre', { exact: true })).toBeVisible();
  await concerns.screenshot({ path: `${shots}/staff-da-1280.png` });
  await roundPage.setViewportSize({ width: 360, height: 740 });
  await concerns.screenshot({ path: `${shots}/staff-da-360.png` });
  await staff.close();

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(path);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shoot(page, 'intro-da-360');
  await page.getByText('Er der nogen på listen, som ikke er leder i din gruppe?').click();
  await shoot(page, 'form-da-360');
  const axe = await new AxeBuilder({ page }).include('#pool').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('a leader in a group too small to show sees the whole directorate behind a disclosure, in English', async ({ page }) => {
  const direktion = Array.from(
    { length: 40 },
    (_, i) => `${['Anne', 'Bo', 'Carl', 'Dorte', 'Erik', 'Frida', 'Gorm', 'Hanne', 'Ib', 'Jytte'][i % 10]} ${['Jensen', 'Hansen', 'Ærø', 'Østergaard', 'Åberg'][Math.floor(i / 10) % 5]} ${i + 1}`,
  );
  const { path } = await pooledLeader({ pleje: ['Tina Prøve'], direktion, locale: 'en' });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const pool = page.getByRole('region', { name: 'Who are your answers counted with?' });
    await expect(pool.getByText('Your answers count in Plejecentre and in the figures for Direktion and the whole organisation.')).toBeVisible();
    await expect(pool.getByText('The smallest group your answers can be shown in is Direktion.', { exact: false })).toBeVisible();
    await shoot(page, `intro-en-${width}-closed`);
    await pool.getByText('Invited with you in Direktion: 41 other leaders').click();
    await expect(pool.getByRole('listitem')).toHaveCount(41);
    await expect(pool.getByRole('listitem').first()).toHaveText('Anne Hansen 11');
    await expect(pool.getByRole('listitem').last()).toHaveText('Tina Prøve');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await shoot(page, `intro-en-${width}`);
    await pool.getByText('Is someone on the list not a leader in your group?').click();
    await expect(pool.getByRole('button', { name: 'Send to MED/AMO' })).toBeVisible();
    await shoot(page, `form-en-${width}`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the concern is sent with a plain form post, and a fourth one from the same link the same day is refused', async ({ page }) => {
    const { path, round } = await pooledLeader({ pleje: ['Tina Prøve', 'Test Testesen'] });
    await page.goto(path);
    for (let i = 0; i < 3; i++) {
      await page.getByText('Er der nogen på listen, som ikke er leder i din gruppe?').click();
      await page.getByRole('button', { name: 'Send til MED/AMO' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Tak. Din besked er sendt' })).toBeVisible();
    }
    await page.getByText('Er der nogen på listen, som ikke er leder i din gruppe?').click();
    await page.getByRole('button', { name: 'Send til MED/AMO' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Prøv igen i morgen' })).toBeVisible();
    expect(await concernCount(round.id)).toBe(3);
  });
});
