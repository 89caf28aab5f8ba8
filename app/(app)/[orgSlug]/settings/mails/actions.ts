'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { requireOrgActor } from '@/lib/edges/session/org-actor';
import { mailSwitchesSchema, type FollowUpMail } from '@/lib/domains/notifications/schemas';
import { setMailSwitches } from '@/lib/domains/notifications/switches';

export async function setMailSwitchesAction(orgSlug: string, previous: ActionResult<{ enabled: FollowUpMail[] }> | null, formData: FormData): Promise<ActionResult<{ enabled: FollowUpMail[] }>> {
  const result = await validatedAction(mailSwitchesSchema, async ({ enabled }) => {
    await setMailSwitches(await requireOrgActor(orgSlug, 'org:settings'), enabled);
    return { enabled };
  })(previous, formData);
  if (result.ok) revalidatePath(`/${orgSlug}/settings/mails`);
  return result;
}
