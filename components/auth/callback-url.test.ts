import { describe, expect, it } from 'vitest';
import { safeCallbackUrl, signInErrorKey } from './callback-url';

describe('the page after signing in', () => {
  it('goes back to the page on this site that asked for sign-in', () => {
    expect(safeCallbackUrl('/syddal-kommune/members?x=1')).toBe('/syddal-kommune/members?x=1');
  });

  it('never leaves the site, whatever the link says', () => {
    for (const evil of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', undefined, ['/a']]) {
      expect(safeCallbackUrl(evil)).toBe('/orgs');
    }
  });

  it('does not send someone back to the sign-in page itself', () => {
    expect(safeCallbackUrl('/sign-in?callbackUrl=/x')).toBe('/orgs');
    expect(safeCallbackUrl('/sign-up')).toBe('/orgs');
  });
});

describe('sign-in error messages', () => {
  it('tells an expired or used link apart from other problems', () => {
    expect(signInErrorKey('Verification')).toBe('linkExpired');
    expect(signInErrorKey('EmailSignin')).toBe('mailFailed');
    expect(signInErrorKey('SomethingNew')).toBe('generic');
    expect(signInErrorKey(undefined)).toBeNull();
  });
});
