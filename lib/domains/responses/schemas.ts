import { z } from 'zod';

export const COMMENT_MAX_LENGTH = 2000;

/** One answer as the page sends it; `null` clears it. The value range is checked per item key. */
export const answerSchema = z.object({
  itemKey: z.string().min(1).max(100),
  value: z.number().int('validation.answerWhole').nullable(),
});

/**
 * Each item at most once per save: the save writes all answers in one statement, and PostgreSQL
 * refuses to change one row twice in a statement (21000) — which would surface as a 500. The
 * repeat is named, at its own index, so the client can tell which answer to drop.
 */
function refuseRepeatedItems(answers: { itemKey: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  answers.forEach(({ itemKey }, index) => {
    if (seen.has(itemKey)) ctx.addIssue({ code: 'custom', path: [index, 'itemKey'], message: 'validation.answerRepeated', params: { item: itemKey } });
    seen.add(itemKey);
  });
}

export const saveAnswersSchema = z
  .object({
    answers: z.array(answerSchema).max(100).default([]).superRefine(refuseRepeatedItems),
    comments: z
      .object({
        strain: z.string().max(COMMENT_MAX_LENGTH, 'validation.tooLong').nullable().optional(),
        resource: z.string().max(COMMENT_MAX_LENGTH, 'validation.tooLong').nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type SaveAnswersInput = z.infer<typeof saveAnswersSchema>;

export const submitSchema = z.object({}).strict();

export const POOL_CONCERN_MAX_LENGTH = 1000;

/**
 * "Someone here is not a leader in my group": an optional message to MED/AMO. Line breaks are
 * counted as the textarea counts them (a browser sends each as CR LF, which would otherwise
 * count twice against the limit the field showed).
 */
export const poolConcernSchema = z
  .object({
    message: z
      .string()
      .default('')
      .transform((text) => text.replace(/\r\n?/g, '\n').trim())
      .pipe(z.string().max(POOL_CONCERN_MAX_LENGTH, 'validation.tooLong')),
  })
  .strict();
export type PoolConcernInput = z.infer<typeof poolConcernSchema>;
