import 'server-only';
import { callNextAuth } from './call-next-auth';
import { signInAddress } from './sign-in-address';
import { enforceSignInMailLimits } from './sign-in-mail-limits';

/**
 * Asks next-auth, in this process, to mail a sign-in link — what its browser client does over
 * HTTP, so that the sign-in form works as a plain form before (or without) JavaScript. The
 * address passes the same rule and the same abuse limits as on next-auth's route
 * (auth-route.ts); next-auth's CSRF check is met with a token it has just issued, since the
 * server action calling this is itself guarded against cross-site posts by Next.
 *
 * Resolves to null when the mail is on its way, or to next-auth's error code ('InvalidEmail',
 * 'EmailSignin', 'AccessDenied' …; components/auth/sign-in-error.ts words them); throws
 * `rate_limited` when a limit is used up.
 */
export async function sendSignInLink({ email, callbackUrl, headers }: { email: string; callbackUrl: string; headers: Headers }): Promise<string | null> {
  const address = signInAddress(email);
  if (address === null) return 'InvalidEmail';
  await enforceSignInMailLimits(address, headers);
  const csrf = await callNextAuth(['csrf']);
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  const asked = await callNextAuth(['signin', 'email'], { method: 'POST', body: { email: address, csrfToken, callbackUrl, json: 'true' }, cookies: csrf.cookies });
  // Sent, next-auth leads to its "check your inbox" route; anything else carries an error code (or is a CSRF refusal, which has none).
  const next = asked.redirect ? new URL(asked.redirect) : null;
  if (next?.pathname.endsWith('/verify-request')) return null;
  return next?.searchParams.get('error') || 'Default';
}
