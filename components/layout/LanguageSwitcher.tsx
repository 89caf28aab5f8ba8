import { getLocale, getTranslations } from 'next-intl/server';
import { locales } from '@/content/types';
import { setLocaleAction } from '@/lib/edges/server-actions/set-locale-action';

/** A plain form: switching language needs no client JavaScript. */
export async function LanguageSwitcher() {
  const t = await getTranslations('language');
  const current = await getLocale();
  return (
    <form action={setLocaleAction} aria-label={t('label')} className="flex gap-1">
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded-md border border-stone-300 px-3 py-1 text-sm aria-pressed:border-[var(--color-brand)] aria-pressed:bg-[var(--color-brand)] aria-pressed:text-white"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
