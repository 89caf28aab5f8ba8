import { beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/platform/env';
import { deriveToken, generateToken, hashToken, safeEqual } from './tokens';

beforeAll(() => {
  process.env.TOKEN_HASH_KEY = 'unit-test-token-hash-key-0123456789abcdef';
  resetEnvCache();
});

describe('tokens', () => {
  it('are at least 128 bits of randomness and differ every time', () => {
    const token = generateToken();
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(generateToken()).not.toBe(token);
  });

  it('hash the same way every time, differently per purpose', () => {
    expect(hashToken('abc', 'invitation')).toBe(hashToken('abc', 'invitation'));
    expect(hashToken('abc', 'invitation')).not.toBe(hashToken('abc', 'response'));
  });

  it('derive the same 256-bit link token from the same value every time, and another from another value', () => {
    const token = deriveToken('0190a8a0-0000-7000-8000-000000000001', 'personal-link');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(deriveToken('0190a8a0-0000-7000-8000-000000000001', 'personal-link')).toBe(token);
    expect(deriveToken('0190a8a0-0000-7000-8000-000000000002', 'personal-link')).not.toBe(token);
  });

  it('compare equal only when equal', () => {
    expect(safeEqual('abcd', 'abcd')).toBe(true);
    expect(safeEqual('abcd', 'abce')).toBe(false);
    expect(safeEqual('abcd', 'abc')).toBe(false);
  });
});
