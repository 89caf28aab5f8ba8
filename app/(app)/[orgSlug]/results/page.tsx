import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { resultsReadPermissions } from '@/lib/domains/results/permissions';
import { latestClosed, listResultRounds } from '@/lib/domains/rounds/result-rounds';
import { requireOrgPage } from '@/lib/edges/session/org-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('results'))('title') };
}

/** The results section opens on the latest closed round; without one it says why there is nothing yet. */
export default async function ResultsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { actor } = await requireOrgPage(orgSlug, resultsReadPermissions, `/${orgSlug}/results`);
  const rounds = await listResultRounds(actor);
  const closed = latestClosed(rounds);
  if (closed) redirect(`/${orgSlug}/results/${closed.id}`);
  const t = await getTranslations('results');
  const format = dateFormatter(toLocale(await getLocale()));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-[var(--color-muted)]">{t('lead')}</p>
      </header>
      {rounds.length === 0 ? (
        <section className="rounded-card border border-dashed border-border-strong bg-surface p-6">
          <h2 className="text-lg font-semibold">{t('empty.noRoundTitle')}</h2>
          <p className="mt-2 text-[var(--color-muted)]">{t('empty.noRound')}</p>
        </section>
      ) : (
        rounds.map((round) => (
          <section key={round.id} className="rounded-card border border-dashed border-border-strong bg-surface p-6" data-testid="results-open-round">
            <h2 className="text-lg font-semibold">
              <Link href={`/${orgSlug}/results/${round.id}`} className="underline-offset-4 hover:underline">
                {round.name}
              </Link>
              <span className="ml-2 text-base font-normal text-[var(--color-muted)]">– {t('empty.openTitle')}</span>
            </h2>
            <p className="mt-2">{t('empty.open', { responded: round.responded, invited: round.invited, rate: round.responseRate, date: format.dateTime(round.closesAt, { dateStyle: 'long' }) })}</p>
            <p className="mt-2 text-sm text-[var(--color-muted)]">{t('empty.openWhy')}</p>
          </section>
        ))
      )}
    </div>
  );
}
