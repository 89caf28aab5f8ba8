import 'server-only';
import type { Locale } from '@/content/types';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import { db } from '@/lib/platform/db';
import { AppError } from '@/lib/platform/errors';
import type { RequestContext } from '@/lib/platform/http/request-context';
import { createOrganisation } from '@/lib/domains/organisations/create-organisation';
import { enforceRateLimits } from '@/lib/platform/rate-limit/enforce';
import { isUuid } from '@/lib/platform/validation/uuid';
import type { SignUpInput } from './schemas';

/** Where the magic link mailed for a sign-up leads: the route that creates the organisation. */
export const SIGN_UP_COMPLETION_PATH = '/sign-up/complete';
/** The magic link works 15 minutes; the sign-up waits a little longer for the link to be opened. */
const PENDING_SIGN_UP_MINUTES = 20;

/**
 * Self-serve sign-up, first half: nothing is created but a pending sign-up — no organisation, no
 * account, no membership, no audit entry naming anyone — because the caller has proved nothing
 * yet and the address may be someone else's. The form then asks next-auth to mail a magic link
 * whose callbackUrl names this sign-up; opening it proves the address and completes the sign-up
 * (completeSignUp). The limit per caller stays; next-auth's per-address limit covers the mail.
 */
export async function signUp(input: SignUpInput, context?: RequestContext): Promise<{ email: string; callbackUrl: string }> {
  await enforceRateLimits(['signUpPerIp', context?.ip]);
  await forgetExpiredSignUps();
  const pending = await db().pendingSignUp.create({
    data: {
      email: input.email,
      organisationName: input.organisationName,
      adminName: input.name,
      locale: input.locale,
      expiresAt: new Date(Date.now() + PENDING_SIGN_UP_MINUTES * 60 * 1000),
    },
  });
  return { email: pending.email, callbackUrl: `${SIGN_UP_COMPLETION_PATH}?id=${pending.id}` };
}

export type SignUpCompletion = { status: 'created'; slug: string } | { status: 'expired' } | { status: 'unknown' };

/**
 * Self-serve sign-up, second half, for the signed-in person who opened the link: when the pending
 * sign-up is theirs (same address — the one the link just proved) and unexpired, the organisation
 * is created with them as its HR admin, the sign-up recorded, and the pending sign-up deleted, all
 * in createOrganisation's one transaction. Deleting the row is the claim, made first: of two clicks
 * at once only one deletes it, the other's transaction rolls back, so a second click or a reload
 * creates nothing more ("unknown": the caller goes to their organisation list, which now has it).
 */
export async function completeSignUp(pendingId: unknown, user: { id: string; email: string }, context?: RequestContext): Promise<SignUpCompletion> {
  if (typeof pendingId !== 'string' || !isUuid(pendingId)) return { status: 'unknown' };
  const pending = await db().pendingSignUp.findUnique({ where: { id: pendingId } });
  // Someone else's sign-up is answered exactly like one that does not exist.
  if (!pending || pending.email !== user.email) return { status: 'unknown' };
  if (pending.expiresAt.getTime() <= Date.now()) {
    await forgetExpiredSignUps();
    return { status: 'expired' };
  }
  try {
    const { organisation } = await createOrganisation(
      { name: pending.organisationName, adminEmail: pending.email, adminName: pending.adminName, locale: pending.locale },
      {
        ...(context ? { context } : {}),
        // Of two clicks at once, the second waits on this row's lock, then deletes nothing and rolls back.
        before: async (tx) => {
          const claimed = await tx.pendingSignUp.deleteMany({ where: { id: pending.id, expiresAt: { gt: new Date() } } });
          if (claimed.count !== 1) throw new AppError('conflict');
        },
        extra: async (tx, organisationId, userId) => {
          // An account this sign-up's link created takes its name and language; an existing one keeps its own.
          await tx.user.updateMany({ where: { id: userId, name: null, createdAt: { gte: pending.createdAt } }, data: { name: pending.adminName, locale: pending.locale } });
          await recordAudit({ organisationId, action: 'auth.sign-up', actor: { userId }, target: { type: 'user', id: userId }, ...(context ? { context } : {}) }, tx);
        },
      },
    );
    return { status: 'created', slug: organisation.slug };
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') return { status: 'unknown' };
    throw error;
  }
}

/** Pending sign-ups whose time ran out: they hold an address and will never be completed. */
export async function forgetExpiredSignUps(): Promise<number> {
  const { count } = await db().pendingSignUp.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  return count;
}

/** The language a sign-up chose, for the link mailed to an address that has no account yet. */
async function pendingSignUpLocale(email: string): Promise<Locale | null> {
  const pending = await db().pendingSignUp.findFirst({ where: { email, expiresAt: { gt: new Date() } }, orderBy: { createdAt: 'desc' }, select: { locale: true } });
  return pending?.locale ?? null;
}

/** The language of the sign-in mail to an address: its account's, else the sign-up waiting for this link's, else Danish. */
export async function signInMailLocale(email: string): Promise<Locale> {
  const user = await db().user.findUnique({ where: { email }, select: { locale: true } });
  return user?.locale ?? (await pendingSignUpLocale(email)) ?? 'da';
}
