import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { e2eBaseUrl } from './support/e2e-env';
import { signInAs } from './support/fixtures';
import { axeViolations, horizontalOverflow } from './support/page-checks';

const DAY = 24 * 60 * 60 * 1000;
const outDir = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';

/**
 * One group over three closed rounds: "Plejecentre" in 2024, renamed "Pleje og omsorg" and
 * moved under Omsorg since; in 2026 only two of its four answered, below the threshold of 3.
 */
async function threeRounds() {
  const { createResultsOrg, createResultsRound, same } = await import('../fixtures/results');
  const org = await createResultsOrg('Trendkommune');
  const ago = (years: number) => new Date(Date.now() - years * 365 * DAY);
  await createResultsRound(
    org,
    [
      { key: 'Sundhed', answers: same(3, { strain: 2, resource: 4 }) },
      { key: 'Pleje og omsorg', parent: 'Sundhed', name: 'Plejecentre', answers: same(3, { strain: 2, resource: 4 }) },
    ],
    { name: 'LederAPV 2024', opensAt: ago(3) },
  );
  await createResultsRound(
    org,
    [
      { key: 'Omsorg', answers: same(3, { strain: 3, resource: 3 }) },
      { key: 'Pleje og omsorg', parent: 'Omsorg', answers: same(4, { strain: 3, resource: 2 }) },
    ],
    { name: 'LederAPV 2025', opensAt: ago(2) },
  );
  const latest = await createResultsRound(
    org,
    [
      { key: 'Omsorg', answers: same(3, { strain: 3, resource: 3 }) },
      { key: 'Pleje og omsorg', parent: 'Omsorg', answers: same(2, { strain: 5, resource: 1 }), silent: 2 },
    ],
    { name: 'LederAPV 2026', opensAt: ago(1) },
  );
  return { org, groupId: org.groups['Pleje og omsorg']!, latestRoundId: latest.roundId };
}

test('HR follows a group over three rounds, one of them too small to show', async ({ page, context }) => {
  // Three rounds written and a production page each: slow on a shared machine, not in the browser.
  test.setTimeout(120_000);
  const { org, groupId, latestRoundId } = await threeRounds();
  await signInAs(context, org.organisationId, 'HR_ADMIN');
  await page.goto(`/${org.slug}/results/${latestRoundId}?group=${groupId}`);
  // This year's dashboard has nothing to show for the group: the trend is one link away.
  await expect(page.getByTestId('results-suppressed')).toBeVisible();
  await page.getByRole('link', { name: 'Udvikling over tid' }).click();
  await expect(page).toHaveURL(new RegExp(`/${org.slug}/results/trend/${groupId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Udvikling over tid: Pleje og omsorg' })).toBeVisible();
  await expect(page.getByText('Gruppen har skiftet navn undervejs')).toBeVisible();

  const table = page.getByRole('table', { name: 'Pleje og omsorg: balance, sider og spørgsmål i hver runde' });
  await expect(table.getByRole('columnheader')).toHaveText(['Mål', 'LederAPV 2024', 'LederAPV 2025', 'LederAPV 2026']);
  await expect(table.getByRole('row', { name: /^Gruppens navn i runden/ }).getByRole('cell')).toHaveText(['Plejecentre', 'Pleje og omsorg', 'Pleje og omsorg']);
  // Figures for the two rounds that show them; the third says why it has none, and shows no count either.
  // (The hidden round is one cell spanning all its rows, so it sits in the first of them.)
  await expect(table.getByRole('row', { name: /^Antal svar/ }).getByRole('cell')).toHaveText(['3', '4', 'For få svar i denne runde']);
  await expect(table.getByRole('row', { name: /^Balance/ }).getByRole('cell')).toHaveText(['+2,0', '−1,0']);
  await expect(table.getByRole('row', { name: /^Belastninger, gennemsnit/ }).getByRole('cell')).toHaveText(['2,0', '3,0']);
  await expect(table.getByRole('row', { name: /^Ressourcer, gennemsnit/ }).getByRole('cell')).toHaveText(['4,0', '2,0']);
  await expect(table.getByTestId('trend-hidden')).toHaveCount(1);
  await expect(table).not.toContainText('5,0');

  // The chart draws a line from 2024 to 2025 for each measure, and a labelled gap where 2026 would be.
  const chart = page.getByRole('figure', { name: 'Balancen og de to sider runde for runde' });
  for (const series of ['balance', 'strain', 'resource']) await expect(chart.locator(`polyline[data-series="${series}"]`)).toHaveCount(1);
  await expect(chart.getByTestId('trend-gap')).toHaveText(['Ingen tal', 'Ingen tal']);
  await expect(chart.getByText('Et hul i linjerne betyder')).toBeVisible();
});

test('the trend fits a phone and passes axe in Danish and English', async ({ page, context }) => {
  test.setTimeout(240_000);
  const { org, groupId } = await threeRounds();
  await signInAs(context, org.organisationId, 'TOP_MANAGEMENT');
  mkdirSync(outDir, { recursive: true });
  for (const locale of ['da', 'en'] as const) {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: e2eBaseUrl }]);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${org.slug}/results/trend/${groupId}`);
      await expect(page.getByRole('heading', { level: 1, name: locale === 'da' ? /Udvikling over tid/ : /Trend over time/ })).toBeVisible();
      expect(await horizontalOverflow(page)).toBe(0);
      await page.screenshot({ path: join(outDir, `trend-${locale}-${width}.png`), fullPage: true });
    }
    expect(await axeViolations(page)).toEqual([]);
  }
  await expect(page.getByRole('table').getByTestId('trend-hidden')).toHaveText('Too few responses in this round');
});

test('a group with one closed round shows why there is no trend yet', async ({ page, context }) => {
  test.setTimeout(60_000);
  const { createResultsOrg, createResultsRound, same } = await import('../fixtures/results');
  const org = await createResultsOrg('Trendkommune');
  await createResultsRound(org, [{ key: 'Teknik', answers: same(3, { strain: 2, resource: 4 }) }], { name: 'LederAPV 2026' });
  await signInAs(context, org.organisationId, 'HR_ADMIN');
  await page.goto(`/${org.slug}/results/trend/${org.groups.Teknik}`);
  await expect(page.getByRole('heading', { name: 'Der er ikke nogen udvikling at vise endnu' })).toBeVisible();
  await expect(page.getByText('Indtil videre er den kun med i LederAPV 2026.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
