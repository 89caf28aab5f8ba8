import { expect, type Page } from '@playwright/test';
import { currentQuestionnaire as q } from '@/content/questionnaires';

/** Picks a value in one question's radio group, found by the question's text (its accessible name). */
export async function answer(page: Page, question: string, value: number) {
  const group = page.getByRole('group', { name: question, exact: true });
  await group.getByRole('radio', { name: new RegExp(`^${value} `) }).check();
}

export async function expectAllSaved(page: Page, timeout?: number) {
  await expect(page.getByRole('status').filter({ hasText: /Alle svar er gemt|All answers are saved/ })).toBeVisible(timeout ? { timeout } : {});
}

/** Answers every question in the leader's language: items with `value`, relations with 0. */
export async function answerEverything(page: Page, value = 3, locale: 'da' | 'en' = 'da') {
  for (const item of q.items) await answer(page, item.text[locale], value);
  for (const relation of q.relations) await page.getByRole('group', { name: relation.text[locale], exact: true }).getByRole('radio', { name: /^0 / }).check();
  await answer(page, q.overall.text[locale], value);
  await expectAllSaved(page);
}

/** The page does not scroll sideways: nothing is wider than the screen. */
export async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `the page is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

/** The questionnaire's sticky bar (progress, saving, what is missing), as the viewport shows it. */
export async function barBox(page: Page) {
  const box = await page.getByTestId('questionnaire-bar').boundingBox();
  expect(box).not.toBeNull();
  return box!;
}
