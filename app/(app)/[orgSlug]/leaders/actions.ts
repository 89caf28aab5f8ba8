'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { requireOrgActor } from '@/lib/edges/session/org-actor';
import { archiveLeader, createLeader, restoreLeader, updateLeader } from '@/lib/domains/leaders/mutations';
import { eraseLeader } from '@/lib/domains/privacy/erase-leader';
import { createLeaderFormSchema, leaderIdSchema, updateLeaderFormSchema } from '@/lib/domains/leaders/schemas';

export type LeaderActionResult = ActionResult<{ id: string; name: string; email: string }>;

function refresh(orgSlug: string): void {
  // Leader counts show in the group tree too.
  revalidatePath(`/${orgSlug}/leaders`, 'layout');
  revalidatePath(`/${orgSlug}/groups`, 'layout');
}

export async function createLeaderAction(orgSlug: string, previous: LeaderActionResult | null, formData: FormData): Promise<LeaderActionResult> {
  return validatedAction(createLeaderFormSchema, async (input) => {
    const leader = await createLeader(await requireOrgActor(orgSlug, 'leaders:manage'), input);
    refresh(orgSlug);
    return { id: leader.id, name: leader.name, email: leader.email };
  })(previous, formData);
}

export async function updateLeaderAction(orgSlug: string, previous: LeaderActionResult | null, formData: FormData): Promise<LeaderActionResult> {
  return validatedAction(updateLeaderFormSchema, async ({ leaderId, ...patch }) => {
    const leader = await updateLeader(await requireOrgActor(orgSlug, 'leaders:manage'), leaderId, patch);
    refresh(orgSlug);
    return { id: leader.id, name: leader.name, email: leader.email };
  })(previous, formData);
}

/** Archive and restore answer with a redirect; only a refusal comes back as a result. */
export type LeaderRedirectResult = ActionResult<undefined>;

export async function archiveLeaderAction(orgSlug: string, previous: LeaderRedirectResult | null, formData: FormData): Promise<LeaderRedirectResult> {
  return validatedAction(leaderIdSchema, async ({ leaderId }): Promise<undefined> => {
    const leader = await archiveLeader(await requireOrgActor(orgSlug, 'leaders:manage'), leaderId);
    refresh(orgSlug);
    redirect(`/${orgSlug}/leaders?archivedLeader=${leader.id}`);
  })(previous, formData);
}

export async function restoreLeaderAction(orgSlug: string, previous: LeaderRedirectResult | null, formData: FormData): Promise<LeaderRedirectResult> {
  return validatedAction(leaderIdSchema, async ({ leaderId }): Promise<undefined> => {
    const leader = await restoreLeader(await requireOrgActor(orgSlug, 'leaders:manage'), leaderId);
    refresh(orgSlug);
    redirect(`/${orgSlug}/leaders/${leader.id}?restored=1`);
  })(previous, formData);
}

/** Erasing personal data (GDPR): the page comes back showing what is left, which is nothing personal. */
export async function eraseLeaderAction(orgSlug: string, previous: LeaderRedirectResult | null, formData: FormData): Promise<LeaderRedirectResult> {
  return validatedAction(leaderIdSchema, async ({ leaderId }): Promise<undefined> => {
    await eraseLeader(await requireOrgActor(orgSlug, 'leaders:manage'), leaderId);
    refresh(orgSlug);
    redirect(`/${orgSlug}/leaders/${leaderId}?erased=1`);
  })(previous, formData);
}
