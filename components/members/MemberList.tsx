import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { MemberRow } from '@/lib/domains/members/queries';
import { DataTable } from '@/components/ui/DataTable';
import { scopedRoles } from '@/lib/domains/members/schemas';

export async function MemberList({ orgSlug, members, currentUserId }: { orgSlug: string; members: MemberRow[]; currentUserId: string }) {
  const t = await getTranslations('members');
  return (
    <DataTable caption={t('listCaption')} columns={[t('columns.name'), t('columns.email'), t('columns.role'), t('columns.groups'), { label: t('columns.actions'), hidden: true }]}>
      {members.map((m) => (
        <tr key={m.membershipId} className="border-b border-stone-100 last:border-0">
          <td className="px-4 py-2">
            {m.name ?? <span className="text-[var(--color-muted)]">{t('noName')}</span>}
            {m.userId === currentUserId ? <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs">{t('you')}</span> : null}
          </td>
          <td className="px-4 py-2">{m.email}</td>
          <td className="px-4 py-2">{t(`roles.${m.role}`)}</td>
          <td className="px-4 py-2">
            {m.scopes.length ? m.scopes.map((s) => s.name).join(', ') : <span className="text-[var(--color-muted)]">{scopedRoles.includes(m.role) ? t('wholeOrganisation') : '–'}</span>}
          </td>
          <td className="px-4 py-2 text-right">
            <Link href={`/${orgSlug}/members/${m.membershipId}`} className="font-medium underline">
              {t('editLink')}
              <span className="sr-only"> {m.name ?? m.email}</span>
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
