import 'server-only';
import { PrismaAdapter } from '@next-auth/prisma-adapter';
import type { NextAuthOptions } from 'next-auth';
import EmailProvider from 'next-auth/providers/email';
import { recordAudit } from '@/lib/audit/record-audit';
import { currentAuthRequest } from '@/lib/auth/auth-request';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { sendMagicLinkMail } from '@/lib/mail/templates/magic-link';
import { organisationIdsOfUser } from '@/lib/members/queries';

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * Staff sign in with an e-mailed magic link; sessions live in the database (Session table),
 * so signing out or removing a member ends access at once. The cookie is HttpOnly and
 * SameSite=Lax, and Secure whenever APP_URL is https.
 */
export function authOptions(): NextAuthOptions {
  // next-auth v4 reads its base URL from NEXTAUTH_URL; ours is APP_URL, the one public base URL.
  process.env.NEXTAUTH_URL ??= env().APP_URL;
  return {
    secret: env().AUTH_SECRET ?? '',
    adapter: PrismaAdapter(db() as never),
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
    useSecureCookies: env().APP_URL.startsWith('https://'),
    pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in' },
    providers: [
      EmailProvider({
        // Links are valid for 15 minutes and only once (next-auth deletes the token on use).
        maxAge: 15 * 60,
        from: env().MAIL_FROM,
        sendVerificationRequest: async ({ identifier, url }) => sendMagicLinkMail(identifier.toLowerCase(), url),
      }),
    ],
    callbacks: {
      session: ({ session, user }) => ({ ...session, user: { ...session.user, id: user.id } }),
      redirect: ({ url, baseUrl }) => (url.startsWith('/') ? `${baseUrl}${url}` : url.startsWith(baseUrl) ? url : baseUrl),
    },
    events: {
      signIn: async ({ user }) => {
        const context = currentAuthRequest();
        for (const organisationId of await organisationIdsOfUser(user.id)) {
          await recordAudit({ organisationId, action: 'auth.sign-in', actor: { userId: user.id }, ...(context ? { context } : {}) });
        }
      },
    },
  };
}
