import { hiddenCountsText, type PublishedParticipation } from './participation';
import type { HiddenReason } from './views';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The words for a hidden view — its title and its explanation — in one place for the pages, the
 * workshop and the PDF report, so each reason reads the same everywhere (messages under
 * `results.suppressed`). 'known-to-you' has a title of its own: the group is not short of
 * answers, it is hidden for this viewer alone (decision 0005, "Shares count as known"). The
 * counts appear only where the rule lets them show (lib/domains/results/participation.ts).
 */
export function hiddenNoticeText(t: Translate, reason: HiddenReason, participation: PublishedParticipation, threshold: number): { title: string; text: string } {
  switch (reason) {
    case 'known-to-you':
      return { title: t('results.suppressed.titleKnownToYou'), text: t('results.suppressed.knownToYou') };
    case 'suppressed':
      // Its own title: the group has answers enough, so "too few answers" above it would contradict the text.
      return { title: t('results.suppressed.titleSuppressed'), text: t('results.suppressed.suppressed', { threshold }) };
    case 'too-few':
      return {
        title: t('results.suppressed.title'),
        text:
          participation.reason === null
            ? t('results.suppressed.tooFew', { invited: participation.invited, responded: participation.responded, threshold })
            : hiddenCountsText(t, participation, threshold, 'notice'),
      };
  }
}
