import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * Tests arrange and inspect rows as the tables' owner, past row-level security: what is under
 * test is the app's own client (lib/platform/db), which works as the restricted role. Fixtures that go
 * through lib/ functions use that client; only direct row set-up and assertions use this one.
 */
const globalForOwner = globalThis as unknown as { ownerPrisma?: PrismaClient };

export function ownerDb(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set for the test database.');
  globalForOwner.ownerPrisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 4 }) });
  return globalForOwner.ownerPrisma;
}

export async function disconnectOwnerDb(): Promise<void> {
  await globalForOwner.ownerPrisma?.$disconnect();
  globalForOwner.ownerPrisma = undefined;
}
