/**
 * The PDF uses the standard Helvetica font, which every PDF reader has and which needs no file
 * on the server, but which only has the Windows-1252 (WinAnsi) characters: Danish æøå and
 * Western European letters, typographic quotes and dashes. Anything else would print as a
 * wrong glyph, so it is replaced here: common symbols by their ASCII spelling, the rest by "?".
 */
const cp1252Extras = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const replacements: Record<string, string> = { '−': '-', '≥': '>=', '≤': '<=', '→': '->', '←': '<-', '≈': '~', '\u202f': ' ', '\u2009': ' ', '\u2011': '-', '\u2010': '-' };

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code === 0x0a || code === 0x09 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || cp1252Extras.includes(char);
}

export function winAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += isWinAnsi(char) ? char : (replacements[char] ?? '?');
  return out;
}
