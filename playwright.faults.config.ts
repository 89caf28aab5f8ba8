import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * Fault tests stop and restart the local PostgreSQL cluster, so they run on their own, after
 * every other suite (npm run test:faults), against the same production build and server setup.
 */
export default defineConfig({ ...base, testDir: 'tests/faults', testMatch: '**/*.spec.ts', timeout: 180_000 });
