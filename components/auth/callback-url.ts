/**
 * Where to go after signing in: only a path on this site. An absolute or protocol-relative URL
 * ("//evil.example") in ?callbackUrl would turn the sign-in page into an open redirect.
 */
export function safeCallbackUrl(value: unknown, fallback = '/orgs'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.length > 500 || /[\u0000-\u001f]/.test(value)) return fallback;
  // Coming back to the sign-in pages themselves would loop.
  if (/^\/sign-(in|up)(\/|\?|$)/.test(value)) return fallback;
  return value;
}

/** next-auth's ?error= codes, grouped into the few things a person can act on. */
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
