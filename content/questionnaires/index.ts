import type { QuestionnaireVersion } from '../types';
import { questionnaire2026_1 } from './v2026-1';
import { questionnaire2027_1 } from './v2027-1';

export { questionnaire2026_1, questionnaire2027_1 };

/**
 * Every questionnaire version ever used by a round, by version string. A round freezes the
 * version it opened with, so a version is never removed or edited once published.
 */
export const questionnaireVersions: Readonly<Record<string, QuestionnaireVersion>> = Object.freeze({
  [questionnaire2026_1.version]: questionnaire2026_1,
  [questionnaire2027_1.version]: questionnaire2027_1,
});

/** The questionnaire new rounds open with; rounds created earlier keep the version they froze. */
export const currentQuestionnaire: QuestionnaireVersion = questionnaire2027_1;
export const currentQuestionnaireVersion: string = currentQuestionnaire.version;

/** The questionnaire of a version, or null for an unknown version. */
export function getQuestionnaire(version: string): QuestionnaireVersion | null {
  return Object.hasOwn(questionnaireVersions, version) ? (questionnaireVersions[version] ?? null) : null;
}
