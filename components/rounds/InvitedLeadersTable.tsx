import { getFormatter, getTranslations } from 'next-intl/server';
import type { InvitedLeader } from '@/lib/rounds/queries';

/** Who was invited and whether their mail has left — deliberately not whether they answered. */
export async function InvitedLeadersTable({ leaders }: { leaders: InvitedLeader[] }) {
  const t = await getTranslations('rounds.invited');
  const format = await getFormatter();
  return (
    <section aria-labelledby="invited-title" className="rounded-xl border border-stone-200 bg-white p-6">
      <h2 id="invited-title" className="text-lg font-semibold">
        {t('title')} ({leaders.length})
      </h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">{t('note')}</p>
      <div className="mt-4 max-h-[32rem] overflow-y-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="sticky top-0 border-b border-stone-300 bg-white">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">{t('name')}</th>
              <th scope="col" className="py-2 pr-4 font-semibold">{t('email')}</th>
              <th scope="col" className="py-2 pr-4 font-semibold">{t('group')}</th>
              <th scope="col" className="py-2 font-semibold">{t('mail')}</th>
            </tr>
          </thead>
          <tbody>
            {leaders.map((leader) => (
              <tr key={leader.invitationId} className="border-b border-stone-100">
                <th scope="row" className="py-2 pr-4 font-normal">{leader.name}</th>
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
