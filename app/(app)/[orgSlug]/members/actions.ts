'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { validatedAction, type ActionResult } from '@/lib/actions/validated-action';
import { requireOrgMember } from '@/lib/auth/require-org-member';
import { requestContextFrom } from '@/lib/http/request-context';
import { changeMemberRole, inviteMember, removeMember, type MemberActor } from '@/lib/members/mutations';
import { changeMemberRoleSchema, inviteMemberSchema, removeMemberSchema } from '@/lib/members/schemas';

async function actor(orgSlug: string): Promise<MemberActor> {
  const member = await requireOrgMember(orgSlug, { permission: 'members:manage' });
  return { organisationId: member.organisation.id, userId: member.user.id, context: requestContextFrom(await headers()) };
}

export type InviteResult = ActionResult<{ email: string; role: string; mailSent: boolean }>;

export async function inviteMemberAction(orgSlug: string, previous: InviteResult | null, formData: FormData): Promise<InviteResult> {
  return validatedAction(inviteMemberSchema, async (input): Promise<{ email: string; role: string; mailSent: boolean }> => {
    const { mailSent } = await inviteMember(await actor(orgSlug), input);
    revalidatePath(`/${orgSlug}/members`);
    return { email: input.email, role: input.role, mailSent };
  })(previous, formData);
}

export type ChangeRoleResult = ActionResult<{ saved: true }>;

export async function changeMemberRoleAction(orgSlug: string, previous: ChangeRoleResult | null, formData: FormData): Promise<ChangeRoleResult> {
  return validatedAction(changeMemberRoleSchema, async (input) => {
    await changeMemberRole(await actor(orgSlug), input);
    revalidatePath(`/${orgSlug}/members`, 'layout');
    return { saved: true as const };
  })(previous, formData);
}

export type RemoveResult = ActionResult<undefined>;

export async function removeMemberAction(orgSlug: string, previous: RemoveResult | null, formData: FormData): Promise<RemoveResult> {
  return validatedAction(removeMemberSchema, async (input): Promise<undefined> => {
    const { removedSelf } = await removeMember(await actor(orgSlug), input);
    revalidatePath(`/${orgSlug}/members`);
    redirect(removedSelf ? '/orgs' : `/${orgSlug}/members?removed=1`);
  })(previous, formData);
}
