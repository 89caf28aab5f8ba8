import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

const DIST_DIRS = ['.next', '.next/dev'];
const cache = new Map<string, string>();
// The development server rebuilds; a production build never changes under a running server.
const cacheable = () => process.env.NODE_ENV === 'production';

/** The stylesheets Next.js built for one of its pages: paths inside the build directory, and that directory. */
function stylesheetsOf(page: string): { dist: string; paths: string[] } | null {
  for (const dist of DIST_DIRS) {
    let source: string;
    try {
      source = readFileSync(join(/*turbopackIgnore: true*/ process.cwd(), dist, 'server', 'app', `${page}_client-reference-manifest.js`), 'utf8');
    } catch {
      continue;
    }
    const sandbox: { __RSC_MANIFEST?: Record<string, { entryCSSFiles?: Record<string, { path?: string }[]> }> } = {};
    runInContext(source, createContext(sandbox));
    const paths = new Set<string>();
    for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
      for (const files of Object.values(manifest.entryCSSFiles ?? {})) for (const file of files) if (file.path) paths.add(file.path);
    }
    return { dist, paths: [...paths] };
  }
  return null;
}

/**
 * The CSS Next.js built for one of its pages, as one string to put in a `<style>` element — for
 * a page we serve from a route handler without Next's client runtime (decision 0016) that should
 * look exactly like its neighbours (Tailwind's one stylesheet and the font faces). Inlined rather
 * than linked: on a slow connection a stylesheet is one more round trip before anything shows.
 * The files are named in the page's client reference manifest, which `next build` writes and
 * `next start` reads itself; their relative `url()`s (fonts) are made absolute. An empty string
 * (no build yet) leaves the page unstyled but working.
 */
export function inlinePageStyles(page: string): string {
  const cached = cache.get(page);
  if (cached !== undefined) return cached;
  const found = stylesheetsOf(page);
  const css = (found?.paths ?? [])
    .map((path) => {
      const href = `/_next/${path}`;
      return readFileSync(join(/*turbopackIgnore: true*/ process.cwd(), found!.dist, path), 'utf8').replace(
        /url\((['"]?)(?!data:|\/|https?:)([^'")]+)\1\)/g,
        (_, quote: string, url: string) => `url(${quote}${new URL(url, `http://x${href}`).pathname}${quote})`,
      );
    })
    .join('\n')
    // Nothing in a stylesheet may end the <style> element early.
    .replace(/<\/style/gi, '<\\/style');
  if (cacheable() && css) cache.set(page, css);
  return css;
}
