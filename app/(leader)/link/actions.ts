'use server';

import { headers } from 'next/headers';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { requestFreshLink } from '@/lib/domains/invitations/fresh-link';
import { freshLinkSchema } from '@/lib/domains/invitations/schemas';
import { requestContextFrom } from '@/lib/platform/http/request-context';

export type FreshLinkResult = ActionResult<{ requested: true }>;

/** Always the same answer for a well-formed address, known or not (lib/domains/invitations/fresh-link.ts). */
export async function requestFreshLinkAction(previous: FreshLinkResult | null, formData: FormData): Promise<FreshLinkResult> {
  return validatedAction(freshLinkSchema, async ({ email }) => {
    await requestFreshLink(email, requestContextFrom(await headers()));
    return { requested: true as const };
  })(previous, formData);
}
