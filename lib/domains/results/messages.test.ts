import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@/content/messages/catalogues';

const { da, en } = catalogues;

function keys(value: unknown, prefix: string): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as object).flatMap(([k, v]) => keys(v, `${prefix}.${k}`));
}

describe('the results messages', () => {
  it('are valid ICU messages in both languages', () => {
    for (const [locale, messages] of [
      ['da', da],
      ['en', en],
    ] as const) {
      const problems: string[] = [];
      const t = createTranslator({
        locale,
        messages,
        onError: (error) => {
          // Missing values are expected here (none are passed); a message that does not parse is not.
          if (error.code !== 'FORMATTING_ERROR') problems.push(`${locale}: ${error.message}`);
        },
      });
      for (const key of keys(messages.results, 'results')) t(key as never);
      expect(problems).toEqual([]);
    }
  });
});
