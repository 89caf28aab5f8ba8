import { describe, expect, it } from 'vitest';
import { redactPhrase } from './redaction';

describe('redacting a phrase in a comment', () => {
  it('replaces every occurrence, whatever its case, and keeps the rest', () => {
    expect(redactPhrase('Jens råber. Ja, JENS råber ofte.', 'jens', '[fjernet]')).toBe('[fjernet] råber. Ja, [fjernet] råber ofte.');
  });

  it('finds a phrase across a line break or double spaces', () => {
    expect(redactPhrase('Mødet på\nPlejecenter  Solbakken gik galt', 'plejecenter solbakken', '[redacted]')).toBe('Mødet på\n[redacted] gik galt');
  });

  it('takes the phrase literally, not as a pattern', () => {
    expect(redactPhrase('Se (bilag) og a.b', 'a.b', '[x]')).toBe('Se (bilag) og [x]');
    expect(redactPhrase('Se (bilag)', '(bilag)', '[x]')).toBe('Se [x]');
    expect(redactPhrase('axb', 'a.b', '[x]')).toBeNull();
  });

  it('is null when the phrase is not in the comment', () => {
    expect(redactPhrase('God sparring', 'Jens', '[fjernet]')).toBeNull();
    expect(redactPhrase('God sparring', '   ', '[fjernet]')).toBeNull();
  });
});
