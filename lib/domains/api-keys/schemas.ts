import { z } from 'zod';

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ apiKeyId: z.uuid('validation.invalid') });
export type RevokeApiKeyInput = z.infer<typeof revokeApiKeySchema>;
