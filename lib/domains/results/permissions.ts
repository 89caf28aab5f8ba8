import { actorCan, type Actor } from '@/lib/domains/auth/actor';
import type { Permission } from '@/lib/domains/auth/permissions';

/** Every permission that lets an actor read some results; the nav shows "Results" for any of them, and the results pages' guard asks for any of them. */
export const resultsReadPermissions = ['results:read:all', 'results:read:above-threshold', 'results:read:subtree', 'results:read:own-group'] as const satisfies readonly Permission[];

export type ResultsReach = 'all' | 'above-threshold' | 'subtree' | 'own-group';

/** The widest results reach the actor holds, or null when it may read no results. */
export function resultsReach(actor: Actor): ResultsReach | null {
  for (const permission of resultsReadPermissions) {
    if (actorCan(actor, permission)) return permission.slice('results:read:'.length) as ResultsReach;
  }
  return null;
}
