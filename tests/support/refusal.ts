import { expect } from 'vitest';
import { AppError } from '@/lib/platform/errors';

/** The AppError a call was refused with; fails the test if it succeeded or threw anything else. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
