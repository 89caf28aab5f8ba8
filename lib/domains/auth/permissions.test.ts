import { describe, expect, it } from 'vitest';
import { Role } from '@/lib/generated/prisma/enums';
import { actorCan, actorFromApiKey, systemActor } from './actor';
import { can, permissionsOf, permissions } from './permissions';

describe('role permissions', () => {
  it('lets only the HR admin manage members, rounds and API keys', () => {
    for (const role of Object.values(Role)) {
      const isHr = role === Role.HR_ADMIN;
      expect(can(role, 'members:manage')).toBe(isHr);
      expect(can(role, 'rounds:manage')).toBe(isHr);
      expect(can(role, 'api-keys:manage')).toBe(isHr);
    }
  });

  it('declares no permission that nobody holds — a check for it would refuse everyone', () => {
    const held = new Set(Object.values(Role).flatMap((role) => permissionsOf(role)));
    expect(permissions.filter((permission) => !held.has(permission))).toEqual([]);
  });

  it('keeps MED/AMO read-only on the action plan and limited to groups above the threshold', () => {
    expect(can(Role.MED_AMO, 'action-plan:read')).toBe(true);
    expect(can(Role.MED_AMO, 'action-plan:manage')).toBe(false);
    expect(can(Role.MED_AMO, 'results:read:all')).toBe(false);
    expect(can(Role.MED_AMO, 'results:read:above-threshold')).toBe(true);
  });

  it('lets MED/AMO read every workshop but run none: facilitating and writing notes stay with HR and managers of leaders', () => {
    for (const role of Object.values(Role)) expect(can(role, 'workshop:facilitate')).toBe(role === Role.HR_ADMIN || role === Role.MANAGER_OF_LEADERS);
    for (const role of Object.values(Role)) expect(can(role, 'workshop:read')).toBe(role !== Role.NO_ACCESS);
  });

  it('gives someone let in by single sign-on without a role only the overview that says so', () => {
    expect(permissions.filter((p) => can(Role.NO_ACCESS, p))).toEqual(['org:read']);
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
    const key = actorFromApiKey({ organisationId: 'org', apiKeyId: 'key' }, { ip: null, userAgent: null });
    expect(actorCan(key, 'rounds:manage')).toBe(true);
    expect(actorCan(key, 'leaders:manage')).toBe(true);
    expect(actorCan(key, 'members:manage')).toBe(false);
    expect(actorCan(key, 'api-keys:manage')).toBe(false);
    expect(actorCan(key, 'audit:read')).toBe(false);
    expect(actorCan(key, 'rounds:approve')).toBe(false);
  });

  it('leaves the system (jobs) without any permission a guard could grant', () => {
    for (const permission of permissions) expect(actorCan(systemActor('org'), permission)).toBe(false);
  });
});
