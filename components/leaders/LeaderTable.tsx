import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { LeaderRow } from '@/lib/domains/leaders/queries';
import { DataTable } from '@/components/ui/DataTable';

export async function LeaderTable({ orgSlug, leaders, caption, canManage }: { orgSlug: string; leaders: LeaderRow[]; caption: string; canManage: boolean }) {
  const t = await getTranslations('leaders.table');
  return (
    <DataTable caption={caption} columns={[t('name'), t('email'), t('group'), t('managerEmail'), t('language')]}>
      {leaders.map((leader) => (
        <tr key={leader.id} className="border-b border-stone-100 last:border-0">
          <th scope="row" className="px-4 py-2 font-medium">
            {canManage ? (
              <Link href={`/${orgSlug}/leaders/${leader.id}`} className="text-[var(--color-brand)] underline-offset-4 hover:underline">
                {leader.name}
                <span className="sr-only"> – {t('edit')}</span>
              </Link>
            ) : (
              leader.name
            )}
            {leader.archivedAt ? <span className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs">{t('archived')}</span> : null}
          </th>
          <td className="px-4 py-2">
            {leader.erasedAt ? <span className="text-[var(--color-muted)]">{t('erased')}</span> : leader.email}
            {leader.employeeNumber ? <span className="block text-sm text-[var(--color-muted)]">{t('employeeNumber', { number: leader.employeeNumber })}</span> : null}
          </td>
          <td className="px-4 py-2">{leader.groupPath}</td>
          <td className="px-4 py-2">{leader.managerEmail ?? <span className="text-[var(--color-muted)]">{t('none')}</span>}</td>
          <td className="px-4 py-2">{leader.locale ? t(`locale.${leader.locale}`) : <span className="text-[var(--color-muted)]">{t('orgDefault')}</span>}</td>
        </tr>
      ))}
    </DataTable>
  );
}
