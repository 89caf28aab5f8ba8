import 'server-only';
import { getSsoConnectionForSignIn, type SsoConnectionForSignIn } from '@/lib/domains/sso/connection';
import { organisationOfSsoProvider } from './sso-provider';

export interface SsoRoute {
  /** The organisation a `sso-<id>` route names, whether or not it has a working connection. */
  organisationId: string | null;
  connection: SsoConnectionForSignIn | null;
}

/**
 * next-auth's providers are fixed per options object, yet each organisation brings its own
 * identity provider: on the routes of `sso-<organisation id>` (signin, callback) that
 * organisation's connection is loaded and added; every other route runs without it.
 */
export async function ssoForRoute(route: readonly string[]): Promise<SsoRoute> {
  const [action, provider] = route;
  const organisationId = action === 'signin' || action === 'callback' ? organisationOfSsoProvider(provider) : null;
  return { organisationId, connection: organisationId ? await getSsoConnectionForSignIn(organisationId) : null };
}

/**
 * The identity provider answered our callback with an error of its own — a blocked account, a
 * person who cancelled, consent refused: next-auth would only say "Callback". The sign-in page
 * says instead that the organisation's sign-in service refused.
 */
export function refusedByIdentityProvider(sso: SsoRoute, route: readonly string[], query: URLSearchParams): boolean {
  return sso.organisationId !== null && route[0] === 'callback' && query.has('error');
}
