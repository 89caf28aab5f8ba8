'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { requestManualReminder } from '@/lib/domains/invitations/reminders';
import { closeRound, createRound, extendRound, updateRound } from '@/lib/domains/rounds/mutations';
import { copyRound } from '@/lib/domains/rounds/copy-round';
import { openRound } from '@/lib/domains/rounds/open-round';
import { confirmFormSchema, extendRoundFormSchema, roundFormSchema } from '@/lib/domains/rounds/schemas';
import { requireOrgActor } from '@/lib/edges/session/org-actor';

export type RoundRedirectResult = ActionResult<undefined>;
export type ReminderResult = ActionResult<{ queued: number }>;

function refresh(orgSlug: string, roundId?: string): void {
  revalidatePath(`/${orgSlug}/rounds`);
  if (roundId) revalidatePath(`/${orgSlug}/rounds/${roundId}`);
}

export async function createRoundAction(orgSlug: string, previous: RoundRedirectResult | null, formData: FormData): Promise<RoundRedirectResult> {
  return validatedAction(roundFormSchema, async (input): Promise<undefined> => {
    const round = await createRound(await requireOrgActor(orgSlug, 'rounds:manage'), input);
    refresh(orgSlug);
    redirect(`/${orgSlug}/rounds/${round.id}?saved=1`);
  })(previous, formData);
}

/** "Copy as new round": a draft from a previous round, opened on its review page with the anonymity preview. */
export async function copyRoundAction(orgSlug: string, sourceRoundId: string, previous: RoundRedirectResult | null, formData: FormData): Promise<RoundRedirectResult> {
  return validatedAction(z.object({}), async (): Promise<undefined> => {
    const { round, droppedGroups } = await copyRound(await requireOrgActor(orgSlug, 'rounds:manage'), sourceRoundId);
    refresh(orgSlug);
    // The dropped groups travel as ids; the page names them from this organisation's own groups.
    const dropped = droppedGroups.length ? `&dropped=${droppedGroups.map((g) => g.id).join(',')}` : '';
    redirect(`/${orgSlug}/rounds/${round.id}?copied=1${dropped}`);
  })(previous, formData);
}

export async function updateRoundAction(orgSlug: string, roundId: string, previous: RoundRedirectResult | null, formData: FormData): Promise<RoundRedirectResult> {
  return validatedAction(roundFormSchema, async (input): Promise<undefined> => {
    await updateRound(await requireOrgActor(orgSlug, 'rounds:manage'), roundId, input);
    refresh(orgSlug, roundId);
    redirect(`/${orgSlug}/rounds/${roundId}?saved=1`);
  })(previous, formData);
}

export async function openRoundAction(orgSlug: string, roundId: string, previous: RoundRedirectResult | null, formData: FormData): Promise<RoundRedirectResult> {
  return validatedAction(confirmFormSchema, async (): Promise<undefined> => {
    const { invited } = await openRound(await requireOrgActor(orgSlug, 'rounds:manage'), roundId);
    refresh(orgSlug, roundId);
    redirect(`/${orgSlug}/rounds/${roundId}?opened=${invited}`);
  })(previous, formData);
}

export async function extendRoundAction(orgSlug: string, roundId: string, previous: RoundRedirectResult | null, formData: FormData): Promise<RoundRedirectResult> {
  return validatedAction(extendRoundFormSchema, async ({ closesAt }): Promise<undefined> => {
    await extendRound(await requireOrgActor(orgSlug, 'rounds:manage'), roundId, closesAt);
    refresh(orgSlug, roundId);
    redirect(`/${orgSlug}/rounds/${roundId}?extended=1`);
  })(previous, formData);
}

export async function closeRoundAction(orgSlug: string, roundId: string, previous: RoundRedirectResult | null, formData: FormData): Promise<RoundRedirectResult> {
  return validatedAction(confirmFormSchema, async (): Promise<undefined> => {
    await closeRound(await requireOrgActor(orgSlug, 'rounds:manage'), roundId);
    refresh(orgSlug, roundId);
    redirect(`/${orgSlug}/rounds/${roundId}?closed=1`);
  })(previous, formData);
}

export async function sendReminderAction(orgSlug: string, roundId: string, previous: ReminderResult | null, formData: FormData): Promise<ReminderResult> {
  return validatedAction(z.object({}), async () => requestManualReminder(await requireOrgActor(orgSlug, 'rounds:manage'), roundId))(previous, formData);
}
