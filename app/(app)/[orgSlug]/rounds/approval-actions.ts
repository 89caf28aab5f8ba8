'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { approveRound } from '@/lib/domains/rounds/approval';
import { requestApproval } from '@/lib/domains/rounds/approval-request';
import { confirmFormSchema } from '@/lib/domains/rounds/schemas';
import { requireOrgActor } from '@/lib/edges/session/org-actor';

export type RequestApprovalResult = ActionResult<{ outcome: 'asked' | 'already-asked' | 'already-approved' | 'no-approvers'; approvers: number; requestedAt: string | null }>;

/** MED/AMO approves what they were shown: `fingerprint` is bound by the page that showed it. */
export async function approveRoundAction(orgSlug: string, roundId: string, fingerprint: string, previous: ActionResult<undefined> | null, formData: FormData): Promise<ActionResult<undefined>> {
  return validatedAction(confirmFormSchema, async (): Promise<undefined> => {
    await approveRound(await requireOrgActor(orgSlug, 'rounds:approve'), roundId, { fingerprint });
    revalidatePath(`/${orgSlug}/rounds/${roundId}`);
    redirect(`/${orgSlug}/rounds/${roundId}?approved=1`);
  })(previous, formData);
}

/** HR asks MED/AMO to approve the draft (mailed at most once a day). */
export async function requestApprovalAction(orgSlug: string, roundId: string, previous: RequestApprovalResult | null, formData: FormData): Promise<RequestApprovalResult> {
  return validatedAction(z.object({}), async () => {
    const result = await requestApproval(await requireOrgActor(orgSlug, 'rounds:manage'), roundId);
    revalidatePath(`/${orgSlug}/rounds/${roundId}`);
    return {
      outcome: result.outcome,
      approvers: result.outcome === 'asked' ? result.approvers : 0,
      requestedAt: result.outcome === 'asked' || result.outcome === 'already-asked' ? result.requestedAt.toISOString() : null,
    };
  })(previous, formData);
}
