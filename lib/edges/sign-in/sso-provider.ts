import 'server-only';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import type { SsoConnectionForSignIn } from '@/lib/domains/sso/connection';
import type { SsoIdentity } from '@/lib/domains/sso/admit';

const PREFIX = 'sso-';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** next-auth's provider id for an organisation's single sign-on; its callback is /api/auth/callback/sso-<organisation id>. */
export function ssoProviderId(organisationId: string): string {
  return `${PREFIX}${organisationId}`;
}

/** The organisation id in a provider id, or null when it is not a single sign-on's. */
export function organisationOfSsoProvider(providerId: string | undefined): string | null {
  if (!providerId?.startsWith(PREFIX)) return null;
  const id = providerId.slice(PREFIX.length);
  return UUID.test(id) ? id : null;
}

interface IdTokenClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  preferred_username?: unknown;
  name?: unknown;
  groups?: unknown;
}

/** What the provider's verified ID token says about the person (Entra ID sends `preferred_username` where others send `email`). */
export function identityFromClaims(claims: IdTokenClaims): SsoIdentity {
  const raw = typeof claims.email === 'string' ? claims.email : typeof claims.preferred_username === 'string' ? claims.preferred_username : null;
  const email = raw && /^[^@\s]+@[^@\s]+$/.test(raw.trim()) ? raw.trim().toLowerCase() : null;
  const groups = Array.isArray(claims.groups) ? claims.groups.filter((g): g is string => typeof g === 'string') : [];
  return { email, emailVerified: claims.email_verified !== false && claims.email_verified !== 'false', groups };
}

/**
 * One organisation's identity provider as a next-auth OpenID Connect provider. openid-client (under
 * next-auth) discovers the endpoints and keys from the issuer and checks the ID token's signature,
 * issuer, audience, expiry and nonce; state and PKCE guard the redirect. The profile is read from
 * the ID token alone — what was signed — not from a later userinfo call.
 *
 * Account linking by e-mail is on: people already signed in by magic link keep their account when
 * their organisation switches to SSO. That is safe only because the address must be of a domain
 * the organisation's HR allowed (ssoSignInRefusal), and because the session this makes opens that
 * organisation alone (lib/domains/sso/session-rule.ts).
 */
export function ssoProvider(connection: SsoConnectionForSignIn): OAuthConfig<IdTokenClaims> {
  return {
    id: ssoProviderId(connection.organisationId),
    name: connection.organisationName,
    type: 'oauth',
    wellKnown: `${connection.issuer}/.well-known/openid-configuration`,
    clientId: connection.clientId,
    clientSecret: connection.clientSecret,
    idToken: true,
    checks: ['pkce', 'state', 'nonce'],
    authorization: { params: { scope: 'openid email profile' } },
    allowDangerousEmailAccountLinking: true,
    httpOptions: { timeout: 10_000 },
    profile: (claims) => {
      const { email } = identityFromClaims(claims);
      return { id: claims.sub, email, name: typeof claims.name === 'string' ? claims.name.slice(0, 200) : null };
    },
  };
}
