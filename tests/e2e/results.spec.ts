import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { signInAs } from './support/fixtures';

const DEMO_SLUG = 'syddal-kommune';

/** The demo's newest closed round, its groups by name, and the balance computed straight from the answers (no product code). */
async function demoRound() {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const { getQuestionnaire } = await import('@/content/questionnaires');
  const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const round = await ownerDb().round.findFirstOrThrow({ where: { organisationId: organisation.id, status: 'CLOSED' }, orderBy: { opensAt: 'desc' } });
  // The round's own questionnaire: the demo's newest closed round is on 2027.1, the one before on 2026.1.
  const q = getQuestionnaire(round.questionnaireVersion)!;
  const groups = Object.fromEntries((await ownerDb().roundGroup.findMany({ where: { roundId: round.id } })).map((g) => [g.name, g.groupId]));
  const strainKeys = new Set(q.items.filter((i) => i.side === 'strain').map((i) => i.key));
  const resourceKeys = new Set(q.items.filter((i) => i.side === 'resource').map((i) => i.key));
  const answers = await ownerDb().answer.findMany({ where: { organisationId: organisation.id, response: { roundId: round.id, status: 'SUBMITTED' } } });
  const mean = (keys: Set<string>) => {
    const values = answers.filter((a) => keys.has(a.itemKey)).map((a) => a.value);
    return values.reduce((x, y) => x + y, 0) / values.length;
  };
  return { organisation, round, groups, q, balance: mean(resourceKeys) - mean(strainKeys) };
}

/**
 * The heatmap's table, once the browser has fetched all its slices (it comes after the page):
 * the loading state has given way to the table, and no slice is still on its way.
 */
async function fetchedHeatmap(page: import('@playwright/test').Page) {
  const heatmap = page.getByTestId('results-heatmap');
  await expect(heatmap).toBeVisible();
  await expect(page.getByTestId('heatmap-loading')).toHaveCount(0);
  await expect(page.getByTestId('heatmap-more')).toHaveCount(0);
  return heatmap;
}

test('top management opens the dashboard and sees the scale tilt the way the answers lean', async ({ page, context }) => {
  const { organisation, round, balance } = await demoRound();
  await signInAs(context, organisation.id, 'TOP_MANAGEMENT');
  await page.goto(`/${DEMO_SLUG}`);
  await page.getByRole('navigation', { name: 'Organisationens menu' }).getByRole('link', { name: 'Resultater' }).click();
  await expect(page).toHaveURL(new RegExp(`/${DEMO_SLUG}/results/${round.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Resultater: ${round.name}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Hele organisationen' })).toBeVisible();
  // Which theme a strain is shown under is the product's reading, not the seed's, and the page says so.
  await expect(page.getByText('det er Ledertrivsels egen læsning', { exact: false })).toBeVisible();
  // So is the balance as a number: a summary of a model that BFA presents in words.
  await expect(page.getByTestId('balance-number-note')).toContainText('Tallet er Ledertrivsels opsummering');

  const scale = page.getByRole('img', { name: 'Vægten: belastninger over for ressourcer' });
  const degrees = Number(await scale.getAttribute('data-tilt-degrees'));
  // Resources outweighing strains push the right pan down (a positive angle), and the reverse.
  expect(Math.sign(degrees)).toBe(Math.sign(balance));
  // …and the pan that goes down is the one drawn heavier (blocks share a pan's width, so its area is its side's mean).
  const drawnWeight = (side: string) =>
    scale.locator(`g[data-side="${side}"] rect`).evaluateAll((blocks) => blocks.reduce((sum, b) => sum + Number(b.getAttribute('width')) * Number(b.getAttribute('height')), 0));
  expect(Math.sign((await drawnWeight('resource')) - (await drawnWeight('strain')))).toBe(Math.sign(balance));
  await expect(page.locator('figcaption').getByText(balance < 0 ? 'Belastningerne vejer tungest' : 'Ressourcerne vejer tungest')).toBeVisible();
  // The demo's older closed round is there to compare with.
  const change = page.getByTestId('results-change');
  await expect(change.getByRole('heading', { name: `Udvikling siden LederAPV ${Number(round.name.slice(-4)) - 1}` })).toBeVisible();
  // …which asked 2026.1's 25 questions: the change is over those only, and the page says so.
  await expect(change).toContainText('Sammenligningen bygger kun på de 25 spørgsmål, begge runder har stillet.');

  await expect(page.getByRole('figure', { name: 'Belastninger' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'De seks relationer' })).toBeVisible();
  await expect(page.getByText('Hvordan er balancen lige nu og her', { exact: false }).first()).toBeVisible();
  const heatmap = await fetchedHeatmap(page);
  await expect(heatmap.getByRole('columnheader', { name: /Teknik og Miljø/ })).toBeVisible();
  await expect(heatmap.getByTestId('heatmap-suppressed').first()).toContainText(/For få svar|Skjult af hensyn til andre/);

  const accessibility = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(accessibility.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('the heatmap says it is on its way, and offers to try again when its groups could not be fetched', async ({ page, context }) => {
  const { organisation, round } = await demoRound();
  await signInAs(context, organisation.id, 'TOP_MANAGEMENT');
  let answer: 'hold' | 'fail' | 'pass' = 'hold';
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/${DEMO_SLUG}/results/${round.id}/heatmap\\?`), async (route) => {
    if (answer === 'hold') await held;
    if (answer === 'pass') return route.continue();
    return route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"unavailable","message":"Prøv igen"}}' });
  });
  await page.goto(`/${DEMO_SLUG}/results/${round.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Grupper og spørgsmål' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Henter grupper og spørgsmål' })).toBeVisible();

  answer = 'fail';
  release();
  const alert = page.getByRole('alert').filter({ hasText: 'Grupper og spørgsmål kunne ikke hentes' });
  await expect(alert).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('results-heatmap')).toHaveCount(0);

  answer = 'pass';
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  const heatmap = await fetchedHeatmap(page);
  await expect(heatmap.getByRole('columnheader', { name: /Teknik og Miljø/ })).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the dashboard says where the heatmap’s figures are instead of leaving its card blank', async ({ page, context }) => {
    const { organisation, round } = await demoRound();
    await signInAs(context, organisation.id, 'TOP_MANAGEMENT');
    await page.goto(`/${DEMO_SLUG}/results/${round.id}`);
    const note = page.getByTestId('heatmap-noscript');
    await expect(note).toBeVisible();
    await expect(note).toContainText('også oversigten over grupper og spørgsmål – vises med JavaScript');
    await expect(note.getByRole('link', { name: 'Hent resultaterne (Excel)' })).toHaveAttribute('href', `/${DEMO_SLUG}/results/${round.id}/export?format=xlsx`);
    await expect(page.getByText('Henter grupper og spørgsmål')).toBeHidden();
  });
});

test('a group below the threshold shows no figure anywhere: page, export and API', async ({ page, context }) => {
  const { organisation, round, groups } = await demoRound();
  const teknik = groups['Teknik og Miljø']!;
  await signInAs(context, organisation.id, 'HR_ADMIN');
  await page.goto(`/${DEMO_SLUG}/results/${round.id}`);
  await page.getByRole('navigation', { name: 'Grupper' }).getByRole('link', { name: 'Teknik og Miljø' }).click();
  await expect(page).toHaveURL(new RegExp(`group=${teknik}`));
  await expect(page.getByTestId('results-suppressed')).toContainText('For få svar til at vise resultater');
  await expect(page.getByRole('img', { name: 'Vægten: belastninger over for ressourcer' })).toHaveCount(0);
  await expect(page.getByRole('figure')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Kommentarer' })).toHaveCount(0);

  const csv = await context.request.get(`/${DEMO_SLUG}/results/${round.id}/export?format=csv`);
  expect(csv.status()).toBe(200);
  const [overview, figures] = (await csv.text())
    .replace(/^\uFEFF/, '')
    .split('\r\n\r\n')
    .map((part) => Papa.parse<string[]>(part.trim(), { delimiter: ';' }).data);
  const row = overview!.find((r) => r[0] === 'Teknik og Miljø')!;
  expect(row.slice(5)).toEqual(['For få svar', '', '', '']);
  expect(figures!.filter((r) => r[0] === 'Teknik og Miljø')).toEqual([]);

  const { ownerDb } = await import('@/tests/support/owner-db');
  const { createApiKey } = await import('@/lib/domains/api-keys/api-keys');
  const key = await createApiKey({ organisationId: organisation.id, name: 'E2E results', createdById: null }, ownerDb());
  const api = await context.request.get(`/api/v1/rounds/${round.id}/results?groupId=${teknik}`, { headers: { authorization: `Bearer ${key.key}` } });
  expect(api.status()).toBe(200);
  const body = await api.json();
  expect(Object.keys(body).sort()).toEqual(['countsHidden', 'groupId', 'invited', 'responded', 'roundId', 'suppressed']);
  expect(body).toMatchObject({ suppressed: true, groupId: teknik });
});

test('a manager of leaders cannot open a group outside their subtree by editing the URL', async ({ page, context }) => {
  const { organisation, round, groups } = await demoRound();
  await signInAs(context, organisation.id, 'MANAGER_OF_LEADERS', { scopeGroupIds: [groups['Sundhed og Omsorg']!] });
  await page.goto(`/${DEMO_SLUG}/results/${round.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Sundhed og Omsorg med grupperne under' })).toBeVisible();
  const picker = page.getByRole('navigation', { name: 'Grupper' });
  await expect(picker.getByRole('link', { name: 'Plejecentre' })).toBeVisible();
  await expect(picker.getByRole('link', { name: 'Skoler' })).toHaveCount(0);

  await page.goto(`/${DEMO_SLUG}/results/${round.id}?group=${groups.Skoler}`);
  await expect(page.getByRole('heading', { name: 'Siden findes ikke' })).toBeVisible();
  await expect(page.getByText('Skoler')).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Vægten: belastninger over for ressourcer' })).toHaveCount(0);
  const csv = await context.request.get(`/${DEMO_SLUG}/results/${round.id}/export?format=csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).not.toContain('Skoler');
});

test('HR hides a comment that names someone, and it is gone for everyone', async ({ page, context }) => {
  const { createResultsOrg, createResultsRound, same } = await import('../fixtures/results');
  const org = await createResultsOrg('Kommentarkommune');
  const calm = { strain: 2, resource: 4 };
  const { roundId } = await createResultsRound(org, [
    { key: 'Ledergruppen', answers: [...same(3, calm), { ...calm, comments: { strain: 'Min chef Jens råber ad os' } }, { ...calm, comments: { resource: 'God sparring' } }] },
  ]);
  await signInAs(context, org.organisationId, 'HR_ADMIN');
  await page.goto(`/${org.slug}/results/${roundId}`);
  const comments = page.getByRole('region', { name: 'Kommentarer' });
  const named = comments.getByRole('listitem').filter({ hasText: 'Min chef Jens' });
  await named.getByRole('button', { name: 'Skjul kommentaren' }).click();
  await named.getByRole('button', { name: 'Ja, skjul den' }).click();
  await expect(comments.getByText('Kommentaren er skjult.')).toBeVisible();
  // Only the remaining comment can still have a phrase redacted.
  await expect(comments.getByRole('button', { name: 'Fjern en del af kommentarens tekst' })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Kommentarer' }).getByText('God sparring')).toBeVisible();
  await expect(page.getByText('Min chef Jens')).toHaveCount(0);
});

test('HR removes a name from a comment and keeps the rest of what it says', async ({ page, context }) => {
  const { createResultsOrg, createResultsRound, same } = await import('../fixtures/results');
  const org = await createResultsOrg('Redigeringskommune');
  const calm = { strain: 2, resource: 4 };
  const { roundId } = await createResultsRound(org, [{ key: 'Ledergruppen', answers: [...same(4, calm), { ...calm, comments: { strain: 'Møderne med Jens Hansen trækker ud' } }] }]);
  await signInAs(context, org.organisationId, 'HR_ADMIN');
  await page.goto(`/${org.slug}/results/${roundId}`);
  const comment = page.getByRole('region', { name: 'Kommentarer' }).getByRole('listitem').filter({ hasText: 'Møderne med' });
  await comment.getByRole('button', { name: 'Fjern en del af kommentarens tekst' }).click();
  const phrase = comment.getByLabel('Tekst, der skal fjernes');
  await expect(phrase).toBeFocused();
  // A phrase that is not there is refused at the field, and nothing changes.
  await phrase.fill('Peter');
  await comment.getByRole('button', { name: 'Fjern teksten' }).click();
  await expect(comment.getByLabel('Tekst, der skal fjernes')).toHaveAccessibleDescription(/Teksten står ikke i kommentaren/);
  await comment.getByLabel('Tekst, der skal fjernes').fill('jens hansen');
  await comment.getByRole('button', { name: 'Fjern teksten' }).click();
  await expect(comment.getByText('Teksten er fjernet.')).toBeVisible();
  await expect(comment.getByText('Møderne med [fjernet] trækker ud')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Møderne med [fjernet] trækker ud')).toBeVisible();
  await expect(page.getByText('Jens Hansen')).toHaveCount(0);
});

test('a group with figures but fewer answers than the comment threshold says why its comments are missing', async ({ page, context }) => {
  const { createResultsOrg, createResultsRound, same } = await import('../fixtures/results');
  const org = await createResultsOrg('Tærskelkommune');
  const calm = { strain: 2, resource: 4 };
  const { roundId } = await createResultsRound(org, [{ key: 'Ledergruppen', answers: [...same(3, calm), { ...calm, comments: { strain: 'Kun fire af os' } }] }]);
  await signInAs(context, org.organisationId, 'HR_ADMIN');
  await page.goto(`/${org.slug}/results/${roundId}`);
  await expect(page.getByRole('img', { name: 'Vægten: belastninger over for ressourcer' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kommentarer' }).getByText('Kommentarer vises kun for grupper, hvor mindst 5 har svaret', { exact: false })).toBeVisible();
  await expect(page.getByText('Kun fire af os')).toHaveCount(0);
});

test.describe('the results page on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  /** Headings and captions in reading order: a heading repeated right below itself reads twice. */
  async function repeatedHeadings(page: import('@playwright/test').Page) {
    const texts = await page.locator('main').locator('h1, h2, h3, h4, figcaption').allTextContents();
    const trimmed = texts.map((t) => t.trim());
    return trimmed.filter((text, i) => i > 0 && text === trimmed[i - 1]);
  }

  const pageOverflow = (page: import('@playwright/test').Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test('the whole organisation fits the screen; the heatmap scrolls inside its card with its item column and header fixed', async ({ page, context }) => {
    const { organisation, round } = await demoRound();
    await signInAs(context, organisation.id, 'TOP_MANAGEMENT');
    await page.goto(`/${DEMO_SLUG}/results/${round.id}`);
    const heatmap = await fetchedHeatmap(page);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

    const scroller = page.getByTestId('heatmap-scroll');
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const itemCell = heatmap.getByRole('rowheader').filter({ hasText: 'Krydspres: mål vs ressourcer' });
    expect(await itemCell.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    expect(
      await heatmap
        .getByRole('columnheader')
        .first()
        .evaluate((el) => getComputedStyle(el).position),
    ).toBe('sticky');
    // Scrolled sideways, the item column stays where it was.
    const before = (await itemCell.boundingBox())!.x;
    await scroller.evaluate((el) => el.scrollBy({ left: 400 }));
    await expect.poll(async () => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await itemCell.boundingBox())!.x).toBeCloseTo(before, 0);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

    // The full question is one tap (or Enter) away from the short label.
    await itemCell.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(itemCell.getByText('Forventningerne til mig står ikke mål med den tid og de ressourcer, jeg har.')).toBeVisible();

    // Direktionen holds every leader: one column with both names, and a note saying why.
    await expect(heatmap.getByRole('columnheader', { name: /Direktionen/ })).toHaveCount(1);
    await expect(heatmap.getByRole('columnheader', { name: /Direktionen/ })).toContainText(organisation.name);
    await expect(page.getByTestId('heatmap-same')).toContainText('Direktionen har præcis de samme ledere');

    expect(await repeatedHeadings(page)).toEqual([]);
  });

  test('charts name items by their short label, values beside them, and fit the screen', async ({ page, context }) => {
    const { organisation, round, groups, q } = await demoRound();
    await signInAs(context, organisation.id, 'HR_ADMIN');
    await page.goto(`/${DEMO_SLUG}/results/${round.id}?group=${groups['Sundhed og Omsorg']}`);
    const strains = page.getByRole('figure', { name: 'Belastninger', exact: true }).first();
    await expect(strains).toBeVisible();
    const shortLabels = new Set(q.items.map((i) => i.shortLabel.da));
    const labels = (await strains.getByTestId('chart-label').allTextContents()).map((l) => l.trim());
    expect(labels.slice(0, 4)).toEqual(['Krydspres: mål vs ressourcer', 'Krydspres: udvikling vs drift', 'Krydspres: plan vs fleksibilitet', 'Krydspres: mange interessenter']);
    for (const label of labels) expect(shortLabels.has(label), label).toBe(true);
    await expect(page.getByText(/Krydspres \(\d\)/)).toHaveCount(0);
    // A 1–5 mean has no sign; the relations' −2…+2 means carry theirs with a real minus.
    for (const value of await page.getByTestId('chart-value').allTextContents()) expect(value).not.toMatch(/-/);
    for (const value of await strains.getByTestId('chart-value').allTextContents()) expect(value).toMatch(/^Gennemsnit [1-5],\d$/);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(await repeatedHeadings(page)).toEqual([]);
  });
});
