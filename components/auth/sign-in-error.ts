/**
 * next-auth's ?error= codes (and our own from lib/edges/sign-in/auth-route.ts), grouped into the few
 * things a person can act on. Where a sign-in may lead afterwards is lib/edges/sign-in/safe-callback-url.ts.
 */
export function signInErrorKey(code: unknown): string | null {
  if (typeof code !== 'string' || code === '') return null;
  switch (code) {
    case 'Verification':
      return 'linkExpired';
    case 'EmailSignin':
      return 'mailFailed';
    case 'AccessDenied':
      return 'accessDenied';
    case 'SessionRequired':
      return 'sessionRequired';
    case 'Configuration':
      return 'configuration';
    case 'RateLimited':
      return 'rateLimited';
    case 'SsoNoAddress':
      return 'ssoNoAddress';
    case 'SsoDomain':
      return 'ssoDomain';
    case 'SsoNotMember':
      return 'ssoNotMember';
    case 'SsoOtherOrganisation':
      return 'ssoOtherOrganisation';
    case 'SsoUnavailable':
      return 'ssoUnavailable';
    case 'SsoDenied':
      return 'ssoDenied';
    // The identity provider refused (a disabled user), could not be reached, or its ID token failed a check.
    case 'OAuthSignin':
    case 'OAuthCallback':
      return 'ssoFailed';
    default:
      return 'generic';
  }
}
