import { getTranslations } from 'next-intl/server';
import { CreateActionButton } from '@/components/action-plan/CreateActionDialog';
import { DialogueByKind, isByKind, questionCount, QuestionText, type QuestionsOrKinds } from '@/components/model/DialogueByKind';
import type { DialogueQuestion, Locale } from '@/content/types';
import type { DialogueNoteView } from '@/lib/domains/workshop/notes';
import { NoteEditor } from './NoteEditor';

export interface QuestionNotesProps {
  questions: QuestionsOrKinds;
  locale: Locale;
  notes: ReadonlyMap<string, DialogueNoteView>;
  /** The notes route and the device-storage prefix of this round and group; null: read only. */
  editing: { endpoint: string; storagePrefix: string } | null;
  canCreateActions: boolean;
}

/** The dialogue questions of a slide on the workshop page: each with its note (written or read) and a way to turn it into an action; a step's under its three kinds. */
export async function QuestionNotes({ questions, locale, notes, editing, canCreateActions }: QuestionNotesProps) {
  const t = await getTranslations('workshop.notes');
  if (questionCount(questions) === 0) return null;
  const withNote = (q: DialogueQuestion) => {
    const questionId = `question-${q.key}`;
    const note = notes.get(q.key);
    return (
      <div key={q.key} className="space-y-3 rounded-lg bg-stone-50 p-4">
        <p id={questionId} className="font-medium">
          <QuestionText question={q} locale={locale} />
        </p>
        {editing ? (
          <NoteEditor endpoint={editing.endpoint} storageKey={`${editing.storagePrefix}:${q.key}`} questionKey={q.key} questionId={questionId} initial={note?.body ?? ''} />
        ) : (
          <div className="text-sm" data-testid="note-readonly">
            <p className="font-medium">{t('label')}</p>
            {note?.body ? <p className="mt-1 whitespace-pre-line">{note.body}</p> : <p className="mt-1 text-[var(--color-muted)]">{t('none')}</p>}
          </div>
        )}
        {canCreateActions ? <CreateActionButton source={{ key: `question.${q.key}`, label: q.text[locale] }} label={t('createAction')} /> : null}
      </div>
    );
  };
  return (
    <div className="space-y-4">
      <h4 className="font-semibold">{t('questionsTitle')}</h4>
      {isByKind(questions) ? (
        <DialogueByKind dialogue={questions} locale={locale} headingLevel={5} headingClassName="text-sm uppercase tracking-wide text-[var(--color-muted)]" renderQuestion={withNote} />
      ) : (
        questions.map(withNote)
      )}
    </div>
  );
}

/** The same questions on the meeting-room screen: large, nothing to click; a step's under its three kinds. */
export function ScreenQuestions({ questions, locale, title }: { questions: QuestionsOrKinds; locale: Locale; title: string }) {
  if (questionCount(questions) === 0) return null;
  return (
    <div className="rounded-xl bg-amber-50 p-5">
      <p className="font-semibold">{title}</p>
      {isByKind(questions) ? (
        // Three headings and a step's questions share the side of a slide that must fit one screen: a notch smaller.
        <div className="mt-2 text-[0.85em] leading-snug">
          <DialogueByKind dialogue={questions} locale={locale} headingLevel={3} headingClassName="text-[0.85em]" listClassName="mt-0.5 list-disc space-y-1 pl-6" />
        </div>
      ) : (
        <ul className="mt-2 list-disc space-y-2 pl-8">
          {questions.map((q) => (
            <li key={q.key}>
              <QuestionText question={q} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
