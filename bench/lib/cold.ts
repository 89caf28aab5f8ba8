import { apiViews, type ViewKey } from './dashboard';
import { freshApiKey, type BenchFixtures } from './fixtures';
import type { RunningServer } from './server';
import { timedGet } from './timed-get';

export interface ColdCase {
  slug: string;
  key: ViewKey;
  /** Each the first request of a freshly started server (nothing loaded, nothing cached, a new API key), in ms. */
  times: number[];
}

/**
 * Cold: the first results request after a restart, per organisation and API view, `runs` times
 * each — the server is started afresh for every single request, so each one pays for loading
 * the route, the round's frame and its figures (decision 0015 caches them per worker).
 */
export async function measureColdStarts(start: () => Promise<RunningServer>, organisations: BenchFixtures[], runs: number): Promise<ColdCase[]> {
  const out = new Map<string, ColdCase>();
  for (let run = 0; run < runs; run++) {
    for (const f of organisations) {
      for (const key of ['api-group', 'api-organisation'] as const) {
        // Made before the start: the key is new to the server, as each warm view's key is.
        const apiKey = await freshApiKey(f.organisationId);
        const server = await start();
        try {
          const view = apiViews(server.url, f, [apiKey, apiKey]).find((v) => v.key === key)!;
          const { ms } = await timedGet(view.url, view.headers);
          const id = `${f.slug}/${key}`;
          (out.get(id) ?? out.set(id, { slug: f.slug, key, times: [] }).get(id)!).times.push(ms);
        } finally {
          await server.stop();
        }
      }
    }
  }
  return [...out.values()];
}
