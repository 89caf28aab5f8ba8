import 'server-only';
import { env } from '@/lib/platform/env';
import type { Locale } from '@/content/types';
import type { MailRecipient } from '@/lib/domains/notifications/recipients';
import type { ApvMailFacts } from '@/lib/platform/mail/templates/apv-awaits-approval';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

export interface ApvMailSubject {
  organisationId: string;
  roundId: string;
  groupId: string;
}

/**
 * What every APV follow-up mail says about its record and recipient: organisation, round, the
 * group's name as the round knew it, and the link to the group's APV. Null when the record's
 * round or group is gone by the time the mail is built.
 */
export async function apvMailFacts(record: ApvMailSubject, recipient: MailRecipient): Promise<{ facts: ApvMailFacts; locale: Locale } | null> {
  const tenant = scopedDb(record.organisationId);
  const [organisation, round, group] = await Promise.all([
    tenant.organisation.findUnique({ where: { id: record.organisationId }, select: { name: true, slug: true } }),
    tenant.round.findUnique({ where: { id: record.roundId }, select: { name: true } }),
    tenant.roundGroup.findFirst({ where: { roundId: record.roundId, groupId: record.groupId }, select: { name: true } }),
  ]);
  if (!organisation || !round || !group) return null;
  const url = `${env().APP_URL.replace(/\/$/, '')}/${organisation.slug}/apv/${record.roundId}/${record.groupId}`;
  return {
    facts: { to: recipient.email, recipientName: recipient.name, organisationName: organisation.name, roundName: round.name, groupName: group.name, url },
    locale: recipient.locale,
  };
}
