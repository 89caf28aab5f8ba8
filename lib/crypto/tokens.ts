import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * Secrets handed to people (personal links, API keys) are 256 random bits; only a keyed hash
 * of them is stored, so a database reader cannot use them and cannot recompute them without
 * TOKEN_HASH_KEY.
 */
export function generateToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** HMAC-SHA256 of a token under TOKEN_HASH_KEY, with a purpose label so one hash cannot stand in for another. */
export function hashToken(token: string, purpose: 'invitation' | 'api-key' | 'response'): string {
  const key = env().TOKEN_HASH_KEY;
  if (!key) throw new Error('TOKEN_HASH_KEY is not set');
  return createHmac('sha256', key).update(`${purpose}:${token}`).digest('hex');
}

/** Constant-time comparison of two hex digests or tokens. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
