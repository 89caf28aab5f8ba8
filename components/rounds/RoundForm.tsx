'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { formState } from '@/components/groups/form-state';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

export interface RoundFormValues {
  name: string;
  /** datetime-local values in Danish time. */
  opensAt: string;
  closesAt: string;
  groupIds: string[];
  anonymityThreshold: number;
  commentThreshold: number;
  defaultLocale: 'da' | 'en';
  reminderDays: number[];
}

export interface GroupChoice {
  id: string;
  name: string;
  depth: number;
}

type Action = (previous: ActionResult<undefined> | null, formData: FormData) => Promise<ActionResult<undefined>>;

/** Errors of a field and of its items ("reminderDays.1"), shown together next to the field. */
function errorsFor(fieldErrors: Record<string, string[]>, field: string): string[] | undefined {
  const messages = Object.entries(fieldErrors)
    .filter(([path]) => path === field || path.startsWith(`${field}.`))
    .flatMap(([, list]) => list);
  return messages.length ? [...new Set(messages)] : undefined;
}

/** Create or edit a draft round: name, dates, the groups it covers, threshold, language, reminders. */
export function RoundForm({ action, groups, defaults, submitLabel }: { action: Action; groups: GroupChoice[]; defaults: RoundFormValues; submitLabel: string }) {
  const t = useTranslations('rounds.form');
  const tc = useTranslations('commentRules.form');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const { fieldErrors, values, formError } = formState(state, t('errorSummary'));
  // Checked groups live in state: a failed submit must not untick what HR chose.
  const [checked, setChecked] = useState(() => new Set(defaults.groupIds));
  const toggle = (groupId: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(groupId);
      else next.delete(groupId);
      return next;
    });

  const field = (name: keyof RoundFormValues, fallback: string) => values[name] ?? fallback;
  const errors = {
    name: errorsFor(fieldErrors, 'name'),
    opensAt: errorsFor(fieldErrors, 'opensAt'),
    closesAt: errorsFor(fieldErrors, 'closesAt'),
    groupIds: errorsFor(fieldErrors, 'groupIds'),
    anonymityThreshold: errorsFor(fieldErrors, 'anonymityThreshold'),
    commentThreshold: errorsFor(fieldErrors, 'commentThreshold'),
    defaultLocale: errorsFor(fieldErrors, 'defaultLocale'),
    reminderDays: errorsFor(fieldErrors, 'reminderDays'),
  };

  return (
    <form action={formAction} noValidate className="space-y-6">
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}

      <div>
        <label htmlFor={`${id}-name`} className="block font-medium">
          {t('name')}
        </label>
        <input
          id={`${id}-name`}
          name="name"
          type="text"
          required
          maxLength={120}
          autoComplete="off"
          defaultValue={field('name', defaults.name)}
          className={inputClass}
          {...describedBy(`${id}-name-error`, errors.name, `${id}-name-hint`)}
        />
        <p id={`${id}-name-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
          {t('nameHint')}
        </p>
        <FieldError id={`${id}-name-error`} messages={errors.name} />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        {(['opensAt', 'closesAt'] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`${id}-${name}`} className="block font-medium">
              {t(name)}
            </label>
            <input
              id={`${id}-${name}`}
              name={name}
              type="datetime-local"
              required
              defaultValue={field(name, defaults[name])}
              className={inputClass}
              {...describedBy(`${id}-${name}-error`, errors[name], `${id}-date-hint`)}
            />
            <FieldError id={`${id}-${name}-error`} messages={errors[name]} />
          </div>
        ))}
        <p id={`${id}-date-hint`} className="text-sm text-[var(--color-muted)] sm:col-span-2">
          {t('dateHint')}
        </p>
      </div>

      <fieldset aria-describedby={[`${id}-groups-hint`, errors.groupIds ? `${id}-groups-error` : ''].filter(Boolean).join(' ')}>
        <legend className="font-medium">{t('groups')}</legend>
        <p id={`${id}-groups-hint`} className="text-sm text-[var(--color-muted)]">
          {t('groupsHint')}
        </p>
        <ul className="mt-2 max-h-80 space-y-1 overflow-y-auto rounded-md border border-stone-300 bg-white p-3">
          {groups.map((group) => (
            <li key={group.id} style={{ paddingLeft: `${group.depth * 1.5}rem` }}>
              <label className="inline-flex items-center gap-2">
                <input type="checkbox" name="groupIds" value={group.id} checked={checked.has(group.id)} onChange={(e) => toggle(group.id, e.target.checked)} className="h-4 w-4" />
                <span>{group.name}</span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id={`${id}-groups-error`} messages={errors.groupIds} />
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-threshold`} className="block font-medium">
            {t('threshold')}
          </label>
          <input
            id={`${id}-threshold`}
            name="anonymityThreshold"
            type="number"
            inputMode="numeric"
            min={3}
            max={100}
            step={1}
            required
            defaultValue={field('anonymityThreshold', String(defaults.anonymityThreshold))}
            className={inputClass}
            {...describedBy(`${id}-threshold-error`, errors.anonymityThreshold, `${id}-threshold-hint`)}
          />
          <p id={`${id}-threshold-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {t('thresholdHint')}
          </p>
          <FieldError id={`${id}-threshold-error`} messages={errors.anonymityThreshold} />
        </div>
        <div>
          <label htmlFor={`${id}-comment-threshold`} className="block font-medium">
            {tc('label')}
          </label>
          <input
            id={`${id}-comment-threshold`}
            name="commentThreshold"
            type="number"
            inputMode="numeric"
            min={3}
            max={100}
            step={1}
            required
            defaultValue={field('commentThreshold', String(defaults.commentThreshold))}
            className={inputClass}
            {...describedBy(`${id}-comment-threshold-error`, errors.commentThreshold, `${id}-comment-threshold-hint`)}
          />
          <p id={`${id}-comment-threshold-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {tc('hint')}
          </p>
          <FieldError id={`${id}-comment-threshold-error`} messages={errors.commentThreshold} />
        </div>
        <div>
          <label htmlFor={`${id}-locale`} className="block font-medium">
            {t('language')}
          </label>
          <select
            id={`${id}-locale`}
            name="defaultLocale"
            defaultValue={field('defaultLocale', defaults.defaultLocale)}
            className={inputClass}
            {...describedBy(`${id}-locale-error`, errors.defaultLocale, `${id}-locale-hint`)}
          >
            <option value="da">{t('languages.da')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>
          <p id={`${id}-locale-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {t('languageHint')}
          </p>
          <FieldError id={`${id}-locale-error`} messages={errors.defaultLocale} />
        </div>
        <div>
          <label htmlFor={`${id}-reminders`} className="block font-medium">
            {t('reminderDays')}
          </label>
          <input
            id={`${id}-reminders`}
            name="reminderDays"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={field('reminderDays', defaults.reminderDays.join(', '))}
            className={inputClass}
            {...describedBy(`${id}-reminders-error`, errors.reminderDays, `${id}-reminders-hint`)}
          />
          <p id={`${id}-reminders-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {t('reminderDaysHint')}
          </p>
          <FieldError id={`${id}-reminders-error`} messages={errors.reminderDays} />
        </div>
      </div>

      <SubmitButton pendingLabel={t('saving')}>{submitLabel}</SubmitButton>
    </form>
  );
}
