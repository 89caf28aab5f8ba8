import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/i18n/locale';
import { formatPeriod } from '@/lib/platform/format/dates';
import { RoundStatusBadge } from '@/components/rounds/RoundStatusBadge';
import { can } from '@/lib/domains/auth/permissions';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { listRounds } from '@/lib/domains/rounds/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rounds'))('title') };
}

export default async function RoundsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'rounds:read', `/${orgSlug}/rounds`);
  const canManage = can(member.actor.role, 'rounds:manage');
  const rounds = await listRounds(member.db);
  const t = await getTranslations('rounds');
  const periodLocale = toLocale(await getLocale());

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="mt-1 max-w-3xl text-[var(--color-muted)]">{t('lead')}</p>
        </div>
        {canManage && rounds.length > 0 ? (
          <Link href={`/${orgSlug}/rounds/new`} className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-blue-950">
            {t('new')}
          </Link>
        ) : null}
      </header>

      {rounds.length === 0 ? (
        <div className="rounded-card border border-dashed border-border-strong bg-surface p-8">
          <h2 className="text-lg font-semibold">{t('emptyTitle')}</h2>
          <p className="mt-1 max-w-2xl text-[var(--color-muted)]">{t('emptyText')}</p>
          {canManage ? (
            <Link href={`/${orgSlug}/rounds/new`} className="mt-4 inline-block rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-blue-950">
              {t('new')}
            </Link>
          ) : null}
        </div>
      ) : (
        // relative: the table scrolls inside its box on a phone, screen-reader text included.
        <div className="relative overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{t('listLabel')}</caption>
            <thead className="border-b border-stone-300 text-sm">
              <tr>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t('columns.name')}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t('columns.status')}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t('columns.period')}
                </th>
                <th scope="col" className="py-2 font-semibold">
                  {t('columns.responses')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((round) => (
                <tr key={round.id} className="border-b border-stone-100 align-top">
                  <th scope="row" className="py-3 pr-4 font-normal">
                    <Link href={`/${orgSlug}/rounds/${round.id}`} className="font-medium text-[var(--color-brand)] underline-offset-4 hover:underline">
                      {round.name}
                    </Link>
                  </th>
                  <td className="py-3 pr-4">
                    <RoundStatusBadge status={round.status} />
                  </td>
                  <td className="py-3 pr-4 text-sm">{formatPeriod(round.opensAt, round.closesAt, periodLocale)}</td>
                  <td className="py-3 text-sm">{round.status === 'DRAFT' ? t('notOpened') : t('responseRate', { responded: round.responded, invited: round.invited, percent: round.responseRate })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
