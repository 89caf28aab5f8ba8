import 'server-only';
import { effectiveStatus } from '@/lib/domains/invitations/round-status';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { loadRoundContext, type RoundContext } from './round-context';
import { resultsForView, type ViewResult } from './views';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';

export interface Comparison {
  roundId: string;
  roundName: string;
  /** Current minus previous; null where either side has no value. */
  balance: number | null;
  strainMean: number | null;
  resourceMean: number | null;
  /** Per item key present in both rounds: current mean − previous mean. */
  items: Record<string, number>;
}

/**
 * The organisation's latest closed round that opened before this one, as a context for the same
 * viewer: that round's verdicts with the shares THEY hold in that round counted as known.
 */
export async function previousRoundContext(ctx: RoundContext, now = new Date()): Promise<RoundContext | null> {
  const candidates = await scopedDb(ctx.organisationId).round.findMany({
    where: { id: { not: ctx.round.id }, status: { not: 'DRAFT' }, opensAt: { lt: ctx.round.opensAt } },
    orderBy: [{ opensAt: 'desc' }, { createdAt: 'desc' }],
    take: 5,
  });
  const previous = candidates.find((round) => effectiveStatus(round, now) === 'CLOSED');
  return previous ? loadRoundContext(ctx.viewer, previous.id, now) : null;
}

const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * Change since the previous round for the same view (same group id, same "alone"). A filter
 * like any other: the comparison exists only when BOTH rounds show the view under their own
 * anonymity verdicts. If either is too few or suppressed — e.g. after people moved between
 * groups — there is no comparison at all, so a change can never stand in for a hidden figure.
 */
export async function compareWithPrevious(ctx: RoundContext, ref: ViewRef, current: ViewResult, now = new Date()): Promise<Comparison | null> {
  if (current.suppressed) return null;
  const previousCtx = await previousRoundContext(ctx, now);
  if (!previousCtx) return null;
  const previousState = previousCtx.visibility.view(ref);
  if (!previousState || previousState.key !== current.key || previousState.verdict !== 'shown') return null;
  const previous = await resultsForView(previousCtx, ref);
  if (!previous || previous.suppressed) return null;
  const now_ = current.figures;
  const before = previous.figures;
  const beforeItems = new Map([...before.strains, ...before.resources].map((i) => [i.key, i.mean]));
  const items: Record<string, number> = {};
  for (const item of [...now_.strains, ...now_.resources]) {
    const old = beforeItems.get(item.key);
    if (old !== undefined) items[item.key] = item.mean - old;
  }
  return {
    roundId: previousCtx.round.id,
    roundName: previousCtx.round.name,
    balance: delta(now_.balance, before.balance),
    strainMean: delta(now_.strainMean, before.strainMean),
    resourceMean: delta(now_.resourceMean, before.resourceMean),
    items,
  };
}
