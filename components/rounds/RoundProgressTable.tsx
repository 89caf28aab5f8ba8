import { cardClass } from '@/components/ui/Card';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { hiddenCountsText } from '@/lib/domains/results/participation';
import type { RoundProgress } from '@/lib/domains/rounds/queries';

/**
 * Response rate overall and per snapshot group: counts and percentages, never who — and a
 * group's counts only as far as the anonymity rule lets them show (the note says how). The
 * invitees' names are a link away, never beside a count.
 */
const wide = 'hidden sm:table-cell';
const narrow = 'sm:hidden';

export async function RoundProgressTable({ progress, invitationsHref }: { progress: RoundProgress; invitationsHref: string | null }) {
  const t = await getTranslations('rounds.progress');
  const all = await getTranslations();
  return (
    <section aria-labelledby="progress-title" className={cardClass}>
      <h2 id="progress-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-lg">{t('overall', { responded: progress.responded, invited: progress.invited, percent: progress.responseRate })}</p>
      {/* Four columns from the small breakpoint up; below it one "answered" column, so nothing needs scrolling sideways. */}
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="border-b border-stone-300">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t('group')}
            </th>
            <th scope="col" className={`${wide} py-2 pr-4 text-right font-semibold`}>
              {t('invited')}
            </th>
            <th scope="col" className={`${wide} py-2 pr-4 text-right font-semibold`}>
              {t('responded')}
            </th>
            <th scope="col" className={`${wide} py-2 font-semibold`}>
              {t('rate')}
            </th>
            <th scope="col" className={`${narrow} py-2 font-semibold`}>
              {t('responded')}
            </th>
          </tr>
        </thead>
        <tbody>
          {progress.groups.map(({ groupId, name, depth, participation: p }) => (
            <tr key={groupId} className="border-b border-stone-100">
              <th scope="row" className="py-2 pr-4 font-normal" style={{ paddingLeft: `${depth * 1.25}rem` }}>
                {name}
              </th>
              {p.reason === null ? (
                <>
                  <td className={`${wide} py-2 pr-4 text-right tabular-nums`}>{p.invited}</td>
                  <td className={`${wide} py-2 pr-4 text-right tabular-nums`}>{p.responded}</td>
                  <td className={`${wide} py-2`}>
                    <div className="flex items-center gap-2">
                      <span className="w-12 text-right tabular-nums">{p.responseRate} %</span>
                      <span aria-hidden="true" className="h-2 w-32 overflow-hidden rounded bg-stone-200">
                        <span className="block h-2 bg-[var(--color-brand)]" style={{ width: `${p.responseRate}%` }} />
                      </span>
                    </div>
                  </td>
                  <td className={`${narrow} py-2 tabular-nums`}>{all('participation.compact', { responded: p.responded, invited: p.invited, rate: p.responseRate })}</td>
                </>
              ) : (
                <>
                  <td colSpan={3} className={`${wide} py-2 text-stone-600`}>
                    <span aria-hidden="true">◌ </span>
                    {hiddenCountsText(all, p, progress.threshold)}
                  </td>
                  <td className={`${narrow} py-2 text-stone-600`}>
                    <span aria-hidden="true">◌ </span>
                    {hiddenCountsText(all, p, progress.threshold)}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-sm text-[var(--color-muted)]">{t('note', { threshold: progress.threshold })}</p>
      {invitationsHref ? (
        <p className="mt-3">
          <Link href={invitationsHref} className="font-medium text-[var(--color-brand)] underline-offset-4 hover:underline">
            {all('participation.invitations.link', { count: progress.invited })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
