import type { QuestionnaireVersion, Side } from '@/content/types';
import { computeBalance, type Balance } from '@/lib/domains/balance/balance';

export interface WeighedItem {
  key: string;
  factorKey: string;
  side: Side;
  value: number;
}

export interface PersonalResult {
  balance: Balance | null;
  strains: WeighedItem[];
  resources: WeighedItem[];
  /** The strains weighing most (value 4–5 first), at most three. */
  heaviestStrains: WeighedItem[];
  /** The resources the leader has least of (value 1–2 first), at most three. */
  weakestResources: WeighedItem[];
  relations: { key: string; value: number }[];
  overall: number | null;
}

const byValueDesc = (a: WeighedItem, b: WeighedItem) => b.value - a.value;

/** A leader's own balance from their own answers — computed with the one balance formula. */
export function personalResult(questionnaire: QuestionnaireVersion, answers: Record<string, number>): PersonalResult {
  const items: WeighedItem[] = questionnaire.items
    .filter((item) => answers[item.key] !== undefined)
    .map((item) => ({ key: item.key, factorKey: item.factorKey, side: item.side, value: answers[item.key]! }));
  const strains = items.filter((i) => i.side === 'strain');
  const resources = items.filter((i) => i.side === 'resource');
  return {
    balance: computeBalance(items),
    strains,
    resources,
    heaviestStrains: [...strains]
      .sort(byValueDesc)
      .filter((i) => i.value >= 3)
      .slice(0, 3),
    weakestResources: [...resources]
      .sort((a, b) => a.value - b.value)
      .filter((i) => i.value <= 3)
      .slice(0, 3),
    relations: questionnaire.relations.filter((r) => answers[r.key] !== undefined).map((r) => ({ key: r.key, value: answers[r.key]! })),
    overall: answers[questionnaire.overall.key] ?? null,
  };
}
