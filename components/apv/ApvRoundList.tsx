import { toLocale } from '@/i18n/locale';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import { dateFormatter, dayOf } from '@/lib/platform/format/dates';
import type { ApvRoundRow } from '@/lib/domains/apv/rounds';
import { ApvStatusBadge } from './ApvStatusBadge';
import { DataTable } from '@/components/ui/DataTable';
import { ReportDownloads } from './ReportDownloads';

/** One closed round: its groups with where each APV stands, and the organisation-wide report. */
export async function ApvRoundList({ orgSlug, round, locale }: { orgSlug: string; round: ApvRoundRow; locale: Locale }) {
  const t = await getTranslations('apv.list');
  const format = dateFormatter(toLocale(await getLocale()));
  const day = (iso: string) => format.dateTime(dayOf(iso), { dateStyle: 'medium', timeZone: 'UTC' });
  const headingId = `round-${round.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div>
        <h2 id={headingId} className="text-xl font-semibold">
          {round.name}
        </h2>
        <p className="text-sm text-[var(--color-muted)]">{t('closedOn', { date: day(round.closedOn) })}</p>
      </div>
      <DataTable caption={t('caption', { name: round.name })} columns={[t('group'), t('status'), t('revision')]}>
        {round.groups.map((group) => (
          <tr key={group.groupId} className="border-b border-stone-100 last:border-0">
            <th scope="row" className="px-4 py-2 font-normal" style={{ paddingLeft: `${1 + group.depth * 1.25}rem` }}>
              <Link href={`/${orgSlug}/apv/${round.id}/${group.groupId}`} className="underline underline-offset-4">
                {group.name}
              </Link>
            </th>
            <td className="px-4 py-2">
              <ApvStatusBadge status={group.status} />
            </td>
            <td className="px-4 py-2">{day(group.revisionDueOn)}</td>
          </tr>
        ))}
      </DataTable>
      {round.total ? <ReportDownloads orgSlug={orgSlug} roundId={round.id} locale={locale} title={t('orgReport')} /> : null}
    </section>
  );
}
