import { getTranslations } from 'next-intl/server';

export default async function Loading() {
  const t = await getTranslations('common');
  return (
    <p role="status" className="py-16 text-center text-[var(--color-muted)]">
      {t('loading')}
    </p>
  );
}
