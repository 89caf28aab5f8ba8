import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import { toLocale } from '@/i18n/locale';

export async function SiteFooter() {
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  const links = [
    { href: '/model', label: t('nav.model') },
    { href: '/privacy', label: t('nav.privacy') },
    { href: '/accessibility', label: t('nav.accessibility') },
  ];
  return (
    <footer className="mt-16 border-t border-border bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-muted md:flex-row md:items-start md:justify-between">
        <div className="max-w-2xl space-y-1">
          <p>{t('source.credit')}</p>
          <p>{leaderWellbeingModel.source.ownWork[locale]}</p>
        </div>
        <nav aria-label={t('nav.footerLabel')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-flex min-h-6 items-center text-ink underline underline-offset-4 hover:text-brand">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
