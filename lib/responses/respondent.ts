import type { QuestionnaireVersion } from '@/content/types';

/**
 * Everything the response code needs to know about the person answering — and nothing that
 * says who they are. Built from a resolved personal link (lib/invitations).
 */
export interface RespondentContext {
  organisationId: string;
  roundId: string;
  invitationId: string;
  /** The leader's group in the round's snapshot: responses are counted per group. */
  groupId: string;
  responseKey: string;
  questionnaire: QuestionnaireVersion;
}
