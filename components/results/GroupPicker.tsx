import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Search } from 'lucide-react';
import { inputClass } from '@/components/ui/Field';
import type { FocusedPicker } from '@/lib/domains/results/picker-focus';
import { hiddenCountsText, type PublishedParticipation } from '@/lib/domains/results/participation';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';
import type { ViewVerdict } from '@/lib/domains/anonymity/visibility';
import { resultsHref } from './links';

const verdictStyle: Record<ViewVerdict, string> = {
  shown: 'text-teal-900',
  'too-few': 'text-stone-600',
  suppressed: 'text-stone-600',
  'known-to-you': 'text-stone-600',
};

const verdictWord: Record<ViewVerdict, string> = { shown: 'shown', 'too-few': 'tooFew', suppressed: 'suppressed', 'known-to-you': 'knownToYou' };

/**
 * The round's group tree as links, each with its answer count as far as the anonymity rule lets
 * it show ("fewer than 3 invited" otherwise) and (once the round is closed) its verdict in words.
 * A large organisation's tree is shown around the chosen group, with a search (a plain GET form,
 * so it works without JavaScript) for the rest (lib/domains/results/picker-focus.ts).
 */
export async function GroupPicker({
  orgSlug,
  roundId,
  picker,
  selected,
  verdicts,
  threshold,
}: {
  orgSlug: string;
  roundId: string;
  picker: FocusedPicker;
  selected: ViewRef;
  verdicts: boolean;
  threshold: number;
}) {
  const { entries } = picker;
  const t = await getTranslations('results.picker');
  const all = await getTranslations();
  const isSelected = (ref: ViewRef) => ref.groupId === selected.groupId && ref.alone === selected.alone;
  const item = (ref: ViewRef, name: string, verdict: ViewVerdict, counts: PublishedParticipation) => (
    <>
      <Link href={resultsHref(orgSlug, roundId, ref)} aria-current={isSelected(ref) ? 'page' : undefined} className={`underline-offset-4 hover:underline ${isSelected(ref) ? 'font-semibold' : ''}`}>
        {name}
        {isSelected(ref) ? <span className="sr-only"> {t('current')}</span> : null}
      </Link>
      <span className={`block text-xs ${verdictStyle[verdict]}`}>
        {/* While a round is open nothing is shown yet, whatever the counts: only the counts then. */}
        {verdicts ? (
          <>
            {verdict === 'shown' ? null : <span aria-hidden="true">◌ </span>}
            {t('verdict', { verdict: verdictWord[verdict] })} ·{' '}
          </>
        ) : null}
        {counts.reason === null ? t('counts', { responded: counts.responded, invited: counts.invited }) : hiddenCountsText(all, counts, threshold)}
      </span>
    </>
  );
  return (
    <nav aria-label={t('label')} className={cn(cardClass, 'p-4')}>
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">{t('label')}</h2>
      {picker.mode === 'all' ? null : (
        <div className="mb-4 space-y-2">
          <form method="get" action={`/${orgSlug}/results/${roundId}`} role="search" className="flex max-w-md flex-wrap items-end gap-2">
            {selected.groupId ? <input type="hidden" name="group" value={selected.groupId} /> : null}
            {selected.alone ? <input type="hidden" name="alone" value="1" /> : null}
            <label className="min-w-0 flex-1 text-sm font-medium">
              {t('findLabel')}
              <input type="search" name="find" defaultValue={picker.mode === 'search' ? picker.find : ''} maxLength={100} className={inputClass} />
            </label>
            <button type="submit" className="inline-flex min-h-11 items-center gap-1 rounded-control border border-border-strong bg-surface px-3 text-sm font-medium">
              <Search aria-hidden="true" className="size-4" />
              {t('find')}
            </button>
          </form>
          <p role="status" className="text-sm text-[var(--color-muted)]">
            {picker.mode === 'focus' ? t('focusNote', { shown: entries.filter((e) => e.groupId !== null).length, total: picker.total }) : null}
            {picker.mode === 'search' ? (
              <>
                {t('matches', { matches: picker.matches, find: picker.find })} {picker.matches > entries.length ? `${t('tooMany', { shown: entries.length })} ` : null}
                <Link href={resultsHref(orgSlug, roundId, selected)} className="underline underline-offset-4">
                  {t('clear')}
                </Link>
              </>
            ) : null}
          </p>
        </div>
      )}
      <ul className="gap-6 text-sm sm:columns-2 lg:columns-3">
        {entries.map((entry) => (
          <li key={entry.groupId ?? 'organisation'} className="mb-2 break-inside-avoid" style={{ paddingLeft: `${entry.depth * 0.9}rem` }}>
            {item({ groupId: entry.groupId, alone: false }, entry.name ?? t('organisation'), entry.verdict, entry.participation)}
            {entry.alone ? <div className="mt-1 pl-3">{item({ groupId: entry.groupId, alone: true }, `${entry.name} – ${t('alone')}`, entry.alone.verdict, entry.alone.participation)}</div> : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
