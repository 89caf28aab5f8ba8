import 'server-only';
import { requireOrgPage } from '@/lib/auth/require-org-page';
import type { OrgMember } from '@/lib/auth/require-org-member';
import { viewerFromMember, type ResultsViewer } from '@/lib/results/access';

/** requireOrgPage for the APV pages: reports:read lets a member in. */
export async function requireApvPage(orgSlug: string, returnTo: string): Promise<{ member: OrgMember; viewer: ResultsViewer }> {
  const member = await requireOrgPage(orgSlug, 'reports:read', returnTo);
  return { member, viewer: viewerFromMember(member) };
}
