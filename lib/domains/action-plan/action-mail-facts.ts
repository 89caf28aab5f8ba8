import 'server-only';
import type { Locale } from '@/content/types';
import { localeOfAddress } from '@/lib/domains/notifications/recipients';
import { env } from '@/lib/platform/env';
import { isoDay } from '@/lib/platform/format/dates';
import type { OverdueActionFacts } from '@/lib/platform/mail/templates/action-overdue';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/**
 * What both mails to an action's owner tell — the week-ahead one and the overdue one — read
 * afresh when the mail is built, in the owner's language. Null when the action changed since the
 * scan chose it: done, dropped, re-dated or without an owner now.
 */
export async function actionMailFacts(organisationId: string, actionItemId: string, dueDate: Date): Promise<{ facts: OverdueActionFacts; locale: Locale } | null> {
  const tenant = scopedDb(organisationId);
  const action = await tenant.actionItem.findUnique({
    where: { id: actionItemId },
    include: { organisation: { select: { name: true, slug: true } }, round: { select: { name: true } } },
  });
  if (!action || !action.ownerEmail || action.dueDate.getTime() !== dueDate.getTime() || (action.status !== 'PLANNED' && action.status !== 'IN_PROGRESS')) return null;
  const group = action.groupId ? await tenant.roundGroup.findFirst({ where: { roundId: action.roundId, groupId: action.groupId }, select: { name: true } }) : null;
  const facts: OverdueActionFacts = {
    to: action.ownerEmail,
    ownerName: action.ownerName,
    organisationName: action.organisation.name,
    roundName: action.round.name,
    groupName: group?.name ?? null,
    title: action.title,
    dueDate: isoDay(action.dueDate),
    url: `${env().APP_URL.replace(/\/$/, '')}/${action.organisation.slug}/action-plan/${action.id}`,
  };
  return { facts, locale: await localeOfAddress(organisationId, action.ownerEmail) };
}
