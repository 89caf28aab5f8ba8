/**
 * Which organisations a session opens. A magic-link session opens every organisation the person
 * is a member of, unless the organisation requires its own single sign-on. A session made by an
 * organisation's single sign-on opens that organisation only: its identity provider vouches for
 * its own people, and must never become a way into another organisation where the same address
 * happens to be a member (HR of organisation A could otherwise point A's provider at B's director).
 */
export type SessionVerdict = 'opens' | 'sso-required' | 'other-organisation-sso';

export interface OrganisationSignInRule {
  id: string;
  sso: { enabled: boolean; requireSso: boolean } | null;
}

export function sessionVerdict(organisation: OrganisationSignInRule, session: { ssoOrganisationId?: string | null | undefined }): SessionVerdict {
  // Absent and null both mean a magic link: only an organisation's id binds a session.
  const boundTo = session.ssoOrganisationId ?? null;
  if (boundTo === organisation.id) return 'opens';
  if (boundTo !== null) return 'other-organisation-sso';
  return organisation.sso?.enabled && organisation.sso.requireSso ? 'sso-required' : 'opens';
}
