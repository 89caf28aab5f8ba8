import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { MemberRow } from '@/lib/members/queries';

export async function MemberList({ orgSlug, members, currentUserId }: { orgSlug: string; members: MemberRow[]; currentUserId: string }) {
  const t = await getTranslations('members');
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('listCaption')}</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">{t('columns.name')}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t('columns.email')}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t('columns.role')}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t('columns.groups')}</th>
            <th scope="col" className="px-4 py-2 font-semibold"><span className="sr-only">{t('columns.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.membershipId} className="border-b border-stone-100 last:border-0">
              <td className="px-4 py-2">
                {m.name ?? <span className="text-[var(--color-muted)]">{t('noName')}</span>}
                {m.userId === currentUserId ? <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs">{t('you')}</span> : null}
              </td>
              <td className="px-4 py-2">{m.email}</td>
              <td className="px-4 py-2">{t(`roles.${m.role}`)}</td>
              <td className="px-4 py-2">{m.scopes.length ? m.scopes.map((s) => s.name).join(', ') : <span className="text-[var(--color-muted)]">–</span>}</td>
              <td className="px-4 py-2 text-right">
                <Link href={`/${orgSlug}/members/${m.membershipId}`} className="font-medium underline">
                  {t('editLink')}
                  <span className="sr-only"> {m.name ?? m.email}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
