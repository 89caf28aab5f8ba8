import { dateFormatter } from '@/lib/platform/format/dates';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartLine } from 'lucide-react';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { GroupPicker } from '@/components/results/GroupPicker';
import { HeatmapNoScript } from '@/components/results/Heatmap';
import { ResultsFigures } from '@/components/results/ResultsFigures';
import { ResultsHeader } from '@/components/results/ResultsHeader';
import { ResultsSkeleton } from '@/components/results/ResultsSkeleton';
import { resultsHref } from '@/components/results/links';
import { toLocale } from '@/i18n/locale';
import { dashboardFrame, openResultsDashboard, showsHeatmap } from '@/lib/domains/results/dashboard';
import { hiddenCountsText } from '@/lib/domains/results/participation';
import { focusPicker } from '@/lib/domains/results/picker-focus';
import { resultsReadPermissions } from '@/lib/domains/results/permissions';
import { listResultRounds } from '@/lib/domains/rounds/result-rounds';
import { resultsViewSearchSchema } from '@/lib/domains/results/schemas';
import { pageError, requireOrgPage } from '@/lib/edges/session/org-page';
import { hideCommentAction, redactCommentAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('results'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * One round's dashboard for one view (?group=<id>&alone=1), as the viewer may see it. Access is
 * decided before the Suspense boundary (so a group outside the viewer's reach is a real 404);
 * the figures stream in behind a skeleton instead of a route-wide loading.tsx.
 */
export default async function RoundResultsPage({ params, searchParams }: { params: Promise<{ orgSlug: string; roundId: string }>; searchParams: SearchParams }) {
  const { orgSlug, roundId } = await params;
  const search = resultsViewSearchSchema.safeParse(Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  if (!search.success) notFound();
  const member = await requireOrgPage(orgSlug, resultsReadPermissions, `/${orgSlug}/results/${roundId}`);
  const viewer = member.actor;
  const opened = await openResultsDashboard(viewer, roundId, { groupId: search.data.group, alone: search.data.alone }).catch(pageError);
  const frame = dashboardFrame(opened);
  const rounds = await listResultRounds(viewer);
  const t = await getTranslations('results');
  const all = await getTranslations();
  const tTrend = await getTranslations('trend');
  const format = dateFormatter(toLocale(await getLocale()));
  const locale = toLocale(await getLocale());
  const { selected } = frame;
  const counts = selected.participation;
  const pickerEntry = frame.picker.find((e) => e.groupId === selected.ref.groupId);
  const viewTitle =
    selected.name === null
      ? t('view.organisation')
      : !selected.hasChildren
        ? t('view.leaf', { name: selected.name })
        : selected.ref.alone
          ? t('view.alone', { name: selected.name })
          : t('view.subtree', { name: selected.name });
  return (
    <div className="space-y-8">
      <ResultsHeader orgSlug={orgSlug} round={frame.round} rounds={rounds} exportable={frame.progress === null} />
      <GroupPicker
        orgSlug={orgSlug}
        roundId={roundId}
        picker={focusPicker(frame.picker, selected.ref.groupId, search.data.find)}
        selected={selected.ref}
        verdicts={frame.progress === null}
        threshold={frame.round.threshold}
      />
      <div className="min-w-0 space-y-8">
        <section aria-labelledby="view-title">
          <h2 id="view-title" className="text-xl font-semibold">
            {viewTitle}
          </h2>
          <p className="text-[var(--color-muted)]">
            {counts.reason === null ? t('view.counts', { responded: counts.responded, invited: counts.invited, rate: counts.responseRate }) : hiddenCountsText(all, counts, frame.round.threshold)}
          </p>
          {selected.hasChildren && pickerEntry?.alone ? (
            <Link href={resultsHref(orgSlug, roundId, { groupId: selected.ref.groupId, alone: !selected.ref.alone })} className="mt-1 inline-block text-sm underline underline-offset-4">
              {selected.ref.alone ? t('view.showSubtree') : t('view.showAlone')}
            </Link>
          ) : null}
          {selected.ref.groupId !== null && frame.progress === null ? (
            <p className="mt-2 text-sm">
              <Link href={`/${orgSlug}/results/trend/${selected.ref.groupId}`} className="inline-flex items-center gap-1 underline underline-offset-4" data-testid="results-trend-link">
                <ChartLine aria-hidden="true" className="size-4" />
                {tTrend('link')}
              </Link>
              <span className="ml-2 text-xs text-[var(--color-muted)]">{tTrend('linkHint')}</span>
            </p>
          ) : null}
          <p className="mt-2 text-xs text-[var(--color-muted)]">{t('view.threshold', { threshold: frame.round.threshold })}</p>
        </section>

        {frame.progress ? (
          <section role="status" className="rounded-card border border-dashed border-border-strong bg-surface p-6" data-testid="results-open-round">
            <h2 className="text-lg font-semibold">{t('empty.openTitle')}</h2>
            <p className="mt-2">{t('empty.open', { ...frame.progress, rate: frame.progress.responseRate, date: format.dateTime(frame.round.closesAt, { dateStyle: 'long' }) })}</p>
            <p className="mt-2 text-sm text-[var(--color-muted)]">{t('empty.openWhy')}</p>
          </section>
        ) : (
          <Suspense fallback={<ResultsSkeleton />}>
            <ResultsFigures
              opened={opened}
              orgSlug={orgSlug}
              locale={locale}
              organisationName={member.organisation.name}
              hideAction={hideCommentAction.bind(null, orgSlug)}
              redactAction={redactCommentAction.bind(null, orgSlug)}
            />
          </Suspense>
        )}
        {showsHeatmap(opened) ? <HeatmapNoScript orgSlug={orgSlug} roundId={roundId} /> : null}
      </div>
    </div>
  );
}
