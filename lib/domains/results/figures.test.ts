import { describe, expect, it } from 'vitest';
import { questionnaire2026_1 as q } from '@/content/questionnaires/v2026-1';
import type { ItemAggregateRow } from './aggregate-sql';
import { toFigures } from './figures';

const row = (itemKey: string, counts: number[], mean = 3): ItemAggregateRow => ({ view: 'v', itemKey, n: counts.reduce((a, b) => a + b, 0), mean, sd: 1, counts });

describe('toFigures', () => {
  it('reads items and the overall question on 1–5 and relations on −2…+2 from the −2…5 counts', () => {
    const items = new Map([
      [q.items[0]!.key, row(q.items[0]!.key, [0, 0, 0, 1, 2, 3, 4, 5])],
      [q.relations[0]!.key, row(q.relations[0]!.key, [1, 2, 3, 4, 5, 0, 0, 0], 0.5)],
      [q.overall.key, row(q.overall.key, [0, 0, 0, 0, 0, 6, 0, 0])],
    ]);
    const figures = toFigures(q, items, { view: 'v', strainN: 3, resourceN: 3, strainMean: 4, resourceMean: 2.5 });
    expect(figures.strains).toEqual([{ key: q.items[0]!.key, factorKey: q.items[0]!.factorKey, side: 'strain', n: 15, mean: 3, sd: 1, distribution: [1, 2, 3, 4, 5] }]);
    expect(figures.relations[0]).toMatchObject({ relation: 'up', distribution: [1, 2, 3, 4, 5] });
    expect(figures.overall!.distribution).toEqual([0, 0, 6, 0, 0]);
    expect(figures.balance).toBe(-1.5);
  });

  it('has no balance when a side has no answers, rather than inventing one', () => {
    expect(toFigures(q, new Map(), { view: 'v', strainN: 0, resourceN: 3, strainMean: null, resourceMean: 3 }).balance).toBeNull();
  });
});
