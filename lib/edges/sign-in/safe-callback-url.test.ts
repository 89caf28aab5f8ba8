import { describe, expect, it } from 'vitest';
import { AFTER_SIGN_IN, safeCallbackAbsoluteUrl, safeCallbackUrl } from './safe-callback-url';

const appUrl = 'https://app.example.dk';
const safe = (value: unknown) => safeCallbackUrl(value, appUrl);

describe('where signing in may lead', () => {
  it('goes back to the page on this site that asked for sign-in, query and fragment included', () => {
    expect(safe('/syddal-kommune/members?x=1#top')).toBe('/syddal-kommune/members?x=1#top');
    expect(safe('/')).toBe('/');
    expect(safe('/sign-up/complete?id=0190a000-0000-7000-8000-00000000000a')).toBe('/sign-up/complete?id=0190a000-0000-7000-8000-00000000000a');
  });

  it('accepts an absolute URL only when its parsed origin is exactly ours, and answers with its path', () => {
    expect(safe('https://app.example.dk/syddal-kommune')).toBe('/syddal-kommune');
    expect(safe('https://APP.example.dk:443/x?y=1')).toBe('/x?y=1');
    expect(safe('http://app.example.dk/x')).toBe(AFTER_SIGN_IN);
    expect(safe('https://app.example.dk:8443/x')).toBe(AFTER_SIGN_IN);
  });

  it('never leaves the site, however the link is dressed up', () => {
    const hostile = [
      'https://evil.example/',
      // Our host as the start of a longer one, and as userinfo in front of another.
      'https://app.example.dk.evil.com/x',
      'https://app.example.dk@evil.example/x',
      'https://app.example.dk:@evil.example/x',
      'https://user:pass@app.example.dk/x',
      '//evil.example/x',
      '///evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      ' //evil.example',
      'http:evil',
      'http:/evil.example',
      'https:evil.example',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'evil.example',
      // Encoded slashes and backslashes: a path here, a host to whoever decodes once more.
      '/%2F%2Fevil.example',
      '/%2f/evil.example',
      '/%5Cevil.example',
      '/%5C%5Cevil.example',
      '%2F%2Fevil.example',
      '/%09/evil.example',
      // Bad percent-encoding.
      '/%',
      '/%E0%A4%A',
      '/%C0%AF%C0%AFevil.example',
      '/\u0000',
      '',
      `/${'x'.repeat(2000)}`,
      undefined,
      null,
      42,
      ['/a'],
      { toString: () => '/a' },
    ];
    for (const value of hostile) expect(safe(value), String(value)).toBe(AFTER_SIGN_IN);
  });

  it('re-encodes what it keeps, so the answer is plain ASCII fit for a Location header', () => {
    expect(safe('/\u3002x')).toBe('/%E3%80%82x');
    expect(safe('/%E3%80%82x')).toBe('/%E3%80%82x');
    expect(safe('/x?q=æø')).toBe('/x?q=%C3%A6%C3%B8');
    for (const value of ['/\u3002x', '/x?q=æø', '/a#ø', 'https://app.example.dk/å']) expect(safe(value)).toMatch(/^[\u0021-\u007e]+$/);
  });

  it('does not send someone back to the sign-in or sign-up form itself', () => {
    expect(safe('/sign-in?callbackUrl=/x')).toBe(AFTER_SIGN_IN);
    expect(safe('/sign-in/check-email')).toBe(AFTER_SIGN_IN);
    expect(safe('/sign-up')).toBe(AFTER_SIGN_IN);
  });

  it("gives next-auth the same answer as an absolute URL on APP_URL's origin", () => {
    expect(safeCallbackAbsoluteUrl('/orgs?x=1', `${appUrl}/`)).toBe('https://app.example.dk/orgs?x=1');
    expect(safeCallbackAbsoluteUrl('https://app.example.dk.evil.com/x', appUrl)).toBe('https://app.example.dk/orgs');
  });
});
