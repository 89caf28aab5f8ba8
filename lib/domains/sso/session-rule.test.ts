import { describe, expect, it } from 'vitest';
import { sessionVerdict } from './session-rule';

const plain = { id: 'org-a', sso: null };
const ssoOptional = { id: 'org-a', sso: { enabled: true, requireSso: false } };
const ssoRequired = { id: 'org-a', sso: { enabled: true, requireSso: true } };

describe('which organisations a session opens', () => {
  it('lets a magic-link session into organisations that do not require single sign-on', () => {
    expect(sessionVerdict(plain, { ssoOrganisationId: null })).toBe('opens');
    expect(sessionVerdict(ssoOptional, { ssoOrganisationId: null })).toBe('opens');
  });

  it('sends a magic-link session to the identity provider where the organisation requires it', () => {
    expect(sessionVerdict(ssoRequired, { ssoOrganisationId: null })).toBe('sso-required');
    expect(sessionVerdict({ ...ssoRequired, sso: { enabled: false, requireSso: true } }, { ssoOrganisationId: null })).toBe('opens');
  });

  it('lets a session made by the organisation’s own single sign-on in', () => {
    expect(sessionVerdict(ssoRequired, { ssoOrganisationId: 'org-a' })).toBe('opens');
  });

  it('never lets one organisation’s single sign-on open another organisation', () => {
    expect(sessionVerdict(plain, { ssoOrganisationId: 'org-b' })).toBe('other-organisation-sso');
    expect(sessionVerdict(ssoRequired, { ssoOrganisationId: 'org-b' })).toBe('other-organisation-sso');
  });
});
