import 'server-only';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { toLocale } from '@/i18n/locale';
import type { Permission } from '@/lib/auth/permissions';
import { requireOrgMember } from '@/lib/auth/require-org-member';
import { requestContextFrom } from '@/lib/http/request-context';
import type { Caller } from './caller';

/** The caller of an HR server action: the guard first, then who and from where, in the user's language. */
export async function staffCaller(orgSlug: string, permission: Permission): Promise<Caller> {
  const member = await requireOrgMember(orgSlug, { permission });
  return {
    organisationId: member.organisation.id,
    actor: { userId: member.user.id },
    context: requestContextFrom(await headers()),
    locale: toLocale(await getLocale()),
  };
}
