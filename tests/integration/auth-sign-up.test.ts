import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/tests/support/owner-db';
import { signUpSchema } from '@/lib/members/schemas';
import { signUp } from '@/lib/members/sign-up';
import { fieldErrorMap } from '@/lib/validation/zod-issues';

const context = { ip: '203.0.113.7', userAgent: 'Vitest browser' };

describe('self-serve sign-up', () => {
  it('creates the organisation with the person signing up as its HR admin, in their language', async () => {
    const input = signUpSchema.parse({ organisationName: 'Ærø Kommune', name: 'Hanne Holm', email: ' Hanne@AEROE.example ', locale: 'en' });
    const { slug, email } = await signUp(input, context);

    expect(slug).toMatch(/^aeroe-kommune/);
    expect(email).toBe('hanne@aeroe.example');
    const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug } });
    expect(organisation).toMatchObject({ name: 'Ærø Kommune', defaultLocale: 'en' });
    const user = await ownerDb().user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: 'Hanne Holm', locale: 'en' });
    const membership = await ownerDb().membership.findFirstOrThrow({ where: { organisationId: organisation.id, userId: user.id } });
    expect(membership.role).toBe('HR_ADMIN');
  });

  it('records both the new organisation and the sign-up in its audit log, with where it came from', async () => {
    const { slug } = await signUp(signUpSchema.parse({ organisationName: 'Syddal Friskole', name: 'Ole', email: `ole.${Date.now()}@example.test` }), context);
    const organisation = await ownerDb().organisation.findUniqueOrThrow({ where: { slug } });
    const entries = await ownerDb().auditLogEntry.findMany({ where: { organisationId: organisation.id }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => e.action).sort()).toEqual(['auth.sign-up', 'organisation.created']);
    for (const entry of entries) expect(entry).toMatchObject({ ip: '203.0.113.7', userAgent: 'Vitest browser' });
  });

  it('gives a second organisation a slug of its own when the name is taken', async () => {
    const first = await signUp(signUpSchema.parse({ organisationName: 'Tvilling Kommune', name: 'A', email: `a.${Date.now()}@example.test` }));
    const second = await signUp(signUpSchema.parse({ organisationName: 'Tvilling Kommune', name: 'B', email: `b.${Date.now()}@example.test` }));
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug.startsWith(first.slug)).toBe(true);
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
