import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import type { Permission } from './permissions';
import { requireOrgMember, type OrgMember } from './require-org-member';

/**
 * requireOrgMember for pages: not signed in → the sign-in page (coming back afterwards);
 * not a member → 404; a member whose role may not → 403 page.
 */
export async function requireOrgPage(orgSlug: string, permission: Permission | undefined, returnTo: string): Promise<OrgMember> {
  try {
    return await requireOrgMember(orgSlug, permission ? { permission } : {});
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === 'unauthenticated') redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
      if (error.code === 'forbidden') forbidden();
      if (error.code === 'not_found') notFound();
    }
    throw error;
  }
}
