import { describe, expect, it } from 'vitest';
import type { Figures, ItemFigure } from '@/lib/domains/results/figures';
import { problemsSuggestion } from './suggestion';

const item = (factorKey: string, side: 'strain' | 'resource', mean: number): ItemFigure => ({ key: `${side}.${factorKey}.${mean}`, factorKey, side, mean, n: 5, sd: 0, distribution: [0, 0, 0, 0, 5] });

const figures: Figures = {
  balance: -0.5,
  strainMean: 3.5,
  resourceMean: 3,
  strains: [item('cross-pressure', 'strain', 4.5), item('cross-pressure', 'strain', 4.1), item('complexity', 'strain', 2.0), item('workload-boundarylessness', 'strain', 3.9)],
  resources: [item('support-sparring', 'resource', 1.8), item('good-relations', 'resource', 4.4), item('recovery-reflection', 'resource', 2.6)],
  relations: [],
  overall: null,
};

describe('the suggested assessment of the problems', () => {
  it('names the two heaviest strains and the two weakest resources with their means, in Danish', () => {
    const text = problemsSuggestion(figures, 'da');
    expect(text).toContain('De tungeste belastninger: Krydspres (4,3), Stor arbejdsmængde og grænseløshed (3,9).');
    expect(text).toContain('De svageste ressourcer: Støtte og sparring (1,8), Restitution og refleksion (2,6).');
    expect(text).not.toContain('Høj kompleksitet');
  });

  it('is written in English for an English reader, and is empty for a group without figures', () => {
    expect(problemsSuggestion(figures, 'en')).toContain('The heaviest strains: Cross-pressure (4.3)');
    expect(problemsSuggestion(null, 'da')).toBe('');
  });
});
