import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { e2eBaseUrl } from './support/e2e-env';
import { openInvitation, signInAs } from './support/fixtures';
import { horizontalOverflow } from './support/page-checks';

/**
 * The main page of each journey at 1280 and 360 px in both languages, as its user sees it.
 * Written to test-results/screenshots/ on every run (to look at); `SCREENSHOTS_DIR=docs/screenshots`
 * refreshes the ones the README shows.
 */
const DEMO_SLUG = 'syddal-kommune';
const outDir = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';
const widths = [1280, 360] as const;
const locales = ['da', 'en'] as const;

type Journey = { name: string; role: 'HR_ADMIN' | 'TOP_MANAGEMENT' | 'MED_AMO' | null; path: (slug: string, leaderPath: string) => string };

/** The demo's own staff, so the pictures show their names (lib/domains/demo/demo-data.ts). */
const demoEmail = { HR_ADMIN: 'hr@syddal.example', TOP_MANAGEMENT: 'direktoer@syddal.example', MED_AMO: 'med@syddal.example' } as const;

const journeys: Journey[] = [
  { name: 'landing', role: null, path: () => '/' },
  { name: 'sign-in', role: null, path: () => '/sign-in' },
  { name: 'questionnaire', role: null, path: (_, leaderPath) => leaderPath },
  { name: 'hr-overview', role: 'HR_ADMIN', path: (slug) => `/${slug}` },
  { name: 'rounds', role: 'HR_ADMIN', path: (slug) => `/${slug}/rounds` },
  { name: 'results', role: 'TOP_MANAGEMENT', path: (slug) => `/${slug}/results` },
  { name: 'workshop', role: 'HR_ADMIN', path: (slug) => `/${slug}/workshop` },
  { name: 'action-plan', role: 'TOP_MANAGEMENT', path: (slug) => `/${slug}/action-plan` },
  { name: 'apv', role: 'MED_AMO', path: (slug) => `/${slug}/apv` },
  { name: 'sso-settings', role: 'HR_ADMIN', path: (slug) => `/${slug}/settings/sso` },
  { name: 'scim-settings', role: 'HR_ADMIN', path: (slug) => `/${slug}/settings/scim` },
];

test('screenshots of each journey’s main page at 1280 and 360 px in Danish and English', async ({ browser }) => {
  test.setTimeout(300_000);
  mkdirSync(outDir, { recursive: true });
  const { ownerDb } = await import('@/tests/support/owner-db');
  const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const { path: leaderPath } = await openInvitation();
  for (const locale of locales) {
    for (const journey of journeys) {
      const context = await browser.newContext();
      await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: e2eBaseUrl }]);
      if (journey.role) await signInAs(context, organisation.id, journey.role, { email: demoEmail[journey.role] });
      const page = await context.newPage();
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        const response = await page.goto(journey.path(DEMO_SLUG, leaderPath));
        expect(response?.status(), `${journey.name} in ${locale}`).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await horizontalOverflow(page), `${journey.name} at ${width} px in ${locale}`).toBe(0);
        await page.screenshot({ path: join(outDir, `${journey.name}-${width}-${locale}.png`) });
      }
      await context.close();
    }
  }
});

test('the dashboard, and its heatmap fetched after the page, at 1280 and 360 px in Danish and English', async ({ browser }) => {
  test.setTimeout(120_000);
  mkdirSync(outDir, { recursive: true });
  const { ownerDb } = await import('@/tests/support/owner-db');
  const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const round = await ownerDb().round.findFirstOrThrow({ where: { organisationId: organisation.id, status: 'CLOSED' }, orderBy: { opensAt: 'desc' } });
  const title = { da: 'Grupper og spørgsmål', en: 'Groups and questions' } as const;
  const showNumbers = { da: 'Vis tallene', en: 'Show the numbers' } as const;
  for (const locale of locales) {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: e2eBaseUrl }]);
    await signInAs(context, organisation.id, 'TOP_MANAGEMENT', { email: demoEmail.TOP_MANAGEMENT });
    const page = await context.newPage();
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/${DEMO_SLUG}/results/${round.id}`);
      const card = page.locator('section', { has: page.getByRole('heading', { level: 2, name: title[locale] }) });
      await expect(card.getByTestId('results-heatmap')).toBeVisible();
      await expect(card.getByTestId('heatmap-more')).toHaveCount(0);
      expect(await horizontalOverflow(page), `heatmap at ${width} px in ${locale}`).toBe(0);
      // The whole dashboard with one chart's numbers open: its charts are client components rendered on the server (decision 0019).
      await page.getByText(showNumbers[locale]).first().click();
      await page.screenshot({ path: join(outDir, `results-dashboard-${width}-${locale}.png`), fullPage: true });
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(outDir, `results-heatmap-${width}-${locale}.png`) });
    }
    await context.close();
  }
});
