import 'server-only';
import { requestContextFrom } from '@/lib/platform/http/request-context';
import { enforceRateLimits } from '@/lib/platform/rate-limit/enforce';

/**
 * Counts one sign-in mail against the per-address and per-caller limits, throwing `rate_limited`
 * when either is used up. The address is the one spelling next-auth will mail (sign-in-address.ts).
 * Both ways of asking — next-auth's route and the sign-in form's action — count here, in the same buckets.
 */
export async function enforceSignInMailLimits(address: string, headers: Headers): Promise<void> {
  await enforceRateLimits(['signInMailPerIp', requestContextFrom(headers).ip], ['signInMailPerEmail', address]);
}
