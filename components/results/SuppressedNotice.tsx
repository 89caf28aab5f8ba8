import { getTranslations } from 'next-intl/server';
import { hiddenNoticeText } from '@/lib/domains/results/hidden-notice';
import type { PublishedParticipation } from '@/lib/domains/results/participation';
import type { HiddenReason } from '@/lib/domains/results/views';

/** What a hidden view shows instead of figures: the reason in words, and its counts only where the rule lets them show. */
export async function SuppressedNotice({ reason, participation, threshold }: { reason: HiddenReason; participation: PublishedParticipation; threshold: number }) {
  const { title, text } = hiddenNoticeText(await getTranslations(), reason, participation, threshold);
  return (
    <section role="status" className="rounded-card border border-dashed border-border-strong bg-surface p-6" data-testid="results-suppressed" data-reason={reason}>
      <h2 className="text-lg font-semibold">
        <span aria-hidden="true">◌ </span>
        {title}
      </h2>
      <p className="mt-2 max-w-2xl text-[var(--color-muted)]">{text}</p>
    </section>
  );
}
