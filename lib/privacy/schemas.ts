import { z } from 'zod';
import { emailSchema } from '@/lib/organisations/schemas';

export const exportPersonSchema = z.object({ email: emailSchema });

export const eraseLeaderSchema = z.object({
  leaderId: z.uuid({ message: 'validation.invalid' }),
  confirm: z.literal('on', { message: 'validation.required' }),
});

export const deleteOrganisationSchema = z.object({
  confirmName: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required'),
});
