import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A and AA, as the accessibility statement (/accessibility) promises. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Documented exceptions: none. An entry here needs a reason and a line in the statement's
 * "known deviations" (content/messages/features/accessibility.*.json).
 */
const documentedExceptions: { rule: string; reason: string }[] = [];

/** Every axe violation on the page, any impact, as "rule: selector" lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return result.violations
    .filter((violation) => !documentedExceptions.some((exception) => exception.rule === violation.id))
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`));
}

/** How many pixels the page scrolls sideways (0 when it fits the viewport). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
