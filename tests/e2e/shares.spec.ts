import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { e2eServerEnv } from './support/e2e-env';
import { createSession, openInvitation, signInAs } from './support/fixtures';

/** Screenshots for the reviewer, at a desktop and a phone width (set SHOTS_DIR to keep them). */
async function shots(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('a leader shares through the consent screen, and the manager sees what was promised and nothing more', async ({ browser }) => {
  const managerEmail = `chef.${Math.random().toString(36).slice(2, 8)}@example.test`;
  const { organisation, round, invitation, leader, path } = await openInvitation({ managerEmail });
  await createSession(organisation.id, 'MANAGER_OF_LEADERS', { email: managerEmail });
  // The leader has answered (written as the product stores it: a response under the invitation's key).
  const { responseKeyFor } = await import('@/lib/domains/invitations/links');
  const { ownerDb } = await import('@/tests/support/owner-db');
  const { answerRows } = await import('../fixtures/results');
  const response = await ownerDb().response.create({
    data: { organisationId: organisation.id, roundId: round.id, groupId: invitation.groupId, responseKey: responseKeyFor(invitation.id), status: 'SUBMITTED', revision: 1 },
  });
  await ownerDb().answer.createMany({ data: answerRows({ strain: 4, resource: 2, relation: -1, overall: 2 }).map((a) => ({ organisationId: organisation.id, responseId: response.id, ...a })) });
  await ownerDb().responseComment.create({ data: { organisationId: organisation.id, responseId: response.id, side: 'STRAIN', body: 'Hemmelig kommentar' } });

  const leaderPage = await (await browser.newContext()).newPage();
  await leaderPage.goto(`${path}/result`);
  const consent = leaderPage.getByRole('region', { name: 'Del din balance med din nærmeste chef (valgfrit)' });
  await expect(consent.getByText('Dit navn, runden og den dag, du delte')).toBeVisible();
  await expect(consent.getByText('Så slettes kopien. At du har delt, bliver dog husket')).toBeVisible();
  await shots(leaderPage, 'consent-da');
  await consent.getByRole('button', { name: 'Ja, del min balance' }).click();
  await expect(leaderPage.getByRole('status').filter({ hasText: 'Din balance er nu delt med din chef.' })).toBeVisible();
  await expect(leaderPage.getByText('At du har delt, bliver husket, så din chef fortsat ser færre af gruppens tal.')).toBeVisible();

  for (const locale of ['da', 'en'] as const) {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: e2eServerEnv.APP_URL }]);
    await signInAs(context, organisation.id, 'MANAGER_OF_LEADERS', { email: managerEmail, locale });
    const page = await context.newPage();
    await page.goto(`/${organisation.slug}/shared-with-me`);
    const card = page.getByTestId('shared-balance');
    await expect(card).toHaveCount(1);
    await expect(card.getByRole('heading', { level: 2, name: leader.name })).toBeVisible();
    await expect(card.getByText(round.name, { exact: false })).toBeVisible();
    await expect(card.getByText(locale === 'da' ? '\u22122,0' : '\u22122.0', { exact: true })).toBeVisible();
    await expect(card.getByText(locale === 'da' ? '4,0' : '4.0', { exact: true })).toBeVisible();
    // Every strain and resource answer, and nothing of the relations, the overall answer or the comment.
    await expect(card.getByRole('listitem')).toHaveCount(q.items.length);
    await expect(card.getByText(locale === 'da' ? '4 af 5' : '4 of 5')).toHaveCount(q.items.filter((i) => i.side === 'strain').length);
    const text = await page.locator('main').innerText();
    for (const relation of q.relations) expect(text).not.toContain(relation.text[locale]);
    expect(text).not.toContain(q.overall.text[locale]);
    expect(text).not.toContain('Hemmelig kommentar');
    await axe(page);
    await shots(page, `shared-with-me-${locale}`);
    await context.close();
  }
});

test('a manager two of whose three leaders shared their balance sees that group hidden for them, and HR does not', async ({ browser }) => {
  const { createResultsOrg, createResultsRound } = await import('../fixtures/results');
  const { leaderShares } = await import('../fixtures/shares');
  const org = await createResultsOrg('Delekommune');
  const person = (n: number) => ({ strain: 1 + (n % 5), resource: 5 - (n % 4) });
  const { round, roundId, leaderIds } = await createResultsRound(org, [
    { key: 'Direktion', answers: [0, 1, 2].map(person) },
    { key: 'Sundhed', parent: 'Direktion', answers: [3, 4, 5].map(person) },
    { key: 'Teknik', parent: 'Direktion', answers: [6, 7, 8, 9].map(person) },
  ]);
  const managerEmail = `chef.${org.slug}@example.test`;
  await createSession(org.organisationId, 'MANAGER_OF_LEADERS', { email: managerEmail, scopeGroupIds: [org.groups.Direktion!] });
  await leaderShares(round, leaderIds.Sundhed![0]!, managerEmail);
  await leaderShares(round, leaderIds.Sundhed![1]!, managerEmail);
  const sundhed = `/${org.slug}/results/${roundId}?group=${org.groups.Sundhed}`;

  for (const locale of ['da', 'en'] as const) {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: e2eServerEnv.APP_URL }]);
    await signInAs(context, org.organisationId, 'MANAGER_OF_LEADERS', { email: managerEmail, locale });
    const page = await context.newPage();
    await page.goto(sundhed);
    const notice = page.getByTestId('results-suppressed');
    await expect(notice).toHaveAttribute('data-reason', 'known-to-you');
    await expect(notice.getByRole('heading', { name: locale === 'da' ? 'Skjult for dig' : 'Hidden for you' })).toBeVisible();
    await expect(page.getByRole('img', { name: locale === 'da' ? 'Vægten: belastninger over for ressourcer' : 'The balance scale: strains against resources' })).toHaveCount(0);
    await expect(
      page
        .getByRole('navigation', { name: locale === 'da' ? 'Grupper' : 'Groups' })
        .getByText(locale === 'da' ? 'Skjult for dig' : 'Hidden for you')
        .first(),
    ).toBeVisible();
    await axe(page);
    await shots(page, `results-hidden-for-you-${locale}`);
    await context.close();
  }

  const hr = await browser.newContext();
  await signInAs(hr, org.organisationId, 'HR_ADMIN');
  const hrPage = await hr.newPage();
  await hrPage.goto(sundhed);
  await expect(hrPage.getByTestId('results-suppressed')).toHaveCount(0);
  await expect(hrPage.getByRole('img', { name: 'Vægten: belastninger over for ressourcer' })).toBeVisible();
  await hr.close();
});
