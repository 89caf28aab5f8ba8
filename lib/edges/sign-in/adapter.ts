import 'server-only';
import { PrismaAdapter } from '@next-auth/prisma-adapter';
import type { Adapter } from 'next-auth/adapters';
import { db } from '@/lib/platform/db';
import { currentSsoOrganisationId } from './auth-request';
import { signInAddress } from './sign-in-address';

/**
 * Session tokens are next-auth's UUIDs; a cookie that could not be one (a NUL byte, which
 * PostgreSQL refuses with an error, or kilobytes of junk) names no session and is not looked up.
 */
function isPlausibleToken(token: unknown): token is string {
  return typeof token === 'string' && /^[\x21-\x7e]{1,255}$/.test(token);
}

function isMissingRecord(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2025';
}

/**
 * next-auth's Prisma adapter, tolerant of sessions that are already gone. Opening a magic link
 * with a session cookie the database no longer knows — what someone has after their
 * organisation, and with it their account, was deleted, or after signing out elsewhere — makes
 * next-auth delete that session first; the stock adapter throws P2025 there, next-auth answers
 * `error=Callback`, and the link, already spent, cannot be opened again. A session that is not
 * there is as good as deleted.
 */
export function authAdapter(): Adapter {
  const prisma = db();
  const base = PrismaAdapter(prisma as never);
  return {
    ...base,
    // A session made by an organisation's single sign-on is bound to it (lib/domains/sso/session-rule.ts).
    createSession: async (session) => prisma.session.create({ data: { ...session, ssoOrganisationId: currentSsoOrganisationId() } }),
    getSessionAndUser: async (sessionToken) => {
      if (!isPlausibleToken(sessionToken)) return null;
      const found = await prisma.session.findUnique({ where: { sessionToken }, include: { user: true } });
      if (!found) return null;
      const { user, ...session } = found;
      return { session, user: { ...user, ssoOrganisationId: session.ssoOrganisationId } };
    },
    deleteSession: async (sessionToken) => {
      if (isPlausibleToken(sessionToken)) await prisma.session.deleteMany({ where: { sessionToken } });
    },
    // Signing out in another tab between reading a session and extending it.
    updateSession: async (session) => {
      try {
        return await base.updateSession!(session);
      } catch (error) {
        if (isMissingRecord(error)) return null;
        throw error;
      }
    },
    // A link whose e-mail parameter is missing or not an address we could have mailed is simply not a valid link.
    useVerificationToken: async (params) => {
      if (signInAddress(params.identifier) !== params.identifier || typeof params.token !== 'string') return null;
      return base.useVerificationToken!(params);
    },
  };
}
