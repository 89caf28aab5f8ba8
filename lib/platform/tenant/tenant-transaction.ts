import 'server-only';
import { db } from '@/lib/platform/db';
import { notFound } from '@/lib/platform/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isUuid } from '@/lib/platform/validation/uuid';
import { organisationContext, systemContext } from './database-context';

export type Tx = Prisma.TransactionClient;

export interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
  isolationLevel?: Prisma.TransactionIsolationLevel;
}

/** A missing or malformed organisation id is a 404, never a transaction that sees nothing or everything. */
export function assertOrganisationId(organisationId: string): void {
  if (typeof organisationId !== 'string' || !isUuid(organisationId)) throw notFound();
}

/**
 * An interactive transaction in which the database shows and accepts only `organisationId`'s
 * rows (row-level security). Every write path of the app runs in one of these; the explicit
 * `organisationId` in the queries inside stays, so the rule holds twice.
 */
export function tenantTransaction<T>(organisationId: string, fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
  assertOrganisationId(organisationId);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw(organisationContext(organisationId));
    return fn(tx);
  }, options);
}

/**
 * A transaction that sees every organisation's rows. Only for the work that has no single
 * organisation before it starts: finding a personal link or API key by its hash, the reminder
 * and retention scans, a signed-in user's memberships, seeding. Each caller says why in a comment;
 * `grep systemTransaction` lists them all.
 */
export function systemTransaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw(systemContext);
    return fn(tx);
  }, options);
}
