import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withAuthRequest } from '@/lib/edges/sign-in/auth-request';
import { ownerDb } from '@/tests/support/owner-db';
import { resetEnvCache } from '@/lib/platform/env';
import { sendMagicLinkMail } from '@/lib/platform/mail/templates/magic-link';
import { signUpSchema } from '@/lib/domains/members/schemas';
import { signInMailLocale, signUp } from '@/lib/domains/members/sign-up';
import { callNextAuth } from '@/lib/edges/sign-in/call-next-auth';
import { sendSignInLink } from '@/lib/edges/sign-in/send-sign-in-link';
import { takeLoggedErrors } from '../support/fail-on-console-error';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtp-test-server';
import { createOrg } from '../fixtures/organisations';
import { createStaff } from '../fixtures/staff';

const APP_URL = 'http://ledertrivsel.test:3999';
let smtp: SmtpTestServer;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.APP_URL = APP_URL;
  process.env.NEXTAUTH_URL = APP_URL;
  process.env.SMTP_URL = smtp.url;
  resetEnvCache();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
  delete process.env.NEXTAUTH_URL;
  resetEnvCache();
  await smtp.stop();
});

beforeEach(() => smtp.clear());

/** next-auth's own handler, driven the way the browser drives it: CSRF token, then the e-mail form. */
async function requestSignInLink(email: string, callbackUrl = '/orgs') {
  const csrf = await callNextAuth(['csrf']);
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  return callNextAuth(['signin', 'email'], { method: 'POST', body: { email, csrfToken, callbackUrl, json: 'true' }, cookies: csrf.cookies });
}

function linkIn(text: string): string {
  const match = /(https?:\/\/\S+\/api\/auth\/callback\/email\S+)/.exec(text);
  if (!match) throw new Error(`no sign-in link in: ${text}`);
  return match[1]!;
}

async function openLink(link: string, cookies: Record<string, string> = {}) {
  const url = new URL(link);
  return callNextAuth(['callback', 'email'], { query: Object.fromEntries(url.searchParams), cookies });
}

describe('the sign-in mail', () => {
  it('reaches a Danish user over SMTP in Danish, with a link on APP_URL in both the text and the HTML part', async () => {
    const { organisation } = await createOrg();
    const { user } = await createStaff(organisation.id, 'HR_ADMIN', { locale: 'da' });

    const response = await requestSignInLink(user.email);
    expect(response.redirect).toBe(`${APP_URL}/api/auth/verify-request?provider=email&type=email`);
    expect((await callNextAuth(['verify-request'], { query: { provider: 'email', type: 'email' } })).redirect).toBe('/sign-in/check-email');

    const mail = await smtp.waitForMessage((m) => m.to.includes(user.email));
    expect(mail.subject).toBe('Dit login til Ledertrivsel');
    expect(mail.text).toContain('Klik på knappen for at logge ind');
    const link = linkIn(mail.text);
    expect(link.startsWith(`${APP_URL}/api/auth/callback/email?`)).toBe(true);
    expect(mail.html).toContain('lang="da"');
    expect(mail.html).toContain(link.replace(/&/g, '&amp;'));
  });

  it('reaches an English user in English', async () => {
    const { organisation } = await createOrg();
    const { user } = await createStaff(organisation.id, 'TOP_MANAGEMENT', { locale: 'en' });

    await requestSignInLink(user.email.toUpperCase());

    const mail = await smtp.waitForMessage((m) => m.to.includes(user.email));
    expect(mail.subject).toBe('Your sign-in link for Ledertrivsel');
    expect(mail.text).toContain('Sign in');
    expect(mail.html).toContain('lang="en"');
    expect(linkIn(mail.text).startsWith(APP_URL)).toBe(true);
  });

  it('signs the user in once: a session starts, the sign-in is audited in each organisation, and the link is then spent', async () => {
    const a = await createOrg('A');
    const b = await createOrg('B');
    const { user } = await createStaff(a.organisation.id, 'HR_ADMIN');
    await ownerDb().membership.create({ data: { organisationId: b.organisation.id, userId: user.id, role: 'MED_AMO' } });

    await requestSignInLink(user.email, `/${a.organisation.slug}`);
    const link = linkIn((await smtp.waitForMessage((m) => m.to.includes(user.email))).text);

    // The browser's request, as the route handler hands it over (lib/edges/sign-in/auth-request.ts).
    const browser = { headers: new Headers({ 'x-forwarded-for': '203.0.113.24', 'user-agent': 'Firefox/140' }) };
    const signedIn = await withAuthRequest(browser, () => openLink(link));
    expect(signedIn.redirect).toBe(`${APP_URL}/${a.organisation.slug}`);
    expect(signedIn.cookies['next-auth.session-token']).toMatch(/.{20,}/);
    expect(await ownerDb().session.count({ where: { userId: user.id } })).toBe(1);
    for (const organisationId of [a.organisation.id, b.organisation.id]) {
      const entries = await ownerDb().auditLogEntry.findMany({ where: { organisationId, action: 'auth.sign-in' } });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ actorUserId: user.id, ip: '203.0.113.24', userAgent: 'Firefox/140' });
    }

    const again = await openLink(link);
    expect(again.redirect).toBe(`${APP_URL}/api/auth/error?error=Verification`);
    // …which lands on our sign-in page, where the code becomes "the link has expired or was used".
    expect((await callNextAuth(['error'], { query: { error: 'Verification' } })).redirect).toBe('/sign-in?error=Verification');
    expect(await ownerDb().session.count({ where: { userId: user.id } })).toBe(1);
  });

  it('makes a leader on the list a LEADER member on their first sign-in, with no invitation from HR', async () => {
    const { organisation, leader } = await createOrg('Lederliste');
    await requestSignInLink(leader.email);
    const link = linkIn((await smtp.waitForMessage((m) => m.to.includes(leader.email))).text);
    const signedIn = await openLink(link);
    expect(signedIn.cookies['next-auth.session-token']).toMatch(/.{20,}/);
    const user = await ownerDb().user.findUniqueOrThrow({ where: { email: leader.email } });
    expect(await ownerDb().membership.findMany({ where: { userId: user.id }, select: { organisationId: true, role: true } })).toEqual([{ organisationId: organisation.id, role: 'LEADER' }]);
    const entries = await ownerDb().auditLogEntry.findMany({ where: { organisationId: organisation.id, actorUserId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['member.joined-as-leader', 'auth.sign-in']);
  });

  it('is kept in the development outbox when no SMTP server is configured', async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    try {
      const email = `outbox.${Date.now()}@example.test`;
      await sendMagicLinkMail(email, `${APP_URL}/api/auth/callback/email?token=t&email=${encodeURIComponent(email)}`, await signInMailLocale(email));
      const kept = await ownerDb().devOutboxMail.findFirst({ where: { to: email } });
      expect(kept?.subject).toBe('Dit login til Ledertrivsel');
      expect(kept?.text).toContain(`${APP_URL}/api/auth/callback/email`);
      expect(kept?.html).toContain('<a href=');
      expect(smtp.messages).toHaveLength(0);
    } finally {
      process.env.SMTP_URL = smtp.url;
      resetEnvCache();
    }
  });
});

describe('where the link leads', () => {
  it('lands on this site whatever callbackUrl the request for it carried', async () => {
    for (const callbackUrl of [`${APP_URL}@evil.example/x`, `${APP_URL}.evil.example/x`, 'https://evil.example/x', '//evil.example/x', 'javascript:alert(1)']) {
      const { organisation } = await createOrg();
      const { user } = await createStaff(organisation.id, 'HR_ADMIN');
      await requestSignInLink(user.email, callbackUrl);
      const link = linkIn((await smtp.waitForMessage((m) => m.to.includes(user.email))).text);
      expect(new URL(link).searchParams.get('callbackUrl'), callbackUrl).toBe(`${APP_URL}/orgs`);
      expect((await openLink(link)).redirect, callbackUrl).toBe(`${APP_URL}/orgs`);
    }
  });

  it('signs in with a genuine link although the browser still holds a session the server has forgotten', async () => {
    const { organisation } = await createOrg();
    const { user } = await createStaff(organisation.id, 'HR_ADMIN');
    await requestSignInLink(user.email, `/${organisation.slug}`);
    const link = linkIn((await smtp.waitForMessage((m) => m.to.includes(user.email))).text);

    const signedIn = await openLink(link, { 'next-auth.session-token': 'a-session-deleted-with-its-organisation' });
    expect(signedIn.redirect).toBe(`${APP_URL}/${organisation.slug}`);
    expect(await ownerDb().session.count({ where: { userId: user.id, sessionToken: signedIn.cookies['next-auth.session-token'] } })).toBe(1);
  });
});

describe('the address a link is mailed to', () => {
  it('is the one plain address asked for, however it was spelled; anything more is refused and nothing is mailed', async () => {
    const { organisation } = await createOrg();
    const { user } = await createStaff(organisation.id, 'HR_ADMIN');
    await requestSignInLink(` ${user.email.toUpperCase()}\t`);
    expect((await smtp.waitForMessage((m) => m.to.includes(user.email))).to).toEqual([user.email]);

    smtp.clear();
    for (const spelling of [`${user.email},1`, `${user.email},evil@evil.example`, `Someone <${user.email}>`]) {
      expect((await requestSignInLink(spelling)).redirect, spelling).toBe(`${APP_URL}/api/auth/error?error=EmailSignin`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages).toHaveLength(0);
    // next-auth logs each refusal of our normalizeIdentifier (the route's edge refuses them before it, with a 400).
    expect(takeLoggedErrors(/SIGNIN_EMAIL_ERROR/)).toHaveLength(3);
    expect(await ownerDb().verificationToken.count({ where: { identifier: { contains: ',' } } })).toBe(0);
  });

  it('writes the mail for a sign-up in the language chosen at sign-up, before there is an account', async () => {
    const email = `ny.${Date.now()}@example.test`;
    const { callbackUrl } = await signUp(signUpSchema.parse({ organisationName: 'Ny Kommune', name: 'Ny', email, locale: 'en' }));
    await requestSignInLink(email, callbackUrl);
    const mail = await smtp.waitForMessage((m) => m.to.includes(email));
    expect(mail.subject).toBe('Your sign-in link for Ledertrivsel');
    expect(new URL(linkIn(mail.text)).searchParams.get('callbackUrl')).toBe(`${APP_URL}${callbackUrl}`);
  });
});

describe("the sign-in form's way of asking (sendSignInLink)", () => {
  const caller = (ip: string) => new Headers({ 'x-forwarded-for': ip });

  it('mails the same link next-auth mails over HTTP, and counts against the same limits', async () => {
    const { organisation } = await createOrg();
    const { user } = await createStaff(organisation.id, 'HR_ADMIN');
    expect(await sendSignInLink({ email: ` ${user.email.toUpperCase()}`, callbackUrl: `/${organisation.slug}`, headers: caller('192.0.2.61') })).toBeNull();
    const mail = await smtp.waitForMessage((m) => m.to.includes(user.email));
    expect(mail.to).toEqual([user.email]);
    expect((await openLink(linkIn(mail.text))).redirect).toBe(`${APP_URL}/${organisation.slug}`);

    for (let i = 1; i < 5; i++) expect(await sendSignInLink({ email: user.email, callbackUrl: '/orgs', headers: caller(`192.0.2.${61 + i}`) })).toBeNull();
    await expect(sendSignInLink({ email: user.email, callbackUrl: '/orgs', headers: caller('192.0.2.70') })).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('mails nothing for anything but one plain address', async () => {
    expect(await sendSignInLink({ email: 'a@x.dk,b@y.dk', callbackUrl: '/orgs', headers: caller('192.0.2.71') })).toBe('InvalidEmail');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages).toHaveLength(0);
  });
});
