import 'server-only';
import { AppError } from '@/lib/platform/errors';
import { hitRateLimit, peekRateLimit, type RateLimitState } from './counter';
import type { RateLimitName } from './limits';

export type RateLimitCheck = readonly [RateLimitName, string | null | undefined];

function refuse(state: RateLimitState): never {
  throw new AppError('rate_limited', {
    messageKey: 'rateLimit.retryAfter',
    messageValues: { seconds: state.retryAfterSeconds },
    retryAfterSeconds: state.retryAfterSeconds,
  });
}

/**
 * Counts a request against each named limit (a subject that is unknown, such as a missing IP,
 * is skipped) and throws `rate_limited` — 429 with Retry-After in the API, the wait in words in
 * a form — when any is exceeded. Every limit is counted even when an earlier one refuses, so a
 * caller cannot dodge one limit by tripping another.
 */
export async function enforceRateLimits(...checks: RateLimitCheck[]): Promise<void> {
  const states = await Promise.all(checks.filter(([, subject]) => subject).map(([name, subject]) => hitRateLimit(name, subject!)));
  const refused = states.filter((s) => !s.allowed).sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0];
  if (refused) refuse(refused);
}

/** Refuses when a failure limit is already used up (failures are counted by countFailure). */
export async function enforceFailureLimit(name: RateLimitName, subject: string | null): Promise<void> {
  if (!subject) return;
  const state = await peekRateLimit(name, subject);
  if (!state.allowed) refuse(state);
}

export async function countFailure(name: RateLimitName, subject: string | null): Promise<void> {
  if (subject) await hitRateLimit(name, subject);
}
