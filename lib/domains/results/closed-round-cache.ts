import 'server-only';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Round } from '@/lib/generated/prisma/client';
import { viewKeyOf, type ViewRef } from '@/lib/domains/anonymity/view-keys';
import type { RoundVisibility } from '@/lib/domains/anonymity/visibility';
import type { ResultsAccess } from './access';
import type { Heatmap } from './heatmap';
import type { ParticipationRule } from './participation';
import type { RoundContext } from './round-context';
import type { ViewResult } from './views';

/**
 * The results of closed rounds, kept in this process (issue 19).
 *
 * Why this is safe: a CLOSED round's figures cannot change. Saves need an open round, the close
 * locks the round against saves in flight and seals and sums its answers in the same transaction
 * (lib/domains/rounds/settle-closed-round.ts), and a closed round is never reopened or extended
 * (extendRound refuses anything but an open round). Its snapshot tree and invitations are fixed
 * (leaders are erased, never deleted). What can still change is listed, and each one is in the
 * key below:
 *
 * - the figures themselves: a re-aggregation (writeRoundAggregates) and the retention job's
 *   deletion of raw data (lib/domains/privacy/retention.ts) bump Round.resultsVersion, so every
 *   entry of the old version becomes unreachable and ages out of the LRU;
 * - what the anonymity rule shows THIS viewer: the balances leaders shared with them, read afresh
 *   on every request (knownResponsesByGroup) and part of the key as their counts per group;
 * - who may open which group: NOT cached at all. visibleGroupsFor and mayOpen run on every
 *   request against today's memberships and tree, before anything here is looked up; the reach
 *   and scope are in the view key besides, so an entry computed for one kind of caller is never
 *   even looked up for another.
 *
 * An open round (or one past its closing time that the closing job has not closed yet) is never
 * cached: its figures are not shown at all, and its counts move. Comments, the heatmap and the
 * change from the previous round are not kept here (hiding a comment therefore needs no bump); the
 * heatmap is, keyed by the very groups the viewer may open (cachedHeatmap, below).
 * Nothing here depends on the locale: views carry keys, the pages word them.
 *
 * Each Node process (cluster worker) has its own copy; the ETag is computed from the key and
 * the body alone, so every worker and every restart gives the same answer the same ETag.
 */

/**
 * The round's verdicts for one anonymity context: what loadRoundContext derives from the
 * snapshot, the counts and what was shared with the viewer.
 */
export interface RoundFrame {
  visibility: RoundVisibility;
  participation: ParticipationRule;
}

/**
 * Bounds. A frame costs about one kilobyte per snapshot group (the verdicts of the rule on
 * answers and on invited counts); 20,000 groups is ~20 region-sized rounds, ~20 MB. A view's
 * result is measured by its JSON (≈ 5 kB with figures, 0.2 kB suppressed); 8 M characters is
 * ~1,600 views with figures, ~16 MB of heap.
 */
const MAX_FRAME_GROUPS = 20_000;
const MAX_VIEW_CHARS = 8_000_000;

type Compute<V> = () => Promise<V>;

const frames = new LRUCache<string, RoundFrame, Compute<RoundFrame>>({
  maxSize: MAX_FRAME_GROUPS,
  sizeCalculation: (frame) => frame.visibility.groups.length + 1,
  fetchMethod: (_key, _stale, { context }) => context(),
  // A frame evicted while it is being computed still answers the requests waiting for it.
  ignoreFetchAbort: true,
});

interface CachedView {
  result: ViewResult;
  size: number;
}

const views = new LRUCache<string, CachedView, Compute<CachedView>>({
  maxSize: MAX_VIEW_CHARS,
  sizeCalculation: (view) => view.size,
  fetchMethod: (_key, _stale, { context }) => context(),
  ignoreFetchAbort: true,
});

/** Shared objects: one request mutating one would change every later answer, so none can. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

/**
 * The key of everything computed for this viewer from this closed round, or null when the round
 * is not closed (nothing is cached). The known counts are sorted: the same shares in another
 * order are the same context.
 */
export function roundCacheKey(round: Round, knownByGroup: ReadonlyMap<string, number>): string | null {
  if (round.status !== 'CLOSED') return null;
  const known = [...knownByGroup].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([round.organisationId, round.id, round.resultsVersion, round.anonymityThreshold, round.commentThreshold, round.questionnaireVersion, known]);
}

/** The round's frame for this key, computed once per key (concurrent requests wait for the same computation). */
export async function cachedRoundFrame(key: string | null, compute: Compute<RoundFrame>): Promise<RoundFrame> {
  if (key === null) return compute();
  const frame = await frames.fetch(key, { context: async () => deepFreeze(await compute()) });
  return frame!;
}

/** The caller's kind of access: an entry is only ever found again by a caller with the same reach and scope. */
function accessKey(ctx: RoundContext, access: ResultsAccess): unknown[] {
  const { viewer } = ctx;
  const scope = access.area !== null && viewer.kind === 'member' ? [...viewer.scopeGroupIds].sort() : null;
  return [access.reach, access.total, access.shownOnly, scope];
}

/**
 * A view's published result for a viewer who may open it (the caller has checked mayOpen), from
 * the cache when the round is closed. `key` is null when nothing was cached.
 */
export async function cachedViewResult(ctx: RoundContext, access: ResultsAccess, ref: ViewRef, compute: Compute<ViewResult>): Promise<{ result: ViewResult; key: string | null }> {
  if (ctx.cacheKey === null) return { result: await compute(), key: null };
  const key = JSON.stringify([ctx.cacheKey, viewKeyOf(ref), accessKey(ctx, access)]);
  const view = await views.fetch(key, {
    context: async () => {
      const result = deepFreeze(await compute());
      return { result, size: JSON.stringify(result).length };
    },
  });
  return { result: view!.result, key };
}

/**
 * The ETag of an answer built from a cached view: the round's results version (so a bump is
 * visible in it) and a digest of the key and the body. Weak: the same JSON may travel compressed.
 */
export function resultsEtag(round: Pick<Round, 'resultsVersion'>, key: string, body: unknown): string {
  const digest = createHash('sha256').update(key).update('\n').update(JSON.stringify(body)).digest('base64url').slice(0, 32);
  return `W/"v${round.resultsVersion}-${digest}"`;
}

/**
 * Heatmaps, by JSON size: a focused heatmap of 60 columns is ≈ 70 kB, so 4 M characters hold
 * ~50 of them (~8 MB of heap). The page fetches one in slices, each a request of its own: the
 * heatmap is computed once for all of them.
 */
const MAX_HEATMAP_CHARS = 4_000_000;

const heatmaps = new LRUCache<string, CachedHeatmap, Compute<CachedHeatmap>>({
  maxSize: MAX_HEATMAP_CHARS,
  sizeCalculation: (entry) => entry.size,
  fetchMethod: (_key, _stale, { context }) => context(),
  ignoreFetchAbort: true,
});

interface CachedHeatmap {
  heatmap: Heatmap;
  size: number;
}

/**
 * The heatmap a viewer's dashboard shows around `focusGroupId`, from the cache when the round is
 * closed. Unlike a view's result, a heatmap's columns ARE the viewer's access (every group they
 * may open), so the key holds exactly what heatmapFor reads of it — the total, the MED/AMO
 * "shown only" and the set of groups, as computed on this request — not merely its kind: a
 * scope whose area moved in today's tree gets a heatmap of its own.
 */
export async function cachedHeatmap(ctx: RoundContext, access: ResultsAccess, focusGroupId: string | null, compute: Compute<Heatmap>): Promise<Heatmap> {
  if (ctx.cacheKey === null) return compute();
  const groups = createHash('sha256')
    .update([...access.groupIds].sort().join(','))
    .digest('base64url');
  const key = JSON.stringify([ctx.cacheKey, 'heatmap', focusGroupId, access.total, access.shownOnly, groups]);
  const entry = await heatmaps.fetch(key, {
    context: async () => {
      const heatmap = deepFreeze(await compute());
      return { heatmap, size: JSON.stringify(heatmap).length };
    },
  });
  return entry!.heatmap;
}
