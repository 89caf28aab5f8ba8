import { getTranslations } from 'next-intl/server';
import { hiddenNoticeKeys } from '@/lib/results/hidden-notice';
import type { HiddenReason } from '@/lib/results/views';

/** What a hidden view shows instead of figures: the reason and the counts, in words. */
export async function SuppressedNotice({ reason, invited, responded, threshold }: { reason: HiddenReason; invited: number; responded: number; threshold: number }) {
  const t = await getTranslations('results.suppressed');
  const keys = hiddenNoticeKeys(reason);
  return (
    <section role="status" className="rounded-xl border border-dashed border-stone-400 bg-white p-6" data-testid="results-suppressed" data-reason={reason}>
      <h2 className="text-lg font-semibold">
        <span aria-hidden="true">◌ </span>
        {t(keys.title)}
      </h2>
      <p className="mt-2 max-w-2xl text-[var(--color-muted)]">{t(keys.text, { invited, responded, threshold })}</p>
    </section>
  );
}
