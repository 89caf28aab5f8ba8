import http from 'node:http';
import { apiViews, type ViewKey } from './dashboard';
import { freshApiKey, type BenchFixtures } from './fixtures';
import type { RunningServer } from './server';
import { timedGetOn } from './timed-get';

export interface ColdCase {
  slug: string;
  key: ViewKey;
  /** Each the first request of a freshly started server (nothing loaded, nothing cached, a new API key), in ms. */
  times: number[];
  /**
   * Each the first request for this organisation's round in a process that has just served the
   * same route for another organisation: the route is loaded, the round's frame and figures are
   * not cached (decision 0015). What an empty cache costs, without the restart.
   */
  emptyCacheTimes: number[];
}

/**
 * Cold: the first results request after a restart, per organisation and API view, `runs` times
 * each. The server is started afresh for every pair: the first request is one organisation's
 * view (cold in every sense), the second, on the same kept-alive connection and so in the same
 * worker, the same view of the other organisation (empty cache, warm process).
 */
export async function measureColdStarts(start: () => Promise<RunningServer>, organisations: BenchFixtures[], runs: number): Promise<ColdCase[]> {
  const out = new Map<string, ColdCase>();
  const entry = (f: BenchFixtures, key: ViewKey) => {
    const id = `${f.slug}/${key}`;
    return out.get(id) ?? out.set(id, { slug: f.slug, key, times: [], emptyCacheTimes: [] }).get(id)!;
  };
  const request = (agent: http.Agent, baseUrl: string, f: BenchFixtures, key: ViewKey, apiKey: string) => {
    const view = apiViews(baseUrl, f, [apiKey, apiKey]).find((v) => v.key === key)!;
    return timedGetOn(agent, view.url, view.headers);
  };
  for (let run = 0; run < runs; run++) {
    for (const key of ['api-group', 'api-organisation'] as const) {
      for (const [first, second] of organisations.map((f, i) => [f, organisations[(i + 1) % organisations.length]!] as const)) {
        // Made before the start: the keys are new to the server, as each warm view's key is.
        const keys = [await freshApiKey(first.organisationId), await freshApiKey(second.organisationId)] as const;
        const server = await start();
        // One kept-alive connection: the second request reaches the worker that served the first.
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        try {
          entry(first, key).times.push((await request(agent, server.url, first, key, keys[0])).ms);
          const empty = second === first ? null : await request(agent, server.url, second, key, keys[1]);
          // Over a new connection it may have met the other worker, route not loaded: not what it is meant to show.
          if (empty?.reusedSocket) entry(second, key).emptyCacheTimes.push(empty.ms);
        } finally {
          agent.destroy();
          await server.stop();
        }
      }
    }
  }
  return [...out.values()];
}
