import 'server-only';
import type { StaffActor } from '@/lib/domains/auth/actor';
import type { z } from 'zod';
import { notFound } from '@/lib/platform/errors';
import { mayOpen, visibleGroupsFor } from './access';
import { recordResultsViewed } from './audit';
import type { Spread } from './figures';
import { loadRoundContext } from './round-context';
import type { resultsApiResponseSchema } from './schemas';
import { resultsForView, roundStillOpen, type ViewResult } from './views';
import { cachedViewResult, resultsEtag } from './closed-round-cache';

type ApiResults = z.input<typeof resultsApiResponseSchema>;

const spread = (s: Spread) => ({ mean: s.mean, standardDeviation: s.sd, distribution: s.distribution });

/**
 * GET /api/v1/rounds/{id}/results: one view (a group with its subtree, or the organisation)
 * through the same anonymity rule as the pages. Suppressed → `suppressed: true` and no figure
 * key at all; its counts only where the rule on invited counts shows them (`countsHidden` says
 * why not). The key is HR's: it obeys the rule too. A closed round's answer comes from the
 * closed-round cache with its ETag; access is decided afresh every time, and every view audited.
 */
export async function apiResults(viewer: StaffActor, roundId: string, groupId: string | undefined): Promise<{ body: ApiResults; etag: string | null }> {
  const ctx = await loadRoundContext(viewer, roundId);
  if (!ctx) throw notFound();
  const access = await visibleGroupsFor(viewer, ctx);
  const ref = { groupId: groupId ?? null, alone: false };
  if (!ctx.visibility.view(ref) || !mayOpen(access, ctx, ref)) throw notFound();
  if (!ctx.figuresAvailable) throw roundStillOpen();
  const { result, key } = await cachedViewResult(ctx, access, ref, async () => (await resultsForView(ctx, ref))!);
  await recordResultsViewed(viewer, { roundId: ctx.round.id, view: result.key, channel: 'api' });
  const body = apiBody(ctx.round.id, ref.groupId, result);
  return { body, etag: key === null ? null : resultsEtag(ctx.round, key, body) };
}

function apiBody(roundId: string, groupId: string | null, result: ViewResult): ApiResults {
  const view = { roundId, groupId };
  if (result.suppressed) {
    const p = result.participation;
    return p.reason === null
      ? { ...view, suppressed: true, invited: p.invited, responded: p.responded, countsHidden: null }
      : { ...view, suppressed: true, invited: null, responded: null, countsHidden: p.reason };
  }
  const { figures, participation } = result;
  return {
    ...view,
    invited: participation.invited,
    responded: participation.responded,
    suppressed: false,
    balance: figures.balance,
    strainMean: figures.strainMean,
    resourceMean: figures.resourceMean,
    strains: figures.strains.map((i) => ({ key: i.key, ...spread(i) })),
    resources: figures.resources.map((i) => ({ key: i.key, ...spread(i) })),
    relations: figures.relations.map((r) => ({ key: r.key, ...spread(r) })),
    overall: figures.overall ? spread(figures.overall) : null,
  };
}
