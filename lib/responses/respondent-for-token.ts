import { getQuestionnaire } from '@/content/questionnaires';
import type { Organisation, Round } from '@/lib/generated/prisma/client';
import { resolveInvitationToken, responseKeyFor } from '@/lib/invitations/links';
import type { RespondentContext } from './respondent';

export type RespondentLink =
  | { state: 'open'; ctx: RespondentContext; round: Round; organisation: Organisation; leaderLocale: 'da' | 'en' }
  | { state: 'closed'; round: Round; organisation: Organisation };

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
      organisationId: organisation.id,
      roundId: round.id,
      invitationId: invitation.id,
      groupId: invitation.groupId,
      responseKey: responseKeyFor(invitation.id),
      questionnaire,
    },
  };
}
