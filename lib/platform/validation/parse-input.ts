import type { z } from 'zod';
import { AppError } from '@/lib/platform/errors';
import { fieldIssues } from './zod-issues';

/**
 * Input from outside (a request body, a query, a job's data) parsed with its schema: the value,
 * or `validation_failed` with every field's problem. A schema's own throw would surface as a 500.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, where = 'input'): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('validation_failed', { userMessage: `The ${where} is invalid.`, details: fieldIssues(result.error) });
  return result.data;
}
