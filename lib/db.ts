import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

/**
 * The one Prisma client. Both database modes (a PostgreSQL server, or the embedded PGlite that
 * scripts/start.ts serves over the wire protocol) go through the same adapter-pg path.
 *
 * Application code reaches tenant data through lib/tenant/scoped-db.ts, never through this
 * client directly; this module is for global tables and for the scoping layer itself.
 */
function createClient(): PrismaClient {
  const connectionString = env().DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.');
  }
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000, max: 10 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** Lazily created so that tests can point DATABASE_URL at their own database first. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
}
