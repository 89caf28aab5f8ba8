import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/edges/session/current-user';
import { listUserOrganisations } from '@/lib/domains/members/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('orgs');
  return { title: t('title') };
}

/** Where sign-in lands: straight into the only organisation, a choice between several, or a way to start one. */
export default async function OrganisationsPage() {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent('/orgs')}`);
  const organisations = await listUserOrganisations(user.id, user.ssoOrganisationId ? { organisationId: user.ssoOrganisationId } : undefined);
  if (organisations.length === 1) redirect(`/${organisations[0]!.slug}`);
  const t = await getTranslations('orgs');
  const tRoles = await getTranslations('members.roles');

  if (organisations.length === 0) {
    return (
      <section aria-labelledby="orgs-title" className="mx-auto max-w-lg rounded-card border border-dashed border-border-strong bg-surface p-8 text-center">
        <h1 id="orgs-title" className="text-2xl font-semibold">
          {t('emptyTitle')}
        </h1>
        <p className="mt-3 text-[var(--color-muted)]">{t('emptyText', { email: user.email })}</p>
        <Link href="/sign-up" className="mt-6 inline-block rounded-md bg-[var(--color-brand)] px-5 py-3 font-medium text-white">
          {t('emptyAction')}
        </Link>
        <p className="mt-4 text-sm text-[var(--color-muted)]">{t('emptyLeaderHint')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="orgs-title" className="mx-auto max-w-2xl">
      <h1 id="orgs-title" className="text-2xl font-semibold">
        {t('title')}
      </h1>
      <p className="mt-2 text-[var(--color-muted)]">{t('lead')}</p>
      <ul className="mt-6 space-y-3">
        {organisations.map((org) => (
          <li key={org.slug}>
            <Link href={`/${org.slug}`} className={cn(cardClass, 'flex items-center justify-between gap-4 p-4 shadow-sm hover:border-[var(--color-brand)]')}>
              <span className="font-medium">{org.name}</span>
              <span className="text-sm text-[var(--color-muted)]">{tRoles(org.role)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6 text-sm">
        <Link href="/sign-up" className="underline">
          {t('createAnother')}
        </Link>
      </p>
    </section>
  );
}
