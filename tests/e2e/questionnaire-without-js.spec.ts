import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { closeRound, openInvitation, submittedResponses } from './support/fixtures';
import { answer } from './support/questionnaire';

/**
 * The questionnaire is a plain form first (decision 0016): with JavaScript off, the buttons post
 * it to /api/r/<token>/form, which saves through the same domain functions as the answers API
 * and, with the submit button, submits.
 */
test.use({ javaScriptEnabled: false });

const strainItems = q.items.filter((i) => i.side === 'strain');

test('without JavaScript a leader saves half, is told what is missing, answers the rest, submits and sees the balance', async ({ page, browser }) => {
  const { path, round } = await openInvitation();
  await page.goto(path);
  await expect(page.getByRole('status').filter({ hasText: 'Dine svar gemmes, når du trykker på en af knapperne nederst.' })).toBeVisible();
  await expect(page.getByText('Uden JavaScript gemmes dine svar først', { exact: false })).toBeVisible();

  for (const item of strainItems) await answer(page, item.text.da, 2);
  await page.getByLabel('Vil du tilføje noget om dine belastninger? (valgfrit)').fill('Mange møder');
  await page.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
  await expect(page).toHaveURL(/\?form=saved/);
  await expect(page.getByText('Dine svar er gemt. Du kan fortsætte nu eller senere via samme link.')).toBeVisible();
  // What was saved is what the page shows again.
  for (const item of strainItems) await expect(page.getByRole('group', { name: item.text.da, exact: true }).getByRole('radio', { name: /^2 / })).toBeChecked();
  await expect(page.getByLabel('Vil du tilføje noget om dine belastninger? (valgfrit)')).toHaveValue('Mange møder');

  // Submitting with gaps saves what is there and lists every open question, linked.
  await page.getByRole('button', { name: 'Indsend mine svar' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Dine svar er gemt, men ikke indsendt.' });
  const open = q.items.length - strainItems.length + q.relations.length + 1;
  await expect(summary).toContainText(`${open} spørgsmål mangler et svar`);
  await expect(summary.getByRole('link')).toHaveCount(open);
  const firstOpen = q.items.find((i) => i.side === 'resource')!;
  await expect(page.getByRole('group', { name: firstOpen.text.da, exact: true })).toContainText('Dette spørgsmål mangler et svar.');
  expect(await submittedResponses(round.id)).toHaveLength(0);
  // axe runs as a script: the same page, with it.
  const withScripts = await browser.newContext({ javaScriptEnabled: true });
  const checked = await withScripts.newPage();
  await checked.goto(page.url());
  await expect(checked.getByRole('alert').filter({ hasText: 'Dine svar er gemt, men ikke indsendt.' })).toBeVisible();
  const axe = await new AxeBuilder({ page: checked }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await withScripts.close();

  for (const item of q.items) if (item.side === 'resource') await answer(page, item.text.da, 4);
  for (const relation of q.relations) await page.getByRole('group', { name: relation.text.da, exact: true }).getByRole('radio', { name: /^\+1 / }).check();
  await answer(page, q.overall.text.da, 4);
  await page.getByRole('button', { name: 'Indsend mine svar' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Din balance' })).toBeVisible();
  await expect(page.getByRole('figure').getByText('Balance: +2,0 (fra −4 til +4)', { exact: true })).toBeVisible();
  const responses = await submittedResponses(round.id);
  expect(responses).toHaveLength(1);
  expect(responses[0]!.answers).toHaveLength(q.items.length + q.relations.length + 1);

  // Back on the link: answered, and a change is saved by "Gem ændringer".
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Du har svaret', exact: true })).toBeVisible();
  await answer(page, strainItems[0]!.text.da, 5);
  await page.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Din balance' })).toBeVisible();
  const changed = (await submittedResponses(round.id))[0]!.answers.find((a) => a.itemKey === strainItems[0]!.key);
  expect(changed?.value).toBe(5);
});

test('without JavaScript the language switcher works, and English texts say how saving works', async ({ page }) => {
  const { path } = await openInvitation();
  await page.goto(path);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Submit my answers' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Your answers are saved when you press one of the buttons at the bottom.' })).toBeVisible();
  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(page.getByRole('button', { name: 'Indsend mine svar' })).toBeVisible();
});

test('a plain post to a closed round or an unknown link lands on a page that says so, never an error', async ({ page, request }) => {
  const { path, round, token } = await openInvitation();
  await page.goto(path);
  await answer(page, strainItems[0]!.text.da, 3);
  await closeRound(round.id);
  await page.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
  await expect(page.getByRole('heading', { name: 'Runden er lukket' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);

  const unknown = await request.post(`/api/r/${'x'.repeat(43)}/form`, { form: { intent: 'submit' }, maxRedirects: 0 });
  expect(unknown.status()).toBe(303);
  expect(unknown.headers()['location']).toBe(`/r/${'x'.repeat(43)}`);
  // Values that no radio offers are refused by the same checks as the API's.
  const { path: other, token: otherToken } = await openInvitation();
  const tampered = await request.post(`/api/r/${otherToken}/form`, { form: { [strainItems[0]!.key]: '9', intent: 'save' }, maxRedirects: 0 });
  expect(tampered.status()).toBe(303);
  expect(tampered.headers()['location']).toBe(`${other}?form=invalid#form-status`);
  expect(token).not.toBe(otherToken);
});
