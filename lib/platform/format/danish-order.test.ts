import { describe, expect, it } from 'vitest';
import { compareDanish, compareDanishIgnoringCase } from './danish-order';

describe('Danish alphabetical order', () => {
  it('puts æ, ø and å (and aa, read as å) after z, as a Danish reader expects a list of groups', () => {
    expect(['Ørsted', 'Åbyhøj', 'Zone', 'Ærø', 'Aarhus', 'Bakke'].sort(compareDanish)).toEqual(['Bakke', 'Zone', 'Ærø', 'Ørsted', 'Åbyhøj', 'Aarhus']);
  });

  it('ignores case only where asked', () => {
    expect(compareDanishIgnoringCase('skole', 'Skole')).toBe(0);
    expect(compareDanish('skole', 'Skole')).not.toBe(0);
  });
});
