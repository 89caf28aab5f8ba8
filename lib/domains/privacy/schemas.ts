import { z } from 'zod';
import type { ActionResult } from '@/lib/platform/validation/action-result';
import { emailSchema } from '@/lib/domains/organisations/schemas';

export const exportPersonSchema = z.object({ email: emailSchema });

/** What the hand-over form gets back: the person's data as a JSON file to save, or nothing found. */
export type ExportPersonResult = ActionResult<{ email: string; found: boolean; fileName: string; json: string }>;

export const deleteOrganisationSchema = z.object({
  confirmName: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required'),
});

/** Years after a round closes before its raw answers are deleted: at least one, at most ten. */
export const retentionSchema = z.object({
  retentionYears: z.coerce.number({ message: 'validation.required' }).int('validation.retentionYears').min(1, 'validation.retentionYears').max(10, 'validation.retentionYears'),
});
