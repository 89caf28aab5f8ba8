import { z } from 'zod';

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ apiKeyId: z.uuid('validation.invalid') });
export type RevokeApiKeyInput = z.infer<typeof revokeApiKeySchema>;

/** A SCIM token: a name and the group leaders provisioned by the identity provider start in. */
export const createScimTokenSchema = createApiKeySchema.extend({
  groupId: z.string('validation.required').trim().min(1, 'validation.required').pipe(z.uuid('validation.invalid')),
});
export type CreateScimTokenInput = z.infer<typeof createScimTokenSchema>;
