import { getTranslations } from 'next-intl/server';
import { actionMessageKey } from './action-label';

/** A plain GET form: filtering works without JavaScript and the address can be shared. */
export async function AuditFilter({ actions, current }: { actions: string[]; current: string | undefined }) {
  const t = await getTranslations('audit');
  const label = (action: string) => (t.has(`actions.${actionMessageKey(action)}`) ? t(`actions.${actionMessageKey(action)}`) : action);
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="audit-action" className="block text-sm font-medium">
          {t('filter.label')}
        </label>
        <select id="audit-action" name="action" defaultValue={current ?? ''} className="mt-1 rounded-md border border-stone-400 bg-white px-3 py-2">
          <option value="">{t('filter.all')}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {label(action)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium">
        {t('filter.apply')}
      </button>
    </form>
  );
}
