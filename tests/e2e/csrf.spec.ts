import { expect, test } from '@playwright/test';
import { signInAs } from './support/fixtures';

/**
 * State-changing forms are server actions, which only run when the request's Origin is this site
 * (proxy.ts refuses another with a 403 before Next sees it; SameSite=Lax session cookies keep
 * cross-site requests unauthenticated as well). The test replays a real form submission from
 * another origin: nothing may change.
 */
test('a form submission replayed from another site is refused and changes nothing', async ({ page, context }) => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const suffix = Math.random().toString(36).slice(2, 8);
  const organisation = await ownerDb().organisation.create({ data: { name: `CSRF Kommune ${suffix}`, slug: `csrf-${suffix}` } });
  const { user } = await signInAs(context, organisation.id, 'HR_ADMIN');
  await page.goto(`/${organisation.slug}/groups`);

  const submitted = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
  await page.getByLabel('Navn', { exact: true }).fill('Direktion');
  await page.getByRole('button', { name: 'Opret gruppe' }).click();
  const original = await submitted;
  await expect(page.getByRole('status').filter({ hasText: 'Gruppen »Direktion« er oprettet.' })).toBeVisible();
  const groups = () => ownerDb().leaderGroup.count({ where: { organisationId: organisation.id } });
  expect(await groups()).toBe(1);

  // The same request — same action, same body, same session cookie — but sent from another site.
  const body = original
    .postDataBuffer()!
    .toString('latin1')
    .replace(/Direktion/g, 'Fremmed');
  const headers = { ...(await original.allHeaders()), origin: 'https://evil.example', host: new URL(original.url()).host };
  delete (headers as Record<string, string>)['content-length'];
  const replay = await page.request.fetch(original.url(), { method: 'POST', headers, data: Buffer.from(body, 'latin1'), failOnStatusCode: false });
  expect(replay.status()).toBe(403);
  expect((await replay.json()).error.code).toBe('forbidden');
  expect(await groups()).toBe(1);

  // And the same replay from this site does work, so the refusal above was the origin's doing.
  const sameSite = await page.request.fetch(original.url(), {
    method: 'POST',
    headers: { ...headers, origin: new URL(original.url()).origin },
    data: Buffer.from(body, 'latin1'),
    failOnStatusCode: false,
  });
  expect(sameSite.status()).toBe(200);
  expect(await groups()).toBe(2);
  expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, actorUserId: user.id, action: 'group.created' } })).toBe(2);
});
