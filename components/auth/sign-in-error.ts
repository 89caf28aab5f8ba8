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
    default:
      return 'generic';
  }
}
