import type { QuestionnaireVersion, RelationDirection, Side } from '@/content/types';
import { balanceFromMeans } from '@/lib/domains/balance/balance';
import type { ItemAggregateRow, SideAggregateRow } from './aggregate-sql';

/** Answers per scale step, lowest first: 1…5 for items and the overall question, −2…+2 for relations. */
export type Distribution = [number, number, number, number, number];

export interface Spread {
  /** How many answered. */
  n: number;
  mean: number;
  /** Population standard deviation within the group. */
  sd: number;
  distribution: Distribution;
}

export interface ItemFigure extends Spread {
  key: string;
  factorKey: string;
  side: Side;
}

export interface RelationFigure extends Spread {
  key: string;
  relation: RelationDirection;
}

/** Everything a shown view publishes. A view that is not shown has none of this — not even zeros. */
export interface Figures {
  /** mean(resources) − mean(strains) through lib/domains/balance; null only if a side has no answers. */
  balance: number | null;
  strainMean: number | null;
  resourceMean: number | null;
  strains: ItemFigure[];
  resources: ItemFigure[];
  relations: RelationFigure[];
  overall: Spread | null;
}

const ITEM_STEPS = [3, 4, 5, 6, 7] as const; // indexes of 1..5 in the −2..5 counts
const RELATION_STEPS = [0, 1, 2, 3, 4] as const; // indexes of −2..+2

function spread(row: ItemAggregateRow | undefined, steps: readonly number[]): Spread | null {
  if (!row || row.n === 0) return null;
  return { n: row.n, mean: row.mean, sd: row.sd, distribution: steps.map((i) => row.counts[i] ?? 0) as Distribution };
}

/** Shapes one view's SQL rows into figures, in questionnaire order, with the one balance formula. */
export function toFigures(questionnaire: QuestionnaireVersion, items: ReadonlyMap<string, ItemAggregateRow>, sides: SideAggregateRow | undefined): Figures {
  const itemFigures = questionnaire.items.flatMap((item) => {
    const s = spread(items.get(item.key), ITEM_STEPS);
    return s ? [{ key: item.key, factorKey: item.factorKey, side: item.side, ...s }] : [];
  });
  const strainMean = sides?.strainMean ?? null;
  const resourceMean = sides?.resourceMean ?? null;
  return {
    balance: strainMean !== null && resourceMean !== null ? balanceFromMeans(strainMean, resourceMean).balance : null,
    strainMean,
    resourceMean,
    strains: itemFigures.filter((i) => i.side === 'strain'),
    resources: itemFigures.filter((i) => i.side === 'resource'),
    relations: questionnaire.relations.flatMap((relation) => {
      const s = spread(items.get(relation.key), RELATION_STEPS);
      return s ? [{ key: relation.key, relation: relation.relation, ...s }] : [];
    }),
    overall: spread(items.get(questionnaire.overall.key), ITEM_STEPS),
  };
}

export function sideKeys(questionnaire: QuestionnaireVersion): { strain: string[]; resource: string[] } {
  return {
    strain: questionnaire.items.filter((i) => i.side === 'strain').map((i) => i.key),
    resource: questionnaire.items.filter((i) => i.side === 'resource').map((i) => i.key),
  };
}
