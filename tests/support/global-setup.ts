import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '@/lib/platform/db/migrations';
import { createDatabase, dropDatabase, uniqueName } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/**
 * Migrates one template database per run; every test file then gets its own copy of it
 * (CREATE DATABASE … TEMPLATE, a file copy: far faster than migrating again), so runs and files
 * never see each other's rows.
 */
export default async function setup(project: TestProject) {
  const template = uniqueName('lt_template');
  const url = await createDatabase(template);
  await migrateDatabase({ connectionString: url, log: () => undefined });
  project.provide('templateDatabase', template);
  return async () => {
    await dropDatabase(template);
  };
}
