import { describe, expect, it } from 'vitest';
import { fieldIssues } from '@/lib/platform/validation/zod-issues';
import { saveAnswersSchema } from './schemas';

describe('a save of answers', () => {
  it('names an item answered more than once, at the repeat, in either language', () => {
    const result = saveAnswersSchema.safeParse({
      answers: [
        { itemKey: 'a', value: 1 },
        { itemKey: 'b', value: 2 },
        { itemKey: 'a', value: null },
        { itemKey: 'b', value: 3 },
      ],
    });
    expect(result.success).toBe(false);
    expect(fieldIssues(result.error!, 'en')).toEqual([
      { path: 'answers.2.itemKey', message: '“a” is answered more than once.' },
      { path: 'answers.3.itemKey', message: '“b” is answered more than once.' },
    ]);
    expect(fieldIssues(result.error!, 'da')[0]!.message).toBe('»a« er besvaret mere end én gang.');
  });

  it('accepts each item once', () => {
    expect(
      saveAnswersSchema.safeParse({
        answers: [
          { itemKey: 'a', value: 1 },
          { itemKey: 'b', value: null },
        ],
      }).success,
    ).toBe(true);
  });
});
