import 'server-only';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';
import type { Locale } from '@/content/types';
import { toLocale } from '@/i18n/locale';
import { actorCan, type MemberActor } from '@/lib/domains/auth/actor';
import type { Permission } from '@/lib/domains/auth/permissions';
import { AppError, notFound } from '@/lib/platform/errors';
import type { Organisation } from '@/lib/generated/prisma/client';
import { requestContextFrom } from '@/lib/platform/http/request-context';
import { scopedDb, type ScopedDb } from '@/lib/platform/tenant/scoped-db';
import { systemTransaction } from '@/lib/platform/tenant/tenant-transaction';
import { sessionVerdict, type SessionVerdict } from '@/lib/domains/sso/session-rule';
import { getCurrentUser } from './current-user';

/** The details of the guard's `unauthenticated` when someone is signed in, but not in a way this organisation accepts. */
export interface SignInNeeded {
  signIn: Exclude<SessionVerdict, 'opens'>;
  organisationId: string;
}

/** A signed-in member in the organisation the URL names: who acts, the organisation itself, and its scoped database. */
export interface OrgSession {
  actor: MemberActor;
  organisation: Organisation;
  db: ScopedDb;
}

/** The guard's permission: one, or any of several (the results pages open for any results:read:*). */
export type Required = Permission | readonly Permission[];

/** Where the request came from and in which language to answer: a route handler says; a page or server action reads Next's. */
export interface RequestOrigin {
  headers: Headers;
  locale: Locale;
}

type Membership = Omit<MemberActor, 'locale' | 'context'> & { organisation: Organisation };

/**
 * The slug and membership lookup, once per request however many guards ask: the layout and the
 * page of one render both guard, and React's cache makes the second a memory read. Keyed by the
 * slug only; the permission is checked afterwards by each caller. Outside a render (tests, a
 * route handler) React's cache does not memoise and this simply runs.
 */
const membershipIn = cache(async (orgSlug: string): Promise<Membership> => {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthenticated');
  // Server actions receive the slug as an argument anyone can send: a non-string names nothing.
  if (typeof orgSlug !== 'string') throw notFound();
  // The URL names the organisation: its slug is read before any organisation is known.
  const target = await systemTransaction((tx) => tx.organisation.findUnique({ where: { slug: orgSlug }, select: { id: true, ssoConnection: { select: { enabled: true, requireSso: true } } } }));
  if (!target) throw notFound();
  const verdict = sessionVerdict({ id: target.id, sso: target.ssoConnection }, user);
  // Not signed in *for this organisation*: the page guard sends the person to the right sign-in.
  if (verdict !== 'opens') throw new AppError('unauthenticated', { details: { signIn: verdict, organisationId: target.id } satisfies SignInNeeded });
  const membership = await scopedDb(target.id).membership.findFirst({
    where: { userId: user.id },
    include: { organisation: true, scopes: { select: { groupId: true } } },
  });
  if (!membership) throw notFound();
  return {
    kind: 'member',
    organisationId: membership.organisationId,
    organisation: membership.organisation,
    userId: user.id,
    email: user.email,
    name: user.name,
    membershipId: membership.id,
    role: membership.role,
    scopeGroupIds: membership.scopes.map((s) => s.groupId),
  };
});

function holds(actor: MemberActor, required: Required): boolean {
  return typeof required === 'string' ? actorCan(actor, required) : required.some((p) => actorCan(actor, p));
}

async function originOfThisRequest(): Promise<RequestOrigin> {
  return { headers: await headers(), locale: toLocale(await getLocale()) };
}

/**
 * The first call of every staff page, action and route. The organisation comes from the URL slug
 * — never from "the user's first membership" — and must be one the user belongs to: otherwise
 * 404, so a slug or id of another organisation is indistinguishable from none. Then the
 * permission: 403 without it. Throws AppError('unauthenticated') when nobody is signed in.
 */
export async function requireOrgSession(orgSlug: string, required: Required, origin?: RequestOrigin): Promise<OrgSession> {
  const { organisation, ...member } = await membershipIn(orgSlug);
  const { headers: requestHeaders, locale } = origin ?? (await originOfThisRequest());
  const actor: MemberActor = { ...member, locale, context: requestContextFrom(requestHeaders) };
  if (!holds(actor, required)) throw new AppError('forbidden');
  return { actor, organisation, db: scopedDb(organisation.id) };
}

/** requireOrgSession when only the actor is needed: what a server action hands its mutation. */
export async function requireOrgActor(orgSlug: string, required: Required, origin?: RequestOrigin): Promise<MemberActor> {
  return (await requireOrgSession(orgSlug, required, origin)).actor;
}
