import { expect, test } from '@playwright/test';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { openInvitation } from '../e2e/support/fixtures';
import { answer, expectAllSaved } from '../e2e/support/questionnaire';
import { startPostgres, stopPostgres } from './support/postgres-cluster';

/**
 * PostgreSQL goes away while leaders are answering, and comes back. Nothing a leader was told is
 * saved may be lost; what could not be saved must be said on the page and sent again until it
 * is; the health endpoint must report the outage and recover without restarting the app.
 */
test.afterAll(() => startPostgres());

async function health(request: import('@playwright/test').APIRequestContext): Promise<number> {
  return (await request.get('/api/health', { timeout: 10_000 }).catch(() => null))?.status() ?? 0;
}

test('answers survive a database restart: every acknowledged save is kept, the rest are retried until they are', async ({ page, request }) => {
  const pageLeader = await openInvitation();
  const apiLeader = await openInvitation();
  const items = q.items.slice(0, 12);

  await page.goto(pageLeader.path);
  for (const item of items.slice(0, 4)) await answer(page, item.text.da, 4);
  await expectAllSaved(page);

  // A second leader's client saves one answer after another, through the outage; we note what the server acknowledged.
  const acknowledged = new Map<string, number>();
  /** Values sent after an item's last acknowledged save: a lost reply may still have been saved. */
  const unconfirmed = new Map<string, number[]>();
  let saving = true;
  const apiClient = (async () => {
    for (let i = 0; saving && i < 2_000; i++) {
      const item = items[i % items.length]!;
      const value = (i % 5) + 1;
      const response = await request.post(`/api/r/${apiLeader.token}/answers`, { data: { answers: [{ itemKey: item.key, value }] }, timeout: 10_000 }).catch(() => null);
      if (response?.ok()) {
        acknowledged.set(item.key, value);
        unconfirmed.set(item.key, []);
      } else unconfirmed.set(item.key, [...(unconfirmed.get(item.key) ?? []), value]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await expect.poll(() => acknowledged.size, { timeout: 10_000 }).toBeGreaterThan(2);

  stopPostgres();
  try {
    await expect.poll(() => health(request), { timeout: 15_000 }).toBe(503);
    // Answers given while the database is down: the page says they are not saved yet.
    for (const item of items.slice(4, 8)) await answer(page, item.text.da, 2);
    await expect(page.getByRole('status').filter({ hasText: /prøver igen|Ingen forbindelse|ikke gemt/i })).toBeVisible({ timeout: 15_000 });
  } finally {
    startPostgres();
  }

  await expect.poll(() => health(request), { timeout: 60_000, intervals: [500] }).toBe(200);
  // The page catches up by itself (its retries back off to 15 s), and the leader goes on answering.
  await expectAllSaved(page, 60_000);
  for (const item of items.slice(8, 12)) await answer(page, item.text.da, 5);
  await expect(page.getByRole('status').filter({ hasText: 'Alle svar er gemt' })).toBeVisible({ timeout: 60_000 });
  saving = false;
  await apiClient;

  const { ownerDb } = await import('@/tests/support/owner-db');
  const { responseKeyFor } = await import('@/lib/domains/invitations/links');
  const stored = async (invitationId: string) => {
    const response = await ownerDb().response.findFirst({ where: { responseKey: responseKeyFor(invitationId) }, include: { answers: true } });
    return new Map(response?.answers.map((a) => [a.itemKey, a.value]) ?? []);
  };
  const onPage = await stored(pageLeader.invitation.id);
  expect(items.map((item) => onPage.get(item.key))).toEqual([4, 4, 4, 4, 2, 2, 2, 2, 5, 5, 5, 5]);
  // Every save the server acknowledged is there (a later acknowledged value may have replaced an earlier one).
  const viaApi = await stored(apiLeader.invitation.id);
  for (const [itemKey, value] of acknowledged) expect([value, ...(unconfirmed.get(itemKey) ?? [])], itemKey).toContain(viaApi.get(itemKey));
});
