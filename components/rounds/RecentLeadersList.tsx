import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { TriangleAlert } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import type { AnonymityPreview, PreviewGroup } from '@/lib/domains/rounds/preview';

/** Rows shown per group before "… and N more": a first-year import makes every leader new. */
const ROWS_PER_GROUP = 50;
/** Groups opened at once: those that can show results only thanks to newcomers, up to this many. */
const OPEN_AT_MOST = 10;

/** The groups the list covers: those with newcomers of their own, or whose results depend on newcomers below them. */
export function groupsWithNewcomers(preview: AnonymityPreview): PreviewGroup[] {
  return preview.groups.filter((g) => g.recent.length > 0 || g.dependsOnNewcomers);
}

/**
 * Who joined each group lately — added, moved in or restored, or re-addressed — which is what
 * MED/AMO checks for padding before approving. Only groups with such changes get an entry, each a
 * disclosure, so the list stays short in an organisation of a thousand groups; groups that could
 * show results only thanks to newcomers say so and start open.
 */
export async function RecentLeadersList({ preview }: { preview: AnonymityPreview }) {
  const t = await getTranslations('roundApproval.recent');
  const format = dateFormatter(toLocale(await getLocale()));
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  const groups = groupsWithNewcomers(preview);
  let opened = 0;
  return (
    <div className="mt-6 border-t border-stone-200 pt-4">
      <h3 id="recent-title" className="font-semibold">
        {t('title')}
      </h3>
      {preview.recentLeaders === 0 ? (
        <p className="mt-1">{t('none')}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-[var(--color-muted)]">{t('lead', { date: day(preview.recentSince) })}</p>
          <p className="mt-2 font-medium">{t('total', { count: preview.recentLeaders, groups: groups.filter((g) => g.recent.length > 0).length })}</p>
          <ul className="mt-3 space-y-2" aria-labelledby="recent-title">
            {groups.map((group) => {
              const open = group.dependsOnNewcomers && opened++ < OPEN_AT_MOST;
              return (
                <li key={group.id}>
                  <details id={`recent-${group.id}`} open={open} className="rounded-md border border-stone-200 open:border-stone-300">
                    <summary className="cursor-pointer px-3 py-2">
                      <span className="font-medium break-words">{group.path}</span>
                      <span className="text-[var(--color-muted)]"> – {t('groupSummary', { recent: group.recent.length, leaders: group.ownLeaders })}</span>
                      {group.dependsOnNewcomers ? (
                        <span className="mt-1 block text-sm font-medium text-amber-900">
                          <TriangleAlert aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
                          {t('dependsOnNewcomers', { threshold: preview.threshold })}
                        </span>
                      ) : null}
                    </summary>
                    {group.recent.length > 0 ? (
                      <div className="overflow-x-auto px-3 pb-3">
                        <table className="w-full text-left text-sm">
                          <caption className="sr-only">{t('countLinkLabel', { count: group.recent.length, group: group.path })}</caption>
                          <thead className="border-b border-stone-300">
                            <tr>
                              <th scope="col" className="py-1 pr-3 font-semibold">
                                {t('name')}
                              </th>
                              <th scope="col" className="py-1 font-semibold">
                                {t('change')}
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {group.recent.slice(0, ROWS_PER_GROUP).map((leader) => (
                              <tr key={leader.leaderId} className="border-b border-stone-100 align-top">
                                <th scope="row" className="py-1 pr-3 font-normal">
                                  <span className="font-medium">{leader.name}</span> {/* The address is what padding controls: shown in full, broken only where it must be. */}
                                  <span className="block text-[var(--color-muted)] [overflow-wrap:anywhere]">{leader.email}</span>
                                </th>
                                <td className="py-1">
                                  {leader.changes.map((change) => (
                                    <span key={change.kind} className="block">
                                      {t(`kind.${change.kind}`)} <span className="whitespace-nowrap text-[var(--color-muted)]">{day(change.at)}</span>
                                    </span>
                                  ))}
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                        {group.recent.length > ROWS_PER_GROUP ? <p className="mt-2 text-sm">{t('more', { count: group.recent.length - ROWS_PER_GROUP })}</p> : null}
                      </div>
                    ) : null}
                  </details>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
