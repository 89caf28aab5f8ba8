import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { UserMenu } from '@/components/auth/UserMenu';
import { LanguageSwitcher } from './LanguageSwitcher';

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-[var(--color-brand)]">
          {t('common.productName')}
          <span className="ml-2 hidden text-sm font-normal text-[var(--color-muted)] sm:inline">{t('common.tagline')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-2">
          <Link href="/" className="text-sm underline-offset-4 hover:underline">
            {t('nav.home')}
          </Link>
          <Link href="/model" className="text-sm underline-offset-4 hover:underline">
            {t('nav.model')}
          </Link>
          <LanguageSwitcher />
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}
