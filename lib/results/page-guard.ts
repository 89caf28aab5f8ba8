import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { requireOrgPage } from '@/lib/auth/require-org-page';
import type { OrgMember } from '@/lib/auth/require-org-member';
import { AppError } from '@/lib/errors';
import { viewerFromMember, type ResultsViewer } from './access';
import { resultsReach } from './permissions';

/** requireOrgPage for the results pages: any results:read:* permission lets a member in. */
export async function requireResultsPage(orgSlug: string, returnTo: string): Promise<{ member: OrgMember; viewer: ResultsViewer }> {
  const member = await requireOrgPage(orgSlug, undefined, returnTo);
  const viewer = viewerFromMember(member);
  if (!resultsReach(viewer.principal)) forbidden();
  return { member, viewer };
}

/** A results AppError as the page's 404 or 403; anything else goes on to the error boundary. */
export function pageErrorFrom(error: unknown): never {
  if (error instanceof AppError) {
    if (error.code === 'not_found') notFound();
    if (error.code === 'forbidden') forbidden();
  }
  throw error;
}
