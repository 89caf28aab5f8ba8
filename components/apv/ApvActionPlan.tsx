import { toLocale } from '@/i18n/locale';
import { TriangleAlert } from 'lucide-react';
import { cardClass } from '@/components/ui/Card';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import type { PlanAction } from '@/lib/domains/apv/plan';
import { dateFormatter, dayOf } from '@/lib/platform/format/dates';
import { levelTitle } from '@/lib/domains/report/labels';
import { DataTable } from '@/components/ui/DataTable';

/** (d) The prioritised action plan, read from the dialogue's action plan: what, why, who, by when, where it stands. */
export async function ApvActionPlan({ actions, locale }: { actions: PlanAction[]; locale: Locale }) {
  const t = await getTranslations('apv');
  const format = dateFormatter(toLocale(await getLocale()));
  const c = (key: string) => t(`sections.plan.columns.${key}`);
  return (
    <section aria-labelledby="apv-plan-title" className={cardClass}>
      <h2 id="apv-plan-title" className="text-xl font-semibold">
        {t('sections.plan.title')}
      </h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">{t('sections.plan.lead')}</p>
      {actions.length === 0 ? (
        <p className="mt-4 rounded-md border border-dashed border-stone-300 p-4 text-[var(--color-muted)]">{t('sections.plan.empty')}</p>
      ) : (
        <div className="mt-4">
          <DataTable caption={t('sections.plan.caption')} columns={['priority', 'what', 'level', 'owner', 'due', 'status'].map(c)}>
            {actions.map((a) => (
              <tr key={a.id} className="border-b border-stone-100 align-top last:border-0">
                <td className="px-2 py-2">{a.priority}</td>
                <th scope="row" className="px-2 py-2 text-left">
                  <span className="font-medium">{a.title}</span>
                  {a.why ? <span className="block font-normal text-[var(--color-muted)]">{a.why}</span> : null}
                  {a.groupId === null ? <span className="block text-xs font-normal text-[var(--color-muted)]">{t('sections.plan.orgWide')}</span> : null}
                </th>
                <td className="px-2 py-2">{levelTitle(a.responsibleLevel, locale)}</td>
                <td className="px-2 py-2">{a.ownerName ?? a.ownerEmail ?? '–'}</td>
                <td className="px-2 py-2">{format.dateTime(dayOf(a.dueDate), { dateStyle: 'medium', timeZone: 'UTC' })}</td>
                <td className="px-2 py-2">
                  {t(`actionStatus.${a.status}`)}
                  {a.overdue ? (
                    <span className="ml-1 rounded bg-red-50 px-1 text-xs font-medium text-red-900">
                      <TriangleAlert aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
                      {t('sections.plan.overdue')}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </section>
  );
}
