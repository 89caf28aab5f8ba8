/**
 * The server end-to-end tests run against: a fresh database on the local PostgreSQL, migrated
 * and seeded with the demo organisation, then the production build on E2E_PORT. The database
 * is dropped when Playwright stops the server.
 *
 * Mail really leaves the app: over SMTP to a test server on E2E_SMTP_PORT (default 2526), whose
 * messages a small HTTP mailbox on 127.0.0.1:E2E_MAILBOX_PORT (default 2527) hands to the tests
 * (tests/e2e/support/mailbox.ts). Both live in this process because Playwright starts the web
 * server before any globalSetup.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { migrateDatabase } from '@/lib/platform/db/migrations';
import { startSmtpTestServer } from '../support/smtp-test-server';
import { createDatabase, dropDatabase } from '../support/test-database';
import { e2eDatabaseName, e2ePort, e2eServerEnv } from './support/e2e-env';

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build: run `npm run build` before the end-to-end tests.');
  process.exit(1);
}

// The database is named by the run (support/e2e-env.ts) so that test fixtures can reach it too.
const name = e2eDatabaseName;
await dropDatabase(name);
const url = await createDatabase(name);
await migrateDatabase({ connectionString: url, log: () => undefined });
process.env.DATABASE_URL = url;
// The demo's responses are keyed with the server's key (decision 0004): seed under the same one.
process.env.TOKEN_HASH_KEY = e2eServerEnv.TOKEN_HASH_KEY;
const { seedDemo } = await import('@/lib/domains/demo/seed-demo');
const { disconnectDb } = await import('@/lib/platform/db');
await seedDemo();
await disconnectDb();

const smtp = await startSmtpTestServer({ port: Number(process.env.E2E_SMTP_PORT ?? 2526) });
const mailbox = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/messages') {
    const messages = smtp.messages.map((m) => ({ to: m.to.join(', '), subject: m.subject, text: m.text, html: m.html, receivedAt: m.receivedAt.toISOString() }));
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages));
    return;
  }
  response.writeHead(404).end();
});
await new Promise<void>((resolve) => mailbox.listen(Number(process.env.E2E_MAILBOX_PORT ?? 2527), '127.0.0.1', resolve));

const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(e2ePort), '-H', '127.0.0.1'], {
  stdio: 'inherit',
  env: { ...process.env, ...e2eServerEnv, SMTP_URL: smtp.url },
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // The server may already have exited (that is one way we get here); waiting for an exit that
  // has happened would hang the test run.
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  mailbox.close();
  await smtp.stop();
  await dropDatabase(name);
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
child.on('exit', () => void stop());
