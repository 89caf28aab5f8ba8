import { defineConfig } from '@playwright/test';
// Names this run's database in process.env before the server and the test workers start.
import { e2eDatabaseName, e2ePort as port } from './tests/e2e/support/e2e-env';

/**
 * End-to-end tests drive Debian's Chromium (a test tool's own browser download cannot work on
 * these machines) against the production build, on a fresh PostgreSQL database that
 * tests/e2e/serve.ts creates, migrates and seeds before starting `next start`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Fixtures import lib/ modules marked server-only; this tsconfig resolves that marker as Next's server build does.
  tsconfig: './tsconfig.scripts.json',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  webServer: {
    command: `npx tsx --tsconfig tsconfig.scripts.json tests/e2e/serve.ts`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: String(port), E2E_DB_NAME: e2eDatabaseName },
    // Without it Playwright SIGKILLs the server, and serve.ts never drops the run's database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
