import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations();
  const links = [
    { href: '/model', label: t('nav.model') },
    { href: '/privacy', label: t('nav.privacy') },
    { href: '/accessibility', label: t('nav.accessibility') },
  ];
  return (
    <footer className="mt-16 border-t border-border bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-muted md:flex-row md:items-start md:justify-between">
        <p className="max-w-2xl">{t('source.credit')}</p>
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
