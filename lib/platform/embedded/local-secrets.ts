import 'server-only';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LocalSecrets {
  AUTH_SECRET: string;
  TOKEN_HASH_KEY: string;
}

/**
 * In the embedded mode secrets the operator did not set are generated once and kept under
 * .data/ (git-ignored, mode 600), so links and sessions survive a restart without any setup.
 */
export function ensureLocalSecrets(file: string): LocalSecrets {
  const stored: Partial<LocalSecrets> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>) : {};
  const secrets: LocalSecrets = {
    AUTH_SECRET: stored.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
    TOKEN_HASH_KEY: stored.TOKEN_HASH_KEY ?? randomBytes(32).toString('base64url'),
  };
  if (stored.AUTH_SECRET !== secrets.AUTH_SECRET || stored.TOKEN_HASH_KEY !== secrets.TOKEN_HASH_KEY) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}
