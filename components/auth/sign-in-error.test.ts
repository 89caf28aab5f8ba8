import { describe, expect, it } from 'vitest';
import { signInErrorKey } from './sign-in-error';

describe('sign-in error messages', () => {
  it('tells an expired or used link apart from other problems', () => {
    expect(signInErrorKey('Verification')).toBe('linkExpired');
    expect(signInErrorKey('EmailSignin')).toBe('mailFailed');
    expect(signInErrorKey('RateLimited')).toBe('rateLimited');
    expect(signInErrorKey('SomethingNew')).toBe('generic');
    expect(signInErrorKey(undefined)).toBeNull();
  });
});
