import 'server-only';
import { AppError } from '@/lib/platform/errors';

type Args = Record<string, unknown> | undefined;
type Data = Record<string, unknown>;

const whereOperations = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
  'upsert',
]);
const createOperations = new Set(['create', 'createMany', 'createManyAndReturn', 'upsert']);
const updateOperations = new Set(['update', 'updateMany', 'updateManyAndReturn', 'upsert']);

function withOrganisation(data: Data, organisationId: string): Data {
  if ('organisation' in data) {
    // A relation-style connect could point anywhere; tenant rows are created with scalar ids.
    throw new AppError('internal', { userMessage: 'Tenant rows must be created with organisationId, not organisation.connect.' });
  }
  return { ...data, organisationId };
}

function refuseTenantMove(data: unknown, organisationId: string): void {
  const target = (data as Data | undefined)?.organisationId;
  if (target !== undefined && target !== organisationId) {
    throw new AppError('internal', { userMessage: 'A row cannot be moved to another organisation.' });
  }
}

/**
 * Rewrites one Prisma operation's arguments so it can only see and write the given
 * organisation's rows: the organisation is forced into every `where` (overriding any value the
 * caller passed) and into every row created.
 */
export function scopeArgs(operation: string, args: Args, organisationId: string): Args {
  const scoped: Data = { ...(args ?? {}) };
  if (whereOperations.has(operation)) {
    scoped.where = { ...((scoped.where as Data | undefined) ?? {}), organisationId };
  }
  if (createOperations.has(operation)) {
    const key = operation === 'upsert' ? 'create' : 'data';
    const data = scoped[key];
    scoped[key] = Array.isArray(data) ? data.map((row: Data) => withOrganisation(row, organisationId)) : withOrganisation((data as Data | undefined) ?? {}, organisationId);
  }
  if (updateOperations.has(operation)) {
    refuseTenantMove(operation === 'upsert' ? scoped.update : scoped.data, organisationId);
  }
  return scoped;
}
