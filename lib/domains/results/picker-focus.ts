import type { PickerEntry } from './dashboard';

/**
 * Up to this many entries the group picker lists them all. A region's thousand groups listed as
 * links made the dashboard 2 MB of HTML (most of it the picker, twice: once as markup and once in
 * React's payload — bench/results/latest.md), to show a list nobody scrolls; beyond it the picker
 * shows the way to the chosen group and what lies just below it, and a search finds the rest.
 */
export const PICKER_ALL_UP_TO = 80;
/** How many matches a search lists; more says "refine the search". */
export const PICKER_MATCHES_UP_TO = 40;

export type FocusedPicker =
  | { mode: 'all'; entries: PickerEntry[] }
  /** The organisation and its top level, the way down to the chosen group, the groups beside it and the groups directly below it. */
  | { mode: 'focus'; entries: PickerEntry[]; total: number }
  | { mode: 'search'; entries: PickerEntry[]; matches: number; total: number; find: string };

/** Compared as a person types: case and accents aside ("Skole" finds "skolerne", "ae" does not find "æ"). */
function fold(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** What the picker shows of the viewer's groups (`entries`, in tree order) around the chosen one. */
export function focusPicker(entries: PickerEntry[], selectedGroupId: string | null, find: string | undefined): FocusedPicker {
  if (entries.length <= PICKER_ALL_UP_TO) return { mode: 'all', entries };
  const total = entries.filter((e) => e.groupId !== null).length;
  const query = fold(find?.trim() ?? '');
  if (query !== '') {
    const matching = entries.filter((e) => e.name !== null && fold(e.name).includes(query));
    return { mode: 'search', entries: matching.slice(0, PICKER_MATCHES_UP_TO), matches: matching.length, total, find: find!.trim() };
  }
  const byId = new Map(entries.filter((e) => e.groupId !== null).map((e) => [e.groupId!, e]));
  const path = new Set<string | null>([null]);
  for (let id: string | null = selectedGroupId; id !== null; id = byId.get(id)?.parentGroupId ?? null) path.add(id);
  const siblingsOf = selectedGroupId === null ? null : (byId.get(selectedGroupId)?.parentGroupId ?? null);
  const keep = entries.filter((e) => path.has(e.groupId) || e.parentGroupId === null || e.parentGroupId === selectedGroupId || e.parentGroupId === siblingsOf);
  return { mode: 'focus', entries: keep, total };
}
