import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { scopeArgs } from './scope-args';
import { tenantModels } from './tenant-models';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one door to tenant data. Every query through the returned client is confined to
 * `organisationId`, whatever `where` the caller wrote (or forgot). Guards resolve the
 * organisation from the URL or the API key and pass it here; nothing derives it from "the
 * user's first membership".
 *
 * A missing or malformed organisation id is a 404, never a query without a filter.
 */
export function scopedDb(organisationId: string) {
  if (typeof organisationId !== 'string' || !uuidPattern.test(organisationId)) throw notFound();
  return db().$extends({
    name: 'tenant-scope',
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!tenantModels.has(model)) return query(args);
          return query(scopeArgs(operation, args as Record<string, unknown>, organisationId) as typeof args);
        },
      },
    },
  });
}

export type ScopedDb = ReturnType<typeof scopedDb>;
