import { expect, type Page } from '@playwright/test';
import { questionnaire2026_1 as q } from '@/content/questionnaires/v2026-1';

/** Picks a value in one question's radio group, found by the question's text (its accessible name). */
export async function answer(page: Page, question: string, value: number) {
  const group = page.getByRole('group', { name: question, exact: true });
  await group.getByRole('radio', { name: new RegExp(`^${value} `) }).check();
}

export async function expectAllSaved(page: Page, timeout?: number) {
  await expect(page.getByRole('status').filter({ hasText: 'Alle svar er gemt' })).toBeVisible(timeout ? { timeout } : {});
}

/** Answers every question of the Danish questionnaire: items with `value`, relations with 0. */
export async function answerEverything(page: Page, value = 3) {
  for (const item of q.items) await answer(page, item.text.da, value);
  for (const relation of q.relations) await page.getByRole('group', { name: relation.text.da, exact: true }).getByRole('radio', { name: /^0 / }).check();
  await answer(page, q.overall.text.da, value);
  await expectAllSaved(page);
}
