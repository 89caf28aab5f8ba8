import { expect, test } from '@playwright/test';
import { openInvitation } from './support/fixtures';

/**
 * Every question's options have a box on every load. Served as plain HTML (decision 0016), the
 * questionnaire once lost one question's options now and then — 0 × 0 px, gone from the
 * accessibility tree, so a leader could not answer it — because Chromium left a container
 * query's children without layout when the parser delivered the page in pieces. It showed about
 * once in twenty-five loads on a phone-sized window, hence the many loads.
 */
test('on many loads of the questionnaire on a phone, every question shows all its options', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const links = await Promise.all((['da', 'en'] as const).map((locale) => openInvitation({ locale })));
  const problems: string[] = [];
  for (let load = 0; load < 40; load++) {
    await page.goto(links[load % 2]!.path);
    const missing = await page.getByTestId('questionnaire').evaluate((form) =>
      [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].flatMap((question) => {
        const options = [...question.querySelectorAll('input[type=radio]')].map((radio) => radio.closest('label')!);
        const shown = options.filter((option) => option.checkVisibility() && option.getBoundingClientRect().height >= 44);
        return shown.length === options.length && options.length > 0 ? [] : [`${question.dataset.question}: ${shown.length} of ${options.length} options shown`];
      }),
    );
    problems.push(...missing.map((line) => `load ${load + 1}: ${line}`));
  }
  expect(problems).toEqual([]);
});
