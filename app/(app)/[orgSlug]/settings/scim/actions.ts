'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { createOrganisationScimToken, revokeOrganisationApiKey } from '@/lib/domains/api-keys/mutations';
import { createScimTokenSchema, revokeApiKeySchema } from '@/lib/domains/api-keys/schemas';
import { requireOrgActor } from '@/lib/edges/session/org-actor';

// SCIM tokens are keys of another kind: the same permission as API keys manages them.
const actor = (orgSlug: string) => requireOrgActor(orgSlug, 'api-keys:manage');

export type CreateScimTokenResult = ActionResult<{ name: string; key: string; prefix: string }>;

/** The whole token is in this one response and nowhere else: the page shows it once. */
export async function createScimTokenAction(orgSlug: string, previous: CreateScimTokenResult | null, formData: FormData): Promise<CreateScimTokenResult> {
  return validatedAction(createScimTokenSchema, async (input) => {
    const created = await createOrganisationScimToken(await actor(orgSlug), input);
    revalidatePath(`/${orgSlug}/settings/scim`);
    return { name: created.name, key: created.key, prefix: created.prefix };
  })(previous, formData);
}

export type RevokeScimTokenResult = ActionResult<{ revoked: boolean }>;

export async function revokeScimTokenAction(orgSlug: string, previous: RevokeScimTokenResult | null, formData: FormData): Promise<RevokeScimTokenResult> {
  return validatedAction(revokeApiKeySchema, async (input) => {
    const result = await revokeOrganisationApiKey(await actor(orgSlug), input, 'SCIM');
    revalidatePath(`/${orgSlug}/settings/scim`);
    return result;
  })(previous, formData);
}
