import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * The database side of tenant isolation (prisma/migrations/*_row_level_security): the two
 * transaction-local settings its policies read. The role the app works as is lib/platform/db.ts's
 * (appDatabaseRole), since every connection takes it on before its first query.
 */

/** Confines the rest of the current transaction to one organisation's rows. */
export function organisationContext(organisationId: string): Prisma.Sql {
  return Prisma.sql`SELECT set_config('app.organisation_id', ${organisationId}, true)`;
}

/** Opens every organisation's rows for the rest of the current transaction. */
export const systemContext: Prisma.Sql = Prisma.sql`SELECT set_config('app.system', 'on', true)`;
