import 'server-only';
import { actorCan, type StaffActor } from '@/lib/domains/auth/actor';
import { AppError } from '@/lib/platform/errors';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { followUpMails, type FollowUpMail } from './schemas';

/**
 * Whether the organisation sends this kind of follow-up mail — the one question every sender
 * asks (sendOnce below does it for them). Stored as the list switched OFF, so a new kind of mail
 * starts on everywhere without a data migration.
 */
export async function mailSwitchedOn(organisationId: string, kind: FollowUpMail): Promise<boolean> {
  const organisation = await scopedDb(organisationId).organisation.findUnique({ where: { id: organisationId }, select: { disabledMails: true } });
  return organisation !== null && !organisation.disabledMails.includes(kind);
}

/** Each follow-up mail with whether it is on: what the settings page shows. */
export async function mailSwitches(organisationId: string): Promise<{ kind: FollowUpMail; on: boolean }[]> {
  const organisation = await scopedDb(organisationId).organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { disabledMails: true } });
  return followUpMails.map((kind) => ({ kind, on: !organisation.disabledMails.includes(kind) }));
}

/** HR's choice of which follow-up mails go out (org:settings); audited when it changes. */
export async function setMailSwitches(caller: StaffActor, enabled: readonly FollowUpMail[]): Promise<void> {
  if (!actorCan(caller, 'org:settings')) throw new AppError('forbidden');
  const disabled = followUpMails.filter((kind) => !enabled.includes(kind));
  await tenantTransaction(caller.organisationId, async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({ where: { id: caller.organisationId }, select: { disabledMails: true } });
    if (before.disabledMails.length === disabled.length && disabled.every((kind) => before.disabledMails.includes(kind))) return;
    await tx.organisation.update({ where: { id: caller.organisationId }, data: { disabledMails: disabled } });
    await recordAudit({ ...auditedBy(caller), action: 'organisation.mails-changed', details: { from: before.disabledMails.join(',') || 'none', to: disabled.join(',') || 'none' } }, tx);
  });
}
