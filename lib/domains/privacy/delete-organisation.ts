import 'server-only';
import { AppError } from '@/lib/platform/errors';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { fieldRefusal } from '@/lib/platform/validation/field-refusal';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';

/**
 * Deletes an organisation and everything it owns, in one transaction: every tenant table
 * cascades from Organisation; queued jobs that name it are removed; people left without any
 * organisation are deleted with their sessions. The name must be typed exactly to confirm.
 * There is no audit entry to write afterwards — the organisation's log goes with it — so the
 * operator's log records the deletion, without names.
 */
export async function deleteOrganisation(caller: StaffActor, confirmName: string): Promise<void> {
  const { organisationId } = caller;
  // The system context, because people are shared between organisations: whether a member
  // "belonged nowhere else" can only be seen across all of them. Every statement names the organisation.
  await systemTransaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
    if (!organisation) throw new AppError('not_found');
    if (confirmName.trim() !== organisation.name) throw fieldRefusal(caller, 'validation_failed', 'confirmName', 'dataProtection.deleteOrganisation.nameMismatch', { name: organisation.name });
    const memberIds = (await tx.membership.findMany({ where: { organisationId }, select: { userId: true } })).map((m) => m.userId);
    await tx.organisation.delete({ where: { id: organisationId } });
    await tx.user.deleteMany({ where: { id: { in: memberIds }, memberships: { none: {} } } });
    // The queue's schema exists once a server has started; an error inside the transaction would abort it.
    const [queue] = await tx.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS "exists"`;
    if (queue?.exists) await tx.$executeRaw`DELETE FROM pgboss.job WHERE data->>'organisationId' = ${organisationId}`;
  });
  console.info(`[privacy] organisation ${organisationId} deleted with everything it owned`);
}
