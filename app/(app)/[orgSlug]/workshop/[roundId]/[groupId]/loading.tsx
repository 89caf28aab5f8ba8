import { getTranslations } from 'next-intl/server';

export default async function WorkshopLoading() {
  const t = await getTranslations('workshop');
  return (
    <div role="status" aria-busy="true" className="space-y-4">
      <p className="sr-only">{t('loading')}</p>
      <div className="h-9 w-2/3 animate-pulse rounded bg-stone-200" />
      <div className="h-24 animate-pulse rounded-xl bg-stone-100" />
      <div className="h-64 animate-pulse rounded-xl bg-stone-100" />
    </div>
  );
}
