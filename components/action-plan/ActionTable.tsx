import { TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getFactor } from '@/content/leader-wellbeing';
import type { Locale } from '@/content/types';
import { levelLabel } from '@/lib/domains/action-plan/options';
import type { ActionView } from '@/lib/domains/action-plan/view';
import { dayOf } from '@/lib/platform/format/dates';
import { intlLocaleOf } from '@/lib/platform/i18n/intl-locale';

/**
 * A plan's actions in plan order. Overdue ones say so in words and with a symbol, not by
 * colour alone. The title links to the action (its edit form for those who may change it).
 */
export async function ActionTable({ actions, orgSlug, locale, caption, showGroup }: { actions: ActionView[]; orgSlug: string; locale: Locale; caption: string; showGroup: boolean }) {
  const t = await getTranslations('actionPlan');
  const format = (day: string) => new Intl.DateTimeFormat(intlLocaleOf(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(dayOf(day));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="action-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-stone-300">
            <th scope="col" className="py-2 pr-3">
              {t('columns.priority')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('columns.action')}
            </th>
            {showGroup ? (
              <th scope="col" className="py-2 pr-3">
                {t('columns.group')}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-3">
              {t('columns.responsible')}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t('columns.due')}
            </th>
            <th scope="col" className="py-2">
              {t('columns.status')}
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => {
            const factor = action.factorKey ? getFactor(action.factorKey) : null;
            return (
              <tr key={action.id} className={`border-b border-stone-200 align-top ${action.overdue ? 'bg-amber-50' : ''}`} data-overdue={action.overdue || undefined}>
                <td className="py-2 pr-3">{action.priority}</td>
                <td className="py-2 pr-3">
                  <Link href={`/${orgSlug}/action-plan/${action.id}`} className="font-medium underline underline-offset-4">
                    {action.title}
                  </Link>
                  {factor ? <p className="text-[var(--color-muted)]">{t(factor.side === 'strain' ? 'fields.turnDown' : 'fields.turnUp', { factor: factor.title[locale] })}</p> : null}
                  {action.why ? <p className="text-[var(--color-muted)]">{action.why}</p> : null}
                </td>
                {showGroup ? <td className="py-2 pr-3">{action.groupName ?? t('organisationWide')}</td> : null}
                <td className="py-2 pr-3">
                  {levelLabel(action.responsibleLevel, locale)}
                  {action.ownerName || action.ownerEmail ? <p className="text-[var(--color-muted)]">{[action.ownerName, action.ownerEmail].filter(Boolean).join(' · ')}</p> : null}
                </td>
                <td className="py-2 pr-3">
                  {format(action.dueDate)}
                  {action.overdue ? (
                    <p className="font-semibold text-amber-900">
                      <TriangleAlert aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
                      {t('overdue')}
                    </p>
                  ) : null}
                </td>
                <td className="py-2">{t(`status.${action.status}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
