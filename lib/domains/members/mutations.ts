import 'server-only';
import type { MemberActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { AppError, notFound } from '@/lib/platform/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { sendMemberInvitedMail } from '@/lib/platform/mail/templates/member-invited';
import { scopedRoles, type ChangeMemberRoleInput, type InviteMemberInput, type RemoveMemberInput } from './schemas';
import { type Tx, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';

/**
 * Membership changes of one organisation run one at a time: two HR admins demoting each other
 * at the same moment must not both succeed and leave nobody in charge.
 */
async function lockOrganisation(tx: Tx, organisationId: string): Promise<{ name: string }> {
  const rows = await tx.$queryRaw<{ name: string }[]>`SELECT "name" FROM "Organisation" WHERE "id" = ${organisationId}::uuid FOR UPDATE`;
  if (!rows[0]) throw notFound();
  return rows[0];
}

/** The scope groups, checked to be this organisation's active groups; none unless a manager of leaders. */
async function scopeGroups(tx: Tx, organisationId: string, role: Role, groupIds: string[]): Promise<string[]> {
  if (!scopedRoles.includes(role)) return [];
  const unique = [...new Set(groupIds)];
  const found = await tx.leaderGroup.count({ where: { organisationId, id: { in: unique }, archivedAt: null } });
  if (found !== unique.length) throw new AppError('validation_failed', { messageKey: 'members.errors.unknownGroups' });
  return unique;
}

async function refuseLosingLastHrAdmin(tx: Tx, organisationId: string, membership: { id: string; role: Role }): Promise<void> {
  if (membership.role !== 'HR_ADMIN') return;
  const others = await tx.membership.count({ where: { organisationId, role: 'HR_ADMIN', id: { not: membership.id } } });
  if (others === 0) throw new AppError('conflict', { messageKey: 'members.errors.lastHrAdmin' });
}

export interface InvitedMember {
  membershipId: string;
  userId: string;
  /** False when the access was given but the mail could not be sent (the page says so). */
  mailSent: boolean;
}

/**
 * Gives a colleague access: their user (created with the given name and language if new; an
 * existing user is left as they are), the membership and a manager's groups in one
 * transaction, then the "you now have access" mail in the recipient's language.
 */
export async function inviteMember(actor: MemberActor, input: InviteMemberInput): Promise<InvitedMember> {
  const { organisationId } = actor;
  const result = await tenantTransaction(organisationId, async (tx) => {
    const organisation = await lockOrganisation(tx, organisationId);
    const groupIds = await scopeGroups(tx, organisationId, input.role, input.groupIds);
    // A user is one person across organisations: their name and language are theirs. What HR
    // typed is used only to create a new user — written onto an existing one (even a missing
    // name), one organisation's choice would show in every other organisation they belong to.
    const existingUser = await tx.user.findUnique({ where: { email: input.email } });
    if (existingUser) {
      const existing = await tx.membership.findFirst({ where: { organisationId, userId: existingUser.id }, select: { id: true } });
      if (existing) throw new AppError('conflict', { messageKey: 'members.errors.alreadyMember', messageValues: { email: input.email } });
    }
    const user = existingUser ?? (await tx.user.create({ data: { email: input.email, name: input.name ?? null, locale: input.locale } }));
    const membership = await tx.membership.create({ data: { organisationId, userId: user.id, role: input.role } });
    if (groupIds.length > 0) {
      await tx.managerScope.createMany({ data: groupIds.map((groupId) => ({ organisationId, membershipId: membership.id, groupId })) });
    }
    await recordAudit({ ...auditedBy(actor), action: 'member.invited', target: { type: 'membership', id: membership.id }, details: { email: user.email, role: input.role, groupIds } }, tx);
    const inviter = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true } });
    return { organisation, user, membership, invitedBy: inviter?.name ?? inviter?.email ?? '' };
  });

  let mailSent = true;
  try {
    await sendMemberInvitedMail({
      to: result.user.email,
      locale: result.user.locale,
      organisationName: result.organisation.name,
      role: input.role,
      invitedBy: result.invitedBy,
    });
  } catch (error) {
    // The access exists either way; the page tells HR to let the colleague know themselves.
    console.warn('[members] invitation mail failed', error);
    mailSent = false;
  }
  return { membershipId: result.membership.id, userId: result.user.id, mailSent };
}

/** Changes a member's role and, for a manager of leaders, their groups. */
export async function changeMemberRole(actor: MemberActor, input: ChangeMemberRoleInput): Promise<void> {
  const { organisationId } = actor;
  await tenantTransaction(organisationId, async (tx) => {
    await lockOrganisation(tx, organisationId);
    const membership = await tx.membership.findFirst({
      where: { organisationId, id: input.membershipId },
      select: { id: true, role: true, user: { select: { email: true } }, scopes: { select: { groupId: true } } },
    });
    if (!membership) throw notFound();
    const groupIds = await scopeGroups(tx, organisationId, input.role, input.groupIds);
    const before = membership.scopes.map((s) => s.groupId).sort();
    if (membership.role === input.role && before.join() === [...groupIds].sort().join()) return;
    if (input.role !== 'HR_ADMIN') await refuseLosingLastHrAdmin(tx, organisationId, membership);

    await tx.membership.updateMany({ where: { organisationId, id: membership.id }, data: { role: input.role } });
    await tx.managerScope.deleteMany({ where: { organisationId, membershipId: membership.id } });
    if (groupIds.length > 0) {
      await tx.managerScope.createMany({ data: groupIds.map((groupId) => ({ organisationId, membershipId: membership.id, groupId })) });
    }
    await recordAudit(
      {
        ...auditedBy(actor),
        action: 'member.role-changed',
        target: { type: 'membership', id: membership.id },
        details: { email: membership.user.email, from: membership.role, to: input.role, groupIdsBefore: before, groupIds },
      },
      tx,
    );
  });
}

/** Ends a member's access at once (their sessions no longer find a membership). */
export async function removeMember(actor: MemberActor, input: RemoveMemberInput): Promise<{ removedSelf: boolean }> {
  const { organisationId } = actor;
  return tenantTransaction(organisationId, async (tx) => {
    await lockOrganisation(tx, organisationId);
    const membership = await tx.membership.findFirst({
      where: { organisationId, id: input.membershipId },
      select: { id: true, role: true, userId: true, user: { select: { email: true } } },
    });
    if (!membership) throw notFound();
    await refuseLosingLastHrAdmin(tx, organisationId, membership);
    await tx.membership.deleteMany({ where: { organisationId, id: membership.id } });
    await recordAudit({ ...auditedBy(actor), action: 'member.removed', target: { type: 'membership', id: membership.id }, details: { email: membership.user.email, role: membership.role } }, tx);
    return { removedSelf: membership.userId === actor.userId };
  });
}
