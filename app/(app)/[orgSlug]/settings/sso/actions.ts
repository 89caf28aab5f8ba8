'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { requireOrgActor } from '@/lib/edges/session/org-actor';
import { removeSsoSettings, saveSsoSettings } from '@/lib/domains/sso/connection';
import { ssoSettingsSchema } from '@/lib/domains/sso/schemas';

export async function saveSsoSettingsAction(orgSlug: string, previous: ActionResult<{ saved: true }> | null, formData: FormData): Promise<ActionResult<{ saved: true }>> {
  const result = await validatedAction(ssoSettingsSchema, async (input) => {
    await saveSsoSettings(await requireOrgActor(orgSlug, 'org:settings'), input);
    return { saved: true as const };
  })(previous, formData);
  if (result.ok) revalidatePath(`/${orgSlug}/settings/sso`);
  return result;
}

export async function removeSsoSettingsAction(orgSlug: string, previous: ActionResult<{ removed: boolean }> | null, formData: FormData): Promise<ActionResult<{ removed: boolean }>> {
  // The confirming form names what it does, so an empty or forged post removes nothing.
  const result = await validatedAction(z.object({ confirm: z.literal('remove-sso', 'validation.invalid') }), async () => removeSsoSettings(await requireOrgActor(orgSlug, 'org:settings')))(
    previous,
    formData,
  );
  if (result.ok) revalidatePath(`/${orgSlug}/settings/sso`);
  return result;
}
