import 'server-only';
import { AppError } from '@/lib/platform/errors';
import { itemAggregates, sideAggregates, type ItemAggregateRow, type ViewSelection } from './aggregate-sql';
import { sideKeys, toFigures, type Figures } from './figures';
import type { PublishedParticipation, ShownParticipation } from './participation';
import { preAggregatedItems, preAggregatedSides } from './pre-aggregated-sql';
import type { RoundContext } from './round-context';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';
import type { ViewVerdict } from '@/lib/domains/anonymity/visibility';

export interface ViewHeader {
  key: string;
  groupId: string | null;
  alone: boolean;
  /** The counts as far as the rule lets them show (lib/domains/results/participation.ts): raw counts never reach a view. */
  participation: PublishedParticipation;
}

/** Why a view shows no figures: too few answers, suppressed for the others, or hidden for this viewer alone. */
export type HiddenReason = Exclude<ViewVerdict, 'shown'>;

/**
 * A view's published result. When the rule does not show it, there are at most counts and
 * nothing else: no figure key exists on the object, so nothing downstream can leak one by
 * accident. A shown view always shows its counts: its number of answers is part of its figures.
 */
export type ViewResult = ViewHeader & ({ suppressed: true; reason: HiddenReason } | { suppressed: false; participation: ShownParticipation; figures: Figures });

export function roundStillOpen(): AppError {
  return new AppError('conflict', { messageKey: 'results.errors.roundOpen', userMessage: 'The round is still open: results are shown when it closes.' });
}

/**
 * The results of several views of one round, computed in PostgreSQL in one pass — and only
 * for the views the anonymity rule shows: a hidden view's figures are never even computed.
 * Unknown groups are left out of the answer.
 */
export async function resultsForViews(ctx: RoundContext, refs: readonly ViewRef[]): Promise<Map<string, ViewResult>> {
  if (!ctx.figuresAvailable) throw roundStillOpen();
  const states = refs.map((ref) => ctx.visibility.view(ref)).filter((s) => s !== null);
  const shown = states.filter((s) => s.verdict === 'shown');
  const selection: ViewSelection = {
    total: shown.some((s) => s.ref.groupId === null),
    subtree: shown.filter((s) => s.ref.groupId !== null && !s.ref.alone).map((s) => s.ref.groupId!),
    alone: shown.filter((s) => s.ref.alone).map((s) => s.ref.groupId!),
  };
  const { organisationId, round, questionnaire } = ctx;
  // A round pre-aggregated at its close reads its sums; one not yet (closed by its closing time
  // in the minute before the job marks it, or created closed) is aggregated from the answers.
  const [items, sides] = await Promise.all(
    round.aggregatedAt
      ? [preAggregatedItems(organisationId, round.id, selection), preAggregatedSides(organisationId, round.id, selection)]
      : [itemAggregates(organisationId, round.id, selection), sideAggregates(organisationId, round.id, selection, sideKeys(questionnaire))],
  );
  const itemsByView = new Map<string, Map<string, ItemAggregateRow>>();
  for (const row of items) {
    if (!itemsByView.has(row.view)) itemsByView.set(row.view, new Map());
    itemsByView.get(row.view)!.set(row.itemKey, row);
  }
  const sidesByView = new Map(sides.map((row) => [row.view, row]));
  const out = new Map<string, ViewResult>();
  for (const state of states) {
    const header = { key: state.key, groupId: state.ref.groupId, alone: state.ref.alone };
    const participation = ctx.participation.of(state.ref)!;
    if (state.verdict !== 'shown') {
      out.set(state.key, { ...header, participation, suppressed: true, reason: state.verdict });
      continue;
    }
    if (participation.reason !== null) throw new Error(`View ${state.key} shows figures but hides its counts`);
    out.set(state.key, { ...header, participation, suppressed: false, figures: toFigures(questionnaire, itemsByView.get(state.key) ?? new Map(), sidesByView.get(state.key)) });
  }
  return out;
}

export async function resultsForView(ctx: RoundContext, ref: ViewRef): Promise<ViewResult | null> {
  const state = ctx.visibility.view(ref);
  if (!state) return null;
  return (await resultsForViews(ctx, [ref])).get(state.key) ?? null;
}
