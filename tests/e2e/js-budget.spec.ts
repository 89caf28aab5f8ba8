import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { openInvitation } from './support/fixtures';

/**
 * The questionnaire is opened on phones between two meetings: its JavaScript has a budget
 * (README, "Performance"; issue 19: at most 60 kB gzip): the gzip size of every script the
 * browser loads for the page. The page is served without the Next.js client runtime (decision
 * 0016): its one script, components/questionnaire/script/, measured 2.4 kB gzip on 2026-12-06;
 * the budget leaves room for small changes, not for a framework.
 */
const QUESTIONNAIRE_JS_BUDGET_GZIP_BYTES = 4 * 1024;
/** No charting library on this page until the personal result is shown. */
const FORBIDDEN_ON_QUESTIONNAIRE = [/recharts/i, /IntlMessageFormat/];

test('the questionnaire page stays within its JavaScript budget and loads no charting library', async ({ page, request }) => {
  const { path } = await openInvitation();
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.add(response.url());
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  // No Next.js chunk: a leader page with next to no client code of its own (/link) loads 148 kB gzip of them.
  expect([...scripts].filter((url) => url.includes('/_next/'))).toEqual([]);

  let total = 0;
  for (const url of scripts) {
    const body = await (await request.get(url)).body();
    total += gzipSync(body, { level: 9 }).length;
    for (const pattern of FORBIDDEN_ON_QUESTIONNAIRE) expect(body.toString('utf8'), `${url} contains ${pattern}`).not.toMatch(pattern);
  }
  // The questionnaire's own script is inline (one round trip less on a slow connection): counted too.
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => !s.getAttribute('type')).map((s) => s.textContent ?? ''));
  expect(inline.length, 'the script that adds autosave').toBe(1);
  for (const body of inline) {
    total += gzipSync(Buffer.from(body), { level: 9 }).length;
    for (const pattern of FORBIDDEN_ON_QUESTIONNAIRE) expect(body, `the inline script contains ${pattern}`).not.toMatch(pattern);
  }
  console.log(
    `questionnaire page JavaScript: ${(total / 1024).toFixed(1)} kB gzip in ${scripts.size} files and ${inline.length} inline (budget ${(QUESTIONNAIRE_JS_BUDGET_GZIP_BYTES / 1024).toFixed(1)} kB)`,
  );
  expect(total).toBeLessThanOrEqual(QUESTIONNAIRE_JS_BUDGET_GZIP_BYTES);
});
