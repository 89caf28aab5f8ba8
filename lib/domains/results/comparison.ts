import 'server-only';
import type { QuestionnaireVersion } from '@/content/types';
import { balanceFromItemMeans } from '@/lib/domains/balance/balance';
import { effectiveStatus } from '@/lib/domains/invitations/round-status';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { loadRoundContext, type RoundContext } from './round-context';
import type { Figures } from './figures';
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
  /**
   * Set when the two rounds asked different questionnaire versions: then the balance and both
   * side means above are each round's figures recomputed over the items both rounds asked, and
   * the page says so. Null when both asked the same items.
   */
  sharedItemsOnly: { shared: number; current: number; previous: number } | null;
}

/** The scale items both versions ask, or null when they ask the same ones. */
export function sharedItemKeys(current: QuestionnaireVersion, previous: QuestionnaireVersion): Set<string> | null {
  const before = new Set(previous.items.map((item) => item.key));
  const shared = new Set(current.items.map((item) => item.key).filter((key) => before.has(key)));
  return shared.size === current.items.length && shared.size === before.size ? null : shared;
}

/** A view's balance and side means over the given items only, through the one balance formula. */
function sidesOver(figures: Figures, keys: ReadonlySet<string>): Pick<Figures, 'balance' | 'strainMean' | 'resourceMean'> {
  const sides = balanceFromItemMeans([...figures.strains, ...figures.resources].filter((item) => keys.has(item.key)));
  return { balance: sides?.balance ?? null, strainMean: sides?.strainMean ?? null, resourceMean: sides?.resourceMean ?? null };
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
  // Across questionnaire versions a side's mean over different items is not the same measure:
  // both rounds are then summed over the items they share, and only those items are compared.
  const shared = sharedItemKeys(ctx.questionnaire, previousCtx.questionnaire);
  const nowSides = shared ? sidesOver(current.figures, shared) : current.figures;
  const beforeSides = shared ? sidesOver(previous.figures, shared) : previous.figures;
  const beforeItems = new Map([...previous.figures.strains, ...previous.figures.resources].map((i) => [i.key, i.mean]));
  const items: Record<string, number> = {};
  for (const item of [...current.figures.strains, ...current.figures.resources]) {
    const old = beforeItems.get(item.key);
    if (old !== undefined) items[item.key] = item.mean - old;
  }
  return {
    roundId: previousCtx.round.id,
    roundName: previousCtx.round.name,
    balance: delta(nowSides.balance, beforeSides.balance),
    strainMean: delta(nowSides.strainMean, beforeSides.strainMean),
    resourceMean: delta(nowSides.resourceMean, beforeSides.resourceMean),
    items,
    sharedItemsOnly: shared ? { shared: shared.size, current: ctx.questionnaire.items.length, previous: previousCtx.questionnaire.items.length } : null,
  };
}
