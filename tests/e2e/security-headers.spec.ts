import { expect, test, type Page } from '@playwright/test';
import { openInvitation, signInAs } from './support/fixtures';
import { answer, expectAllSaved } from './support/questionnaire';
import { currentQuestionnaire as q } from '@/content/questionnaires';

/** Collects every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  return violations;
}

test('pages carry a nonce-based CSP that changes per response, HSTS and no framing; the questionnaire works under it', async ({ page, request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  const policy = first.headers()['content-security-policy']!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(policy).toContain(`frame-ancestors 'none'`);
  expect(policy).not.toContain('unsafe-eval');
  expect(second.headers()['content-security-policy']).not.toBe(policy);
  expect(first.headers()['strict-transport-security']).toContain('max-age=');
  expect(first.headers()['x-content-type-options']).toBe('nosniff');
  // Every script the server rendered carries this response's nonce, or the browser would refuse it.
  const nonce = /'nonce-([^']+)'/.exec(policy)![1];
  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  const violations = await watchViolations(page);
  const { path } = await openInvitation();
  const personal = await page.goto(path);
  expect(personal?.headers()['referrer-policy']).toBe('no-referrer');
  expect(personal?.headers()['cache-control']).toContain('no-store');
  // Hydrated and saving: the page's own scripts ran under the policy.
  await answer(page, q.items[0]!.text.da, 3);
  await expectAllSaved(page);
  expect(violations).toEqual([]);
});

test('the results dashboard with its charts runs under the CSP without a single violation', async ({ page, context }) => {
  const violations = await watchViolations(page);
  const { ownerDb } = await import('@/tests/support/owner-db');
  const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug: 'syddal-kommune' } });
  const round = await ownerDb().round.findFirstOrThrow({ where: { organisationId: organisation.id, status: 'CLOSED' }, orderBy: { opensAt: 'desc' } });
  await signInAs(context, organisation.id, 'HR_ADMIN');
  await page.goto(`/syddal-kommune/results/${round.id}`);
  await expect(page.getByRole('img', { name: 'Vægten: belastninger over for ressourcer' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Belastninger' }).first()).toBeVisible();
  expect(violations).toEqual([]);
});
