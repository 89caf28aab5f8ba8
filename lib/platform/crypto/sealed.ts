import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '@/lib/platform/env';

/**
 * Sealed copies: JSON encrypted with AES-256-GCM under a key derived from TOKEN_HASH_KEY, which
 * lives in the server's environment and never in the database.
 *
 * Why: a shared balance is a copy of one leader's item values, stored next to their name. In
 * the clear, a reader of the database (a leaked backup, a curious DBA) could match those values
 * against the anonymous Answer rows and so find the sharer's whole response — relations, overall
 * answer and comments included, which the leader never shared (decision 0004). Sealed, the row
 * tells them only that a share exists.
 *
 * Format: "v1.<iv>.<ciphertext+tag>", base64url, with a random 12-byte IV per seal. Each purpose
 * has its own key (HKDF-SHA256 with the purpose as info), and the purpose is bound in as
 * additional data, so a value sealed for one purpose never opens as another.
 */
export type SealPurpose = 'shared-balance' | 'sso-client-secret';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFor(purpose: SealPurpose): Buffer {
  const secret = env().TOKEN_HASH_KEY;
  if (!secret) throw new Error('TOKEN_HASH_KEY is not set');
  return Buffer.from(hkdfSync('sha256', secret, 'ledertrivsel:sealed', `${VERSION}:${purpose}`, 32));
}

export function seal(purpose: SealPurpose, value: unknown): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFor(purpose), iv);
  cipher.setAAD(Buffer.from(`${VERSION}:${purpose}`));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

/** The sealed value, parsed; throws on another format, another purpose's or key's seal, or any change to it. */
export function open(purpose: SealPurpose, sealed: string): unknown {
  const [version, ivText, bodyText, ...rest] = sealed.split('.');
  if (version !== VERSION || ivText === undefined || bodyText === undefined || rest.length > 0) throw new Error('Not a sealed value');
  const iv = Buffer.from(ivText, 'base64url');
  const body = Buffer.from(bodyText, 'base64url');
  if (iv.length !== IV_BYTES || body.length < TAG_BYTES) throw new Error('Not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose), iv);
  decipher.setAAD(Buffer.from(`${VERSION}:${purpose}`));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  const plain = Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as unknown;
}
