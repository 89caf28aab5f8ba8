import { z } from 'zod';

export const COMMENT_MAX_LENGTH = 2000;

/** One answer as the page sends it; `null` clears it. The value range is checked per item key. */
export const answerSchema = z.object({
  itemKey: z.string().min(1).max(100),
  value: z.number().int('validation.answerWhole').nullable(),
});

export const saveAnswersSchema = z
  .object({
    answers: z.array(answerSchema).max(100).default([]),
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
