import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/platform/db';
import { organisationContext } from './database-context';
import { scopeArgs } from './scope-args';
import { tenantModels } from './tenant-models';
import { assertOrganisationId } from './tenant-transaction';

/**
 * The one door to tenant data for reads and single writes. Every query through the returned
 * client is confined to `organisationId` twice:
 *
 * - here, whatever `where` the caller wrote (or forgot): the organisation is forced into it;
 * - in the database: each query on a tenant table (or the organisation's own row), and each raw query, runs in a short
 *   transaction that first sets `app.organisation_id`, which the row-level security policies read.
 *
 * Guards resolve the organisation from the URL or the API key and pass it here; nothing derives it
 * from "the user's first membership". A missing or malformed organisation id is a 404.
 * For several writes that must succeed together use tenantTransaction instead.
 */
export function scopedDb(organisationId: string) {
  assertOrganisationId(organisationId);
  const base = db();
  return base.$extends({
    name: 'tenant-scope',
    query: {
      async $allOperations({ model, operation, args, query }) {
        const isRaw = model === undefined;
        // The organisation's own row has no organisationId to force; the database keeps it to its id.
        const isOrganisation = model === 'Organisation';
        if (!isRaw && !isOrganisation && !tenantModels.has(model as Prisma.ModelName)) return query(args);
        const scoped = isRaw || isOrganisation ? args : scopeArgs(operation, args as Record<string, unknown>, organisationId);
        const [, result] = await base.$transaction([base.$executeRaw(organisationContext(organisationId)), query(scoped as typeof args)]);
        return result;
      },
    },
  });
}

export type ScopedDb = ReturnType<typeof scopedDb>;
