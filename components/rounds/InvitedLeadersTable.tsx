import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { cardClass } from '@/components/ui/Card';
import { getLocale, getTranslations } from 'next-intl/server';
import type { InvitedLeader } from '@/lib/domains/rounds/queries';

/**
 * Who was invited and whether their mail has left — deliberately not whether they answered, and
 * never beside a count of who answered: it has its own page (rounds/[roundId]/invitations).
 */
export async function InvitedLeadersTable({ leaders }: { leaders: InvitedLeader[] }) {
  const t = await getTranslations('rounds.invited');
  const format = dateFormatter(toLocale(await getLocale()));
  return (
    <section aria-label={t('title')} className={cardClass}>
      <p className="text-sm text-[var(--color-muted)]">{t('note')}</p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="border-b border-stone-300 bg-white">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t('name')}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t('email')}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t('group')}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {t('mail')}
              </th>
            </tr>
          </thead>
          <tbody>
            {leaders.map((leader) => (
              <tr key={leader.invitationId} className="border-b border-stone-100">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {leader.name}
                </th>
                <td className="py-2 pr-4 break-all">{leader.email}</td>
                <td className="py-2 pr-4">{leader.groupName}</td>
                <td className="py-2">{leader.sentAt ? t('sent', { date: format.dateTime(leader.sentAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('queued')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
