import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/platform/env';
import { open, seal, type SealPurpose } from './sealed';

const KEY = 'unit-test-token-hash-key-0123456789abcdef';
let before: string | undefined;

beforeAll(() => {
  before = process.env.TOKEN_HASH_KEY;
  process.env.TOKEN_HASH_KEY = KEY;
  resetEnvCache();
});

afterAll(() => {
  if (before === undefined) delete process.env.TOKEN_HASH_KEY;
  else process.env.TOKEN_HASH_KEY = before;
  resetEnvCache();
});

const value = { balance: -1.5, items: [{ key: 'strain.workload.1', side: 'strain', value: 4 }] };

/** Flips one bit of the decoded part `index` of a sealed string. */
function flip(sealed: string, index: 1 | 2, byte = 0): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index]!, 'base64url');
  bytes[byte] = bytes[byte]! ^ 1;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('sealed values', () => {
  it('open to exactly what was sealed, and seal differently every time', () => {
    const sealed = seal('shared-balance', value);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(open('shared-balance', sealed)).toEqual(value);
    expect(seal('shared-balance', value)).not.toBe(sealed);
  });

  it('hold nothing of the value in the clear', () => {
    const sealed = seal('shared-balance', value);
    const decoded = Buffer.from(sealed.split('.')[2]!, 'base64url').toString('latin1');
    expect(sealed + decoded).not.toMatch(/balance|strain\.workload|-1\.5/);
  });

  it('refuse a seal that was changed in any part', () => {
    const sealed = seal('shared-balance', value);
    expect(() => open('shared-balance', flip(sealed, 2))).toThrow();
    expect(() => open('shared-balance', flip(sealed, 2, Buffer.from(sealed.split('.')[2]!, 'base64url').length - 1))).toThrow();
    expect(() => open('shared-balance', flip(sealed, 1))).toThrow();
    expect(() => open('shared-balance', sealed.replace(/^v1\./, 'v2.'))).toThrow(/sealed/);
    expect(() => open('shared-balance', `${sealed}.extra`)).toThrow(/sealed/);
    expect(() => open('shared-balance', '{"balance":1}')).toThrow(/sealed/);
  });

  it('refuse another purpose’s seal and a seal made under another key', () => {
    const sealed = seal('shared-balance', value);
    expect(() => open('another-purpose' as SealPurpose, sealed)).toThrow();
    process.env.TOKEN_HASH_KEY = 'another-token-hash-key-0123456789abcdefgh';
    resetEnvCache();
    try {
      expect(() => open('shared-balance', sealed)).toThrow();
    } finally {
      process.env.TOKEN_HASH_KEY = KEY;
      resetEnvCache();
    }
  });
});
