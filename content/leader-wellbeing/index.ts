import { dialogueKindKeys, type BalanceFactor, type DialogueByKind, type DialogueQuestion, type Side } from '../types';
import { leaderWellbeingModel } from './model';

export { leaderWellbeingModel };

const allFactors: readonly BalanceFactor[] = [...leaderWellbeingModel.strains, ...leaderWellbeingModel.resources];

/** A strain or resource of the leader balance scale by key, or null for an unknown key. */
export function getFactor(key: string): BalanceFactor | null {
  return allFactors.find((factor) => factor.key === key) ?? null;
}

/** The strains or the resources of the leader balance scale, in model order. */
export function factorsBySide(side: Side): readonly BalanceFactor[] {
  return side === 'strain' ? leaderWellbeingModel.strains : leaderWellbeingModel.resources;
}

/** A step's dialogue questions, flat, in the seed's order of the three kinds. */
export function questionsOfKinds(dialogue: DialogueByKind): readonly DialogueQuestion[] {
  return dialogueKindKeys.flatMap((kind) => dialogue[kind]);
}

/**
 * Every dialogue question in the model, flat: theme questions, the summary dialogue, the
 * introduction steps and the personal reflection questions.
 */
export function allDialogueQuestions(): readonly DialogueQuestion[] {
  return [
    ...leaderWellbeingModel.themes.flatMap((theme) => theme.questions),
    ...leaderWellbeingModel.summaryQuestions,
    ...leaderWellbeingModel.introductionSteps.flatMap((step) => questionsOfKinds(step.dialogue)),
    ...leaderWellbeingModel.personalReflectionQuestions,
    ...leaderWellbeingModel.followUpTools.flatMap((tool) => tool.questions ?? []),
  ];
}

/** A dialogue question by key, or null for an unknown key. */
export function getDialogueQuestion(key: string): DialogueQuestion | null {
  return allDialogueQuestions().find((question) => question.key === key) ?? null;
}
