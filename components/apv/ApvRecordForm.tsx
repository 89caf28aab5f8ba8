'use client';

import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { cardClass } from '@/components/ui/card-class';
import { useLocale, useTranslations } from 'next-intl';
import { FieldError, FormMessage, inputClass } from '@/components/ui/Field';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import { useAutosaveForm, type SaveState } from './use-autosave-form';

export interface ApvRecordValues extends Record<string, string> {
  problemsAssessment: string;
  sicknessAbsence: string;
  followUpGuidelines: string;
  revisionDueOn: string;
}

type SaveAction = (previous: ActionResult<{ savedAt: string }> | null, formData: FormData) => Promise<ActionResult<{ savedAt: string }>>;

const textFields = [
  { name: 'problemsAssessment', section: 'problems', rows: 10 },
  { name: 'sicknessAbsence', section: 'sickness', rows: 4 },
  { name: 'followUpGuidelines', section: 'followUp', rows: 5 },
] as const;

function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations('apv.form');
  const format = dateFormatter(toLocale(useLocale()));
  const text = state.kind === 'saving' ? t('saving') : state.kind === 'saved' ? `${t('saved')} ${format.dateTime(state.at, { timeStyle: 'short' })}` : state.kind === 'dirty' ? t('unsaved') : '';
  return (
    <p role="status" aria-live="polite" className="text-sm text-[var(--color-muted)]" data-testid="apv-save-status">
      {text}
    </p>
  );
}

/**
 * HR's editor for the written APV elements: saved a moment after typing stops and with the
 * button; a refused value (e.g. a revision date too late) is shown at its field, the text kept.
 */
export function ApvRecordForm({
  action,
  roundId,
  groupId,
  initial,
  revisionLimits,
}: {
  action: SaveAction;
  roundId: string;
  groupId: string;
  initial: ApvRecordValues;
  revisionLimits: { min: string; max: string; maxLabel: string };
}) {
  const t = useTranslations('apv.sections');
  const tForm = useTranslations('apv.form');
  const save = (formData: FormData) => action(null, formData);
  const { values, change, flush, state, fieldErrors } = useAutosaveForm(initial, save, { roundId, groupId });
  const errorId = (name: string) => `apv-${name}-error`;
  return (
    <form
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        void flush();
      }}
    >
      {textFields.map((field) => (
        <section key={field.name} aria-labelledby={`apv-${field.name}-title`} className={cardClass}>
          <h2 id={`apv-${field.name}-title`} className="text-xl font-semibold">
            <label htmlFor={`apv-${field.name}`}>{t(`${field.section}.title`)}</label>
          </h2>
          <p id={`apv-${field.name}-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {t(`${field.section}.hint`)}
          </p>
          <textarea
            id={`apv-${field.name}`}
            name={field.name}
            rows={field.rows}
            value={values[field.name]}
            onChange={(event) => change(field.name, event.target.value)}
            aria-describedby={`apv-${field.name}-hint${fieldErrors[field.name] ? ` ${errorId(field.name)}` : ''}`}
            aria-invalid={fieldErrors[field.name] ? true : undefined}
            className={inputClass}
          />
          <FieldError id={errorId(field.name)} messages={fieldErrors[field.name]} />
        </section>
      ))}
      <section aria-labelledby="apv-revision-title" className={cardClass}>
        <h2 id="apv-revision-title" className="text-xl font-semibold">
          <label htmlFor="apv-revisionDueOn">{t('revision.title')}</label>
        </h2>
        <p id="apv-revision-hint" className="mt-1 text-sm text-[var(--color-muted)]">
          {t('revision.hint', { latest: revisionLimits.maxLabel })}
        </p>
        <input
          id="apv-revisionDueOn"
          type="date"
          name="revisionDueOn"
          min={revisionLimits.min}
          max={revisionLimits.max}
          value={values.revisionDueOn}
          onChange={(event) => change('revisionDueOn', event.target.value)}
          aria-describedby={`apv-revision-hint${fieldErrors.revisionDueOn ? ` ${errorId('revisionDueOn')}` : ''}`}
          aria-invalid={fieldErrors.revisionDueOn ? true : undefined}
          className={`${inputClass} max-w-xs`}
        />
        <FieldError id={errorId('revisionDueOn')} messages={fieldErrors.revisionDueOn} />
      </section>
      {state.kind === 'error' ? <FormMessage tone="error">{state.message ?? tForm('error')}</FormMessage> : null}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white hover:bg-blue-950">
          {tForm('save')}
        </button>
        <SaveStatus state={state} />
      </div>
    </form>
  );
}
