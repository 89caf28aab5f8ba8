import type { z } from 'zod';
import { parseInput } from '@/lib/platform/validation/parse-input';
import { assertStorableText } from '@/lib/platform/validation/safe-text';

/** A request's path, query or body through its schema, after refusing text that cannot be stored (both route wrappers). */
export function parseRequestInput<T extends z.ZodType>(schema: T, value: unknown, where: 'path' | 'query' | 'body'): z.infer<T> {
  assertStorableText(value);
  return parseInput(schema, value, where);
}
