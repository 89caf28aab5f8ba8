import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

const cache = new Map<string, string[]>();

/**
 * The stylesheets Next.js built for one of its pages, as /_next/… URLs — for a page we serve
 * from a route handler without Next's client runtime (decision 0015) that should look exactly
 * like its neighbours: it links the same files (Tailwind's one stylesheet and the font faces).
 * Read from the page's client reference manifest, which `next build` writes and `next start`
 * reads itself; an empty list (no build yet) leaves the page unstyled but working.
 */
export function pageStylesheets(page: string): string[] {
  const cached = cache.get(page);
  if (cached) return cached;
  const found = new Set<string>();
  for (const dist of ['.next', '.next/dev']) {
    let source: string;
    try {
      source = readFileSync(join(process.cwd(), dist, 'server', 'app', `${page}_client-reference-manifest.js`), 'utf8');
    } catch {
      continue;
    }
    const sandbox: { __RSC_MANIFEST?: Record<string, { entryCSSFiles?: Record<string, { path?: string }[]> }> } = {};
    const context = createContext(sandbox);
    runInContext(source, context);
    for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
      for (const files of Object.values(manifest.entryCSSFiles ?? {})) for (const file of files) if (file.path) found.add(`/_next/${file.path}`);
    }
    break;
  }
  const hrefs = [...found];
  // The development server rebuilds; a production build never changes under a running server.
  if (process.env.NODE_ENV === 'production' && hrefs.length > 0) cache.set(page, hrefs);
  return hrefs;
}
