import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getTranslations } from 'next-intl/server';
import { inputClass } from '@/components/ui/Field';
import type { GroupOptionView } from '@/components/groups/types';

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export async function LeaderFilters({ action, groups, values }: { action: string; groups: GroupOptionView[]; values: { q: string; group: string; archived: boolean } }) {
  const t = await getTranslations('leaders.filters');
  return (
    <form method="get" action={action} role="search" aria-label={t('label')} className={cn(cardClass, 'grid gap-4 p-4 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end')}>
      <div>
        <label htmlFor="leader-search" className="block font-medium">
          {t('search')}
        </label>
        <input id="leader-search" name="q" type="search" defaultValue={values.q} className={inputClass} />
      </div>
      <div>
        <label htmlFor="leader-group" className="block font-medium">
          {t('group')}
        </label>
        <select id="leader-group" name="group" defaultValue={values.group} className={inputClass}>
          <option value="">{t('allGroups')}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.path}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 py-2">
        <input type="checkbox" name="archived" value="1" defaultChecked={values.archived} className="h-4 w-4" />
        {t('archived')}
      </label>
      <button type="submit" className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-blue-950">
        {t('apply')}
      </button>
    </form>
  );
}
