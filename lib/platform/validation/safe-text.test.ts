import { describe, expect, it } from 'vitest';
import { unstorableTextIssues } from './safe-text';

describe('unstorable text', () => {
  it('names every field holding a NUL character or a lone surrogate, wherever it is nested, in the user’s language', () => {
    const input = { name: 'Sundhed\u0000', groups: ['Pleje', 'Teknik \ud800'], nested: { note: 'Æblegrød 🙂' } };
    expect(unstorableTextIssues(input, 'da')).toEqual([
      { path: 'name', message: 'Indeholder tegn, der ikke kan gemmes.' },
      { path: 'groups.1', message: 'Indeholder tegn, der ikke kan gemmes.' },
    ]);
    expect(unstorableTextIssues({ note: 'Æblegrød 🙂', emoji: '👩🏽‍💼' })).toEqual([]);
  });

  it('refuses input nested absurdly deep as a whole, without exhausting the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(unstorableTextIssues(deep)).toEqual([{ path: '', message: 'Contains characters that cannot be stored.' }]);
  });
});
