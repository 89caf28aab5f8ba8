import { describe, expect, it } from 'vitest';
import { freeRoundName } from './round-name';

describe('the name a new round is offered', () => {
  it("is the year's round when no round has that name", () => {
    expect(freeRoundName(2027, ['LederAPV 2026'])).toBe('LederAPV 2027');
  });

  it('is never the name of a round that exists, however its case or spaces differ', () => {
    expect(freeRoundName(2026, ['LederAPV 2026'])).toBe('LederAPV 2026 (2)');
    expect(freeRoundName(2026, [' lederapv 2026 ', 'LederAPV 2026 (2)'])).toBe('LederAPV 2026 (3)');
  });
});
