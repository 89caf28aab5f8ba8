import { TOTAL_ID } from './suppression';

/**
 * One thing a results page can show: the round's total, a group with everything below it, or a
 * group "alone" (its own leaders only). Each has a key that is also its node id in the anonymity
 * rule's tree, so the rule's verdict and the figures can never refer to different populations.
 */
export interface ViewRef {
  /** null: the whole organisation (the round's total). */
  groupId: string | null;
  /** Only the group's own leaders, without the groups below it. */
  alone: boolean;
}

/**
 * "Group alone" is modelled as a virtual child "<groupId>:self" holding the group's own answers,
 * so the rule also decides whether "alone" may be shown next to the group and its children
 * (otherwise group − children − alone could isolate a few people).
 */
export const SELF_SUFFIX = ':self';

export { TOTAL_ID };

export function viewKeyOf(ref: ViewRef): string {
  if (ref.groupId === null) return TOTAL_ID;
  return ref.alone ? `${ref.groupId}${SELF_SUFFIX}` : ref.groupId;
}

export function viewRefOf(key: string): ViewRef {
  if (key === TOTAL_ID) return { groupId: null, alone: false };
  if (key.endsWith(SELF_SUFFIX)) return { groupId: key.slice(0, -SELF_SUFFIX.length), alone: true };
  return { groupId: key, alone: false };
}
