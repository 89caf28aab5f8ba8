import { ChevronDown } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { UserOrganisation } from '@/lib/domains/members/queries';

/**
 * For staff in several organisations: a disclosure with links (no JavaScript needed, reachable
 * by keyboard). The current organisation is marked with aria-current, not only by style.
 */
export async function OrgSwitcher({ organisations, currentSlug }: { organisations: UserOrganisation[]; currentSlug: string }) {
  if (organisations.length < 2) return null;
  const t = await getTranslations('orgs');
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-stone-300 bg-white px-3 py-1 text-sm">
        {t('switch')}
        <ChevronDown aria-hidden="true" className="ml-1 inline size-4 align-[-3px]" />
      </summary>
      <nav aria-label={t('switchLabel')} className="absolute right-0 z-20 mt-2 w-72 rounded-md border border-stone-200 bg-white p-2 shadow-lg">
        <ul>
          {organisations.map((org) => (
            <li key={org.slug}>
              <Link
                href={`/${org.slug}`}
                aria-current={org.slug === currentSlug ? 'page' : undefined}
                className="block rounded-md px-3 py-2 text-sm hover:bg-stone-100 aria-[current=page]:font-semibold"
              >
                {org.name}
                {org.slug === currentSlug ? <span className="text-[var(--color-muted)]"> · {t('current')}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
