import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { questionnaire2026_1 as q } from '@/content/questionnaires/v2026-1';
import { closeRound, openInvitation, submittedResponses } from './support/fixtures';
import { answer, answerEverything, expectAllSaved } from './support/questionnaire';

const strainItems = q.items.filter((i) => i.side === 'strain');
const resourceItems = q.items.filter((i) => i.side === 'resource');

test('a leader answers half, comes back to every answer kept, submits twice, sees the scale tilt, changes an answer, then meets the closed round', async ({ page, context }) => {
  const { path, round } = await openInvitation();
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'LederAPV 2027' })).toBeVisible();
  await expect(page.getByText('Det tager 5–8 minutter.', { exact: false })).toBeVisible();
  await expect(page.getByText('Ingen i organisationen kan se dine enkelte svar', { exact: false })).toBeVisible();

  for (const item of strainItems) await answer(page, item.text.da, 2);
  await expectAllSaved(page);
  await page.close();

  const again = await context.newPage();
  await again.goto(path);
  for (const item of strainItems) {
    await expect(again.getByRole('group', { name: item.text.da, exact: true }).getByRole('radio', { name: /^2 / })).toBeChecked();
  }
  for (const item of resourceItems) await answer(again, item.text.da, 4);
  for (const relation of q.relations) await again.getByRole('group', { name: relation.text.da, exact: true }).getByRole('radio', { name: /^\+1 / }).check();
  await answer(again, q.overall.text.da, 4);
  await expectAllSaved(again);

  const submit = again.getByRole('button', { name: 'Indsend mine svar' });
  await submit.dblclick();
  await expect(again.getByRole('heading', { level: 1, name: 'Din balance' })).toBeVisible();
  const responses = await submittedResponses(round.id);
  expect(responses).toHaveLength(1);

  // Resources 4 against strains 2: the scale tips towards the resources (the right pan goes down).
  await expect(again.getByRole('figure').getByText('Ressourcerne vejer tungest', { exact: true })).toBeVisible();
  await expect(again.getByRole('figure').getByText('Balance: +2,0 (fra −4 til +4)', { exact: true })).toBeVisible();
  const tilt = Number(await again.locator('svg[data-tilt-degrees]').getAttribute('data-tilt-degrees'));
  expect(tilt).toBeGreaterThan(0);

  await again.getByRole('link', { name: 'Ret mine svar' }).click();
  await answer(again, strainItems[0]!.text.da, 5);
  await expectAllSaved(again);
  const changed = (await submittedResponses(round.id))[0]!.answers.find((a) => a.itemKey === strainItems[0]!.key);
  expect(changed?.value).toBe(5);

  await closeRound(round.id);
  await again.goto(path);
  await expect(again.getByRole('heading', { name: 'Runden er lukket' })).toBeVisible();
  await expect(again.getByRole('radio')).toHaveCount(0);
});

test('the whole questionnaire can be answered and submitted with the keyboard alone', async ({ page }) => {
  const { path, round } = await openInvitation();
  await page.goto(path);
  const total = q.items.length + q.relations.length + 1;
  const answered = () => page.locator('input[type=radio]:checked').count();
  for (let presses = 0; presses < 400 && (await answered()) < total; presses++) {
    await page.keyboard.press('Tab');
    const onUncheckedGroup = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === 'radio' && !document.querySelector(`input[name="${CSS.escape(el.name)}"]:checked`);
    });
    if (onUncheckedGroup) await page.keyboard.press('Space');
  }
  expect(await answered()).toBe(total);
  await expectAllSaved(page);
  await page.getByRole('button', { name: 'Indsend mine svar' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Din balance' })).toBeVisible();
  expect(await submittedResponses(round.id)).toHaveLength(1);
});

test('the questionnaire and the result have no serious or critical accessibility violations, and fit a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { path } = await openInvitation();
  await page.goto(path);
  const onQuestionnaire = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(onQuestionnaire.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await answerEverything(page, 3);
  await page.getByRole('button', { name: 'Indsend mine svar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Din balance' })).toBeVisible();
  const onResult = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(onResult.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('an answer saved while the connection is down is shown as waiting, kept, and sent when it is back', async ({ page, context }) => {
  const { path, round } = await openInvitation();
  await page.goto(path);
  await context.setOffline(true);
  await answer(page, strainItems[0]!.text.da, 4);
  await expect(page.getByRole('status').filter({ hasText: /Ingen forbindelse|prøver igen/ })).toBeVisible();
  await context.setOffline(false);
  await expectAllSaved(page);
  const { ownerDb } = await import('@/tests/support/owner-db');
  const saved = await ownerDb().answer.findFirst({ where: { itemKey: strainItems[0]!.key, response: { roundId: round.id } } });
  expect(saved?.value).toBe(4);
});

test('a link that is not ours shows a way to get a new one, and never a questionnaire', async ({ page }) => {
  const response = await page.goto('/r/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  // The token is in the path: it must never travel on in a Referer, nor sit in a cache.
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  expect(response?.headers()['cache-control']).toContain('no-store');
  await expect(page.getByRole('heading', { name: 'Linket virker ikke' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Send mig mit link' })).toHaveAttribute('href', '/link');
});
