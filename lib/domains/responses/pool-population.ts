import type { RoundVisibility } from '@/lib/domains/anonymity/visibility';
import type { ViewRef } from '@/lib/domains/anonymity/view-keys';

/**
 * Whom a leader's answers are pooled with — decided by the one anonymity rule, never by a rule
 * of our own. Pure, so it is unit tested; lib/domains/responses/pool.ts feeds it from the database.
 */

export interface PoolPopulation {
  /** The view whose population it is: a group alone, a group with everything below it, or the round's total. */
  ref: ViewRef;
  /**
   * Whether the rule would show figures for it if every invited leader answered. Always true for
   * a group; false only for the total of a round that invites fewer leaders than the threshold.
   */
  shown: boolean;
}

/**
 * The groups the leader's answers count in: their own snapshot group, then each group above it,
 * nearest first (the round's total comes after these, always). Empty for a group missing from
 * the snapshot, whose answers count in the total only.
 */
export function countedInChain(visibility: RoundVisibility, groupId: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let node = visibility.group(groupId); node && !seen.has(node.groupId); node = node.parentGroupId ? visibility.group(node.parentGroupId) : undefined) {
    seen.add(node.groupId);
    chain.push(node.groupId);
  }
  return chain;
}

/**
 * The smallest population in which the leader's answers can be published, asked the way the
 * round preview asks it: with every invited leader counted as having answered (the caller feeds
 * `roundVisibility` the invited counts as the submitted ones). In this order:
 *
 * 1. the leader's group alone, when it has groups below it and "alone" may be shown;
 * 2. the nearest of the group and its ancestors whose subtree may be shown;
 * 3. the round's total.
 *
 * Every candidate holds the leader's own group's leaders, so whoever was added beside them there
 * is always in the list they see — which is what makes a padded group visible to the leader it
 * targets. The views that contain a leader are nested (alone ⊂ group ⊂ parent ⊂ … ⊂ total), so
 * when fewer leaders answer and the rule shows a different one, it is either larger than this
 * population or inside it: everyone in it is among the names the leader was shown.
 */
export function poolPopulation(visibility: RoundVisibility, groupId: string): PoolPopulation {
  const own = visibility.group(groupId);
  if (own && own.childIds.length > 0 && visibility.view({ groupId, alone: true })?.verdict === 'shown') {
    return { ref: { groupId, alone: true }, shown: true };
  }
  for (const id of countedInChain(visibility, groupId)) {
    if (visibility.view({ groupId: id, alone: false })?.verdict === 'shown') return { ref: { groupId: id, alone: false }, shown: true };
  }
  const total = visibility.view({ groupId: null, alone: false });
  return { ref: { groupId: null, alone: false }, shown: total?.verdict === 'shown' };
}
