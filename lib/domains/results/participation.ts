import { roundVisibility, type RoundVisibility, type VisibilityInput } from '@/lib/domains/anonymity/visibility';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';

/**
 * How many were invited and have answered — per view, as far as the anonymity rule lets it be
 * shown. Counts are not answers, but "1 of 1 answered" beside a small group says who answered,
 * and "0 of 2" who did not. So per-group counts are published by the same rule as the figures
 * (lib/domains/anonymity/suppression.ts through roundVisibility), fed with the INVITED counts as if
 * everyone answered — the very question the round preview asks. A group with fewer invited than
 * the threshold is 'too-few' ("fewer than 3"); a group large enough but whose counts, taken from
 * its parent's with its shown siblings', would give a smaller group away is 'suppressed'.
 * See docs/decisions/0005-anonymity-rule.md.
 *
 * - The organisation's (the round's) total is always shown.
 * - Once the round is closed, a view whose FIGURES are shown shows its counts anyway: its number
 *   of answers is part of the figures.
 */

/** Counts that may be shown. */
export interface ShownParticipation {
  reason: null;
  invited: number;
  responded: number;
  /** Whole percent; 0 when nobody was invited. */
  responseRate: number;
}

/** What a view's counts may say: the numbers, or why they are not shown — never a number that is not. */
export type PublishedParticipation =
  ShownParticipation | { reason: 'too-few'; invited: 'fewer-than-threshold'; responded: null; responseRate: null } | { reason: 'suppressed'; invited: null; responded: null; responseRate: null };

export interface ParticipationRule {
  threshold: number;
  /** The rule's verdicts on the invited counts: what could show if everyone answered. */
  verdicts: RoundVisibility;
  /** The counts a view may show; null for a group outside the round's snapshot. */
  of(ref: ViewRef): PublishedParticipation | null;
  /** The organisation's (the round's) total: always shown. */
  total(): ShownParticipation;
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

const shown = ({ invited, responded }: { invited: number; responded: number }): ShownParticipation => ({ reason: null, invited, responded, responseRate: percent(responded, invited) });

/** The rule's invited-count verdicts for a round: the anonymity rule fed with invited counts in place of answers. */
export function participationVisibility(input: Omit<VisibilityInput, 'submittedByGroup'>): RoundVisibility {
  return roundVisibility({ snapshot: input.snapshot, invitedByGroup: input.invitedByGroup, submittedByGroup: input.invitedByGroup, threshold: input.threshold });
}

/**
 * The counts every page, export, report and API answer shows for a round. `figures` is the
 * round's visibility on submitted answers (computed from `input` when not given); its verdicts
 * count only when `figuresAvailable` (the round is closed).
 */
export function participationRule(input: VisibilityInput, figuresAvailable: boolean, figures: RoundVisibility = roundVisibility(input)): ParticipationRule {
  const verdicts = participationVisibility(input);
  const total = () => shown(figures.view({ groupId: null, alone: false })!);
  return {
    threshold: input.threshold,
    verdicts,
    total,
    of(ref) {
      const state = figures.view(ref);
      if (!state) return null;
      if (state.ref.groupId === null) return total();
      if (figuresAvailable && state.verdict === 'shown') return shown(state);
      const verdict = verdicts.view(state.ref)?.verdict ?? 'too-few';
      if (verdict === 'shown') return shown(state);
      return verdict === 'too-few'
        ? { reason: 'too-few', invited: 'fewer-than-threshold', responded: null, responseRate: null }
        : { reason: 'suppressed', invited: null, responded: null, responseRate: null };
    },
  };
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The words for counts the rule hides, in one wording everywhere (content/messages/features/participation.*.json):
 * 'line' beside a group ("Fewer than 3 invited – …"), 'short' in a cell under an "Invited" heading,
 * 'heatmap' under a column's name, 'notice' in the notice that stands in for a hidden group's figures.
 */
export function hiddenCountsText(t: Translate, participation: Exclude<PublishedParticipation, ShownParticipation>, threshold: number, form: 'line' | 'short' | 'heatmap' | 'notice' = 'line'): string {
  const reason = hiddenCountsReason(participation);
  return t(form === 'line' ? `participation.${reason}` : `participation.${form}.${reason}`, { threshold });
}

/**
 * The message under each form's namespace (`participation`, `participation.<form>`) that says why
 * counts are hidden — for a client component given only its form's namespace (the heatmap's,
 * decision 0019).
 */
export function hiddenCountsReason(participation: Exclude<PublishedParticipation, ShownParticipation>): 'tooFew' | 'suppressed' {
  return participation.reason === 'too-few' ? 'tooFew' : 'suppressed';
}
