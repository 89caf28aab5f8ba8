/**
 * Where the questionnaire's script is served: built from ./questionnaire.ts by
 * scripts/build/leader-scripts.mjs into public/ whenever Next builds or starts its development
 * server (next.config.mjs). Not a Next.js chunk: the page has no Next.js runtime (decision 0015).
 */
export const QUESTIONNAIRE_SCRIPT = '/leader/questionnaire.js';
