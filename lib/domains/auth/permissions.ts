import type { Role } from '@/lib/generated/prisma/enums';

/**
 * Every permission the product checks, and the one table that grants them to roles. Pages,
 * actions and route handlers ask through the guards in lib/edges/session (or `actorCan` in ./actor.ts);
 * none of them compares roles itself.
 *
 * ":subtree" permissions are further limited to the member's scoped groups (managers of
 * leaders); ":own-group" to the leader's own group. Those limits are applied by the queries
 * that take the member's scope, not here.
 */
export const permissions = [
  'org:read',
  'org:settings',
  'members:manage',
  'groups:read',
  'groups:manage',
  'leaders:read',
  'leaders:manage',
  'rounds:read',
  'rounds:manage',
  /** Leaders' concerns that someone in their pool is not a leader there (issue 13): HR and MED/AMO. */
  'pool-concerns:read',
  /** The second person: approve who a draft round invites before it may open (lib/domains/rounds/approval.ts). */
  'rounds:approve',
  'results:read:all',
  'results:read:subtree',
  'results:read:above-threshold',
  'results:read:own-group',
  'comments:moderate',
  /** Run a group's workshop: the presentation, the agenda clock and the notes. */
  'workshop:facilitate',
  /**
   * Open a group's workshop to read it: its notes, the clock, its actions. MED/AMO hold it for
   * every group, since they review the results and action plans of the whole organisation by law.
   */
  'workshop:read',
  'action-plan:manage',
  'action-plan:read',
  'apv:edit',
  'apv:comment',
  'apv:approve',
  'reports:read',
  'audit:read',
  'api-keys:manage',
] as const;

export type Permission = (typeof permissions)[number];

/**
 * HR has everything except reading results by scope and MED/AMO's two approvals: the APV's and a
 * round's opening ("rounds:approve") — the person who sets a round up is never its second person.
 */
const rolePermissions: Record<Role, readonly Permission[]> = {
  HR_ADMIN: permissions.filter((p) => p !== 'results:read:subtree' && p !== 'results:read:own-group' && p !== 'results:read:above-threshold' && p !== 'apv:approve' && p !== 'rounds:approve'),
  TOP_MANAGEMENT: ['org:read', 'groups:read', 'rounds:read', 'results:read:all', 'workshop:read', 'action-plan:read', 'action-plan:manage', 'apv:comment', 'reports:read'],
  MED_AMO: [
    'org:read',
    'groups:read',
    'rounds:read',
    'pool-concerns:read',
    'results:read:above-threshold',
    'workshop:read',
    'action-plan:read',
    'apv:comment',
    'apv:approve',
    'rounds:approve',
    'reports:read',
  ],
  MANAGER_OF_LEADERS: ['org:read', 'groups:read', 'rounds:read', 'results:read:subtree', 'workshop:facilitate', 'workshop:read', 'action-plan:manage', 'action-plan:read', 'reports:read'],
  LEADER: ['org:read', 'results:read:own-group', 'workshop:read', 'action-plan:read'],
  // Let in by single sign-on, waiting for HR: the overview says so, and nothing else opens.
  NO_ACCESS: ['org:read'],
};

/**
 * What an organisation's API key may do: the HR system integration's work (groups, leaders,
 * rounds, results, actions, reports) — not people's access (members, keys) or moderation.
 */
const apiKeyPermissions: readonly Permission[] = [
  'org:read',
  'groups:read',
  'groups:manage',
  'leaders:read',
  'leaders:manage',
  'rounds:read',
  'rounds:manage',
  'results:read:all',
  'action-plan:read',
  'action-plan:manage',
  'reports:read',
];

/** Whether an organisation's API key may do this (actorCan in ./actor.ts is what callers ask). */
export function apiKeyCan(permission: Permission): boolean {
  return apiKeyPermissions.includes(permission);
}

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return rolePermissions[role];
}
