import { getTranslations } from 'next-intl/server';

export default async function WorkshopIndexLoading() {
  const t = await getTranslations('workshop');
  return (
    <div role="status" aria-busy="true" className="space-y-4">
      <p className="sr-only">{t('loading')}</p>
      <div className="h-8 w-1/2 animate-pulse rounded bg-stone-200" />
      <div className="h-40 animate-pulse rounded-xl bg-stone-100" />
    </div>
  );
}
