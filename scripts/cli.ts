/**
 * Operator commands: `npm run cli -- <command> [options]`.
 *
 *   org:create --name "<name>" --admin-email <email>
 *       Creates an organisation, its first HR admin and an API key; prints one JSON object
 *       {"organisationId": "...", "apiKey": "..."} and nothing else on stdout.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createApiKey } from '@/lib/domains/api-keys/api-keys';
import { disconnectDb } from '@/lib/platform/db';
import { ensureLocalSecrets } from '@/lib/platform/embedded/local-secrets';
import { createOrganisation } from '@/lib/domains/organisations/create-organisation';
import { fieldIssues } from '@/lib/platform/validation/zod-issues';

const usage = 'Usage: npm run cli -- org:create --name "<name>" --admin-email <email>';

async function orgCreate(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, 'admin-email': { type: 'string' } }, strict: true });
  const { organisation, extra } = await createOrganisation(
    { name: values.name ?? '', adminEmail: values['admin-email'] ?? '' },
    { extra: (tx, organisationId, userId) => createApiKey({ organisationId, name: 'Created by org:create', createdById: userId }, tx) },
  );
  process.stdout.write(`${JSON.stringify({ organisationId: organisation.id, apiKey: extra.key })}\n`);
}

// Without DATABASE_URL the CLI talks to the embedded database of a running `npm start`.
if (!process.env.DATABASE_URL) {
  const secrets = ensureLocalSecrets('.data/secrets.json');
  process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${process.env.EMBEDDED_DB_PORT ?? 54329}/postgres`;
  process.env.TOKEN_HASH_KEY ??= secrets.TOKEN_HASH_KEY;
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'org:create') await orgCreate(rest);
  else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (error) {
  if (error instanceof z.ZodError) {
    for (const issue of fieldIssues(error)) console.error(`${issue.path}: ${issue.message}`);
  } else {
    console.error((error as Error).message);
  }
  console.error(usage);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
