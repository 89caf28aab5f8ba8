import { describe, expect, it } from 'vitest';
import { migrationChecksum, scriptMatchesChecksum } from './checksum';

describe('migration checksums', () => {
  it('are the zero-padded sha256 hex Prisma stores', () => {
    // The value from Prisma's own checksum.rs test.
    expect(migrationChecksum('hello')).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
  });

  it('match across line endings, as Prisma compares them', () => {
    const checksum = migrationChecksum('CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n');
    expect(scriptMatchesChecksum('CREATE TABLE a (id INT);\r\nCREATE TABLE b (id INT);\r\n', checksum)).toBe(true);
    expect(scriptMatchesChecksum('CREATE TABLE a (id INT);\n', checksum)).toBe(false);
  });

  it('match the unpadded hex that old Prisma versions wrote', () => {
    const unpadded = Array.from(Buffer.from(migrationChecksum('x'), 'hex'), (byte) => byte.toString(16)).join('');
    expect(unpadded.length).toBeLessThan(64);
    expect(scriptMatchesChecksum('x', unpadded)).toBe(true);
    expect(scriptMatchesChecksum('y', unpadded)).toBe(false);
  });
});
