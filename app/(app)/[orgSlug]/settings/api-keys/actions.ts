'use server';

import { revalidatePath } from 'next/cache';
import { validatedAction, type ActionResult } from '@/lib/edges/server-actions/validated-action';
import { createOrganisationApiKey, revokeOrganisationApiKey } from '@/lib/domains/api-keys/mutations';
import { createApiKeySchema, revokeApiKeySchema } from '@/lib/domains/api-keys/schemas';
import { requireOrgActor } from '@/lib/edges/session/org-actor';

const actor = (orgSlug: string) => requireOrgActor(orgSlug, 'api-keys:manage');

export type CreateKeyResult = ActionResult<{ name: string; key: string; prefix: string }>;

/** The whole key is in this one response and nowhere else: the page shows it once. */
export async function createApiKeyAction(orgSlug: string, previous: CreateKeyResult | null, formData: FormData): Promise<CreateKeyResult> {
  return validatedAction(createApiKeySchema, async (input) => {
    const created = await createOrganisationApiKey(await actor(orgSlug), input);
    revalidatePath(`/${orgSlug}/settings/api-keys`);
    return { name: created.name, key: created.key, prefix: created.prefix };
  })(previous, formData);
}

export type RevokeKeyResult = ActionResult<{ revoked: boolean }>;

export async function revokeApiKeyAction(orgSlug: string, previous: RevokeKeyResult | null, formData: FormData): Promise<RevokeKeyResult> {
  return validatedAction(revokeApiKeySchema, async (input) => {
    const result = await revokeOrganisationApiKey(await actor(orgSlug), input);
    revalidatePath(`/${orgSlug}/settings/api-keys`);
    return result;
  })(previous, formData);
}
