import { getTranslations } from 'next-intl/server';

/** What a hidden view shows instead of figures: the reason and the counts, in words. */
export async function SuppressedNotice({ reason, invited, responded, threshold }: { reason: 'too-few' | 'suppressed'; invited: number; responded: number; threshold: number }) {
  const t = await getTranslations('results.suppressed');
  return (
    <section role="status" className="rounded-xl border border-dashed border-stone-400 bg-white p-6" data-testid="results-suppressed">
      <h2 className="text-lg font-semibold">
        <span aria-hidden="true">◌ </span>
        {t('title')}
      </h2>
      <p className="mt-2 max-w-2xl text-[var(--color-muted)]">{reason === 'too-few' ? t('tooFew', { invited, responded, threshold }) : t('suppressed', { threshold })}</p>
    </section>
  );
}
