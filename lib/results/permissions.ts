import { principalCan, type Permission, type Principal } from '@/lib/auth/permissions';

/** Every permission that lets a principal read some results; the nav shows "Results" for any of them. */
export const resultsReadPermissions = ['results:read:all', 'results:read:above-threshold', 'results:read:subtree', 'results:read:own-group'] as const satisfies readonly Permission[];

export type ResultsReach = 'all' | 'above-threshold' | 'subtree' | 'own-group';

/** The widest results reach the principal holds, or null when it may read no results. */
export function resultsReach(principal: Principal): ResultsReach | null {
  for (const permission of resultsReadPermissions) {
    if (principalCan(principal, permission)) return permission.slice('results:read:'.length) as ResultsReach;
  }
  return null;
}
