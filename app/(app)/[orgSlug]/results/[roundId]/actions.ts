'use server';

import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { hideComment } from '@/lib/domains/results/comments';
import { hideCommentSchema } from '@/lib/domains/results/schemas';
import { requireOrgActor } from '@/lib/edges/session/org-actor';

export async function hideCommentAction(orgSlug: string, previous: ActionResult<{ hidden: boolean }> | null, formData: FormData): Promise<ActionResult<{ hidden: boolean }>> {
  return validatedAction(hideCommentSchema, async (input) => {
    await hideComment(await requireOrgActor(orgSlug, 'comments:moderate'), input);
    return { hidden: true };
  })(previous, formData);
}
