import { Ban, Check, Minus, TriangleAlert, type LucideIcon } from 'lucide-react';
import { cardClass } from '@/components/ui/Card';
import { getTranslations } from 'next-intl/server';
import type { Verdict } from '@/lib/domains/anonymity/suppression';
import type { AnonymityPreview } from '@/lib/domains/rounds/preview';
import { groupsWithNewcomers, RecentLeadersList } from './RecentLeadersList';

const marks: Record<Verdict, { icon: LucideIcon; className: string }> = {
  shown: { icon: Check, className: 'text-teal-800' },
  'too-few': { icon: Minus, className: 'text-stone-600' },
  suppressed: { icon: Ban, className: 'text-amber-800' },
};

function VerdictMark({ verdict }: { verdict: Verdict }) {
  const Mark = marks[verdict].icon;
  return <Mark aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />;
}

/**
 * What a draft round could show if everyone answers: per group its leaders and a verdict in
 * words (the symbol and colour only repeat it), with the reason for each kind of verdict.
 */
export async function AnonymityPreviewTable({ preview }: { preview: AnonymityPreview }) {
  const t = await getTranslations('anonymityPreview');
  const tRecent = await getTranslations('roundApproval.recent');
  const values = { threshold: preview.threshold };
  // Only when someone joined lately: an established organisation's table keeps its three columns.
  // A shortcut to the list below it, left out on a phone, where the table has no room for it.
  const listed = new Set(groupsWithNewcomers(preview).map((g) => g.id));
  return (
    <section aria-labelledby="anonymity-preview-title" className={cardClass}>
      <h2 id="anonymity-preview-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      {preview.groups.length === 0 ? (
        <p className="mt-2">{t('noGroups')}</p>
      ) : (
        <>
          <p className="mt-1 text-[var(--color-muted)]">{t('lead', values)}</p>
          <p className="mt-3 font-medium">{t('total', { leaders: preview.leaders })}</p>
          {preview.leaders === 0 ? <p className="mt-1">{t('noLeaders')}</p> : <p className="mt-1">{t('summary', { shown: preview.shown, tooFew: preview.tooFew, suppressed: preview.suppressed })}</p>}
          {/* On a phone the table scrolls inside its card rather than widening the page. */}
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('title')}</caption>
              <thead className="border-b border-stone-300">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    {t('group')}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right font-semibold">
                    {t('leaders')}
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    {t('result')}
                  </th>
                  {listed.size > 0 ? (
                    <th scope="col" className="hidden py-2 pl-4 font-semibold sm:table-cell">
                      {tRecent('column')}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {preview.groups.map((group) => (
                  <tr key={group.id} className="border-b border-stone-100 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal" style={{ paddingLeft: `${group.depth * 1.25}rem` }}>
                      {group.name}
                    </th>
                    <td className="py-2 pr-4 text-right tabular-nums">{group.leaders}</td>
                    <td className="py-2">
                      <span className={`font-medium ${marks[group.verdict].className}`}>
                        <VerdictMark verdict={group.verdict} />
                        {t(`verdict.${group.verdict}`)}
                      </span>
                      {group.verdict !== 'shown' ? <span className="block text-[var(--color-muted)]">{t(`explain.${group.verdict}`, values)}</span> : null}
                    </td>
                    {listed.size > 0 ? (
                      <td className="hidden py-2 pl-4 whitespace-nowrap sm:table-cell">
                        {listed.has(group.id) ? (
                          <a
                            href={`#recent-${group.id}`}
                            aria-label={tRecent('countLinkLabel', { count: group.recent.length, group: group.path })}
                            className="font-medium text-[var(--color-brand)] underline underline-offset-4"
                          >
                            {group.dependsOnNewcomers ? <TriangleAlert aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" /> : null}
                            {tRecent('countLink', { count: group.recent.length })}
                          </a>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3 text-sm text-[var(--color-muted)]">{t('note')}</p>
          {preview.leaders > 0 ? <RecentLeadersList preview={preview} /> : null}
        </>
      )}
    </section>
  );
}
