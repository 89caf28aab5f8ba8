import { AppError } from '@/lib/errors';

/** A refusal because the round is in the wrong state for the action (HTTP 409). */
export function wrongState(key: string): AppError {
  return new AppError('conflict', { messageKey: key });
}
