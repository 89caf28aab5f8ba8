import type { QuestionnaireVersion } from '@/content/types';
import { personalResult } from '@/lib/responses/personal-result';

/** Exactly what a manager sees of a shared balance — and what the leader previews before confirming. */
export interface SharedSnapshot {
  questionnaireVersion: string;
  balance: number | null;
  strainMean: number | null;
  resourceMean: number | null;
  items: { key: string; side: 'strain' | 'resource'; value: number }[];
}

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
