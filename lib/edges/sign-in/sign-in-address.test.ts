import { describe, expect, it } from 'vitest';
import { normalizeSignInAddress, signInAddress } from './sign-in-address';

describe('the sign-in address', () => {
  it('is one spelling for every way of writing the same address', () => {
    for (const spelling of ['med@x.dk', 'MED@x.dk', ' med@x.dk', 'med@X.DK\t', '\nMed@x.dk  ']) expect(signInAddress(spelling)).toBe('med@x.dk');
  });

  it('refuses what is not one plain address instead of cutting it down to one', () => {
    const refused = [
      'med@x.dk,1',
      'med@x.dk,evil@evil.example',
      'med@x.dk evil@evil.example',
      'med@x.dk;evil@evil.example',
      'Mette <med@x.dk>',
      '"med"@x.dk',
      'med@@x.dk',
      'med@x.dk.',
      'ｍed@x.dk',
      'med@x',
      '',
      `${'a'.repeat(250)}@x.dk`,
      undefined,
      ['med@x.dk'],
      42,
    ];
    for (const value of refused) expect(signInAddress(value), String(value)).toBeNull();
  });

  it('throws for next-auth, which then mails nothing and answers EmailSignin', () => {
    expect(normalizeSignInAddress(' MED@x.dk')).toBe('med@x.dk');
    expect(() => normalizeSignInAddress('med@x.dk,1')).toThrow();
  });
});
