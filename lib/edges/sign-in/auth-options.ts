import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import EmailProvider from 'next-auth/providers/email';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { currentAuthRequest, currentSsoIdentity, rememberSsoIdentity } from '@/lib/edges/sign-in/auth-request';
import { env } from '@/lib/platform/env';
import { sendMagicLinkMail } from '@/lib/platform/mail/templates/magic-link';
import { joinAsLeaderWhereListed } from '@/lib/domains/members/leader-membership';
import { organisationIdsOfUser } from '@/lib/domains/members/queries';
import { signInMailLocale } from '@/lib/domains/members/sign-up';
import { completeSsoSignIn, domainOf, ssoSignInRefusal } from '@/lib/domains/sso/admit';
import type { SsoConnectionForSignIn } from '@/lib/domains/sso/connection';
import { authAdapter } from './adapter';
import { safeCallbackAbsoluteUrl } from './safe-callback-url';
import { normalizeSignInAddress } from './sign-in-address';
import { identityFromClaims, organisationOfSsoProvider, ssoProvider } from './sso-provider';

/** next-auth's error metadata (an Error, or { error, … }) as one line for the log. */
function errorMessage(metadata: unknown): unknown {
  const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | null)?.error;
  return error instanceof Error ? error.message : metadata;
}

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** How long a magic link works (next-auth deletes it on first use); a pending sign-up lives a little longer. */
export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

/**
 * Staff sign in with an e-mailed magic link; sessions live in the database (Session table),
 * so signing out or removing a member ends access at once. The cookies are HttpOnly and
 * SameSite=Lax, and Secure (with next-auth's __Secure-/__Host- names) whenever APP_URL is https —
 * APP_URL alone decides: next-auth takes its origin from it, not from X-Forwarded-* headers.
 *
 * `sso`: on a single sign-on's routes (sign-in and callback of `sso-<organisation id>`), that
 * organisation's identity provider joins the providers (lib/edges/sign-in/sso-options.ts loads it).
 */
export function authOptions(sso: SsoConnectionForSignIn | null = null): NextAuthOptions {
  const appUrl = env().APP_URL;
  // next-auth v4 reads its base URL from NEXTAUTH_URL; ours is APP_URL, the one public base URL.
  process.env.NEXTAUTH_URL = appUrl;
  return {
    secret: env().AUTH_SECRET ?? '',
    adapter: authAdapter(),
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
    useSecureCookies: new URL(appUrl).protocol === 'https:',
    pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in' },
    providers: [
      EmailProvider({
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        from: env().MAIL_FROM,
        // The address the abuse limit counted is the address looked up, mailed and stored.
        normalizeIdentifier: normalizeSignInAddress,
        sendVerificationRequest: async ({ identifier, url }) => sendMagicLinkMail(identifier, url, await signInMailLocale(identifier)),
      }),
      ...(sso ? [ssoProvider(sso)] : []),
    ],
    // An identity provider that refuses someone, or a token that fails its checks, is an expected
    // event with a clear page for the person — a warning for the operator, not an error.
    logger: {
      error: (code, metadata) => (code.startsWith('OAUTH_') ? console.warn : console.error)(`[next-auth] ${code}`, errorMessage(metadata)),
      warn: (code) => console.warn(`[next-auth] ${code}`),
      debug: () => undefined,
    },
    callbacks: {
      signIn: async ({ account, profile }) => {
        const organisationId = organisationOfSsoProvider(account?.provider);
        if (organisationId === null) return true;
        if (!sso || sso.organisationId !== organisationId) return false;
        const identity = identityFromClaims(profile as never);
        const refusal = await ssoSignInRefusal(sso, identity);
        if (refusal === null) {
          rememberSsoIdentity(identity);
          return true;
        }
        const context = currentAuthRequest();
        // The refused address is not kept: it may be nobody of this organisation's. Its domain says enough.
        await recordAudit({
          organisationId,
          action: 'sso.refused',
          actor: { system: true },
          details: { reason: refusal, domain: identity.email ? domainOf(identity.email) : 'none' },
          ...(context ? { context } : {}),
        });
        return `${new URL(appUrl).origin}/sign-in?error=${refusal}`;
      },
      session: ({ session, user }) => ({
        ...session,
        user: { ...session.user, id: user.id, ssoOrganisationId: (user as { ssoOrganisationId?: string | null }).ssoOrganisationId ?? null },
      }),
      // Every callbackUrl next-auth meets — from the form, the link, its cookie — passes the one rule.
      redirect: ({ url }) => safeCallbackAbsoluteUrl(url, appUrl),
    },
    events: {
      signIn: async ({ user, account }) => {
        const context = currentAuthRequest();
        if (sso && organisationOfSsoProvider(account?.provider) === sso.organisationId) {
          const identity = currentSsoIdentity();
          // The signIn callback admitted and remembered them; without it (no store) nobody was admitted.
          if (identity) await completeSsoSignIn(sso, user.id, identity, context);
          return;
        }
        // The address was just verified (the magic link reached it): a listed leader reaches their own group from here.
        if (user.email) await joinAsLeaderWhereListed(user.id, user.email);
        for (const organisationId of await organisationIdsOfUser(user.id)) {
          await recordAudit({ organisationId, action: 'auth.sign-in', actor: { userId: user.id }, ...(context ? { context } : {}) });
        }
      },
    },
  };
}
