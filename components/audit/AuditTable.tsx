import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { getLocale, getTranslations } from 'next-intl/server';
import type { AuditRow } from '@/lib/domains/audit/queries';
import { actionMessageKey } from './action-label';
import { DataTable } from '@/components/ui/DataTable';

export async function AuditTable({ entries }: { entries: AuditRow[] }) {
  const t = await getTranslations('audit');
  const format = dateFormatter(toLocale(await getLocale()));
  const actionLabel = (action: string) => (t.has(`actions.${actionMessageKey(action)}`) ? t(`actions.${actionMessageKey(action)}`) : action);
  const actorLabel = (row: AuditRow) => {
    const actor = row.actor;
    if (actor.kind === 'user') {
      if (!actor.email) return t('deletedUser');
      return actor.name ? (
        <>
          {actor.name}
          <span className="block text-xs text-muted">{actor.email}</span>
        </>
      ) : (
        actor.email
      );
    }
    if (actor.kind === 'api-key') return actor.name ? t('apiKeyActor', { name: actor.name }) : t('deletedApiKey');
    return t('system');
  };
  const targetLabel = (row: AuditRow) => {
    if (!row.targetType) return '–';
    const type = t.has(`targetTypes.${row.targetType}`) ? t(`targetTypes.${row.targetType}`) : row.targetType;
    return row.targetLabel ? `${type}: ${row.targetLabel}` : type;
  };
  return (
    <DataTable caption={t('tableCaption')} columns={[t('columns.when'), t('columns.who'), t('columns.action'), t('columns.target'), t('columns.ip')]}>
      {entries.map((row) => (
        <tr key={row.id} className="border-b border-stone-100 align-top last:border-0">
          <td className="whitespace-nowrap px-4 py-2">
            <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
          </td>
          <td className="px-4 py-2">{actorLabel(row)}</td>
          <td className="px-4 py-2">{actionLabel(row.action)}</td>
          <td className="px-4 py-2">{targetLabel(row)}</td>
          <td className="px-4 py-2 font-mono text-xs">{row.ip ?? '–'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
