'use server';

import { headers } from 'next/headers';
import { validatedAction, type ActionResult } from '@/lib/actions/validated-action';
import { requestFreshLink } from '@/lib/invitations/fresh-link';
import { freshLinkSchema } from '@/lib/invitations/schemas';
import { requestContextFrom } from '@/lib/http/request-context';

export type FreshLinkResult = ActionResult<{ requested: true }>;

/** Always the same answer for a well-formed address, known or not (lib/invitations/fresh-link.ts). */
export async function requestFreshLinkAction(previous: FreshLinkResult | null, formData: FormData): Promise<FreshLinkResult> {
  return validatedAction(freshLinkSchema, async ({ email }) => {
    await requestFreshLink(email, requestContextFrom(await headers()));
    return { requested: true as const };
  })(previous, formData);
}
