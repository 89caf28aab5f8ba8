import type { ReactNode } from 'react';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { DialogueByKind as Dialogue, DialogueQuestion, Locale } from '@/content/types';
import { cn } from '@/components/ui/cn';
import { OriginMark } from './OriginMark';

/** A slide's or panel's questions: a plain list, or a step's questions under the three kinds. */
export type QuestionsOrKinds = readonly DialogueQuestion[] | Dialogue;

export const isByKind = (questions: QuestionsOrKinds): questions is Dialogue => !Array.isArray(questions);

export function questionCount(questions: QuestionsOrKinds): number {
  return isByKind(questions) ? Object.values(questions).reduce((sum, list) => sum + list.length, 0) : questions.length;
}

/** The question's text with its origin mark. */
export function QuestionText({ question, locale }: { question: DialogueQuestion; locale: Locale }) {
  return (
    <>
      {question.text[locale]}
      <OriginMark origin={question.origin} />
    </>
  );
}

/**
 * A step's dialogue questions under the seed's three headings ("Om forholdene hos jer", "Om hvem
 * der kan gøre hvad", "Om hvor I med fordel kan starte"), in that order — on the model page, the
 * workshop page and the meeting-room screen alike. `renderQuestion` lets the workshop put a
 * note beside each question; by default each is a list item.
 */
export function DialogueByKind({
  dialogue,
  locale,
  headingLevel = 4,
  headingClassName,
  listClassName = 'mt-1 list-disc space-y-1 pl-5',
  renderQuestion,
}: {
  dialogue: Dialogue;
  locale: Locale;
  /** The kinds' heading level under the surrounding heading. */
  headingLevel?: 3 | 4 | 5;
  headingClassName?: string;
  listClassName?: string;
  renderQuestion?: (question: DialogueQuestion) => ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-3" data-testid="dialogue-by-kind">
      {leaderWellbeingModel.dialogueKinds.map((kind) => (
        <div key={kind.key}>
          <Heading className={cn('font-semibold', headingClassName)}>{kind.title[locale]}</Heading>
          {renderQuestion ? (
            <div className="mt-2 space-y-3">{dialogue[kind.key].map((question) => renderQuestion(question))}</div>
          ) : (
            <ul className={listClassName}>
              {dialogue[kind.key].map((question) => (
                <li key={question.key}>
                  <QuestionText question={question} locale={locale} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
