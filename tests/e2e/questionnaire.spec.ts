import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { closeRound, openInvitation, submittedResponses } from './support/fixtures';
import { answer, answerEverything, barBox, expectAllSaved, expectNoSidewaysScroll } from './support/questionnaire';

const strainItems = q.items.filter((i) => i.side === 'strain');
const resourceItems = q.items.filter((i) => i.side === 'resource');

test('a leader answers half, comes back to every answer kept, submits twice, sees the scale tilt, changes an answer, then meets the closed round', async ({ page, context }) => {
  const { path, round } = await openInvitation();
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'LederAPV 2027' })).toBeVisible();
  await expect(page.getByText('Det tager 5–8 minutter.', { exact: false })).toBeVisible();
  await expect(page.getByText('Ingen i organisationen kan se dine enkelte svar', { exact: false })).toBeVisible();

  for (const item of strainItems) await answer(page, item.text.da, 2);
  await expectAllSaved(page);
  await page.close();

  const again = await context.newPage();
  await again.goto(path);
  for (const item of strainItems) {
    await expect(again.getByRole('group', { name: item.text.da, exact: true }).getByRole('radio', { name: /^2 / })).toBeChecked();
  }
  for (const item of resourceItems) await answer(again, item.text.da, 4);
  for (const relation of q.relations) await again.getByRole('group', { name: relation.text.da, exact: true }).getByRole('radio', { name: /^\+1 / }).check();
  await answer(again, q.overall.text.da, 4);
  await expectAllSaved(again);

  const submit = again.getByRole('button', { name: 'Indsend mine svar' });
  await submit.dblclick();
  await expect(again.getByRole('heading', { level: 1, name: 'Din balance' })).toBeVisible();
  const responses = await submittedResponses(round.id);
  expect(responses).toHaveLength(1);

  // Resources 4 against strains 2: the scale tips towards the resources (the right pan goes down).
  await expect(again.getByRole('figure').getByText('Ressourcerne vejer tungest', { exact: true })).toBeVisible();
  await expect(again.getByRole('figure').getByText('Balance: +2,0 (fra −4 til +4)', { exact: true })).toBeVisible();
  const tilt = Number(await again.locator('svg[data-tilt-degrees]').getAttribute('data-tilt-degrees'));
  expect(tilt).toBeGreaterThan(0);

  await again.getByRole('link', { name: 'Ret mine svar' }).click();
  await expect(again.getByRole('heading', { name: 'Du har svaret', exact: true })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Gem ændringer' })).toBeVisible();
  await answer(again, strainItems[0]!.text.da, 5);
  await expectAllSaved(again);
  const changed = (await submittedResponses(round.id))[0]!.answers.find((a) => a.itemKey === strainItems[0]!.key);
  expect(changed?.value).toBe(5);

  await closeRound(round.id);
  await again.goto(path);
  await expect(again.getByRole('heading', { name: 'Runden er lukket' })).toBeVisible();
  await expect(again.getByRole('radio')).toHaveCount(0);
});

test('the whole questionnaire can be answered and submitted with the keyboard alone', async ({ page }) => {
  const { path, round } = await openInvitation();
  await page.goto(path);
  const total = q.items.length + q.relations.length + 1;
  const answered = () => page.locator('input[type=radio]:checked').count();
  for (let presses = 0; presses < 400 && (await answered()) < total; presses++) {
    await page.keyboard.press('Tab');
    const onUncheckedGroup = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === 'radio' && !document.querySelector(`input[name="${CSS.escape(el.name)}"]:checked`);
    });
    if (onUncheckedGroup) await page.keyboard.press('Space');
    await expect.poll(() => focusedQuestionUnderBar(page), { message: `press ${presses}: the focused question is behind the sticky bar` }).toBe(false);
  }
  expect(await answered()).toBe(total);
  await expectAllSaved(page);
  // Backwards too: a question reached from below is brought down from behind the bar.
  await page.getByRole('button', { name: 'Indsend mine svar' }).focus();
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedQuestionUnderBar(page), { message: `Shift+Tab ${presses}: the focused question is behind the sticky bar` }).toBe(false);
  }
  await page.getByRole('button', { name: 'Indsend mine svar' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Din balance' })).toBeVisible();
  expect(await submittedResponses(round.id)).toHaveLength(1);
});

test('the questionnaire and the result have no serious or critical accessibility violations, and fit a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { path } = await openInvitation();
  await page.goto(path);
  const onQuestionnaire = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(onQuestionnaire.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await expectNoSidewaysScroll(page);

  await answerEverything(page, 3);
  await page.getByRole('button', { name: 'Indsend mine svar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Din balance' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  // The number and the questions BFA does not ask are marked as the product's own.
  await expect(page.getByTestId('balance-number-note')).toContainText('Tallet er Ledertrivsels opsummering');
  await expect(page.getByRole('listitem').filter({ hasText: 'Hvad har du brug for fra andre' })).toContainText('Ledertrivsels egen formulering');
  await expect(page.getByRole('listitem').filter({ hasText: 'Hvordan er din balance lige nu og her?' }).getByTestId('origin-mark')).toHaveCount(0);
  const onResult = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(onResult.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('an answer saved while the connection is down is shown as waiting, kept, and sent when it is back', async ({ page, context }) => {
  const { path, round } = await openInvitation();
  await page.goto(path);
  await context.setOffline(true);
  await answer(page, strainItems[0]!.text.da, 4);
  await expect(page.getByRole('status').filter({ hasText: /Ingen forbindelse|prøver igen/ })).toBeVisible();
  await context.setOffline(false);
  await expectAllSaved(page);
  const { ownerDb } = await import('@/tests/support/owner-db');
  const saved = await ownerDb().answer.findFirst({ where: { itemKey: strainItems[0]!.key, response: { roundId: round.id } } });
  expect(saved?.value).toBe(4);
});

test('a link that is not ours shows a way to get a new one, and never a questionnaire', async ({ page }) => {
  const response = await page.goto('/r/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  // The token is in the path: it must never travel on in a Referer, nor sit in a cache.
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  expect(response?.headers()['cache-control']).toContain('no-store');
  await expect(page.getByRole('heading', { name: 'Linket virker ikke' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Send mig mit link' })).toHaveAttribute('href', '/link');
});

const sectionTitles = {
  da: ['Belastninger', 'Ressourcer', 'Dine seks relationer', 'Din balance lige nu'],
  en: ['Strains', 'Resources', 'Your six relations', 'Your balance right now'],
};

/** Whether the focused element's question (its fieldset, or else the element itself) lies partly behind the sticky bar. */
async function focusedQuestionUnderBar(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('[data-testid="questionnaire-bar"]');
    const focused = document.activeElement;
    if (!bar || !focused || focused === document.body || bar.contains(focused)) return false;
    const target = (focused.closest('fieldset') ?? focused).getBoundingClientRect();
    const covered = bar.getBoundingClientRect();
    return target.bottom > covered.top + 1 && target.top < covered.bottom - 1;
  });
}

/** The question is wholly on screen, below the sticky bar. */
async function expectClearOfBar(page: Page, question: ReturnType<Page['getByRole']>) {
  const bar = await barBox(page);
  const box = (await question.boundingBox())!;
  expect(box.y, 'the question starts below the sticky bar').toBeGreaterThanOrEqual(bar.y + bar.height);
  expect(box.y + box.height, 'the question ends on the screen').toBeLessThanOrEqual(page.viewportSize()!.height);
}

test('the questionnaire is one column in the order the model reads: strains, resources, relations, then the overall question', async ({ page }) => {
  const { path } = await openInvitation();
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    const form = page.getByTestId('questionnaire');
    expect(await form.getByRole('heading', { level: 2 }).allTextContents()).toEqual(sectionTitles.da);
    let previousBottom = -Infinity;
    for (const title of sectionTitles.da) {
      const section = form.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
      const box = (await section.boundingBox())!;
      expect(box.y, `at ${width} px, "${title}" starts below the section before it`).toBeGreaterThanOrEqual(previousBottom);
      previousBottom = box.y + box.height;
    }
  }
});

test('on a 360 px phone nothing overlaps or scrolls sideways, and every scale option and button is at least 44 × 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const locale of ['da', 'en'] as const) {
    const { path } = await openInvitation({ locale });
    await page.goto(path);
    await expect(page.getByTestId('questionnaire').getByRole('heading', { level: 2 })).toHaveText(sectionTitles[locale]);
    await expectNoSidewaysScroll(page);
    const problems = await page.getByTestId('questionnaire').evaluate((form) => {
      const found: string[] = [];
      const name = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 48);
      const options = (within: Element) => [...within.querySelectorAll('input[type=radio]')].map((radio) => radio.closest('label') ?? radio);
      for (const el of [...options(form), ...form.querySelectorAll('button, summary')]) {
        const r = el.getBoundingClientRect();
        if (r.width < 44 || r.height < 44) found.push(`"${name(el)}" is ${Math.round(r.width)} × ${Math.round(r.height)} px`);
      }
      for (const fieldset of form.querySelectorAll('fieldset')) {
        const question = fieldset.getBoundingClientRect();
        const inGroup = options(fieldset);
        inGroup.forEach((a, i) => {
          const ra = a.getBoundingClientRect();
          if (a.scrollWidth > a.clientWidth + 1) found.push(`"${name(a)}": its text spills out of the option`);
          if (ra.left < question.left - 1 || ra.right > question.right + 1) found.push(`"${name(a)}" sticks out of its question`);
          for (const b of inGroup.slice(i + 1)) {
            const rb = b.getBoundingClientRect();
            if (ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1) found.push(`"${name(a)}" overlaps "${name(b)}"`);
          }
        });
      }
      return found;
    });
    expect(problems, `in ${locale}`).toEqual([]);
  }
});

test('submitting with gaps says how many are missing and takes the leader to the first, focused and clear of the opaque sticky bar', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { path } = await openInvitation();
  await page.goto(path);
  const skipped = [resourceItems[3]!, q.relations[4]!];
  for (const item of q.items) if (!skipped.includes(item)) await answer(page, item.text.da, 3);
  for (const relation of q.relations) {
    if (!skipped.includes(relation)) await page.getByRole('group', { name: relation.text.da, exact: true }).getByRole('radio', { name: /^0 / }).check();
  }
  await answer(page, q.overall.text.da, 3);
  await expectAllSaved(page);

  // Nothing shows through the bar: its background has no transparency.
  const background = await page.getByTestId('questionnaire-bar').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toMatch(/transparent|rgba\(.*,\s*0?\.\d+\)|\/\s*0?\.\d+\)/);

  await page.getByRole('button', { name: 'Indsend mine svar' }).click();
  await expect(page.getByTestId('questionnaire-bar').getByRole('alert')).toContainText('2 spørgsmål mangler et svar');
  const first = page.getByRole('group', { name: skipped[0]!.text.da, exact: true });
  await expect(first.getByRole('radio').first()).toBeFocused();
  await expect(first).toContainText('Dette spørgsmål mangler et svar.');
  await expectClearOfBar(page, first);
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/questionnaire-gap-da-360.png` });

  // The bar takes them on to the next gap.
  await page.getByRole('button', { name: 'Næste uden svar' }).click();
  const next = page.getByRole('group', { name: skipped[1]!.text.da, exact: true });
  await expect(next.getByRole('radio').first()).toBeFocused();
  await expectClearOfBar(page, next);

  await answer(page, skipped[0]!.text.da, 3);
  await expect(page.getByTestId('questionnaire-bar').getByRole('alert')).toContainText('1 spørgsmål mangler et svar');
  await next.getByRole('radio', { name: /^0 / }).check();
  await expectAllSaved(page);
  await page.getByRole('button', { name: 'Indsend mine svar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Din balance' })).toBeVisible();
});

test('arrow keys move within a question, and the focus ring shows for keyboard focus only', async ({ page }) => {
  const { path } = await openInvitation();
  await page.goto(path);
  const firstQuestion = page.getByRole('group', { name: strainItems[0]!.text.da, exact: true });
  const secondQuestion = page.getByRole('group', { name: strainItems[1]!.text.da, exact: true });
  const ring = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { focusVisible: el.matches(':focus-visible'), outline: getComputedStyle(el).outlineStyle, value: (el as HTMLInputElement).value };
    });

  await secondQuestion.getByRole('radio', { name: /^3 / }).click();
  expect(await ring()).toEqual({ focusVisible: false, outline: 'none', value: '3' });

  await firstQuestion.getByRole('radio').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(firstQuestion.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(firstQuestion.getByRole('radio', { name: /^2 / })).toBeChecked();
  await expect(firstQuestion.getByRole('radio', { name: /^2 / })).toBeFocused();
  const keyboard = await ring();
  expect(keyboard.focusVisible).toBe(true);
  expect(keyboard.outline).not.toBe('none');
  await page.keyboard.press('ArrowLeft');
  await expect(firstQuestion.getByRole('radio', { name: /^1 / })).toBeChecked();
});

for (const locale of ['da', 'en'] as const) {
  const texts = {
    da: { submit: 'Indsend mine svar', answered: 'Du har svaret', save: 'Gem ændringer', result: 'Din balance' },
    en: { submit: 'Submit my answers', answered: 'You have answered', save: 'Save changes', result: 'Your balance' },
  }[locale];

  test(`a reopened submitted link says "${texts.answered}" at the top, and its button "${texts.save}"`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const { path } = await openInvitation({ locale });
    await page.goto(path);
    await expect(page.getByRole('heading', { name: texts.answered, exact: true })).toHaveCount(0);
    await answerEverything(page, 3, locale);
    await page.getByRole('button', { name: texts.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name: texts.result })).toBeVisible();

    await page.goto(path);
    const notice = page.getByRole('heading', { name: texts.answered, exact: true });
    await expect(notice).toBeInViewport();
    const firstQuestion = (await page.getByRole('group', { name: strainItems[0]!.text[locale], exact: true }).boundingBox())!;
    expect((await notice.boundingBox())!.y).toBeLessThan(firstQuestion.y);
    await expect(page.getByRole('button', { name: texts.submit })).toHaveCount(0);
    await page.getByRole('button', { name: texts.save }).click();
    await expect(page.getByRole('heading', { level: 1, name: texts.result })).toBeVisible();
  });
}

test('the questionnaire and the personal result fit 1280 and 360 px in Danish and English (screenshots with SHOTS_DIR)', async ({ page }) => {
  test.setTimeout(90_000);
  const dir = process.env.SHOTS_DIR;
  async function shoot(name: string) {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
      if (width === 360) await expectNoSidewaysScroll(page);
      if (dir) await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
    }
  }
  for (const locale of ['da', 'en'] as const) {
    const { path } = await openInvitation({ locale });
    await page.goto(path);
    await shoot(`questionnaire-${locale}`);
    await answerEverything(page, 3, locale);
    await page.getByRole('button', { name: locale === 'da' ? 'Indsend mine svar' : 'Submit my answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: locale === 'da' ? 'Din balance' : 'Your balance' })).toBeVisible();
    await shoot(`result-${locale}`);
    await page.goto(path);
    await shoot(`questionnaire-answered-${locale}`);
  }
});
