import { z } from 'zod';

export const organisationNameSchema = z.string().trim().min(2, 'validation.organisationName').max(120, 'validation.tooLong');
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('validation.email')).pipe(z.string().max(254, 'validation.tooLong'));

export const createOrganisationSchema = z.object({
  name: organisationNameSchema,
  adminEmail: emailSchema,
  adminName: z.string().trim().max(120, 'validation.tooLong').optional(),
  locale: z.enum(['da', 'en']).default('da'),
});
export type CreateOrganisationInput = z.input<typeof createOrganisationSchema>;
