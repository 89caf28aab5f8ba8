import { expect, test } from '@playwright/test';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { openInvitation } from './support/fixtures';
import { answer, expectAllSaved } from './support/questionnaire';

/**
 * In a rush the server may refuse a save it has no room for: 503 with Retry-After, from the line
 * in front of its database pool (lib/platform/db/turn-queue.ts; that refusal itself is tested in
 * tests/integration/save-rush.test.ts). The browser's side is what this checks: the page says the
 * answer is not saved yet, keeps it, and sends it again until the server takes it. The refusals
 * are played by the browser's network layer, so the server itself need not be overloaded.
 */
test('a save refused with 503 while the server is busy is kept, said to be waiting, and sent again until it is saved', async ({ page }) => {
  const leader = await openInvitation();
  const item = q.items[0]!;
  let refused = 0;
  await page.route(`**/api/r/${leader.token}/answers`, async (route) => {
    if (refused < 2) {
      refused += 1;
      await route.fulfill({
        status: 503,
        headers: { 'content-type': 'application/json', 'retry-after': '1' },
        body: JSON.stringify({ error: { code: 'service_unavailable', message: 'The service is temporarily unavailable. Try again shortly.' } }),
      });
      return;
    }
    await route.continue();
  });

  await page.goto(leader.path);
  await answer(page, item.text.da, 4);
  await expect(page.getByRole('status').filter({ hasText: /prøver igen/ })).toBeVisible();
  await expectAllSaved(page, 20_000);
  expect(refused).toBe(2);

  const { ownerDb } = await import('@/tests/support/owner-db');
  const { responseKeyFor } = await import('@/lib/domains/invitations/links');
  const stored = await ownerDb().response.findFirst({ where: { responseKey: responseKeyFor(leader.invitation.id) }, include: { answers: true } });
  expect(stored?.answers.map((a) => [a.itemKey, a.value])).toEqual([[item.key, 4]]);
});
