import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/i18n/locale';
import { formatPeriod } from '@/lib/platform/format/dates';
import { RevisionDueSection } from '@/components/apv/RevisionDueSection';
import { listRevisionsDue } from '@/lib/domains/apv/revision-due';
import { can, type Permission } from '@/lib/domains/auth/permissions';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { getOrganisationOverview, responseRate } from '@/lib/domains/rounds/overview';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('overview');
  return { title: t('title') };
}

/** The sections shown as next steps, each only to a role that may use it (the pages check the same). */
const sections: { href: string; key: string; permission: Permission }[] = [
  { href: '/groups', key: 'groups', permission: 'groups:read' },
  { href: '/leaders', key: 'leaders', permission: 'leaders:read' },
  { href: '/rounds', key: 'rounds', permission: 'rounds:read' },
  { href: '/members', key: 'members', permission: 'members:manage' },
  { href: '/settings/api-keys', key: 'apiKeys', permission: 'api-keys:manage' },
  { href: '/audit', key: 'audit', permission: 'audit:read' },
];

export default async function OrganisationOverviewPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'org:read', `/${orgSlug}`);
  const overview = await getOrganisationOverview(member.db);
  const t = await getTranslations('overview');
  const tRoles = await getTranslations('members.roles');
  const tNav = await getTranslations('orgNav');
  const periodLocale = toLocale(await getLocale());
  const role = member.actor.role;
  const revisionsDue = can(role, 'reports:read') ? await listRevisionsDue(member.actor) : null;
  const isNew = overview.groups === 0 && overview.leaders === 0 && overview.rounds.length === 0;

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold">{member.organisation.name}</h1>
        <p className="mt-1 text-[var(--color-muted)]">{t('yourRole', { role: tRoles(role) })}</p>
      </header>

      {isNew ? (
        <section aria-labelledby="start-title" className="rounded-xl border border-dashed border-stone-300 bg-white p-6">
          <h2 id="start-title" className="text-lg font-semibold">
            {t('emptyTitle')}
          </h2>
          <p className="mt-2 text-[var(--color-muted)]">{can(role, 'groups:manage') ? t('emptyTextHr') : t('emptyTextOther')}</p>
          {can(role, 'groups:manage') ? (
            <Link href={`/${orgSlug}/groups`} className="mt-4 inline-block rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white">
              {t('emptyAction')}
            </Link>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="counts-title">
        <h2 id="counts-title" className="text-lg font-semibold">
          {t('countsTitle')}
        </h2>
        <dl className="mt-3 grid gap-3 sm:grid-cols-3">
          {(['groups', 'leaders', 'members'] as const).map((key) => (
            <div key={key} className="rounded-xl border border-stone-200 bg-white p-4">
              <dt className="text-sm text-[var(--color-muted)]">{t(`counts.${key}`)}</dt>
              <dd className="text-2xl font-semibold">{overview[key]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title" className="text-lg font-semibold">
          {t('roundsTitle')}
        </h2>
        {overview.rounds.length === 0 ? (
          <p className="mt-2 text-[var(--color-muted)]">{t('noRounds')}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {overview.rounds.map((round) => (
              <li key={round.id} className="rounded-xl border border-stone-200 bg-white p-4 text-sm">
                <p className="font-medium">
                  {round.name} · {t('roundStatus', { status: round.status })}
                </p>
                <p className="text-[var(--color-muted)]">{formatPeriod(round.opensAt, round.closesAt, periodLocale)}</p>
                <p>{t('responseRate', { answered: round.answered, invited: round.invited, percent: responseRate(round) })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {revisionsDue ? <RevisionDueSection orgSlug={orgSlug} rows={revisionsDue} /> : null}

      <section aria-labelledby="sections-title">
        <h2 id="sections-title" className="text-lg font-semibold">
          {t('sectionsTitle')}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {sections
            .filter((section) => can(role, section.permission))
            .map((section) => (
              <li key={section.key}>
                <Link href={`/${orgSlug}${section.href}`} className="block rounded-xl border border-stone-200 bg-white p-4 hover:border-[var(--color-brand)]">
                  <span className="font-medium">{tNav(section.key)}</span>
                  <span className="mt-1 block text-sm text-[var(--color-muted)]">{t(`sectionHints.${section.key}`)}</span>
                </Link>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
