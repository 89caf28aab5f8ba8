import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('puts each value into its placeholder and leaves unknown ones visible', () => {
    expect(fill('{answered} af {total} besvaret', { answered: 3, total: 32 })).toBe('3 af 32 besvaret');
    expect(fill('Svar, der venter: {unsent}.', {})).toBe('Svar, der venter: {unsent}.');
  });
});
