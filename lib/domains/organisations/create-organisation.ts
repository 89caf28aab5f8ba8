import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAudit, type AuditActor } from '@/lib/domains/audit/record-audit';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RequestContext } from '@/lib/platform/http/request-context';
import { createOrganisationSchema, type CreateOrganisationInput } from './schemas';
import { slugify } from './slug';
import { systemTransaction, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

async function freeSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set((await tx.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A new organisation with its first HR admin — self-serve sign-up and the operator's
 * `org:create` both come here. One transaction: no organisation without an admin, ever.
 * `before` runs first inside it (to claim what the organisation is made from, so that of two
 * attempts at once only one gets further); `extra` runs last (e.g. to create the first API key).
 */
export async function createOrganisation<T = undefined>(
  input: CreateOrganisationInput,
  options: {
    context?: RequestContext;
    before?: (tx: Prisma.TransactionClient) => Promise<void>;
    extra?: (tx: Prisma.TransactionClient, organisationId: string, userId: string) => Promise<T>;
  } = {},
) {
  const data = createOrganisationSchema.parse(input);
  // The id is chosen here so that the transaction can be confined to the new organisation from its first row.
  const organisationId = randomUUID();
  // Other organisations' slugs are only visible to a system read; the unique index on slug
  // refuses the rare second organisation that picks the same one at the same moment.
  const slug = await systemTransaction((tx) => freeSlug(tx, data.name));
  return tenantTransaction(organisationId, async (tx) => {
    await options.before?.(tx);
    const organisation = await tx.organisation.create({ data: { id: organisationId, name: data.name, slug, defaultLocale: data.locale } });
    const user = await tx.user.upsert({
      where: { email: data.adminEmail },
      update: {},
      create: { email: data.adminEmail, name: data.adminName ?? null, locale: data.locale },
    });
    const membership = await tx.membership.create({ data: { organisationId: organisation.id, userId: user.id, role: 'HR_ADMIN' } });
    const actor: AuditActor = { userId: user.id };
    await recordAudit(
      { organisationId: organisation.id, action: 'organisation.created', actor, target: { type: 'organisation', id: organisation.id }, ...(options.context ? { context: options.context } : {}) },
      tx,
    );
    const extra = options.extra ? await options.extra(tx, organisation.id, user.id) : (undefined as T);
    return { organisation, user, membership, extra };
  });
}
