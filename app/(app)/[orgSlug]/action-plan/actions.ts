'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { createAction, updateAction } from '@/lib/domains/action-plan/mutations';
import { createActionFormSchema, updateActionFormSchema } from '@/lib/domains/action-plan/schemas';
import { requireOrgActor } from '@/lib/edges/session/org-actor';

export type ActionFormResult = ActionResult<{ id: string; title: string }>;

function refresh(orgSlug: string): void {
  // The plan, the workshop's list of the group's actions and the next round's dashboard show them.
  revalidatePath(`/${orgSlug}/action-plan`, 'layout');
  revalidatePath(`/${orgSlug}/workshop`, 'layout');
}

/** "Create an action" from a question, a chart or a note (the workshop) or from the plan. */
export async function addActionToPlan(orgSlug: string, previous: ActionFormResult | null, formData: FormData): Promise<ActionFormResult> {
  return validatedAction(createActionFormSchema, async ({ roundId, ...input }) => {
    const action = await createAction(await requireOrgActor(orgSlug, 'action-plan:manage'), roundId, input);
    refresh(orgSlug);
    return { id: action.id, title: action.title };
  })(previous, formData);
}

export async function updateActionInPlan(orgSlug: string, previous: ActionFormResult | null, formData: FormData): Promise<ActionFormResult> {
  return validatedAction(updateActionFormSchema, async (input) => {
    const action = await updateAction(await requireOrgActor(orgSlug, 'action-plan:manage'), input);
    refresh(orgSlug);
    return { id: action.id, title: action.title };
  })(previous, formData);
}
