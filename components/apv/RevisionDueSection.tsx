import { toLocale } from '@/i18n/locale';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { dateFormatter, dayOf } from '@/lib/platform/format/dates';
import { type RevisionUrgency } from '@/lib/domains/apv/revision';
import type { RevisionDue } from '@/lib/domains/apv/revision-due';
import { DataTable } from '@/components/ui/DataTable';

const flagStyle: Record<RevisionUrgency, string> = {
  overdue: 'border-red-700 bg-red-50 text-red-900',
  'due-soon': 'border-amber-600 bg-amber-50 text-amber-900',
  later: 'border-stone-300 bg-white text-stone-700',
};
const flagKey: Record<RevisionUrgency, string> = { overdue: 'overdue', 'due-soon': 'dueSoon', later: 'later' };

/** The organisation overview's "APV due for revision": each group's date, earliest first, overdue and soon flagged. */
export async function RevisionDueSection({ orgSlug, rows }: { orgSlug: string; rows: RevisionDue[] }) {
  const t = await getTranslations('apv.overview');
  const format = dateFormatter(toLocale(await getLocale()));
  return (
    <section aria-labelledby="apv-revision-due-title" data-testid="apv-revision-due">
      <h2 id="apv-revision-due-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">{t('lead')}</p>
      {rows.length === 0 ? (
        <p className="mt-2 text-[var(--color-muted)]">{t('empty')}</p>
      ) : (
        <div className="mt-3">
          <DataTable caption={t('caption')} columns={[t('group'), t('round'), t('due')]}>
            {rows.map((row) => (
              <tr key={row.groupId} className="border-b border-stone-100 last:border-0">
                <th scope="row" className="px-4 py-2 font-normal">
                  <Link href={`/${orgSlug}/apv/${row.roundId}/${row.groupId}`} className="underline underline-offset-4">
                    {row.groupName}
                  </Link>
                </th>
                <td className="px-4 py-2">{row.roundName}</td>
                <td className="px-4 py-2">
                  {format.dateTime(dayOf(row.revisionDueOn), { dateStyle: 'long', timeZone: 'UTC' })}
                  {row.urgency !== 'later' ? (
                    <span className={`ml-2 inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${flagStyle[row.urgency]}`}>{t(flagKey[row.urgency])}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </section>
  );
}
