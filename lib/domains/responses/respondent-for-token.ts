import { getQuestionnaire } from '@/content/questionnaires';
import { AppError } from '@/lib/platform/errors';
import { countFailure, enforceFailureLimit } from '@/lib/platform/rate-limit/enforce';
import type { Organisation, Round } from '@/lib/generated/prisma/client';
import { resolveInvitationToken, resolveInvitationTokenForAnswers, responseKeyFor } from '@/lib/domains/invitations/links';
import type { RespondentActor } from '@/lib/domains/auth/actor';

export type RespondentLink =
  { state: 'open'; ctx: RespondentActor; round: Round; organisation: Organisation; leaderLocale: 'da' | 'en' } | { state: 'closed'; round: Round; organisation: Organisation };

/** What a personal link opens: the respondent's context while the round takes answers. */
export async function respondentForToken(token: string, now = new Date()): Promise<RespondentLink | null> {
  const resolved = await resolveInvitationToken(token, now);
  if (!resolved) return null;
  if (resolved.state === 'closed') return resolved;
  const { invitation, round, organisation } = resolved;
  const questionnaire = getQuestionnaire(round.questionnaireVersion);
  if (!questionnaire) throw new Error(`Round ${round.id} uses unknown questionnaire version ${round.questionnaireVersion}`);
  return {
    state: 'open',
    round,
    organisation,
    leaderLocale: invitation.locale,
    ctx: {
      kind: 'respondent',
      organisationId: organisation.id,
      roundId: round.id,
      invitationId: invitation.id,
      groupId: invitation.groupId,
      responseKey: responseKeyFor(invitation.id),
      questionnaire,
    },
  };
}

export type PersonalLinkLookup = RespondentLink | { state: 'rate-limited'; retryAfterSeconds: number } | null;

/**
 * A personal link presented by a client. Links are 256-bit random values, so only guessing
 * produces unknown links: once a caller's unknown links pass the limit, every further unknown
 * one is refused as rate-limited instead of "not valid", until the window ends. Known links are
 * never held back or counted, and cost no extra query: the limit is consulted only on a miss
 * (lib/platform/rate-limit/limits.ts).
 */
export async function lookupPersonalLink(token: string, ip: string | null): Promise<PersonalLinkLookup> {
  return (await respondentForToken(token)) ?? unknownLink(ip);
}

export type RespondentLookup = { state: 'open'; ctx: RespondentActor } | { state: 'closed' } | { state: 'rate-limited'; retryAfterSeconds: number } | null;

/**
 * lookupPersonalLink for the routes that save and submit: the respondent's context only, found by
 * one statement (resolveInvitationTokenForAnswers) — the same answers, the same limit on misses.
 */
export async function lookupRespondent(token: string, ip: string | null, now = new Date()): Promise<RespondentLookup> {
  const link = await resolveInvitationTokenForAnswers(token, now);
  if (!link) return unknownLink(ip);
  if (link.state === 'closed') return link;
  const questionnaire = getQuestionnaire(link.questionnaireVersion);
  if (!questionnaire) throw new Error(`Round ${link.roundId} uses unknown questionnaire version ${link.questionnaireVersion}`);
  const { organisationId, roundId, invitationId, groupId } = link;
  return { state: 'open', ctx: { kind: 'respondent', organisationId, roundId, invitationId, groupId, responseKey: responseKeyFor(invitationId), questionnaire } };
}

/** An unknown link counts against the caller's limit on misses; past it, the answer is "rate-limited" instead of "not valid". */
async function unknownLink(ip: string | null): Promise<{ state: 'rate-limited'; retryAfterSeconds: number } | null> {
  try {
    await enforceFailureLimit('failedTokenLookupsPerIp', ip);
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') return { state: 'rate-limited', retryAfterSeconds: error.retryAfterSeconds ?? 60 };
    throw error;
  }
  await countFailure('failedTokenLookupsPerIp', ip);
  return null;
}
