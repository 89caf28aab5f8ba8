'use client';

import { useTranslations } from 'next-intl';

export default function ApvError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('apv.error');
  return (
    <section role="alert" className="rounded-xl border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-[var(--color-muted)]">{t('text')}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white">
        {t('retry')}
      </button>
    </section>
  );
}
