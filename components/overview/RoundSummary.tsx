import { ArrowRight } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import { Badge } from '@/components/ui/Badge';
import { formatPeriod } from '@/lib/platform/format/dates';
import { responseRate, type OverviewRound } from '@/lib/domains/rounds/overview';

const statusTone = { DRAFT: 'neutral', OPEN: 'info', CLOSED: 'success' } as const;

function NextStep({ href, label, roundName }: { href: string; label: string; roundName: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-1 font-medium text-brand underline-offset-4 hover:underline">
      {label}
      <span className="sr-only">: {roundName}</span>
      <ArrowRight aria-hidden="true" className="size-4" />
    </Link>
  );
}

/**
 * One round on the overview: its period, how many answered (a count, never who), and the next
 * place to go — the round itself for HR, its results once it has closed for those who read them.
 */
export async function RoundSummary({ orgSlug, round, locale, manageHref, resultsHref }: { orgSlug: string; round: OverviewRound; locale: Locale; manageHref: boolean; resultsHref: boolean }) {
  const t = await getTranslations('overview');
  const rate = responseRate(round);
  const showResults = resultsHref && round.status === 'CLOSED';
  return (
    <li className="rounded-card border border-border bg-surface p-5 shadow-card">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">{round.name}</p>
        <Badge tone={statusTone[round.status]}>{t('roundStatus', { status: round.status })}</Badge>
      </div>
      <p className="mt-1 text-sm text-muted">{formatPeriod(round.opensAt, round.closesAt, locale)}</p>
      {round.status !== 'DRAFT' ? (
        <div className="mt-3">
          <p className="text-sm">{t('responseRate', { answered: round.answered, invited: round.invited, percent: rate })}</p>
          <div className="mt-1.5 h-2 overflow-hidden rounded-full bg-stone-200" aria-hidden="true">
            <div className="h-full rounded-full bg-brand" style={{ width: `${rate}%` }} />
          </div>
        </div>
      ) : null}
      {manageHref || showResults ? (
        <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {manageHref ? <NextStep href={`/${orgSlug}/rounds/${round.id}`} label={t('openRound')} roundName={round.name} /> : null}
          {showResults ? <NextStep href={`/${orgSlug}/results/${round.id}`} label={t('openResults')} roundName={round.name} /> : null}
        </div>
      ) : null}
    </li>
  );
}
