'use client';

import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { TriangleAlert } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { inputClass } from '@/components/ui/Field';
import { useNoteAutosave, type NoteSaveState } from './use-note-autosave';

const tone: Record<NoteSaveState, string> = {
  idle: 'text-[var(--color-muted)]',
  pending: 'text-[var(--color-muted)]',
  saving: 'text-[var(--color-muted)]',
  saved: 'text-teal-800',
  retrying: 'text-amber-900',
  refused: 'text-red-800',
};

/** The facilitator's note on one dialogue question, saved as it is typed, with the save state in words. */
export function NoteEditor({ endpoint, storageKey, questionKey, questionId, initial }: { endpoint: string; storageKey: string; questionKey: string; questionId: string; initial: string }) {
  const t = useTranslations('workshop.notes');
  const format = dateFormatter(toLocale(useLocale()));
  const id = useId();
  const { value, change, state, savedAt, flush } = useNoteAutosave(endpoint, questionKey, initial, storageKey);
  const status = state === 'saved' && savedAt ? t('saved', { time: format.dateTime(savedAt, { timeStyle: 'short' }) }) : state === 'idle' ? (initial ? t('upToDate') : '') : t(state);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {t('label')}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
        rows={4}
        aria-describedby={`${questionId} ${id}-status`}
        className={inputClass}
        data-question-key={questionKey}
      />
      <p id={`${id}-status`} role="status" className={`mt-1 min-h-5 text-sm ${tone[state]}`}>
        {state === 'retrying' || state === 'refused' ? <TriangleAlert aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" /> : null}
        {status}
      </p>
    </div>
  );
}
