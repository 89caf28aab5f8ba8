'use server';

import { headers } from 'next/headers';
import { validatedAction, type ActionResult } from '@/lib/actions/validated-action';
import { requireOrgMember } from '@/lib/auth/require-org-member';
import { requestContextFrom } from '@/lib/http/request-context';
import { hideComment } from '@/lib/results/comments';
import { hideCommentSchema } from '@/lib/results/schemas';

export async function hideCommentAction(orgSlug: string, previous: ActionResult<{ hidden: boolean }> | null, formData: FormData): Promise<ActionResult<{ hidden: boolean }>> {
  return validatedAction(hideCommentSchema, async (input) => {
    const member = await requireOrgMember(orgSlug, { permission: 'comments:moderate' });
    await hideComment({ organisationId: member.organisation.id, actor: { userId: member.user.id }, context: requestContextFrom(await headers()) }, input);
    return { hidden: true };
  })(previous, formData);
}
