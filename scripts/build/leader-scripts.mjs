// The scripts of the leader's pages served without the Next.js client runtime (decision 0016),
// bundled and minified into public/ by esbuild (the same esbuild tsx runs on). next.config.mjs
// calls this when Next builds or starts its development server, so every way of building the app
// (npm run build, the end-to-end tests, the bench, the Dockerfile) has them.
import { build } from 'esbuild';

export const leaderScripts = [{ entry: 'components/questionnaire/script/questionnaire.ts', out: 'public/leader/questionnaire.js' }];

export async function buildLeaderScripts() {
  for (const { entry, out } of leaderScripts) {
    await build({
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      minify: true,
      format: 'iife',
      // Browsers the product supports (README): the last two years of evergreen browsers.
      target: ['es2020'],
      legalComments: 'none',
      logLevel: 'warning',
    });
  }
}
