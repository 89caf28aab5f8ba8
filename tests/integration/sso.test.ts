import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ssoSettingsSchema } from '@/lib/domains/sso/schemas';
import { saveSsoSettings } from '@/lib/domains/sso/connection';
import { callNextAuth } from '@/lib/edges/sign-in/call-next-auth';
import { startSsoSignIn } from '@/lib/edges/sign-in/start-sso';
import { resetEnvCache } from '@/lib/platform/env';
import { ownerDb } from '@/tests/support/owner-db';
import { startTestIdentityProvider, type TestIdentityProvider, type TestIdpAccount } from '../support/test-identity-provider';
import { memberActorOf } from '../fixtures/actors';
import { createOrg } from '../fixtures/organisations';
import { createStaff } from '../fixtures/staff';

const APP_URL = 'http://ledertrivsel.test:3998';
const idps: TestIdentityProvider[] = [];

beforeAll(() => {
  process.env.APP_URL = APP_URL;
  process.env.NEXTAUTH_URL = APP_URL;
  resetEnvCache();
});

afterEach(async () => {
  await Promise.all(idps.splice(0).map((idp) => idp.close()));
});

afterAll(() => {
  delete process.env.APP_URL;
  delete process.env.NEXTAUTH_URL;
  resetEnvCache();
});

/** An organisation whose HR has pointed its single sign-on at a freshly started identity provider. */
async function organisationWithSso(options: { accounts: TestIdpAccount[]; domains?: string; jit?: boolean; requireSso?: boolean; groupRoles?: string }) {
  const { organisation } = await createOrg(`SSO ${randomBytes(3).toString('hex')}`);
  const hr = await createStaff(organisation.id, 'HR_ADMIN');
  const idp = await startTestIdentityProvider({ redirectUris: [`${APP_URL}/api/auth/callback/sso-${organisation.id}`], accounts: options.accounts });
  idps.push(idp);
  const settings = ssoSettingsSchema.parse({
    preset: 'GENERIC_OIDC',
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    allowedDomains: options.domains ?? 'kommune.test',
    enabled: 'on',
    ...(options.requireSso ? { requireSso: 'on' } : {}),
    ...(options.jit ? { jitMembership: 'on' } : {}),
    groupRoles: options.groupRoles ?? '',
  });
  await saveSsoSettings(await memberActorOf(organisation.id, hr.user.id), settings);
  return { organisation, idp, hr };
}

function cookiesOf(setCookies: string[]): Record<string, string> {
  return Object.fromEntries(setCookies.map((line) => line.split(';')[0]!.split('=')).map(([name, value]) => [name!, decodeURIComponent(value!)]));
}

/**
 * The browser's walk: our start route, the identity provider's authorise, its (automatic) login,
 * back to our callback. The provider is reached over real HTTP; our side through next-auth's own handler.
 */
async function signInThroughIdp(organisationId: string, loginHint: string, callbackUrl = `/orgs`) {
  const started = await startSsoSignIn({ organisationId, callbackUrl, loginHint });
  expect(started.location.startsWith('http://127.0.0.1:')).toBe(true);
  const jar = new Map<string, string>();
  let url = started.location;
  for (let hop = 0; hop < 10; hop += 1) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      jar.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`the identity provider stopped at ${url} with ${response.status}: ${await response.text()}`);
    url = new URL(location, url).toString();
    if (url.startsWith(APP_URL)) break;
  }
  const back = new URL(url);
  expect(back.pathname).toBe(`/api/auth/callback/sso-${organisationId}`);
  const result = await callNextAuth(['callback', `sso-${organisationId}`], { query: Object.fromEntries(back.searchParams), cookies: cookiesOf(started.setCookies) });
  // next-auth's own error and sign-in routes only pass the code on to our sign-in page; the browser follows them.
  let redirect = result.redirect;
  const absolute = (url: string | null) => (url ? new URL(url, APP_URL) : null);
  for (let next = absolute(redirect); next && /^\/api\/auth\/(error|signin)$/.test(next.pathname); next = absolute(redirect)) {
    redirect = (await callNextAuth([next.pathname.split('/').at(-1)!], { query: Object.fromEntries(next.searchParams) })).redirect;
  }
  return { ...result, redirect: absolute(redirect)?.toString() ?? null };
}

async function sessionOf(result: { cookies: Record<string, string> }) {
  const token = result.cookies['next-auth.session-token'];
  if (!token) return null;
  return ownerDb().session.findUnique({ where: { sessionToken: token }, include: { user: true } });
}

describe('single sign-on through the organisation’s identity provider', () => {
  it('signs a member in, binds the session to the organisation, and audits it there', async () => {
    const { organisation } = await organisationWithSso({ accounts: [{ sub: 'director-1', email: 'Direktoer@Kommune.test', name: 'Dorte Direktør' }] });
    const director = await createStaff(organisation.id, 'TOP_MANAGEMENT', { email: 'direktoer@kommune.test' });

    const result = await signInThroughIdp(organisation.id, 'direktoer@kommune.test', '/orgs');

    expect(result.redirect).toBe(`${APP_URL}/orgs`);
    const session = await sessionOf(result);
    expect(session?.userId).toBe(director.user.id);
    expect(session?.ssoOrganisationId).toBe(organisation.id);
    const account = await ownerDb().account.findFirst({ where: { userId: director.user.id } });
    expect(account).toMatchObject({ provider: `sso-${organisation.id}`, providerAccountId: 'director-1' });
    const audit = await ownerDb().auditLogEntry.findFirst({ where: { organisationId: organisation.id, action: 'auth.sign-in', actorUserId: director.user.id } });
    expect(audit?.details).toMatchObject({ method: 'sso' });
  });

  it('refuses an address outside the organisation’s domains, whatever the identity provider says', async () => {
    const { organisation } = await organisationWithSso({ accounts: [{ sub: 'outsider', email: 'ceo@other-municipality.test' }], jit: true });

    const result = await signInThroughIdp(organisation.id, 'ceo@other-municipality.test');

    expect(result.redirect).toBe(`${APP_URL}/sign-in?error=SsoDomain`);
    expect(await sessionOf(result)).toBeNull();
    expect(await ownerDb().user.count({ where: { email: 'ceo@other-municipality.test' } })).toBe(0);
    const refused = await ownerDb().auditLogEntry.findFirst({ where: { organisationId: organisation.id, action: 'sso.refused' } });
    expect(refused?.details).toEqual({ reason: 'SsoDomain', domain: 'other-municipality.test' });
  });

  it('refuses a person of the domain who is not a member when just-in-time membership is off', async () => {
    const { organisation } = await organisationWithSso({ accounts: [{ sub: 'stranger', email: 'someone@kommune.test' }] });

    const result = await signInThroughIdp(organisation.id, 'someone@kommune.test');

    expect(result.redirect).toBe(`${APP_URL}/sign-in?error=SsoNotMember`);
    expect(await sessionOf(result)).toBeNull();
    expect(await ownerDb().membership.count({ where: { organisationId: organisation.id } })).toBe(1);
  });

  it('lets a new person of the domain in with no access until HR grants a role, or with the role their groups map to', async () => {
    const { organisation } = await organisationWithSso({
      accounts: [
        { sub: 'new-1', email: 'ny@kommune.test' },
        { sub: 'med-1', email: 'med@kommune.test', groups: ['11111111-aaaa-bbbb-cccc-000000000001'] },
      ],
      jit: true,
      groupRoles: '11111111-aaaa-bbbb-cccc-000000000001 = MED_AMO',
    });

    const plain = await signInThroughIdp(organisation.id, 'ny@kommune.test');
    const mapped = await signInThroughIdp(organisation.id, 'med@kommune.test');

    const roles = await ownerDb().membership.findMany({
      where: { organisationId: organisation.id, user: { email: { in: ['ny@kommune.test', 'med@kommune.test'] } } },
      select: { role: true, user: { select: { email: true } } },
    });
    expect(Object.fromEntries(roles.map((r) => [r.user.email, r.role]))).toEqual({ 'ny@kommune.test': 'NO_ACCESS', 'med@kommune.test': 'MED_AMO' });
    expect((await sessionOf(plain))?.ssoOrganisationId).toBe(organisation.id);
    expect((await sessionOf(mapped))?.ssoOrganisationId).toBe(organisation.id);
    expect(await ownerDb().auditLogEntry.count({ where: { organisationId: organisation.id, action: 'member.joined-by-sso' } })).toBe(2);
  });

  it('shows a clear refusal when the identity provider refuses a disabled user', async () => {
    const { organisation } = await organisationWithSso({ accounts: [{ sub: 'gone', email: 'stoppet@kommune.test', disabled: true }] });
    await createStaff(organisation.id, 'TOP_MANAGEMENT', { email: 'stoppet@kommune.test' });

    const result = await signInThroughIdp(organisation.id, 'stoppet@kommune.test');

    expect(result.redirect).toBe(`${APP_URL}/sign-in?error=SsoDenied`);
    expect(await sessionOf(result)).toBeNull();
  });

  it.each([
    ['a bad signature', 'bad-signature'],
    ['the wrong audience', 'wrong-audience'],
  ] as const)('refuses an ID token with %s', async (_label, tamper) => {
    const email = `chef.${tamper}@kommune.test`;
    const { organisation, idp } = await organisationWithSso({ accounts: [{ sub: `director-${tamper}`, email }] });
    const director = await createStaff(organisation.id, 'TOP_MANAGEMENT', { email });
    idp.tamper = tamper;

    const result = await signInThroughIdp(organisation.id, email);

    const landing = new URL(result.redirect!);
    expect([landing.pathname, landing.searchParams.get('error')]).toEqual(['/sign-in', 'OAuthCallback']);
    expect(await sessionOf(result)).toBeNull();
    expect(await ownerDb().account.count({ where: { userId: director.user.id } })).toBe(0);
  });

  it('keeps the client secret out of the database in the clear', async () => {
    const { organisation, idp } = await organisationWithSso({ accounts: [] });
    const row = await ownerDb().ssoConnection.findUniqueOrThrow({ where: { organisationId: organisation.id } });
    expect(row.clientSecretSealed).not.toContain(idp.clientSecret);
    expect(row.clientSecretSealed.startsWith('v1.')).toBe(true);
  });

  it('cannot be pointed at another organisation’s people: the session opens only the organisation whose provider made it', async () => {
    // HR of "Attacker" points its own identity provider at the victim organisation's director's address.
    const victim = await createOrg('Victim');
    const director = await createStaff(victim.organisation.id, 'TOP_MANAGEMENT', { email: 'direktoer@victim.test' });
    const { organisation: attacker } = await organisationWithSso({ accounts: [{ sub: 'forged', email: 'direktoer@victim.test' }], domains: 'victim.test', jit: true });

    const result = await signInThroughIdp(attacker.id, 'direktoer@victim.test');

    const session = await sessionOf(result);
    expect(session?.userId).toBe(director.user.id);
    expect(session?.ssoOrganisationId).toBe(attacker.id);
    // No leader or other membership appears in the victim organisation, and the guard refuses it there (session-rule).
    expect(await ownerDb().membership.count({ where: { organisationId: victim.organisation.id } })).toBe(1);
  });
});
