'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { changeMemberRole, inviteMember, removeMember } from '@/lib/domains/members/mutations';
import { changeMemberRoleSchema, inviteMemberSchema, removeMemberSchema } from '@/lib/domains/members/schemas';
import { requireOrgActor } from '@/lib/edges/session/org-actor';

const actor = (orgSlug: string) => requireOrgActor(orgSlug, 'members:manage');

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
