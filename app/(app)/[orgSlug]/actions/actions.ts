'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { validatedAction, type ActionResult } from '@/lib/actions/validated-action';
import { createAction, updateAction } from '@/lib/actions-plan/mutations';
import { createActionFormSchema, updateActionFormSchema } from '@/lib/actions-plan/schemas';
import { requireOrgMember } from '@/lib/auth/require-org-member';
import { requestContextFrom } from '@/lib/http/request-context';
import { viewerFromMember } from '@/lib/results/access';

export type ActionFormResult = ActionResult<{ id: string; title: string }>;

async function caller(orgSlug: string) {
  const member = await requireOrgMember(orgSlug, { permission: 'actions:manage' });
  return { viewer: viewerFromMember(member), context: requestContextFrom(await headers()) };
}

function refresh(orgSlug: string): void {
  // The plan, the workshop's list of the group's actions and the next round's dashboard show them.
  revalidatePath(`/${orgSlug}/actions`, 'layout');
  revalidatePath(`/${orgSlug}/workshop`, 'layout');
}

/** "Create an action" from a question, a chart or a note (the workshop) or from the plan. */
export async function createActionAction(orgSlug: string, previous: ActionFormResult | null, formData: FormData): Promise<ActionFormResult> {
  return validatedAction(createActionFormSchema, async ({ roundId, ...input }) => {
    const { viewer, context } = await caller(orgSlug);
    const action = await createAction(viewer, roundId, input, { context });
    refresh(orgSlug);
    return { id: action.id, title: action.title };
  })(previous, formData);
}

export async function updateActionAction(orgSlug: string, previous: ActionFormResult | null, formData: FormData): Promise<ActionFormResult> {
  return validatedAction(updateActionFormSchema, async (input) => {
    const { viewer, context } = await caller(orgSlug);
    const action = await updateAction(viewer, input, { context });
    refresh(orgSlug);
    return { id: action.id, title: action.title };
  })(previous, formData);
}
