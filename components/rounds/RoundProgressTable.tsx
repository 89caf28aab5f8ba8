import { getTranslations } from 'next-intl/server';
import type { GroupProgress } from '@/lib/rounds/queries';

/** Response rate overall and per snapshot group: counts and percentages, never who. */
export async function RoundProgressTable({ progress }: { progress: { invited: number; responded: number; responseRate: number; groups: GroupProgress[] } }) {
  const t = await getTranslations('rounds.progress');
  return (
    <section aria-labelledby="progress-title" className="rounded-xl border border-stone-200 bg-white p-6">
      <h2 id="progress-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-lg">{t('overall', { responded: progress.responded, invited: progress.invited, percent: progress.responseRate })}</p>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="border-b border-stone-300">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">{t('group')}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{t('invited')}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{t('responded')}</th>
            <th scope="col" className="py-2 font-semibold">{t('rate')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.groups.map((group) => (
            <tr key={group.groupId} className="border-b border-stone-100">
              <th scope="row" className="py-2 pr-4 font-normal" style={{ paddingLeft: `${group.depth * 1.25}rem` }}>
                {group.name}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">{group.invited}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{group.responded}</td>
              <td className="py-2">
                <div className="flex items-center gap-2">
                  <span className="w-12 text-right tabular-nums">{group.responseRate} %</span>
                  <span aria-hidden="true" className="h-2 w-32 overflow-hidden rounded bg-stone-200">
                    <span className="block h-2 bg-[var(--color-brand)]" style={{ width: `${group.responseRate}%` }} />
                  </span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-sm text-[var(--color-muted)]">{t('note')}</p>
    </section>
  );
}
