import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RoundStatusBadge } from '@/components/rounds/RoundStatusBadge';
import type { RoundStatus } from '@/lib/generated/prisma/enums';

interface RoundLink {
  id: string;
  name: string;
  status: RoundStatus;
}

/** The round's name and status, the other rounds to switch to, and the downloads. */
export async function ResultsHeader({ orgSlug, round, rounds, exportable }: { orgSlug: string; round: RoundLink; rounds: RoundLink[]; exportable: boolean }) {
  const t = await getTranslations('results');
  const exportHref = (format: 'csv' | 'xlsx') => `/${orgSlug}/results/${round.id}/export?format=${format}`;
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t('titleRound', { round: round.name })}</h1>
        <RoundStatusBadge status={round.status} />
      </div>
      <p className="max-w-3xl text-[var(--color-muted)]">{t('lead')}</p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        {rounds.length > 1 ? (
          <nav aria-label={t('roundsLabel')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {rounds.map((r) => (
                <li key={r.id}>
                  <Link
                    href={`/${orgSlug}/results/${r.id}`}
                    aria-current={r.id === round.id ? 'page' : undefined}
                    className={`underline-offset-4 hover:underline ${r.id === round.id ? 'font-semibold' : 'underline'}`}
                  >
                    {r.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <span />
        )}
        {exportable ? (
          <div className="text-sm">
            <p className="font-medium">{t('export.label')}</p>
            <p className="flex gap-3">
              <a href={exportHref('csv')} download className="underline underline-offset-4">
                {t('export.csv')}
              </a>
              <a href={exportHref('xlsx')} download className="underline underline-offset-4">
                {t('export.xlsx')}
              </a>
            </p>
            <p className="max-w-xs text-xs text-[var(--color-muted)]">{t('export.note')}</p>
          </div>
        ) : null}
      </div>
    </header>
  );
}
