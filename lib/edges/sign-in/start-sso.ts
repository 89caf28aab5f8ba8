import 'server-only';
import { getSsoConnectionForSignIn } from '@/lib/domains/sso/connection';
import { env } from '@/lib/platform/env';
import { callNextAuth } from './call-next-auth';
import { safeCallbackUrl } from './safe-callback-url';
import { signInAddress } from './sign-in-address';
import { organisationOfSsoProvider, ssoProviderId } from './sso-provider';

/** The state, PKCE and nonce cookies live as long as a person may take at their identity provider. */
const FLOW_COOKIE_SECONDS = 15 * 60;
const CSRF_COOKIES = ['next-auth.csrf-token', '__Host-next-auth.csrf-token'];

export interface StartedSso {
  /** Where the browser goes next: the identity provider, or the sign-in page with an error. */
  location: string;
  /** Set-Cookie lines for the browser: next-auth's state, PKCE, nonce and callback-url cookies. */
  setCookies: string[];
}

/**
 * Starts a single sign-on from our own pages (the sign-in form's home realm discovery, a
 * require-SSO redirect, the link HR shares): next-auth's OAuth sign-in wants a POST with its CSRF
 * token, which a plain link cannot send. As the sign-in form does for magic links, next-auth is
 * asked in this process, and its flow cookies go to the browser with the redirect. A `loginHint`
 * (the address the person typed) saves them typing it again at Entra ID.
 */
export async function startSsoSignIn(input: { organisationId: string; callbackUrl: unknown; loginHint?: unknown }): Promise<StartedSso> {
  const appUrl = env().APP_URL;
  const failed = (error: string): StartedSso => ({ location: new URL(`/sign-in?error=${error}`, appUrl).toString(), setCookies: [] });
  // A malformed id names no organisation (and must not reach a uuid column).
  if (organisationOfSsoProvider(ssoProviderId(input.organisationId)) === null) return failed('SsoUnavailable');
  if (!(await getSsoConnectionForSignIn(input.organisationId))) return failed('SsoUnavailable');
  const callbackUrl = safeCallbackUrl(input.callbackUrl, appUrl);
  const loginHint = signInAddress(input.loginHint);
  const csrf = await callNextAuth(['csrf']);
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  const started = await callNextAuth(['signin', ssoProviderId(input.organisationId)], {
    method: 'POST',
    body: { csrfToken, callbackUrl },
    cookies: csrf.cookies,
    ...(loginHint ? { query: { login_hint: loginHint } } : {}),
  });
  const location = started.redirect;
  // next-auth answers its own error page (an unreachable provider: OAuthSignin) with a redirect to ours.
  if (!location) return failed('OAuthSignin');
  const secure = new URL(appUrl).protocol === 'https:';
  const setCookies = Object.entries(started.cookies)
    .filter(([name]) => !CSRF_COOKIES.includes(name))
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${FLOW_COOKIE_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`);
  return { location, setCookies };
}
