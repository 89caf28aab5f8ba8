'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations();
  return (
    <section role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('errors.title')}</h1>
      <p className="mt-2 text-[var(--color-muted)]">{t('errors.text')}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-[var(--color-brand)] px-4 py-2 text-white">
        {t('common.retry')}
      </button>
    </section>
  );
}
