'use server';

import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { hideComment } from '@/lib/domains/results/comments';
import { redactComment } from '@/lib/domains/results/redact-comment';
import { hideCommentSchema, redactCommentSchema } from '@/lib/domains/results/schemas';
import { requireOrgActor } from '@/lib/edges/session/org-actor';

export async function hideCommentAction(orgSlug: string, previous: ActionResult<{ hidden: boolean }> | null, formData: FormData): Promise<ActionResult<{ hidden: boolean }>> {
  return validatedAction(hideCommentSchema, async (input) => {
    await hideComment(await requireOrgActor(orgSlug, 'comments:moderate'), input);
    return { hidden: true };
  })(previous, formData);
}

/** A moderator removes a phrase from a comment; the answer carries the comment as it now reads. */
export async function redactCommentAction(orgSlug: string, previous: ActionResult<{ body: string }> | null, formData: FormData): Promise<ActionResult<{ body: string }>> {
  return validatedAction(redactCommentSchema, async (input) => redactComment(await requireOrgActor(orgSlug, 'comments:moderate'), input))(previous, formData);
}
