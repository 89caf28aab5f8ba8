import 'server-only';
import { AppError } from '@/lib/platform/errors';
import { assertStorableText } from '@/lib/platform/validation/safe-text';
import type { RespondentActor } from '@/lib/domains/auth/actor';
import { saveAnswers, submitResponse } from './mutations';

/** How a plain post of the questionnaire went, as the page's `?form=` says it (decision 0016). */
export const questionnaireFormOutcomes = ['saved', 'incomplete', 'invalid', 'closed', 'error'] as const;
export type QuestionnaireFormOutcome = (typeof questionnaireFormOutcomes)[number] | 'submitted';

export function questionnaireFormOutcome(value: unknown): Exclude<QuestionnaireFormOutcome, 'submitted'> | null {
  return questionnaireFormOutcomes.find((o) => o === value) ?? null;
}

/** The form's own fields; every other field is an answer named by its item key (the radio groups). */
const COMMENT_FIELDS = { 'comment-strain': 'strain', 'comment-resource': 'resource' } as const;
const CONTROL_FIELDS = new Set(['intent']);

/**
 * The questionnaire posted as a plain HTML form, without JavaScript: the answers given and the
 * comments, in the shape of the answers API, saved by the same `saveAnswers` — which checks keys,
 * values and the round — and with the submit button, submitted by the same `submitResponse`.
 * A radio group left unanswered is simply absent: nothing is cleared.
 */
export async function postQuestionnaireForm(ctx: RespondentActor, form: FormData): Promise<QuestionnaireFormOutcome> {
  const answers: { itemKey: string; value: number }[] = [];
  const comments: { strain?: string; resource?: string } = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || CONTROL_FIELDS.has(name)) continue;
    if (name in COMMENT_FIELDS) comments[COMMENT_FIELDS[name as keyof typeof COMMENT_FIELDS]] = value;
    // Not a number: the schema refuses it (NaN is no integer), as the API would.
    else answers.push({ itemKey: name, value: value.trim() === '' ? Number.NaN : Number(value) });
  }
  try {
    // What the JSON API's edge refuses before it reaches the domain (a NUL byte, a lone surrogate), refused here too.
    assertStorableText(comments);
    // An empty post (submit pressed before answering anything) saves nothing: no empty response is left behind.
    if (answers.length > 0 || Object.keys(comments).length > 0) await saveAnswers(ctx, Object.keys(comments).length > 0 ? { answers, comments } : { answers });
    if (form.get('intent') !== 'submit') return 'saved';
    await submitResponse(ctx);
    return 'submitted';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'conflict') return 'closed';
    if (error.code === 'validation_failed') return error.messageKey === 'questionnaire.errors.incomplete' ? 'incomplete' : 'invalid';
    return 'error';
  }
}
