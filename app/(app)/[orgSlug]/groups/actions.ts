'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { archiveGroup, createGroup, moveGroup, renameGroup, restoreGroup } from '@/lib/domains/groups/mutations';
import { archiveGroupSchema, createGroupFormSchema, moveGroupSchema, renameGroupSchema, restoreGroupSchema } from '@/lib/domains/groups/schemas';
import { requireOrgActor } from '@/lib/edges/session/org-actor';

export type GroupActionResult = ActionResult<{ id: string; name: string; parentId: string | null }>;

function refresh(orgSlug: string): void {
  // Group names and paths show on the leaders pages too.
  revalidatePath(`/${orgSlug}/groups`, 'layout');
  revalidatePath(`/${orgSlug}/leaders`, 'layout');
}

export async function createGroupAction(orgSlug: string, previous: GroupActionResult | null, formData: FormData): Promise<GroupActionResult> {
  return validatedAction(createGroupFormSchema, async (input) => {
    const group = await createGroup(await requireOrgActor(orgSlug, 'groups:manage'), input);
    refresh(orgSlug);
    return { id: group.id, name: group.name, parentId: group.parentId };
  })(previous, formData);
}

export async function renameGroupAction(orgSlug: string, previous: GroupActionResult | null, formData: FormData): Promise<GroupActionResult> {
  return validatedAction(renameGroupSchema, async (input) => {
    const group = await renameGroup(await requireOrgActor(orgSlug, 'groups:manage'), input);
    refresh(orgSlug);
    return { id: group.id, name: group.name, parentId: group.parentId };
  })(previous, formData);
}

export async function moveGroupAction(orgSlug: string, previous: GroupActionResult | null, formData: FormData): Promise<GroupActionResult> {
  return validatedAction(moveGroupSchema, async (input) => {
    const group = await moveGroup(await requireOrgActor(orgSlug, 'groups:manage'), input);
    refresh(orgSlug);
    return { id: group.id, name: group.name, parentId: group.parentId };
  })(previous, formData);
}

/** Archive and restore answer with a redirect; only a refusal comes back as a result. */
export type GroupRedirectResult = ActionResult<undefined>;

export async function archiveGroupAction(orgSlug: string, previous: GroupRedirectResult | null, formData: FormData): Promise<GroupRedirectResult> {
  return validatedAction(archiveGroupSchema, async (input): Promise<undefined> => {
    const group = await archiveGroup(await requireOrgActor(orgSlug, 'groups:manage'), input);
    refresh(orgSlug);
    // The group's page turns into its archived view; the list says what happened.
    redirect(`/${orgSlug}/groups?archived=${group.id}`);
  })(previous, formData);
}

export async function restoreGroupAction(orgSlug: string, previous: GroupRedirectResult | null, formData: FormData): Promise<GroupRedirectResult> {
  return validatedAction(restoreGroupSchema, async (input): Promise<undefined> => {
    const group = await restoreGroup(await requireOrgActor(orgSlug, 'groups:manage'), input);
    refresh(orgSlug);
    redirect(`/${orgSlug}/groups/${group.id}?restored=1`);
  })(previous, formData);
}
