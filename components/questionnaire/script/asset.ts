import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The questionnaire's script, built from ./questionnaire.ts by scripts/build/leader-scripts.mjs
 * into public/ whenever Next builds or starts its development server (next.config.mjs). Not a
 * Next.js chunk: the page has no Next.js runtime (decision 0016). The page carries it inline:
 * on a slow connection a script file is one more round trip before autosave works.
 */
const SCRIPT_FILE = join('public', 'leader', 'questionnaire.js');

let cached: string | null = null;

export function questionnaireScript(): string {
  if (cached !== null) return cached;
  let source = '';
  try {
    // Nothing in the script may end the <script> element early.
    source = readFileSync(join(/*turbopackIgnore: true*/ process.cwd(), SCRIPT_FILE), 'utf8').replace(/<\/script/gi, '<\\/script');
  } catch {
    // Not built: the page is the plain form it is without JavaScript.
  }
  if (process.env.NODE_ENV === 'production' && source) cached = source;
  return source;
}
