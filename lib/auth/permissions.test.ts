import { describe, expect, it } from 'vitest';
import { Role } from '@/lib/generated/prisma/enums';
import { can, permissionsOf, permissions, principalCan } from './permissions';

describe('role permissions', () => {
  it('lets only the HR admin manage members, rounds and API keys', () => {
    for (const role of Object.values(Role)) {
      const isHr = role === Role.HR_ADMIN;
      expect(can(role, 'members:manage')).toBe(isHr);
      expect(can(role, 'rounds:manage')).toBe(isHr);
      expect(can(role, 'api-keys:manage')).toBe(isHr);
    }
  });

  it('gives no role a permission outside the declared list', () => {
    for (const role of Object.values(Role)) {
      for (const permission of permissionsOf(role)) expect(permissions).toContain(permission);
    }
  });

  it('keeps MED/AMO read-only on the action plan and limited to groups above the threshold', () => {
    expect(can(Role.MED_AMO, 'actions:read')).toBe(true);
    expect(can(Role.MED_AMO, 'actions:manage')).toBe(false);
    expect(can(Role.MED_AMO, 'results:read:all')).toBe(false);
    expect(can(Role.MED_AMO, 'results:read:above-threshold')).toBe(true);
  });

  it("lets only HR and MED/AMO read leaders' concerns about their pool", () => {
    for (const role of Object.values(Role)) expect(can(role, 'pool-concerns:read')).toBe(role === Role.HR_ADMIN || role === Role.MED_AMO);
  });

  it('lets only MED/AMO approve a round before it opens — never HR, who sets rounds up', () => {
    for (const role of Object.values(Role)) expect(can(role, 'rounds:approve')).toBe(role === Role.MED_AMO);
  });

  it("limits a manager of leaders to their subtree and a leader to their own group's results", () => {
    expect(can(Role.MANAGER_OF_LEADERS, 'results:read:all')).toBe(false);
    expect(can(Role.MANAGER_OF_LEADERS, 'results:read:subtree')).toBe(true);
    expect(can(Role.LEADER, 'results:read:own-group')).toBe(true);
    expect(can(Role.LEADER, 'results:read:subtree')).toBe(false);
  });
});

describe('API keys', () => {
  it('may run the HR integration but never manage people, keys or the audit log', () => {
    const key = { kind: 'api-key' } as const;
    expect(principalCan(key, 'rounds:manage')).toBe(true);
    expect(principalCan(key, 'leaders:manage')).toBe(true);
    expect(principalCan(key, 'members:manage')).toBe(false);
    expect(principalCan(key, 'api-keys:manage')).toBe(false);
    expect(principalCan(key, 'audit:read')).toBe(false);
    expect(principalCan(key, 'rounds:approve')).toBe(false);
  });
});
