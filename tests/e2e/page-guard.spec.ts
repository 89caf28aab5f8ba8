import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { e2eServerEnv } from './support/e2e-env';
import { signInAs } from './support/fixtures';

interface LoggedQuery {
  query: string;
  params: string;
}

/** The statements the server has sent so far (the production build logs them: LEDERTRIVSEL_QUERY_LOG). */
function loggedQueries(): LoggedQuery[] {
  return readFileSync(e2eServerEnv.LEDERTRIVSEL_QUERY_LOG, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoggedQuery);
}

test('a staff page looks up the organisation and the membership once per render, though the layout and the page both guard', async ({ page, context }) => {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const suffix = Math.random().toString(36).slice(2, 8);
  const organisation = await ownerDb().organisation.create({ data: { name: `Vagt Kommune ${suffix}`, slug: `vagt-${suffix}` } });
  const { user } = await signInAs(context, organisation.id, 'HR_ADMIN');

  const before = loggedQueries().length;
  const response = await page.goto(`/${organisation.slug}/groups`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const render = loggedQueries().slice(before);

  const slugLookups = render.filter((q) => /FROM "public"\."Organisation"/.test(q.query) && q.params.includes(`"${organisation.slug}"`));
  const membershipLookups = render.filter((q) => /FROM "public"\."Membership"/.test(q.query) && q.params.includes(user.id) && q.params.includes(organisation.id));
  expect(slugLookups).toHaveLength(1);
  expect(membershipLookups).toHaveLength(1);
});
