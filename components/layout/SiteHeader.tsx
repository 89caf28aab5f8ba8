import { Scale } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from './LanguageSwitcher';

/** One line at every width: the product, the model, the language and (where the layout passes one) the account corner; the rest lives in the footer. */
export async function SiteHeader({ account }: { account?: ReactNode }) {
  const t = await getTranslations();
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-2">
        <Link href="/" aria-label={`${t('common.productName')}, ${t('nav.home')}`} className="flex min-h-11 min-w-0 items-center gap-2 rounded-control font-semibold text-brand">
          <span className="flex size-8 shrink-0 items-center justify-center rounded-control bg-brand text-white">
            <Scale aria-hidden="true" className="size-5" />
          </span>
          <span className="text-lg">{t('common.productName')}</span>
          <span className="hidden truncate text-sm font-normal text-muted lg:inline">{t('common.tagline')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="flex shrink-0 items-center gap-1 sm:gap-2">
          <Link href="/model" className="hidden min-h-11 items-center rounded-control px-2 text-sm hover:bg-surface-muted sm:flex">
            {t('nav.model')}
          </Link>
          <LanguageSwitcher />
          {account}
        </nav>
      </div>
    </header>
  );
}
