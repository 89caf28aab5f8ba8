import { expect, test, type Page } from '@playwright/test';
import { e2eBaseUrl } from './support/e2e-env';
import { openInvitation, signInAs } from './support/fixtures';
import { axeViolations, horizontalOverflow } from './support/page-checks';

/**
 * Every page each role can reach, found by following the links the app itself shows (so a new
 * page is covered the day it is linked): none scrolls sideways on a 360 px phone, none has
 * an axe violation of WCAG 2.2 A/AA at 1280 px, and none shows a message key for want of its text.
 */
const DEMO_SLUG = 'syddal-kommune';
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 800 };

/** Downloads and route handlers behind links: not pages. */
const notAPage = /\/(export|report|notes|example\.csv)(\/|$|\?)|\.(csv|xlsx|pdf|md|txt)$/;
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

async function linksOn(page: Page): Promise<string[]> {
  return page.$$eval(`a[href^="/${DEMO_SLUG}"]`, (anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * next-intl's complaints in the browser (a client component reading a message its page was not
 * given shows the raw key): client components get only the namespaces in
 * content/messages/client-namespaces.ts (decision 0019).
 */
const intlError = /MISSING_MESSAGE|INSUFFICIENT_PATH|INVALID_KEY|FORMATTING_ERROR/;

function collectIntlErrors(page: Page, problems: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error' && intlError.test(message.text())) problems.push(`${new URL(page.url()).pathname}: ${message.text().slice(0, 200)}`);
  });
}

/** Visits one page of each route shape (ids replaced by :id), starting from the overview. */
async function checkEveryPage(page: Page, start: string, limit = 60) {
  const problems: string[] = [];
  collectIntlErrors(page, problems);
  const seenShapes = new Set<string>();
  const queue = [start];
  while (queue.length > 0 && seenShapes.size < limit) {
    const path = queue.shift()!;
    const shape = path.replace(uuid, ':id');
    if (seenShapes.has(shape) || notAPage.test(path)) continue;
    seenShapes.add(shape);
    await page.setViewportSize(PHONE);
    const response = await page.goto(path);
    if (!response || !(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    if (response.status() >= 400) problems.push(`${path}: answered ${response.status()}`);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) problems.push(`${path}: scrolls ${overflow} px sideways at 360 px`);
    await page.setViewportSize(DESKTOP);
    for (const violation of await axeViolations(page)) problems.push(`${path}: ${violation}`);
    for (const link of await linksOn(page)) if (!seenShapes.has(link.replace(uuid, ':id'))) queue.push(link);
  }
  return { problems, visited: [...seenShapes] };
}

async function demoOrganisation() {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const sundhed = await ownerDb().leaderGroup.findFirstOrThrow({ where: { organisationId: organisation.id, name: 'Sundhed og Omsorg' } });
  return { organisation, sundhed };
}

const roles = [
  { role: 'HR_ADMIN', minimum: 12 },
  { role: 'TOP_MANAGEMENT', minimum: 4 },
  { role: 'MED_AMO', minimum: 4 },
  { role: 'MANAGER_OF_LEADERS', minimum: 3 },
] as const;

for (const { role, minimum } of roles) {
  for (const locale of ['da', 'en'] as const) {
    test(`every page ${role} can reach fits a phone and passes axe, in ${locale}`, async ({ page, context }) => {
      test.setTimeout(600_000);
      const { organisation, sundhed } = await demoOrganisation();
      await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: e2eBaseUrl }]);
      await signInAs(context, organisation.id, role, role === 'MANAGER_OF_LEADERS' ? { scopeGroupIds: [sundhed.id] } : {});
      const { problems, visited } = await checkEveryPage(page, `/${DEMO_SLUG}`);
      expect(visited.length, `pages visited: ${visited.join(', ')}`).toBeGreaterThanOrEqual(minimum);
      expect(problems).toEqual([]);
    });
  }
}

test('the public pages, sign-in and the leader’s questionnaire fit a phone and pass axe, in both languages', async ({ page, context }) => {
  test.setTimeout(300_000);
  const { path } = await openInvitation();
  const problems: string[] = [];
  collectIntlErrors(page, problems);
  for (const locale of ['da', 'en']) {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: e2eBaseUrl }]);
    for (const target of ['/', '/model', '/privacy', '/accessibility', '/sign-in', '/sign-up', path]) {
      await page.setViewportSize(PHONE);
      await page.goto(target);
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) problems.push(`${locale} ${target}: scrolls ${overflow} px sideways at 360 px`);
      await page.setViewportSize(DESKTOP);
      for (const violation of await axeViolations(page)) problems.push(`${locale} ${target}: ${violation}`);
    }
  }
  expect(problems).toEqual([]);
});
