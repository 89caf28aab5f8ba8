import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChartLine } from 'lucide-react';
import { TrendChart } from '@/components/results/TrendChart';
import { TrendTable } from '@/components/results/TrendTable';
import { resultsHref } from '@/components/results/links';
import { BackLink } from '@/components/ui/BackLink';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { toLocale } from '@/i18n/locale';
import { resultsReadPermissions } from '@/lib/domains/results/permissions';
import { getGroupTrend } from '@/lib/domains/results/trend';
import { pageError, requireOrgPage } from '@/lib/edges/session/org-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('trend'))('link') };
}

/**
 * One group across every closed round it took part in (issue 17). Each round is read through
 * its own anonymity verdicts and the dashboard's access rule (lib/domains/results/trend.ts); a
 * group the viewer may open in no closed round is a 404, like on the dashboard.
 */
export default async function GroupTrendPage({ params }: { params: Promise<{ orgSlug: string; groupId: string }> }) {
  const { orgSlug, groupId } = await params;
  const { actor } = await requireOrgPage(orgSlug, resultsReadPermissions, `/${orgSlug}/results/trend/${groupId}`);
  const trend = await getGroupTrend(actor, groupId).catch(pageError);
  const t = await getTranslations('trend');
  const locale = toLocale(await getLocale());
  const latest = trend.points.at(-1)!;
  return (
    <div className="space-y-8">
      <PageHeader
        title={t('title', { name: trend.currentName })}
        description={t('lead')}
        back={<BackLink href={resultsHref(orgSlug, latest.roundId, { groupId, alone: false })}>{t('back')}</BackLink>}
        className="mb-0"
      />
      <div className="max-w-3xl space-y-2 text-sm text-[var(--color-muted)]">
        <p>{t('subtree')}</p>
        {trend.renamed ? (
          <p className="rounded-md border border-stone-200 bg-stone-50 p-3 text-ink" data-testid="trend-renamed">
            {t('renamed')}
          </p>
        ) : null}
      </div>
      {trend.points.length < 2 ? (
        <EmptyState icon={ChartLine} title={t('empty.title')}>
          {t('empty.text', { round: latest.roundName })}
        </EmptyState>
      ) : (
        <>
          <TrendChart points={trend.points} locale={locale} />
          <TrendTable points={trend.points} groupName={trend.currentName} locale={locale} />
        </>
      )}
    </div>
  );
}
