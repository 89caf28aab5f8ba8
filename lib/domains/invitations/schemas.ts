import { z } from 'zod';
import { emailSchema } from '@/lib/domains/organisations/schemas';

/** The /link form: the address the invitation went to. */
export const freshLinkSchema = z.object({ email: emailSchema });
