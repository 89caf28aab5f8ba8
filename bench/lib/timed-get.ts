import http from 'node:http';

export interface TimedResponse {
  status: number;
  /** Until the response's headers arrived (Next sends them with its first bytes). */
  firstByteMs: number;
  /** Until `marker` had arrived in the body; null without a marker or when it never came. */
  firstContentMs: number | null;
  /** Until the last byte of the body. */
  ms: number;
  /** The body's size as the app wrote it (uncompressed). */
  bytes: number;
}

async function timedOnce(url: string, headers: Record<string, string>, marker: string | null): Promise<TimedResponse> {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: 'manual' });
  const firstByteMs = performance.now() - started;
  let firstContentMs: number | null = null;
  let bytes = 0;
  let tail = '';
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (marker !== null && firstContentMs === null) {
      // Only the end of what came before can hold the start of a marker split across chunks.
      const text = tail + decoder.decode(chunk.value, { stream: true });
      if (text.includes(marker)) firstContentMs = performance.now() - started;
      tail = text.slice(-marker.length);
    }
  }
  return { status: response.status, firstByteMs, firstContentMs, ms: performance.now() - started, bytes };
}

/** One GET on a kept-alive connection, timed to its first byte, to `marker` in its body and to its last byte; anything but 200 throws. */
export async function timedGet(url: string, headers: Record<string, string>, marker: string | null = null): Promise<TimedResponse> {
  let response: TimedResponse;
  try {
    response = await timedOnce(url, headers, marker);
  } catch {
    // A kept-alive socket the server closed while psql ran is not the app's latency: ask again, timed afresh.
    response = await timedOnce(url, headers, marker);
  }
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return response;
}

/** One GET on a connection of its own (closed after it), so that the cluster primary hands it to the next worker in turn. */
function getOnFreshConnection(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
  });
}

/**
 * Makes a view warm in every worker: the cluster primary deals connections out in turn, so two
 * fresh connections per worker reach each of them at least once (and the first request a worker
 * serves for a view — its cache empty — is not among the measured ones).
 */
export async function warmUp(url: string, headers: Record<string, string>, workers: number): Promise<void> {
  for (let i = 0; i < 2 * workers + 1; i++) {
    const status = await getOnFreshConnection(url, headers);
    if (status !== 200) throw new Error(`GET ${url} answered ${status} while warming up`);
  }
}

/**
 * One GET through `agent`, timed to its last byte; `reusedSocket` tells whether it went over the
 * connection an earlier request of the agent left open (and so to the same cluster worker).
 */
export function timedGetOn(agent: http.Agent, url: string, headers: Record<string, string>): Promise<{ ms: number; reusedSocket: boolean }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { headers, agent }, (response) => {
      response.resume();
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`GET ${url} answered ${response.statusCode}`));
        else resolve({ ms: performance.now() - started, reusedSocket: request.reusedSocket });
      });
    });
    request.on('error', reject);
  });
}
