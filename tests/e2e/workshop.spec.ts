import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { e2eBaseUrl } from './support/e2e-env';
import { signInAs } from './support/fixtures';

const DEMO_SLUG = 'syddal-kommune';

/** The demo's newest closed round and its groups by name. */
async function demoRound() {
  const { ownerDb } = await import('@/tests/support/owner-db');
  const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const round = await ownerDb().round.findFirstOrThrow({ where: { organisationId: organisation.id, status: 'CLOSED' }, orderBy: { opensAt: 'desc' } });
  const groups = Object.fromEntries((await ownerDb().roundGroup.findMany({ where: { roundId: round.id } })).map((g) => [g.name, g.groupId]));
  return { organisation, round, groups };
}

/** A calendar day `days` from today, as a date field takes it. */
const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('a manager of leaders runs a group’s workshop by keyboard, writes notes and creates two actions from charts', async ({ page, context }) => {
  // The whole meeting in one walk, with five accessibility scans of large pages.
  test.setTimeout(120_000);
  const { organisation, round, groups } = await demoRound();
  await signInAs(context, organisation.id, 'MANAGER_OF_LEADERS', { scopeGroupIds: [groups['Sundhed og Omsorg']!] });
  await page.goto(`/${DEMO_SLUG}`);
  await page.getByRole('navigation', { name: 'Organisationens menu' }).getByRole('link', { name: 'Workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Workshop: ${round.name}` })).toBeVisible();
  // Only the manager's own subtree is offered.
  await expect(page.getByRole('link', { name: 'Teknik og Miljø' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Plejecentre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop: Plejecentre' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Vægten: belastninger over for ressourcer' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The presentation, with the keyboard only.
  await page.getByRole('button', { name: 'Start præsentation' }).focus();
  await page.keyboard.press('Enter');
  const screen = page.getByTestId('presentation');
  const current = (title: string) => expect(screen.getByRole('heading', { level: 2, name: title })).toBeFocused();
  await current('Vægten – belastninger og ressourcer');
  await expect(screen.getByText('Trin 1 · Introduktion til viden om ledertrivsel')).toBeVisible();
  // The screen covers the whole window: wherever one looks, it is the slide, not the admin pages.
  const coveredEverywhere = await page.evaluate(() =>
    [
      [5, 5],
      [window.innerWidth - 5, 5],
      [window.innerWidth / 2, window.innerHeight / 2],
      [5, window.innerHeight - 5],
    ].every(([x, y]) => document.elementFromPoint(x!, y!)?.closest('dialog[open]')),
  );
  expect(coveredEverywhere).toBe(true);
  await expectNoAxeViolations(page);
  await page.keyboard.press('ArrowRight');
  await current('Ledervægten – lederversionen');
  // Every step holds dialogue questions of the seed's three kinds; ours are marked as ours.
  for (const kind of ['Om forholdene hos jer', 'Om hvem der kan gøre hvad', 'Om hvor I med fordel kan starte']) {
    await expect(screen.getByRole('heading', { level: 3, name: kind })).toBeVisible();
  }
  await expect(screen.getByRole('listitem').filter({ hasText: 'Hvem kan være med til at lette de belastninger' }).getByText('Ledertrivsels egen formulering')).toBeVisible();
  await expect(screen.getByRole('listitem').filter({ hasText: 'Hvordan går det med lederes trivsel hos jer?' }).getByTestId('origin-mark')).toHaveCount(0);
  for (const theme of ['Indflydelse og autonomi', 'Psykologisk tryghed og tillid', 'Restitution og refleksion', 'Støtte og sparring']) {
    await page.keyboard.press('ArrowRight');
    await current(`Tema: ${theme}`);
    await expect(screen.getByRole('figure', { name: 'Ressourcer' })).toBeVisible();
  }
  // The seed's page on the leader's relations, with the group's answers on the six of them.
  await page.keyboard.press('ArrowRight');
  await current('Vigtigheden af lederens relationer');
  const relations = screen.getByRole('figure', { name: 'Gruppens svar om de seks relationer' });
  await expect(relations).toBeVisible();
  await expect(relations.getByTestId('chart-row')).toHaveCount(6);
  await expect(relations.getByTestId('chart-label').filter({ hasText: 'Op: nærmeste leder' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await current('Opsamling: gruppens vægt');
  await expect(screen.getByRole('img', { name: 'Vægten: belastninger over for ressourcer' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await current('Roller og ansvar');
  await expect(screen.getByText('Trin 2 · En organisatorisk ramme for indsatsen')).toBeVisible();
  await expect(screen.getByRole('rowheader', { name: 'Topledelsen' })).toBeVisible();
  await expect(screen.getByRole('heading', { level: 3, name: 'Om hvor I med fordel kan starte' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await current('Tre værktøjer til at komme i gang');
  await expect(screen.getByText('Trin 3 · Værktøjer til at komme i gang')).toBeVisible();
  await expect(screen.getByText('Side 10 af 10: Tre værktøjer til at komme i gang')).toBeVisible();
  await expect(screen.getByTestId('slide-counter')).toHaveText('10 / 10');
  await page.keyboard.press('ArrowRight');
  await current('Tre værktøjer til at komme i gang');
  await page.keyboard.press('PageUp');
  await current('Roller og ansvar');
  await page.keyboard.press('Escape');
  await expect(screen).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start præsentation' })).toBeFocused();

  // Notes are saved as they are typed and are there after a reload.
  const note = (key: string) => page.locator(`textarea[data-question-key="${key}"]`);
  await note('summary.balance-now').fill('Balancen tipper mod belastningerne, især i weekenderne.');
  await note('intro.frame.who-can-do-what').fill('HR hjælper med en sparringsordning.');
  await expect(page.getByText(/^Gemt kl\./)).toHaveCount(2);
  await page.reload();
  await expect(note('summary.balance-now')).toHaveValue('Balancen tipper mod belastningerne, især i weekenderne.');
  await expect(note('intro.frame.who-can-do-what')).toHaveValue('HR hjælper med en sparringsordning.');

  // Two actions, each from a chart.
  const fromChart = page.getByRole('button', { name: 'Opret handling ud fra diagrammet' });
  await fromChart.first().click();
  const form = page.getByRole('dialog', { name: 'Ny handling' });
  await expect(form.getByText('Ud fra: Diagrammet for Indflydelse og autonomi')).toBeVisible();
  await form.getByRole('button', { name: 'Opret handling' }).click();
  await expect(form.getByText('Ret felterne markeret nedenfor.')).toBeVisible();
  await form.getByLabel('Hvad skal der gøres?').fill('Afklar ledelsesrummet i plejecentrene');
  await form.getByLabel('Ansvarligt niveau').selectOption({ label: 'Ledere af ledere' });
  // A deadline that has passed is a slip, said at the field.
  await form.getByLabel('Frist').fill(inDays(-2));
  await form.getByRole('button', { name: 'Opret handling' }).click();
  await expect(form.getByLabel('Frist')).toHaveAccessibleDescription(/Datoen er allerede passeret/);
  await form.getByLabel('Frist').fill(inDays(90));
  await form.getByLabel('Ejer (navn)').fill('Ole Dam');
  await form.getByLabel('Ejerens e-mail').fill('ole.dam@syddal.example');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Opret handling' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Handlingen »Afklar ledelsesrummet i plejecentrene« er oprettet' })).toBeAttached();

  await fromChart.last().click();
  await expect(form.getByText('Ud fra: Gruppens vægt')).toBeVisible();
  await form.getByLabel('Hvad skal der gøres?').fill('Fast sparring med nærmeste leder');
  await form.getByLabel('Hvorfor: hvad skal der skrues på?').selectOption({ label: 'Skru op for: Støtte og sparring' });
  await form.getByLabel('Ansvarligt niveau').selectOption({ label: 'HR og interne konsulenter' });
  await form.getByLabel('Frist').fill(inDays(150));
  await form.getByLabel('Prioritet').selectOption('1');
  await form.getByRole('button', { name: 'Opret handling' }).click();
  await expect(form).toBeHidden();

  const groupPlan = page.getByRole('region', { name: 'Gruppens handlingsplan' });
  await expect(groupPlan.getByRole('link', { name: 'Afklar ledelsesrummet i plejecentrene' })).toBeVisible();
  await expect(groupPlan.getByRole('link', { name: 'Fast sparring med nærmeste leder' })).toBeVisible();

  await groupPlan.getByRole('link', { name: 'Åbn hele handlingsplanen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Handlingsplan: ${round.name}` })).toBeVisible();
  const rows = page.getByTestId('action-table').getByRole('row');
  // Priority 1 first.
  await expect(rows.nth(1)).toContainText('Fast sparring med nærmeste leder');
  await expect(rows.nth(2)).toContainText('Afklar ledelsesrummet i plejecentrene');
  await expect(rows.nth(2)).toContainText('Ole Dam');
  await expectNoAxeViolations(page);
});

const screenWords = {
  da: { start: 'Start præsentation', balance: 'Gruppens balance', next: 'Næste' },
  en: { start: 'Start presentation', balance: "The group's balance", next: 'Next' },
} as const;

for (const locale of ['da', 'en'] as const) {
  test(`the presentation fits a 1280 × 800 screen in ${locale}: every slide without scrolling, each new slide at its top with its heading focused`, async ({ page, context }) => {
    const words = screenWords[locale];
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    const { organisation, round, groups } = await demoRound();
    await signInAs(context, organisation.id, 'HR_ADMIN');
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: e2eBaseUrl }]);
    await page.goto(`/${DEMO_SLUG}/workshop/${round.id}/${groups['Plejecentre']}`);
    await page.getByRole('button', { name: words.start }).focus();
    await page.keyboard.press('Enter');
    const screen = page.getByTestId('presentation');
    const slide = screen.getByTestId('slide');
    const heading = screen.getByRole('heading', { level: 2 });
    const focusVisible = () => heading.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'));
    const titles: string[] = [];
    for (let n = 1; n <= 10; n++) {
      await expect(screen.getByTestId('slide-counter')).toHaveText(`${n} / 10`);
      await expect(heading).toBeFocused();
      // Moved by the keyboard: the focus ring shows.
      expect(await focusVisible()).toBe(true);
      titles.push((await heading.textContent())!);
      const fit = await slide.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, scrollTop: el.scrollTop, screen: el.closest('dialog')!.scrollHeight }));
      expect(fit.scrollTop, `slide ${n} starts at its top`).toBe(0);
      expect(fit.scrollHeight, `slide ${n} (${titles.at(-1)}) fits without scrolling`).toBeLessThanOrEqual(fit.clientHeight);
      expect(fit.screen).toBeLessThanOrEqual(800);
      await expect(heading).toBeInViewport({ ratio: 1 });
      // The long explanation is folded away; opened, it may make the slide scroll.
      const more = slide.getByTestId('slide-more');
      if ((await more.count()) > 0) {
        await expect(more).not.toHaveAttribute('open');
        await more.locator('summary').click();
        await expect(more).toHaveAttribute('open');
        await slide.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      }
      await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
    }
    expect(new Set(titles).size).toBe(10);
    // The figures come first and large: the group's balance and its two sides on the first slide, the scale on the summary.
    for (let n = 10; n > 1; n--) await page.keyboard.press(n % 2 ? 'ArrowLeft' : 'PageUp');
    await expect(screen.getByTestId('slide-counter')).toHaveText('1 / 10');
    await expect(screen.getByTestId('key-figures')).toBeInViewport();
    await expect(screen.getByTestId('key-figures').getByText(words.balance)).toBeVisible();
    // Moved by the mouse: focus still goes to the heading, but no ring is drawn.
    await screen.getByRole('button', { name: words.next }).click();
    await expect(screen.getByTestId('slide-counter')).toHaveText('2 / 10');
    await expect(heading).toBeFocused();
    expect(await focusVisible()).toBe(false);
  });
}

test('the agenda clock is one clock: started on the facilitator’s screen it runs on another, and MED/AMO follows it without controls', async ({ browser }) => {
  test.setTimeout(60_000);
  const { organisation, round, groups } = await demoRound();
  const path = `/${DEMO_SLUG}/workshop/${round.id}/${groups['Børn og Unge']}`;
  const facilitator = await browser.newContext();
  const med = await browser.newContext();
  await signInAs(facilitator, organisation.id, 'HR_ADMIN');
  await signInAs(med, organisation.id, 'MED_AMO');
  const here = await facilitator.newPage();
  const there = await med.newPage();
  await here.goto(path);
  await there.goto(path);
  const clockHere = here.getByTestId('agenda-timer');
  const clockThere = there.getByTestId('agenda-timer');
  await expect(clockThere).toHaveAttribute('data-state', 'standing');
  await expect(clockThere).toContainText('45:00 tilbage af viden');
  await expect(there.getByRole('button', { name: /Start tiden|Pause|Nulstil/ })).toHaveCount(0);

  await here.getByRole('button', { name: 'Start tiden' }).click();
  await expect(clockHere).toHaveAttribute('data-state', 'running');
  // The other screen polls: within a few seconds it runs too, and counts down.
  await expect(clockThere).toHaveAttribute('data-state', 'running', { timeout: 10_000 });
  await expect(clockThere).toContainText(/44:\d\d tilbage af viden/);

  await here.getByRole('button', { name: 'Gå til dialog' }).click();
  await expect(clockThere).toContainText(/4[45]:\d\d tilbage af dialog/, { timeout: 10_000 });
  await here.getByRole('button', { name: 'Pause' }).click();
  await expect(clockThere).toHaveAttribute('data-state', 'paused', { timeout: 10_000 });
  const pausedAt = await clockThere.textContent();
  await there.waitForTimeout(1_500);
  await expect(clockThere).toHaveText(pausedAt!);
  // A reload keeps it: the clock lives on the server, not in the tab.
  await here.reload();
  await expect(clockHere).toHaveAttribute('data-state', 'paused');
  await here.getByRole('button', { name: 'Nulstil' }).click();
  await expect(clockThere).toHaveAttribute('data-state', 'standing', { timeout: 10_000 });
  await facilitator.close();
  await med.close();
});

test('HR adds an action straight from the action plan, for a group it chooses by its place in the tree', async ({ page, context }) => {
  const { organisation, round } = await demoRound();
  await signInAs(context, organisation.id, 'HR_ADMIN');
  await page.goto(`/${DEMO_SLUG}/action-plan?round=${round.id}`);
  await page.getByRole('button', { name: 'Ny handling' }).click();
  const form = page.getByRole('dialog', { name: 'Ny handling' });
  await expect(form.getByLabel('Gruppe')).toHaveValue('');
  await form.getByLabel('Gruppe').selectOption({ label: 'Direktionen / Børn og Unge / Skoler' });
  await form.getByLabel('Hvad skal der gøres?').fill('Fælles ledermøde for skolelederne');
  await form.getByLabel('Ansvarligt niveau').selectOption({ label: 'Ledere af ledere' });
  await form.getByLabel('Frist').fill(inDays(60));
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Opret handling' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Handlingen »Fælles ledermøde for skolelederne« er oprettet' })).toBeAttached();
  const row = page.getByTestId('action-table').getByRole('row').filter({ hasText: 'Fælles ledermøde for skolelederne' });
  await expect(row).toContainText('Skoler');
  await expect(page.getByRole('button', { name: 'Ny handling' })).toBeFocused();
});

test('MED/AMO reads a group’s notes and actions, with no way to change them', async ({ page, context }) => {
  // Three accessibility scans, one of a whole workshop page with every step's questions and notes.
  test.setTimeout(90_000);
  const { organisation, round, groups } = await demoRound();
  const { ownerDb } = await import('@/tests/support/owner-db');
  const groupId = groups['Dagtilbud']!;
  await ownerDb().dialogueNote.create({ data: { organisationId: organisation.id, roundId: round.id, groupId, questionKey: 'summary.turn-down-strains', body: 'Færre møder om eftermiddagen.' } });
  const overdue = await ownerDb().actionItem.create({
    data: { organisationId: organisation.id, roundId: round.id, groupId, title: 'Mødefri eftermiddage', responsibleLevel: 'LEADERS', dueDate: new Date('2020-01-31T00:00:00Z'), priority: 2 },
  });
  await signInAs(context, organisation.id, 'MED_AMO');

  // Through the menu to the round's groups: every one of them, also one whose figures are hidden.
  await page.goto(`/${DEMO_SLUG}`);
  await page.getByRole('navigation', { name: 'Organisationens menu' }).getByRole('link', { name: 'Workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Workshop: ${round.name}` })).toBeVisible();
  await expect(page.getByTestId('workshop-read-only')).toContainText('Skrivebeskyttet');
  for (const name of ['Direktionen', 'Plejecentre', 'Skoler', 'Teknik og Miljø']) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Dagtilbud', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop: Dagtilbud' })).toBeVisible();
  await expect(page.getByTestId('workshop-read-only')).toContainText('Skrivebeskyttet');
  await expect(page.getByTestId('note-readonly').filter({ hasText: 'Færre møder om eftermiddagen.' })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Opret handling|Start præsentation/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/${DEMO_SLUG}/action-plan?round=${round.id}&group=${groupId}`);
  const row = page.getByTestId('action-table').getByRole('row').filter({ hasText: 'Mødefri eftermiddage' });
  await expect(row).toContainText('Fristen er overskredet');
  await expect(page.getByText('1 handling har overskredet fristen.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ny handling' })).toHaveCount(0);
  // The group filter names each group by its place in the tree; no name starts with blanks standing in for indentation.
  const groupFilter = page.getByRole('form', { name: 'Filtrér handlingsplanen' }).getByRole('combobox', { name: 'Gruppe' });
  await expect(groupFilter).toHaveValue(groupId);
  const optionNames = await groupFilter.getByRole('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).label));
  expect(optionNames.filter((name) => name !== name.trim() || name === '')).toEqual([]);
  expect(optionNames).toContain('Direktionen / Børn og Unge / Dagtilbud');
  await expectNoAxeViolations(page);
  await row.getByRole('link', { name: 'Mødefri eftermiddage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mødefri eftermiddage' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gem ændringer' })).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);

  // Writing directly is refused as well: the notes route answers 403 and nothing changes.
  const attempt = await context.request.post(`/${DEMO_SLUG}/workshop/${round.id}/${groupId}/notes`, { data: { questionKey: 'summary.turn-down-strains', body: 'Overskrevet' } });
  expect(attempt.status()).toBe(403);
  const stored = await ownerDb().dialogueNote.findFirstOrThrow({ where: { roundId: round.id, groupId, questionKey: 'summary.turn-down-strains' } });
  expect(stored.body).toBe('Færre møder om eftermiddagen.');
  expect((await ownerDb().actionItem.findUniqueOrThrow({ where: { id: overdue.id } })).status).toBe('PLANNED');
});
