import { QuestionText } from '@/components/model/DialogueByKind';
import type { DialogueQuestion, Locale } from '@/content/types';

/** The dialogue questions from content/ that belong beside a chart. */
export function DialogueQuestions({ title, questions, locale }: { title: string; questions: readonly DialogueQuestion[]; locale: Locale }) {
  if (questions.length === 0) return null;
  return (
    <aside className="rounded-lg bg-stone-50 p-4 text-sm">
      <h4 className="font-semibold">{title}</h4>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        {questions.map((q) => (
          <li key={q.key}>
            <QuestionText question={q} locale={locale} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
