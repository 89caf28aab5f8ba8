import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/i18n/locale';
import { formatPeriod } from '@/lib/platform/format/dates';
import { getDemoOverview, type DemoOverview } from '@/lib/domains/demo/demo-overview';
import { isConnectionError } from '@/lib/platform/errors';

async function loadOverview(): Promise<DemoOverview | null | 'unavailable'> {
  try {
    return await getDemoOverview();
  } catch (error) {
    if (isConnectionError(error)) return 'unavailable';
    throw error;
  }
}

export async function DemoOverviewPanel() {
  const t = await getTranslations('demo');
  const periodLocale = toLocale(await getLocale());
  const overview = await loadOverview();
  if (overview === 'unavailable') {
    return (
      <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4">
        {t('unavailable')}
      </p>
    );
  }
  if (!overview) return <p className="rounded-md border border-stone-200 bg-white p-4">{t('empty')}</p>;
  return (
    <section aria-labelledby="demo-title" className={cn(cardClass, 'shadow-sm')}>
      <h2 id="demo-title" className="text-xl font-semibold">
        {t('title', { name: overview.name })}
      </h2>
      <p className="mt-1 text-[var(--color-muted)]">{t('intro')}</p>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        <div>
          <h3 className="font-semibold">{t('groupsTitle')}</h3>
          <ul className="mt-2 space-y-1" aria-label={t('groupsTitle')}>
            {overview.groups.map((group) => (
              <li key={group.id} style={{ paddingLeft: `${group.depth * 1.25}rem` }} className="flex justify-between gap-4 text-sm">
                <span>{group.name}</span>
                <span className="text-[var(--color-muted)]">{t('leaders', { count: group.leaderCount })}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="font-semibold">{t('roundsTitle')}</h3>
          {/* A plain list, not cards: nothing here opens anything (the rounds are behind sign-in). */}
          <ul className="mt-2 divide-y divide-stone-200 text-sm">
            {overview.rounds.map((round) => (
              <li key={round.id} className="py-2">
                <p className="font-medium">
                  {round.name} · {t('roundStatus', { status: round.status })}
                </p>
                <p className="text-[var(--color-muted)]">{formatPeriod(round.opensAt, round.closesAt, periodLocale)}</p>
                {/* A draft has invited nobody yet: no "0 of 0". */}
                {round.status === 'DRAFT' ? null : (
                  <p>
                    {t('responded', {
                      responded: round.responded,
                      invited: round.invited,
                      percent: round.invited === 0 ? 0 : Math.round((100 * round.responded) / round.invited),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
