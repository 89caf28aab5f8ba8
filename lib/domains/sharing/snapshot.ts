import { z } from 'zod';
import type { QuestionnaireVersion } from '@/content/types';
import { personalResult } from '@/lib/domains/responses/personal-result';

/**
 * Exactly what a manager sees of a shared balance — and what the leader previews before
 * confirming: the balance, the two side means and each strain and resource item's value. Not the
 * relations, the overall answer or the comments.
 */
export const sharedSnapshotSchema = z.object({
  questionnaireVersion: z.string(),
  balance: z.number().nullable(),
  strainMean: z.number().nullable(),
  resourceMean: z.number().nullable(),
  items: z.array(z.object({ key: z.string(), side: z.enum(['strain', 'resource']), value: z.number() })),
});

export type SharedSnapshot = z.infer<typeof sharedSnapshotSchema>;

export function sharedSnapshot(questionnaire: QuestionnaireVersion, answers: Record<string, number>): SharedSnapshot {
  const result = personalResult(questionnaire, answers);
  return {
    questionnaireVersion: questionnaire.version,
    balance: result.balance?.balance ?? null,
    strainMean: result.balance?.strainMean ?? null,
    resourceMean: result.balance?.resourceMean ?? null,
    items: [...result.strains, ...result.resources].map((i) => ({ key: i.key, side: i.side, value: i.value })),
  };
}
