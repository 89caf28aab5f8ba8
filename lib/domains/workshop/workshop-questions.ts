import { leaderWellbeingModel, questionsOfKinds } from '@/content/leader-wellbeing';
import type { DialogueQuestion } from '@/content/types';

/**
 * The dialogue questions a workshop can hold notes for: the three introduction steps' own
 * questions (all three kinds), each theme's questions and the summary dialogue beside the balance scale. (The
 * personal reflection questions belong to a leader alone, and tool 1's to a one-to-one talk.)
 */
export function workshopQuestions(): readonly DialogueQuestion[] {
  const m = leaderWellbeingModel;
  return [...m.introductionSteps.flatMap((s) => questionsOfKinds(s.dialogue)), ...m.themes.flatMap((t) => t.questions), ...m.summaryQuestions];
}

const keys = new Set(workshopQuestions().map((q) => q.key));

export function isWorkshopQuestionKey(key: string): boolean {
  return keys.has(key);
}
