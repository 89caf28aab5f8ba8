import { getTranslations } from 'next-intl/server';

/** Shaped like the figures, so the page does not jump when they arrive. */
export async function ResultsSkeleton() {
  const t = await getTranslations('results');
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="text-[var(--color-muted)]">
        {t('loading')}
      </p>
      <div aria-hidden="true" className="space-y-6">
        <div className="h-80 animate-pulse rounded-xl bg-stone-200 motion-reduce:animate-none" />
        <div className="h-64 animate-pulse rounded-xl bg-stone-200 motion-reduce:animate-none" />
      </div>
    </div>
  );
}
