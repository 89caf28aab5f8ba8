import { createHash } from 'node:crypto';

/** What Prisma stores in `_prisma_migrations.checksum`: the SHA-256 of migration.sql, in hex. */
export function migrationChecksum(script: string): string {
  return createHash('sha256').update(script, 'utf8').digest('hex');
}

/**
 * Prisma's own comparison (schema-engine checksum.rs): a checkout with other line endings
 * (git on Windows) is not an edit, and rows written by old Prisma versions hold hex without
 * zero padding. Using the same rule means we refuse exactly what Prisma would call edited.
 */
export function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll('\r\n', '\n'), script.replaceAll('\n', '\r\n')];
  return variants.some((variant) => {
    const digest = createHash('sha256').update(variant, 'utf8').digest();
    const rendered = checksum.length !== 0 && checksum.length !== 64 ? unpaddedHex(digest) : digest.toString('hex');
    return rendered === checksum;
  });
}

function unpaddedHex(bytes: Buffer): string {
  return Array.from(bytes, (byte) => byte.toString(16)).join('');
}
