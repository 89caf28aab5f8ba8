/** Where signing in leads when the request named nowhere acceptable: the organisation list. */
export const AFTER_SIGN_IN = '/orgs';

const MAX_LENGTH = 1000;
// Control characters and whitespace are dropped or reinterpreted by URL parsers ("/\t/evil"
// becomes "//evil"), and a backslash is a slash to a browser: none belongs in a link we make.
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\u2028\u2029\\]/;

/**
 * The one rule for where the app may send someone after signing in (next-auth's redirect
 * callback, its callbackUrl query and cookie, the sign-in page): a path on this site, or an
 * absolute URL whose parsed origin is exactly APP_URL's. Anything else — another host, our host
 * as userinfo ("http://app@evil") or as the start of a longer one ("https://app.dk.evil.com"),
 * "//evil", "/\evil", "javascript:", encoded slashes, undecodable percent-escapes — is the
 * organisation list. The answer is always a path, re-serialised by the URL parser, so it is
 * plain ASCII and safe to put in a Location header.
 */
export function safeCallbackUrl(value: unknown, appUrl: string): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_LENGTH || UNSAFE_CHARACTERS.test(value)) return AFTER_SIGN_IN;
  const origin = new URL(appUrl).origin;
  let url: URL;
  try {
    // A path is read against our origin; anything else must parse as an absolute URL on its own.
    url = value.startsWith('/') && !value.startsWith('//') ? new URL(value, origin) : new URL(value);
  } catch {
    return AFTER_SIGN_IN;
  }
  if (url.origin !== origin || url.username !== '' || url.password !== '') return AFTER_SIGN_IN;
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(url.pathname);
  } catch {
    return AFTER_SIGN_IN;
  }
  // "/%2F%2Fevil" is a path here, but whoever decodes it once more sees "//evil".
  if (decodedPath.startsWith('//') || UNSAFE_CHARACTERS.test(decodedPath)) return AFTER_SIGN_IN;
  // The sign-in and sign-up forms themselves would loop.
  if (url.pathname === '/sign-in' || url.pathname.startsWith('/sign-in/') || url.pathname === '/sign-up') return AFTER_SIGN_IN;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The same rule as an absolute URL on APP_URL's origin: what next-auth's redirect callback answers. */
export function safeCallbackAbsoluteUrl(value: unknown, appUrl: string): string {
  return `${new URL(appUrl).origin}${safeCallbackUrl(value, appUrl)}`;
}
