import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { openInvitation } from './support/fixtures';

/**
 * The questionnaire is opened on phones between two meetings: its JavaScript has a budget
 * (README, "Performance"): the gzip size of every script the browser loads for the page. Nearly
 * all of it is React 19 and the Next.js runtime, which every page carries; the questionnaire's
 * own code is a few kB.
 */
const QUESTIONNAIRE_JS_BUDGET_GZIP_BYTES = 150 * 1024;
/** No charting library on this page until the personal result is shown. */
const FORBIDDEN_ON_QUESTIONNAIRE = [/recharts/i, /IntlMessageFormat/];

test('the questionnaire page stays within its JavaScript budget and loads no charting library', async ({ page, request }) => {
  const { path } = await openInvitation();
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.add(response.url());
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  expect(scripts.size).toBeGreaterThan(0);

  let total = 0;
  for (const url of scripts) {
    const body = await (await request.get(url)).body();
    total += gzipSync(body, { level: 9 }).length;
    for (const pattern of FORBIDDEN_ON_QUESTIONNAIRE) expect(body.toString('utf8'), `${url} contains ${pattern}`).not.toMatch(pattern);
  }
  console.log(`questionnaire page JavaScript: ${(total / 1024).toFixed(1)} kB gzip in ${scripts.size} files (budget ${QUESTIONNAIRE_JS_BUDGET_GZIP_BYTES / 1024} kB)`);
  expect(total).toBeLessThanOrEqual(QUESTIONNAIRE_JS_BUDGET_GZIP_BYTES);
});
