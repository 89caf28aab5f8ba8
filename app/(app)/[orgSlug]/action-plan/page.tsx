import { TriangleAlert } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionTable } from '@/components/action-plan/ActionTable';
import { ActionDialogProvider, NewActionButton } from '@/components/action-plan/CreateActionDialog';
import { PlanFilters } from '@/components/action-plan/PlanFilters';
import { RoundLinks } from '@/components/action-plan/RoundLinks';
import { toLocale } from '@/i18n/locale';
import { actionFormOptions, reachedGroups } from '@/lib/domains/action-plan/options';
import { roundActions } from '@/lib/domains/action-plan/queries';
import { planFilterSchema } from '@/lib/domains/action-plan/schemas';
import { actorCan } from '@/lib/domains/auth/actor';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { followUpPageError } from '@/lib/edges/session/org-page';
import { listResultRounds } from '@/lib/domains/rounds/result-rounds';
import { addActionToPlan } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('actionPlan'))('title') };
}

/**
 * The action plan of a closed round: the whole organisation's (as far as the viewer reaches) or
 * one group's, filtered by status. Those who may manage actions open one to change it; the rest read.
 */
export default async function ActionPlanPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { orgSlug } = await params;
  const raw = Object.fromEntries(
    Object.entries(await searchParams)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])
      .filter(([, v]) => v !== '' && v !== undefined),
  );
  const filter = planFilterSchema.safeParse(raw);
  if (!filter.success) notFound();
  const member = await requireOrgPage(orgSlug, 'action-plan:read', `/${orgSlug}/action-plan`);
  const viewer = member.actor;
  const t = await getTranslations('actionPlan');
  const locale = toLocale(await getLocale());
  const closed = (await listResultRounds(viewer)).filter((r) => r.status === 'CLOSED');
  const roundId = filter.data.round ?? closed[0]?.id;
  if (!roundId) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <section className="rounded-card border border-dashed border-border-strong bg-surface p-6">
          <h2 className="text-lg font-semibold">{t('empty.noRoundTitle')}</h2>
          <p className="mt-2 text-[var(--color-muted)]">{t('empty.noRound')}</p>
        </section>
      </div>
    );
  }
  const { reach, actions } = await roundActions(viewer, roundId, { group: filter.data.group, status: filter.data.status }).catch(followUpPageError);
  const canManage = actorCan(viewer, 'action-plan:manage');
  const groups = reachedGroups(reach);
  const overdue = actions.filter((a) => a.overdue).length;
  const filtered = Boolean(filter.data.group || filter.data.status);
  // Where a new action may go: the whole organisation (for those who plan for it whole) and each group reached.
  const choices = canManage ? [...(reach.total ? [{ value: '', label: t('organisationWide') }] : []), ...groups.map((g) => ({ value: g.id, label: g.path }))] : [];
  const canCreate = choices.length > 0;

  const content = (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold">{t('titleRound', { round: reach.ctx.round.name })}</h1>
          <p className="max-w-3xl text-[var(--color-muted)]">{canManage ? t('leadManage') : t('leadRead')}</p>
        </div>
        {canCreate ? <NewActionButton label={t('create.title')} /> : null}
      </header>
      <RoundLinks label={t('roundsLabel')} rounds={closed} current={roundId} href={(id) => `/${orgSlug}/action-plan?round=${id}`} />
      <PlanFilters roundId={roundId} groups={groups} organisationWide={reach.total} group={filter.data.group ?? ''} status={filter.data.status ?? ''} />
      {overdue > 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950" role="note">
          <TriangleAlert aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
          {t('overdueCount', { count: overdue })}
        </p>
      ) : null}
      {actions.length > 0 ? (
        <ActionTable actions={actions} orgSlug={orgSlug} locale={locale} caption={t('titleRound', { round: reach.ctx.round.name })} showGroup={filter.data.group === undefined} />
      ) : (
        <section className="rounded-card border border-dashed border-border-strong bg-surface p-6">
          <h2 className="text-lg font-semibold">{filtered ? t('empty.filteredTitle') : t('empty.noneTitle')}</h2>
          <p className="mt-2 text-[var(--color-muted)]">{filtered ? t('empty.filtered') : canManage ? t('empty.noneManage') : t('empty.none')}</p>
        </section>
      )}
      {filter.data.group && filter.data.group !== 'org' ? (
        <p>
          <Link href={`/${orgSlug}/workshop/${roundId}/${filter.data.group}`} className="underline underline-offset-4">
            {t('notesLink')}
          </Link>
        </p>
      ) : null}
    </div>
  );
  if (!canCreate) return content;
  // A new action starts out for the group the plan shows, else for the first choice.
  const shown = filter.data.group === 'org' ? '' : (filter.data.group ?? choices[0]!.value);
  return (
    <ActionDialogProvider action={addActionToPlan.bind(null, orgSlug)} roundId={roundId} group={{ choices, defaultValue: shown }} options={actionFormOptions(locale)}>
      {content}
    </ActionDialogProvider>
  );
}
