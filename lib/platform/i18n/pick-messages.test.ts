import { describe, expect, it } from 'vitest';
import { pickMessages } from './pick-messages';

const catalogue = {
  results: { title: 'Resultater', heatmap: { item: 'Spørgsmål', balance: 'Balance' }, chart: { mean: 'Gennemsnit' } },
  signInFlow: { back: 'Tilbage' },
  privacy: { title: 'Privatliv' },
};

describe('pickMessages', () => {
  it('keeps the listed namespaces at their place in the tree and nothing else', () => {
    expect(pickMessages(catalogue, ['results.heatmap', 'signInFlow'])).toEqual({
      results: { heatmap: { item: 'Spørgsmål', balance: 'Balance' } },
      signInFlow: { back: 'Tilbage' },
    });
  });

  it('merges sibling namespaces under one parent', () => {
    expect(pickMessages(catalogue, ['results.heatmap', 'results.chart'])).toEqual({ results: { heatmap: catalogue.results.heatmap, chart: catalogue.results.chart } });
  });

  it('leaves out a path the catalogue lacks', () => {
    expect(pickMessages(catalogue, ['results.nothing', 'missing.namespace'])).toEqual({});
  });
});
