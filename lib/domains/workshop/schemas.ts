import { z } from 'zod';
import { isWorkshopQuestionKey } from './workshop-questions';

/** A meeting's notes on one question are long, but not a document: a generous ceiling keeps a runaway paste out. */
export const NOTE_MAX_LENGTH = 20_000;

/** One autosave of one note: the whole text as it stands (so a repeated save changes nothing). */
export const saveNoteSchema = z.object({
  questionKey: z.string('validation.required').refine(isWorkshopQuestionKey, 'validation.invalid'),
  body: z.string('validation.required').max(NOTE_MAX_LENGTH, 'validation.tooLong'),
});

export type SaveNoteInput = z.infer<typeof saveNoteSchema>;
