import { getTranslations } from 'next-intl/server';

/** Shown while the APV list or a group's APV is put together (its results are computed on the way). */
export default async function ApvLoading() {
  const t = await getTranslations('apv');
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="text-[var(--color-muted)]">
        {t('loading')}
      </p>
      <div aria-hidden="true" className="space-y-6">
        <div className="h-40 animate-pulse rounded-xl bg-stone-200 motion-reduce:animate-none" />
        <div className="h-64 animate-pulse rounded-xl bg-stone-200 motion-reduce:animate-none" />
      </div>
    </div>
  );
}
