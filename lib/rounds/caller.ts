import { AppError } from '@/lib/errors';
import type { Caller } from '@/lib/groups/caller';

/** Who changes a round: the same caller as for groups and leaders (organisation, actor, context, language). */
export type RoundCaller = Caller;

export { auditedBy, fieldRefusal } from '@/lib/groups/caller';

/** A refusal because the round is in the wrong state for the action (HTTP 409). */
export function wrongState(key: string): AppError {
  return new AppError('conflict', { messageKey: key });
}
