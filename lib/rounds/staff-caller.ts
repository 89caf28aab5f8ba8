import 'server-only';
import type { Permission } from '@/lib/auth/permissions';
import { staffCaller } from '@/lib/groups/staff-caller';
import type { RoundCaller } from './caller';

/** The caller of an HR round action (or MED/AMO's approval): the org guard with the permission, then who, from where, in which language. */
export async function roundsCaller(orgSlug: string, permission: Extract<Permission, 'rounds:manage' | 'rounds:approve'>): Promise<RoundCaller> {
  return staffCaller(orgSlug, permission);
}
