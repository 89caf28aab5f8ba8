import type { HiddenReason } from './views';

/**
 * The words for a hidden view, as message keys under `results.suppressed`: one mapping for the
 * pages, the workshop and the PDF report, so each reason is explained the same way everywhere.
 * 'known-to-you' has its own title: the group is not short of answers, it is hidden for this
 * viewer alone (decision 0005, "Shares count as known").
 */
export function hiddenNoticeKeys(reason: HiddenReason): { title: 'title' | 'titleKnownToYou'; text: 'tooFew' | 'suppressed' | 'knownToYou' } {
  switch (reason) {
    case 'too-few':
      return { title: 'title', text: 'tooFew' };
    case 'suppressed':
      return { title: 'title', text: 'suppressed' };
    case 'known-to-you':
      return { title: 'titleKnownToYou', text: 'knownToYou' };
  }
}
