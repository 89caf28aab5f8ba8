import { getTranslations } from 'next-intl/server';
import type { Verdict } from '@/lib/anonymity/suppression';
import { hiddenCountsText, type PublishedParticipation } from '@/lib/results/participation';

/** What a hidden view shows instead of figures: the reason in words, and its counts only where the rule lets them show. */
export async function SuppressedNotice({ reason, participation, threshold }: { reason: Exclude<Verdict, 'shown'>; participation: PublishedParticipation; threshold: number }) {
  const t = await getTranslations('results.suppressed');
  const all = await getTranslations();
  const text =
    reason === 'suppressed'
      ? t('suppressed', { threshold })
      : participation.reason === null
        ? t('tooFew', { invited: participation.invited, responded: participation.responded, threshold })
        : hiddenCountsText(all, participation, threshold, 'notice');
  return (
    <section role="status" className="rounded-xl border border-dashed border-stone-400 bg-white p-6" data-testid="results-suppressed">
      <h2 className="text-lg font-semibold">
        <span aria-hidden="true">◌ </span>
        {t('title')}
      </h2>
      <p className="mt-2 max-w-2xl text-[var(--color-muted)]">{text}</p>
    </section>
  );
}
