'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { addApvComment, approveApvRecord, saveApvRecord } from '@/lib/domains/apv/mutations';
import { apvApprovalSchema, apvCommentSchema, apvRecordSchema } from '@/lib/domains/apv/schemas';
import { requireOrgActor } from '@/lib/edges/session/org-actor';

/** The signed-in member as an APV author; which APV permission applies is checked by lib/domains/apv. */
const author = (orgSlug: string) => requireOrgActor(orgSlug, 'reports:read');

export async function saveApvAction(orgSlug: string, previous: ActionResult<{ savedAt: string }> | null, formData: FormData): Promise<ActionResult<{ savedAt: string }>> {
  return validatedAction(apvRecordSchema, async (input) => {
    const result = await saveApvRecord(await author(orgSlug), input);
    // An edit changes the status (and may void approvals) that the page and the list show.
    if (result.changed) revalidatePath(`/${orgSlug}/apv`, 'layout');
    return { savedAt: result.updatedAt.toISOString() };
  })(previous, formData);
}

export async function commentApvAction(orgSlug: string, previous: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return validatedAction(apvCommentSchema, async (input) => {
    const result = await addApvComment(await author(orgSlug), input);
    revalidatePath(`/${orgSlug}/apv/${input.roundId}/${input.groupId}`);
    return result;
  })(previous, formData);
}

export async function approveApvAction(orgSlug: string, previous: ActionResult<{ approvedAt: string }> | null, formData: FormData): Promise<ActionResult<{ approvedAt: string }>> {
  return validatedAction(apvApprovalSchema, async (input) => {
    const result = await approveApvRecord(await author(orgSlug), input);
    revalidatePath(`/${orgSlug}/apv`, 'layout');
    return { approvedAt: result.approvedAt.toISOString() };
  })(previous, formData);
}
