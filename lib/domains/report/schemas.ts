import { z } from 'zod';

const locale = z.enum(['da', 'en'], { message: 'validation.invalid' });

/** The staff download: ?groupId=&format=&locale= (without groupId: the organisation-wide report). */
export const reportDownloadQuerySchema = z.object({
  groupId: z.uuid({ message: 'validation.invalid' }).optional(),
  format: z.enum(['pdf', 'csv', 'xlsx'], { message: 'validation.invalid' }).default('pdf'),
  locale: locale.optional(),
});

export const reportApiParamsSchema = z.object({ id: z.string().describe('The round id (UUID)') });

export const reportApiQuerySchema = z.object({
  groupId: z.uuid().optional().describe("A group of the round's snapshot. Omit for the organisation-wide report."),
  locale: locale.optional().describe("The report's language: da (Danish, the default) or en"),
});
