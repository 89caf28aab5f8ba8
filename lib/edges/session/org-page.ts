import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { AppError } from '@/lib/platform/errors';
import { requireOrgSession, type OrgSession, type Required, type SignInNeeded } from './org-actor';

/**
 * Where someone goes to sign in for this page: the organisation's own single sign-on when it
 * requires it; the sign-in page saying why when their session belongs to another organisation's
 * single sign-on; the sign-in page otherwise. Each comes back to `returnTo`.
 */
function signInPath(details: unknown, returnTo: string): string {
  const callbackUrl = encodeURIComponent(returnTo);
  const needed = details as Partial<SignInNeeded> | undefined;
  if (needed?.signIn === 'sso-required') return `/sign-in/sso/${needed.organisationId}?callbackUrl=${callbackUrl}`;
  if (needed?.signIn === 'other-organisation-sso') return `/sign-in?callbackUrl=${callbackUrl}&error=SsoOtherOrganisation`;
  return `/sign-in?callbackUrl=${callbackUrl}`;
}

/**
 * requireOrgSession for pages: not signed in → the sign-in page (coming back afterwards); not a
 * member → 404; a member whose role may not → the 403 page.
 */
export async function requireOrgPage(orgSlug: string, required: Required, returnTo: string): Promise<OrgSession> {
  try {
    return await requireOrgSession(orgSlug, required);
  } catch (error) {
    if (error instanceof AppError && error.code === 'unauthenticated') redirect(signInPath(error.details, returnTo));
    return pageError(error);
  }
}

/**
 * A domain's refusal as the page's answer: not found → 404, forbidden → 403; anything else goes
 * on to the error boundary. `conflictIsNotFound`: a round that has not closed has no workshop,
 * action plan or APV — for those pages it does not exist yet.
 */
export function pageError(error: unknown, options: { conflictIsNotFound?: boolean } = {}): never {
  if (error instanceof AppError) {
    if (error.code === 'not_found' || (options.conflictIsNotFound && error.code === 'conflict')) notFound();
    if (error.code === 'forbidden') forbidden();
  }
  throw error;
}

/** pageError for the pages of a closed round's follow-up (workshop, action plan, APV). */
export function followUpPageError(error: unknown): never {
  return pageError(error, { conflictIsNotFound: true });
}
