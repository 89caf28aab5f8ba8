import { describe, expect, it } from 'vitest';
import { fieldErrorMap } from '@/lib/platform/validation/zod-issues';
import { confirmFormSchema } from './schemas';

describe('a confirmation checkbox', () => {
  it('left unticked, asks for the tick rather than saying the field is "required"', () => {
    for (const unticked of [{}, { confirm: '' }, { confirm: 'no' }]) {
      const parsed = confirmFormSchema.safeParse(unticked);
      expect(fieldErrorMap(parsed.error!, 'da').confirm).toEqual(['Sæt hak for at bekræfte.']);
      expect(fieldErrorMap(parsed.error!, 'en').confirm).toEqual(['Tick the box to confirm.']);
    }
    expect(confirmFormSchema.safeParse({ confirm: 'yes' }).success).toBe(true);
  });
});
