import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getTranslations } from 'next-intl/server';
import { STATUSES } from '@/lib/domains/action-plan/statuses';

/** The plan's filters as a plain GET form: every choice is a URL that can be shared and reloaded. */
export async function PlanFilters({
  roundId,
  groups,
  organisationWide,
  group,
  status,
}: {
  roundId: string;
  /** Named by their path in the tree: an option's name is what a screen reader says, and indenting spaces say nothing. */
  groups: { id: string; path: string }[];
  organisationWide: boolean;
  group: string;
  status: string;
}) {
  const t = await getTranslations('actionPlan');
  // A path can be longer than a phone is wide: the select may not push the page wider than the screen.
  const select = 'mt-1 block max-w-full rounded-md border border-stone-400 bg-white px-3 py-2';
  return (
    <form method="get" className={cn(cardClass, 'flex flex-wrap items-end gap-4 p-4')} aria-label={t('filters.label')}>
      <input type="hidden" name="round" value={roundId} />
      <div className="min-w-0 max-w-full">
        <label htmlFor="plan-group" className="block text-sm font-medium">
          {t('filters.group')}
        </label>
        <select id="plan-group" name="group" defaultValue={group} className={select}>
          <option value="">{t('filters.allGroups')}</option>
          {organisationWide ? <option value="org">{t('organisationWide')}</option> : null}
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.path}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="plan-status" className="block text-sm font-medium">
          {t('filters.status')}
        </label>
        <select id="plan-status" name="status" defaultValue={status} className={select}>
          <option value="">{t('filters.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-blue-950">
        {t('filters.apply')}
      </button>
    </form>
  );
}
