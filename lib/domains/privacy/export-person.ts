import 'server-only';
import { isoDay } from '@/lib/platform/format/dates';
import { danishToday } from '@/lib/domains/action-plan/dates';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { db } from '@/lib/platform/db';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { getGroupPaths } from '@/lib/domains/groups/queries';
import { remindersSentTo } from '@/lib/domains/invitations/reminders';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

/**
 * Everything the organisation holds about one person (GDPR art. 15), found by e-mail: as a
 * leader (their record, invitations and reminders, that they shared their balance with a
 * manager — with whom, when, whether withdrawn — but not what they shared), as a
 * staff member (role, scope), and the audit entries by or about them.
 *
 * Not included, on purpose: whether and what they answered. Answers are not linked to people
 * (decision 0004), and telling HR who answered would break the promise made to every leader.
 * The person downloads their own answers through their personal link. A share's values are
 * left out for the same reason: the leader showed them to one manager, not to HR, who runs this
 * hand-over (and the copy is sealed so that no one else reads it: lib/domains/sharing/stored-share.ts).
 */
export async function exportPersonalData(caller: StaffActor, email: string, now = new Date()) {
  const { organisationId } = caller;
  const tenant = scopedDb(organisationId);
  const [organisation, leader, user, paths] = await Promise.all([
    tenant.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } }),
    tenant.leader.findFirst({ where: { email } }),
    db().user.findUnique({ where: { email }, select: { id: true, name: true, email: true, locale: true, createdAt: true } }),
    getGroupPaths(organisationId),
  ]);
  const membership = user ? await tenant.membership.findFirst({ where: { userId: user.id }, include: { scopes: true } }) : null;
  const invitations = leader
    ? await tenant.invitation.findMany({
        where: { leaderId: leader.id },
        select: { id: true, locale: true, sentAt: true, round: { select: { id: true, name: true, opensAt: true, closesAt: true, reminderDays: true, openedAt: true, closedAt: true } } },
        orderBy: { createdAt: 'asc' },
      })
    : [];
  const reminders = await Promise.all(invitations.map((i) => remindersSentTo(organisationId, i, now)));
  const shared = leader
    ? await tenant.sharedBalance.findMany({
        where: { invitationId: { in: invitations.map((i) => i.id) } },
        select: { roundId: true, managerEmail: true, createdAt: true, withdrawnAt: true },
        orderBy: { createdAt: 'asc' },
      })
    : [];
  const roundNames = new Map(invitations.map((i) => [i.round.id, i.round.name]));
  const auditWhere = [...(user && membership ? [{ actorUserId: user.id }] : []), ...(leader ? [{ targetId: leader.id }] : [])];
  const audit =
    auditWhere.length > 0
      ? await tenant.auditLogEntry.findMany({ where: { OR: auditWhere }, orderBy: { createdAt: 'asc' }, select: { action: true, targetType: true, createdAt: true, ip: true, userAgent: true } })
      : [];

  await recordAudit({ ...auditedBy(caller), action: 'privacy.person-exported', target: { type: leader ? 'leader' : 'membership', id: leader?.id ?? membership?.id ?? '' } });
  return {
    exportedAt: now.toISOString(),
    organisation: organisation.name,
    email,
    leader: leader && {
      name: leader.name,
      email: leader.email,
      group: paths.get(leader.groupId) ?? null,
      managerEmail: leader.managerEmail,
      language: leader.locale,
      createdAt: leader.createdAt,
      archivedAt: leader.archivedAt,
      invitations: invitations.map((i, index) => ({ round: i.round.name, opensAt: i.round.opensAt, closesAt: i.round.closesAt, language: i.locale, sentAt: i.sentAt, reminders: reminders[index]! })),
      sharedWithManager: shared.map((s) => ({ round: roundNames.get(s.roundId) ?? null, managerEmail: s.managerEmail, sharedOn: isoDay(danishToday(s.createdAt)), withdrawn: s.withdrawnAt !== null })),
    },
    staffMember: membership &&
      user && {
        name: user.name,
        email: user.email,
        language: user.locale,
        role: membership.role,
        scopeGroups: membership.scopes.map((s) => paths.get(s.groupId) ?? s.groupId),
        memberSince: membership.createdAt,
      },
    auditTrail: audit,
    notIncluded:
      'Answers: they are stored without any link to the person who gave them, so nobody in the organisation can find or export them. Each leader can download their own answers through their personal link while the round is open.',
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;
