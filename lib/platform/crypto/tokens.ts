import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/platform/env';

/**
 * Secrets handed to people (personal links, API keys) are 256 random bits; only a keyed hash
 * of them is stored, so a database reader cannot use them and cannot recompute them without
 * TOKEN_HASH_KEY.
 */
export function generateToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * What a keyed hash is for. Each purpose labels its input, so one hash can never stand in for
 * another (a response key is no reminder's key, a link's hash no rate-limit subject).
 */
export type HashPurpose = 'invitation' | 'api-key' | 'response' | 'reminder' | 'rate-limit';

function hmac(purpose: string, value: string): ReturnType<typeof createHmac> {
  const key = env().TOKEN_HASH_KEY;
  if (!key) throw new Error('TOKEN_HASH_KEY is not set');
  return createHmac('sha256', key).update(`${purpose}:${value}`);
}

/** HMAC-SHA256 of a token under TOKEN_HASH_KEY, with a purpose label so one hash cannot stand in for another. */
export function hashToken(token: string, purpose: HashPurpose): string {
  return hmac(purpose, token).digest('hex');
}

/**
 * A token derived from a value under TOKEN_HASH_KEY: 256 bits, as unguessable as a random one to
 * anyone without the key, and the same every time — so the server can hand out the same
 * personal link again without storing it (lib/domains/invitations/links.ts).
 */
export function deriveToken(value: string, purpose: 'personal-link'): string {
  return hmac(purpose, value).digest('base64url');
}

/** Constant-time comparison of two hex digests or tokens. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
