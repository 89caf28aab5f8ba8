import { reportFontRanges } from './fonts';

/**
 * Text as the report's font can print it. Inter's latin and latin-ext subsets cover Danish and
 * every other European Latin-script name, typographic quotes, dashes and the minus sign; a
 * character outside them (an arrow, an emoji, another script) would print as an empty box, so it
 * is spelled in ASCII where that reads the same and marked "?" otherwise.
 */
const replacements: Record<string, string> = { '≥': '>=', '≤': '<=', '→': '->', '←': '<-', '≈': '~' };

export function printable(text: string): string {
  const ranges = reportFontRanges();
  const covered = (code: number) => code === 0x0a || code === 0x09 || ranges.some(([from, to]) => code >= from && code <= to);
  let out = '';
  for (const char of text.normalize('NFC')) out += covered(char.codePointAt(0)!) ? char : (replacements[char] ?? '?');
  return out;
}
