import { z } from 'zod';
import { AGENDA_MINUTES_MAX, AGENDA_MINUTES_MIN } from './agenda-clock';
import { isWorkshopQuestionKey } from './workshop-questions';

/** A meeting's notes on one question are long, but not a document: a generous ceiling keeps a runaway paste out. */
export const NOTE_MAX_LENGTH = 20_000;

/** One autosave of one note: the whole text as it stands (so a repeated save changes nothing). */
export const saveNoteSchema = z.object({
  questionKey: z.string('validation.required').refine(isWorkshopQuestionKey, 'validation.invalid'),
  body: z.string('validation.required').max(NOTE_MAX_LENGTH, 'validation.tooLong'),
});

export type SaveNoteInput = z.infer<typeof saveNoteSchema>;

const agendaMinutes = z.coerce.number('validation.invalid').int('validation.invalid').min(AGENDA_MINUTES_MIN, 'validation.invalid').max(AGENDA_MINUTES_MAX, 'validation.invalid');

/** One change to a workshop's shared agenda clock (lib/domains/workshop/agenda-clock.ts says what each does). */
export const agendaCommandSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('start') }),
    z.object({ action: z.literal('pause') }),
    z.object({ action: z.literal('reset') }),
    z.object({ action: z.literal('step'), step: z.union([z.literal(0), z.literal(1)], 'validation.invalid') }),
    z.object({ action: z.literal('minutes'), knowledgeMinutes: agendaMinutes, dialogueMinutes: agendaMinutes }),
  ],
  'validation.invalid',
);
