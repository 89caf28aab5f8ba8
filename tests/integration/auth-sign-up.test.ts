import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { AppError } from '@/lib/platform/errors';
import { rateLimits } from '@/lib/platform/rate-limit/limits';
import { signUpSchema } from '@/lib/domains/members/schemas';
import { completeSignUp, forgetExpiredSignUps, signUp } from '@/lib/domains/members/sign-up';
import { fieldErrorMap } from '@/lib/platform/validation/zod-issues';
import { createOrg } from '../fixtures/organisations';
import { createStaff } from '../fixtures/staff';

const context = { ip: '203.0.113.7', userAgent: 'Vitest browser' };
const unique = () => randomBytes(4).toString('hex');

/** What next-auth does when an address without an account opens its first magic link. */
function accountCreatedByTheLink(email: string) {
  return ownerDb().user.create({ data: { email, emailVerified: new Date() } });
}

function pendingIdOf(callbackUrl: string): string {
  const url = new URL(callbackUrl, 'http://x');
  expect(url.pathname).toBe('/sign-up/complete');
  return url.searchParams.get('id')!;
}

describe('self-serve sign-up', () => {
  it('creates nothing but a pending sign-up until the address is proved, and names it in the link it asks for', async () => {
    const input = signUpSchema.parse({ organisationName: 'Ærø Kommune', name: 'Hanne Holm', email: ' Hanne@AEROE.example ', locale: 'en' });
    const { email, callbackUrl } = await signUp(input, context);

    expect(email).toBe('hanne@aeroe.example');
    const pending = await ownerDb().pendingSignUp.findUniqueOrThrow({ where: { id: pendingIdOf(callbackUrl) } });
    expect(pending).toMatchObject({ email, organisationName: 'Ærø Kommune', adminName: 'Hanne Holm', locale: 'en' });
    // The magic link works 15 minutes; the sign-up waits a little longer for it.
    expect(pending.expiresAt.getTime() - Date.now()).toBeGreaterThan(15 * 60 * 1000);
    expect(pending.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(20 * 60 * 1000);
    expect(await ownerDb().organisation.count({ where: { name: 'Ærø Kommune' } })).toBe(0);
    expect(await ownerDb().user.count({ where: { email } })).toBe(0);
  });

  it('creates the organisation with the person as its HR admin, in their language, once their link has signed them in', async () => {
    const email = `hanne.${unique()}@aeroe.example`;
    const { callbackUrl } = await signUp(signUpSchema.parse({ organisationName: 'Ærø Kommune', name: 'Hanne Holm', email, locale: 'en' }), context);
    const user = await accountCreatedByTheLink(email);

    const completion = await completeSignUp(pendingIdOf(callbackUrl), user, { ip: '203.0.113.8', userAgent: 'Her browser' });
    expect(completion).toMatchObject({ status: 'created', slug: expect.stringMatching(/^aeroe-kommune/) });
    const slug = (completion as { slug: string }).slug;
    const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug } });
    expect(organisation).toMatchObject({ name: 'Ærø Kommune', defaultLocale: 'en' });
    expect(await ownerDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: 'Hanne Holm', locale: 'en' });
    const membership = await ownerDb().membership.findFirstOrThrow({ where: { organisationId: organisation.id, userId: user.id } });
    expect(membership.role).toBe('HR_ADMIN');
    // Both entries name the person who proved the address, and where the link was opened.
    const entries = await ownerDb().auditLogEntry.findMany({ where: { organisationId: organisation.id } });
    expect(entries.map((e) => e.action).sort()).toEqual(['auth.sign-up', 'organisation.created']);
    for (const entry of entries) expect(entry).toMatchObject({ actorUserId: user.id, ip: '203.0.113.8', userAgent: 'Her browser' });
    expect(await ownerDb().pendingSignUp.count({ where: { email } })).toBe(0);
  });

  it("attaches nothing to someone else's account: only the address's owner, signed in by the link, completes it", async () => {
    const { organisation } = await createOrg('Eksisterende Kommune');
    const { user: victim } = await createStaff(organisation.id, 'MED_AMO', { name: 'Vera Vang', locale: 'da' });
    const name = `IT-support – ring 12345678 ${unique()}`;
    const { callbackUrl } = await signUp(signUpSchema.parse({ organisationName: name, name: 'Mallory', email: victim.email, locale: 'en' }), context);

    expect(await ownerDb().organisation.count({ where: { name } })).toBe(0);
    expect(await ownerDb().membership.count({ where: { userId: victim.id } })).toBe(1);
    expect(await ownerDb().auditLogEntry.count({ where: { actorUserId: victim.id } })).toBe(0);

    // Another signed-in person holding the link's callbackUrl gets nothing, and learns nothing.
    const { user: mallory } = await createStaff(organisation.id, 'LEADER');
    expect(await completeSignUp(pendingIdOf(callbackUrl), mallory)).toEqual({ status: 'unknown' });
    expect(await ownerDb().organisation.count({ where: { name } })).toBe(0);

    // The owner of the address, who opened the link, does get it — and keeps their own name and language.
    expect(await completeSignUp(pendingIdOf(callbackUrl), victim)).toMatchObject({ status: 'created' });
    expect(await ownerDb().membership.count({ where: { userId: victim.id } })).toBe(2);
    expect(await ownerDb().user.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ name: 'Vera Vang', locale: 'da' });
  });

  it('creates one organisation however often the link is followed, also twice at the same moment', async () => {
    const email = `twice.${unique()}@example.test`;
    const name = `Dobbelt Kommune ${unique()}`;
    const { callbackUrl } = await signUp(signUpSchema.parse({ organisationName: name, name: 'Dorte', email }), context);
    const user = await accountCreatedByTheLink(email);
    const id = pendingIdOf(callbackUrl);

    const both = await Promise.all([completeSignUp(id, user), completeSignUp(id, user)]);
    expect(both.map((c) => c.status).sort()).toEqual(['created', 'unknown']);
    expect(await completeSignUp(id, user)).toEqual({ status: 'unknown' });
    expect(await ownerDb().organisation.count({ where: { name } })).toBe(1);
    expect(await ownerDb().membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it('does nothing with a sign-up whose time ran out, and deletes it', async () => {
    const email = `late.${unique()}@example.test`;
    const name = `Sen Kommune ${unique()}`;
    const { callbackUrl } = await signUp(signUpSchema.parse({ organisationName: name, name: 'Lise', email }), context);
    const stale = await signUp(signUpSchema.parse({ organisationName: `${name} igen`, name: 'Lise', email: `other.${email}` }), context);
    await ownerDb().pendingSignUp.updateMany({ where: { email: { endsWith: email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const user = await accountCreatedByTheLink(email);

    expect(await completeSignUp(pendingIdOf(callbackUrl), user)).toEqual({ status: 'expired' });
    expect(await ownerDb().organisation.count({ where: { name: { startsWith: name } } })).toBe(0);
    expect(await ownerDb().pendingSignUp.count({ where: { id: { in: [pendingIdOf(callbackUrl), pendingIdOf(stale.callbackUrl)] } } })).toBe(0);
    expect(await forgetExpiredSignUps()).toBe(0);
  });

  it('answers a malformed or unknown sign-up id like one that is not theirs', async () => {
    const user = await accountCreatedByTheLink(`nobody.${unique()}@example.test`);
    for (const id of [null, '', 'x', '../orgs', '0190a000-0000-7000-8000-00000000000a', ['0190a000-0000-7000-8000-00000000000a']]) {
      expect(await completeSignUp(id, user)).toEqual({ status: 'unknown' });
    }
  });

  it('gives a second organisation a slug of its own when the name is taken', async () => {
    const slugs: string[] = [];
    for (const who of ['a', 'b']) {
      const email = `${who}.${unique()}@example.test`;
      const { callbackUrl } = await signUp(signUpSchema.parse({ organisationName: 'Tvilling Kommune', name: who, email }));
      const completion = await completeSignUp(pendingIdOf(callbackUrl), await accountCreatedByTheLink(email));
      slugs.push((completion as { slug: string }).slug);
    }
    expect(slugs[1]).not.toBe(slugs[0]);
    expect(slugs[1]!.startsWith(slugs[0]!)).toBe(true);
  });

  it('keeps the limit on sign-ups per caller', async () => {
    const caller = { ip: '203.0.113.99', userAgent: null };
    const input = (n: number) => signUpSchema.parse({ organisationName: `Grænse ${n}`, name: 'G', email: `g${n}.${unique()}@example.test` });
    for (let n = 0; n < rateLimits.signUpPerIp.limit; n++) await signUp(input(n), caller);
    await expect(signUp(input(99), caller)).rejects.toMatchObject({ code: 'rate_limited' } satisfies Partial<AppError>);
  });

  it('reports every missing or wrong field at once, in the form language', () => {
    const result = signUpSchema.safeParse({ organisationName: 'X', name: '  ', email: 'not-an-address' });
    expect(result.success).toBe(false);
    const errors = fieldErrorMap(result.error!, 'da');
    expect(errors.organisationName).toEqual(['Giv organisationen et navn på mindst 2 tegn.']);
    expect(errors.name).toEqual(['Skal udfyldes.']);
    expect(errors.email).toEqual(['Skriv en gyldig e-mailadresse.']);
  });
});
