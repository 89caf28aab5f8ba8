import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('source');
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-[var(--color-muted)]">{t('credit')}</p>
    </footer>
  );
}
