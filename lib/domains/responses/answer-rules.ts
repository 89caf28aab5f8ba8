import type { QuestionnaireVersion, Side } from '@/content/types';

export type AnswerKind = 'item' | 'relation' | 'overall';

export interface AnswerRule {
  kind: AnswerKind;
  min: number;
  max: number;
  /** The balance side of a 1–5 item; null for relations and the overall question. */
  side: Side | null;
}

const cache = new WeakMap<QuestionnaireVersion, Map<string, AnswerRule>>();

/**
 * What each item key of a frozen questionnaire version accepts: 1–5 for strain and resource
 * items and the overall question, −2…+2 for the six relations. Keys outside the version are
 * unknown and refused.
 */
export function answerRules(questionnaire: QuestionnaireVersion): Map<string, AnswerRule> {
  const cached = cache.get(questionnaire);
  if (cached) return cached;
  const rules = new Map<string, AnswerRule>();
  for (const item of questionnaire.items) rules.set(item.key, { kind: 'item', min: 1, max: 5, side: item.side });
  for (const relation of questionnaire.relations) rules.set(relation.key, { kind: 'relation', min: -2, max: 2, side: null });
  rules.set(questionnaire.overall.key, { kind: 'overall', min: 1, max: 5, side: null });
  cache.set(questionnaire, rules);
  return rules;
}

/** Item keys that must be answered before submitting: every scale item, relation and the overall question. */
export function requiredKeys(questionnaire: QuestionnaireVersion): string[] {
  return [...answerRules(questionnaire).keys()];
}
