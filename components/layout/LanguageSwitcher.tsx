import { getLocale, getTranslations } from 'next-intl/server';
import { locales } from '@/content/types';
import { setLocaleAction } from '@/lib/edges/server-actions/set-locale-action';

/** A plain form: switching language needs no client JavaScript. On a phone each button shows its language code. */
export async function LanguageSwitcher() {
  const t = await getTranslations('language');
  const current = await getLocale();
  return (
    <form action={setLocaleAction} aria-label={t('label')} className="flex rounded-control border border-border-strong p-0.5">
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          aria-label={t(locale)}
          className="min-h-10 min-w-10 rounded-[calc(var(--radius-control)-2px)] px-2 text-sm text-ink hover:bg-surface-muted aria-pressed:bg-brand aria-pressed:text-white"
        >
          <span aria-hidden="true" className="uppercase sm:hidden">
            {locale}
          </span>
          <span aria-hidden="true" className="hidden sm:inline">
            {t(locale)}
          </span>
        </button>
      ))}
    </form>
  );
}
