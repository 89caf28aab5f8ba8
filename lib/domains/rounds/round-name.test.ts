import { describe, expect, it } from 'vitest';
import { copiedRoundName, freeRoundName } from './round-name';

describe('the name a new round is offered', () => {
  it("is the year's round when no round has that name", () => {
    expect(freeRoundName(2027, ['LederAPV 2026'])).toBe('LederAPV 2027');
  });

  it('is never the name of a round that exists, however its case or spaces differ', () => {
    expect(freeRoundName(2026, ['LederAPV 2026'])).toBe('LederAPV 2026 (2)');
    expect(freeRoundName(2026, [' lederapv 2026 ', 'LederAPV 2026 (2)'])).toBe('LederAPV 2026 (3)');
  });
});

describe('the name of a copied round', () => {
  it("replaces the last round's year with the new one and keeps the rest", () => {
    expect(copiedRoundName('Trivsel 2026 – forvaltningerne', 2027, [])).toBe('Trivsel 2027 – forvaltningerne');
  });

  it("is the year's round when the old name has no year, and never a name that exists", () => {
    expect(copiedRoundName('Forårsrunden', 2027, [])).toBe('LederAPV 2027');
    expect(copiedRoundName('LederAPV 2026', 2027, ['LederAPV 2027'])).toBe('LederAPV 2027 (2)');
  });
});
