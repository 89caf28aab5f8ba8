import { z } from 'zod';

const uuid = z.uuid({ message: 'validation.invalid' });

const aloneFlag = z
  .enum(['1', 'true', '0', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

/** The dashboard's search parameters: ?group=<id>&alone=1. Anything malformed names nothing (404). */
export const resultsViewSearchSchema = z.object({
  group: uuid.optional(),
  alone: aloneFlag,
  /** A search in the group picker of a large organisation (lib/domains/results/picker-focus.ts). */
  find: z
    .string()
    .trim()
    .transform((v) => v.slice(0, 100))
    .optional(),
});

export const resultsExportQuerySchema = z.object({
  format: z.enum(['csv', 'xlsx'], { message: 'validation.invalid' }).default('csv'),
});

/** The most heatmap columns one request may ask for; the page asks for fewer, so the first ones show early. */
export const HEATMAP_SLICE_MAX = 100;

/**
 * A slice of the dashboard's heatmap: the view as the page names it (?group=&alone=), and which of
 * its columns — from `from`, at most `count`.
 */
export const heatmapSliceQuerySchema = z.object({
  group: uuid.optional(),
  alone: aloneFlag,
  from: z.coerce.number({ message: 'validation.invalid' }).int('validation.invalid').min(0, 'validation.invalid').max(100_000, 'validation.invalid').default(0),
  count: z.coerce.number({ message: 'validation.invalid' }).int('validation.invalid').min(1, 'validation.invalid').max(HEATMAP_SLICE_MAX, 'validation.invalid').default(20),
});

export const hideCommentSchema = z.object({
  roundId: uuid,
  handle: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
});

/** A phrase to remove from a comment: at least two characters, so a stray letter cannot shred it. */
export const redactCommentSchema = hideCommentSchema.extend({
  phrase: z.string({ message: 'validation.required' }).trim().min(2, 'validation.tooShort').max(500, 'validation.tooLong'),
});

// ─── Public API ──────────────────────────────────────────────────────────────────────────

export const resultsApiParamsSchema = z.object({ id: z.string().describe('The round id (UUID)') });

export const resultsApiQuerySchema = z.object({
  groupId: z.uuid().optional().describe("A group of the round's snapshot; its figures include every group below it. Omit for the whole organisation."),
});

const distributionSchema = z.array(z.number().int()).length(5).describe('How many answered each step, lowest first (1…5; for relations −2…+2)');

const itemSchema = z.object({
  key: z.string().describe('The questionnaire item key'),
  mean: z.number(),
  standardDeviation: z.number().describe('Population standard deviation within the group'),
  distribution: distributionSchema,
});

const viewShape = {
  roundId: z.string(),
  groupId: z.string().nullable().describe('null: the whole organisation'),
};

export const resultsApiSuppressedSchema = z
  .object({
    ...viewShape,
    suppressed: z.literal(true),
    invited: z.number().int().nullable().describe('null when the counts are hidden (see countsHidden)'),
    responded: z.number().int().nullable().describe('null when the counts are hidden (see countsHidden)'),
    countsHidden: z
      .enum(['too-few', 'suppressed'])
      .nullable()
      .describe(
        'Why invited and responded are null: too-few — fewer leaders than the anonymity threshold were invited; suppressed — the counts, subtracted from shown ones, would give a smaller group away. null: the counts are shown. The organisation is never hidden.',
      ),
  })
  .describe('Too few answers to show (or hidden so that others cannot be singled out): no figures at all, and the counts only where the anonymity rule applied to the invited counts lets them show');

export const resultsApiShownSchema = z.object({
  ...viewShape,
  invited: z.number().int(),
  responded: z.number().int(),
  suppressed: z.literal(false),
  balance: z.number().nullable().describe('mean(resources) − mean(strains), from −4 to +4'),
  strainMean: z.number().nullable(),
  resourceMean: z.number().nullable(),
  strains: z.array(itemSchema),
  resources: z.array(itemSchema),
  relations: z.array(itemSchema.describe('A relation, answered from −2 (clearly a strain) to +2 (clearly a resource)')),
  overall: z.object({ mean: z.number(), standardDeviation: z.number(), distribution: distributionSchema }).nullable(),
});

export const resultsApiResponseSchema = z.discriminatedUnion('suppressed', [resultsApiShownSchema, resultsApiSuppressedSchema]);
