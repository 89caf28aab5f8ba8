import type { ViewRef } from '@/lib/domains/anonymity/view-keys';

/** The dashboard URL of a view: ?group=<id>&alone=1; the organisation has no parameters. */
export function resultsHref(orgSlug: string, roundId: string, ref: ViewRef): string {
  const base = `/${orgSlug}/results/${roundId}`;
  if (ref.groupId === null) return base;
  return `${base}?group=${ref.groupId}${ref.alone ? '&alone=1' : ''}`;
}
