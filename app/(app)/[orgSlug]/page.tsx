import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CheckCircle2, Circle } from 'lucide-react';
import Link from 'next/link';
import { toLocale } from '@/i18n/locale';
import { RevisionDueSection } from '@/components/apv/RevisionDueSection';
import { AwaitingApproval } from '@/components/overview/AwaitingApproval';
import { RoleShortcuts } from '@/components/overview/RoleShortcuts';
import { AwaitingRole } from '@/components/overview/AwaitingRole';
import { RoundSummary } from '@/components/overview/RoundSummary';
import { buttonVariants } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { listApvsAwaitingApproval } from '@/lib/domains/apv/awaiting-approval';
import { listRevisionsDue } from '@/lib/domains/apv/revision-due';
import { can } from '@/lib/domains/auth/permissions';
import { resultsReadPermissions } from '@/lib/domains/results/permissions';
import { getOrganisationOverview } from '@/lib/domains/rounds/overview';
import { countSharedWithManager } from '@/lib/domains/sharing/share';
import { requireOrgPage } from '@/lib/edges/session/org-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('overview');
  return { title: t('title') };
}

/** Each role's landing page: what that role comes for first (HR: setup and participation; management: results and shares; MED/AMO: APVs to approve). */
export default async function OrganisationOverviewPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'org:read', `/${orgSlug}`);
  const role = member.actor.role;
  if (role === 'NO_ACCESS') return <AwaitingRole organisationName={member.organisation.name} />;
  const [overview, sharedCount, revisionsDue, awaiting] = await Promise.all([
    getOrganisationOverview(member.db),
    countSharedWithManager(member.organisation.id, member.actor.email),
    can(role, 'reports:read') ? listRevisionsDue(member.actor) : null,
    can(role, 'apv:approve') ? listApvsAwaitingApproval(member.actor) : null,
  ]);
  const t = await getTranslations('overview');
  const tRoles = await getTranslations('members.roles');
  const locale = toLocale(await getLocale());
  const managesSetup = can(role, 'groups:manage');
  const readsResults = resultsReadPermissions.some((p) => can(role, p));
  const isNew = overview.groups === 0 && overview.leaders === 0 && overview.rounds.length === 0;
  const setupSteps = [
    { key: 'groups', href: '/groups', count: overview.groups },
    { key: 'leaders', href: '/leaders', count: overview.leaders },
    { key: 'members', href: '/members', count: overview.members },
  ] as const;

  return (
    <div className="space-y-10">
      <PageHeader title={member.organisation.name} description={t('yourRole', { role: tRoles(role) })} />

      {isNew ? (
        <EmptyState
          title={t('emptyTitle')}
          action={
            managesSetup ? (
              <Link href={`/${orgSlug}/groups`} className={buttonVariants()}>
                {t('emptyAction')}
              </Link>
            ) : undefined
          }
        >
          {managesSetup ? t('emptyTextHr') : t('emptyTextOther')}
        </EmptyState>
      ) : null}

      {awaiting ? <AwaitingApproval orgSlug={orgSlug} rows={awaiting} /> : null}

      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title" className="text-section-title font-semibold">
          {t('roundsTitle')}
        </h2>
        {overview.rounds.length === 0 ? (
          <p className="mt-2 text-muted">{t('noRounds')}</p>
        ) : (
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {overview.rounds.map((round) => (
              <RoundSummary key={round.id} orgSlug={orgSlug} round={round} locale={locale} manageHref={can(role, 'rounds:read')} resultsHref={readsResults} />
            ))}
          </ul>
        )}
      </section>

      <RoleShortcuts orgSlug={orgSlug} role={role} counts={{ sharedWithMe: sharedCount }} />

      {managesSetup ? (
        <section aria-labelledby="counts-title">
          <h2 id="counts-title" className="text-section-title font-semibold">
            {t('countsTitle')}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-3">
            {setupSteps.map((step) => (
              <li key={step.key}>
                <Link href={`/${orgSlug}${step.href}`} className="flex items-center gap-3 rounded-card border border-border bg-surface p-4 shadow-card hover:border-brand">
                  {step.count > 0 ? <CheckCircle2 aria-hidden="true" className="size-5 shrink-0 text-success" /> : <Circle aria-hidden="true" className="size-5 shrink-0 text-muted" />}
                  <span>
                    <span className="block text-sm text-muted">{t(`counts.${step.key}`)}</span>
                    <span className="block text-2xl font-semibold">{step.count}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {revisionsDue ? <RevisionDueSection orgSlug={orgSlug} rows={revisionsDue} /> : null}
    </div>
  );
}
