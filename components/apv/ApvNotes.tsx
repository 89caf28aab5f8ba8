import { cardClass } from '@/components/ui/Card';
import { getTranslations } from 'next-intl/server';
import { getDialogueQuestion } from '@/content/leader-wellbeing';
import type { Locale } from '@/content/types';
import type { PlanNote } from '@/lib/domains/apv/plan';

/** The facilitator's notes from the group's dialogue, each under its question. */
export async function ApvNotes({ notes, locale }: { notes: PlanNote[]; locale: Locale }) {
  const t = await getTranslations('apv.notes');
  return (
    <section aria-labelledby="apv-notes-title" className={cardClass}>
      <h2 id="apv-notes-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      {notes.length === 0 ? (
        <p className="mt-2 text-[var(--color-muted)]">{t('empty')}</p>
      ) : (
        <dl className="mt-3 space-y-3">
          {notes.map((note) => (
            <div key={note.questionKey}>
              <dt className="font-medium">{getDialogueQuestion(note.questionKey)?.text[locale] ?? note.questionKey}</dt>
              <dd className="whitespace-pre-line">{note.body}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
