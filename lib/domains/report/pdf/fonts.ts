import { createRequire } from 'node:module';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

/**
 * The report embeds Inter (npm `@fontsource/inter`, SIL Open Font License) instead of relying on
 * the reader's Helvetica: the standard PDF fonts only know Windows-1252, so a minus sign or a
 * name in Polish or Czech came out as "?" and the text differed from the screen. The files are
 * read from node_modules on the server — nothing is fetched at run time. Two subsets, the second
 * a fallback for the first: "latin" (æøå, quotes, dashes, the minus sign) and "latin-ext".
 */
const PACKAGE = '@fontsource/inter';
const subsets = ['latin', 'latin-ext'] as const;
const faces = [
  { fontWeight: 400, fontStyle: 'normal', file: '400-normal' },
  { fontWeight: 700, fontStyle: 'normal', file: '700-normal' },
  { fontWeight: 400, fontStyle: 'italic', file: '400-italic' },
] as const;

/**
 * A file of the font package by Node's own resolution, from the app's root first (where `next
 * start`, scripts/start.ts, the tests and the Docker image all run), then from this module: the
 * server bundle lives in .next/, whose path says nothing about node_modules. `createRequire` is
 * called at run time, so no bundler rewrites the lookup into a bundled asset.
 */
function resolveFontFile(file: string): string {
  const bases = [path.join(process.cwd(), 'package.json'), import.meta.url];
  for (const base of bases) {
    try {
      return createRequire(base).resolve(`${PACKAGE}/${file}`);
    } catch {
      // Try the next base; the error below names the package if none has it.
    }
  }
  throw new Error(`The report font is missing: ${PACKAGE}/${file} could not be resolved from ${process.cwd()}. Is ${PACKAGE} installed?`);
}

function parseRanges(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

let files: { subset: (typeof subsets)[number]; faces: { src: string; fontWeight: number; fontStyle: 'normal' | 'italic' }[] }[] | null = null;
let ranges: [number, number][] | null = null;

function fontFiles() {
  files ??= subsets.map((subset) => ({
    subset,
    faces: faces.map((face) => ({ src: resolveFontFile(`files/inter-${subset}-${face.file}.woff`), fontWeight: face.fontWeight, fontStyle: face.fontStyle })),
  }));
  return files;
}

/** The code points the report's fonts cover, as the package publishes its subsets' ranges. */
export function reportFontRanges(): [number, number][] {
  if (!ranges) {
    const unicode = createRequire(resolveFontFile('package.json'))('./unicode.json') as Record<string, string>;
    ranges = subsets.flatMap((subset) => parseRanges(unicode[subset]!));
  }
  return ranges;
}

let renders = 0;

/**
 * Runs one render with the fonts registered under names of its own, and forgets them afterwards.
 * A loaded font is not reusable across documents: the glyph objects its first document created
 * (some without their characters, as parts of other glyphs) stay cached on it, and a second
 * document then embedded e.g. "." without its Unicode mapping, or dropped a digit beside it. So
 * each document loads the (small) files afresh; concurrent renders never share or clear a family.
 */
export async function withReportFonts<T>(render: (fontFamily: string[]) => Promise<T>): Promise<T> {
  const id = ++renders;
  const families = fontFiles().map(({ subset, faces: sources }) => {
    const family = `Inter ${subset} #${id}`;
    Font.register({ family, fonts: sources });
    return family;
  });
  try {
    return await render(families);
  } finally {
    const registered = Font.getRegisteredFonts() as Record<string, unknown>;
    for (const family of families) delete registered[family];
  }
}
