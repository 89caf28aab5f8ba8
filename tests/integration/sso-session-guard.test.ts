import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/edges/session/current-user';
import { AppError } from '@/lib/platform/errors';
import { ownerDb } from '@/tests/support/owner-db';
import { createOrg } from '../fixtures/organisations';
import { createStaff } from '../fixtures/staff';

const signedIn = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/edges/session/current-user', () => ({ getCurrentUser: async () => signedIn.user }));
const { requireOrgSession } = await import('@/lib/edges/session/org-actor');

const origin = { headers: new Headers(), locale: 'da' as const };

beforeEach(() => {
  signedIn.user = null;
});

async function refusalOf(slug: string) {
  try {
    await requireOrgSession(slug, 'org:read', origin);
    return null;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, details: error.details };
    throw error;
  }
}

async function orgRequiringSso() {
  const { organisation } = await createOrg('Kræver SSO');
  await ownerDb().ssoConnection.create({
    data: { organisationId: organisation.id, preset: 'GENERIC_OIDC', issuer: 'https://idp.example', clientId: 'x', clientSecretSealed: 'v1.x.y', allowedDomains: ['kommune.test'], requireSso: true },
  });
  return organisation;
}

describe('the organisation guard and how the session was made', () => {
  it('sends a magic-link session to the organisation’s own sign-in when it requires single sign-on', async () => {
    const organisation = await orgRequiringSso();
    const member = await createStaff(organisation.id, 'TOP_MANAGEMENT');
    signedIn.user = { id: member.user.id, email: member.user.email, name: null, locale: 'da', ssoOrganisationId: null };

    expect(await refusalOf(organisation.slug)).toEqual({ code: 'unauthenticated', details: { signIn: 'sso-required', organisationId: organisation.id } });
  });

  it('opens the organisation for a session its own single sign-on made', async () => {
    const organisation = await orgRequiringSso();
    const member = await createStaff(organisation.id, 'TOP_MANAGEMENT');
    signedIn.user = { id: member.user.id, email: member.user.email, name: null, locale: 'da', ssoOrganisationId: organisation.id };

    expect(await refusalOf(organisation.slug)).toBeNull();
  });

  it('refuses a session made by another organisation’s single sign-on, even for a member', async () => {
    const { organisation: victim } = await createOrg('Offer');
    const director = await createStaff(victim.id, 'TOP_MANAGEMENT');
    const { organisation: other } = await createOrg('Anden');
    signedIn.user = { id: director.user.id, email: director.user.email, name: null, locale: 'da', ssoOrganisationId: other.id };

    expect(await refusalOf(victim.slug)).toEqual({ code: 'unauthenticated', details: { signIn: 'other-organisation-sso', organisationId: victim.id } });
  });
});
