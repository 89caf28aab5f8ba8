import { afterEach, beforeEach, vi } from 'vitest';

// A test that logs console.error fails: an error nobody asserted on is a bug nobody sees.
let errors: unknown[][] = [];

/**
 * For a test that causes errors on purpose (a database outage): takes the logged errors that
 * match, and returns them so the test can assert on them. Any other error still fails the test.
 */
export function takeLoggedErrors(pattern: RegExp): string[] {
  const text = errors.map((a) => a.map(String).join(' '));
  errors = errors.filter((_, i) => !pattern.test(text[i]!));
  return text.filter((t) => pattern.test(t));
}
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(`console.error was called:\n${errors.map((a) => a.map(String).join(' ')).join('\n')}`);
  }
});
