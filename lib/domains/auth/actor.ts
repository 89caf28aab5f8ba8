import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { Role } from '@/lib/generated/prisma/enums';
import type { RequestContext } from '@/lib/platform/http/request-context';
import { apiKeyCan, can, type Permission } from './permissions';

/**
 * Who is acting — the one shape every mutation and every read that depends on who asks takes.
 * Built at the edges only: `requireOrgActor` (lib/edges/session) for a signed-in member, `actorFromApiKey`
 * in the API's route wrapper, `systemActor` for jobs, the personal-link lookup for a respondent.
 * The domains never build one, so they cannot act as someone they were not given.
 */
export type Actor = MemberActor | ApiKeyActor | SystemActor | RespondentActor;

/** Everyone who acts on the organisation's set-up and results (not a leader answering). */
export type StaffActor = MemberActor | ApiKeyActor | SystemActor;

interface StaffActorBase {
  organisationId: string;
  /** The language a refusal tied to a field is explained in: the user's for forms, English for the API and jobs. */
  locale: Locale;
  /** Where the request came from, for the audit log; none for a job. */
  context?: RequestContext;
}

/** A signed-in staff member of the organisation, with their role and (for a manager of leaders) their groups. */
export interface MemberActor extends StaffActorBase {
  kind: 'member';
  userId: string;
  email: string;
  /** As the person calls themselves; records they sign (APV comments, approvals) fall back to the e-mail. */
  name: string | null;
  membershipId: string;
  role: Role;
  /** A manager of leaders' groups, each with everything below it; empty for every other role. */
  scopeGroupIds: readonly string[];
}

/** An organisation's API key: the HR system's integration. */
export interface ApiKeyActor extends StaffActorBase {
  kind: 'api-key';
  apiKeyId: string;
}

/** The product itself: scheduled jobs (closing rounds, retention) and the tests' set-up. */
export interface SystemActor extends StaffActorBase {
  kind: 'system';
}

/**
 * A leader answering through their personal link: everything the response code needs, nothing
 * that says who they are. Audited as the system (lib/domains/audit/audited-by.ts), never by invitation.
 */
export interface RespondentActor {
  kind: 'respondent';
  organisationId: string;
  roundId: string;
  invitationId: string;
  /** The leader's group in the round's snapshot: responses are counted per group. */
  groupId: string;
  responseKey: string;
  questionnaire: QuestionnaireVersion;
}

/** Whether this actor holds the permission: a member by their role, a key by the API's list; the system and a respondent by none. */
export function actorCan(actor: Actor, permission: Permission): boolean {
  switch (actor.kind) {
    case 'member':
      return can(actor.role, permission);
    case 'api-key':
      return apiKeyCan(permission);
    default:
      return false;
  }
}

export function actorFromApiKey(key: { organisationId: string; apiKeyId: string }, context: RequestContext): ApiKeyActor {
  // The API speaks English, refusals included.
  return { kind: 'api-key', organisationId: key.organisationId, apiKeyId: key.apiKeyId, locale: 'en', context };
}

export function systemActor(organisationId: string, locale: Locale = 'en'): SystemActor {
  return { kind: 'system', organisationId, locale };
}

/** The member's e-mail (a leader is matched to their Leader record by it); null for a key or the system. */
export function actorEmail(actor: StaffActor): string | null {
  return actor.kind === 'member' ? actor.email : null;
}
