'use client';

import { useTranslations } from 'next-intl';
import { FieldError, describedBy, inputClass } from '@/components/ui/Field';
import type { GroupOptionView } from '@/components/groups/types';
import type { LeaderFormValues } from './types';

function TextField({
  id,
  name,
  label,
  type = 'text',
  value,
  errors,
  hint,
  required,
}: {
  id: string;
  name: keyof LeaderFormValues;
  label: string;
  type?: string;
  value: string;
  errors: string[] | undefined;
  hint?: string;
  required?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete="off"
        required={required}
        defaultValue={value}
        className={inputClass}
        {...describedBy(`${id}-error`, errors, hint ? `${id}-hint` : undefined)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

/** The fields of a leader, shared by "add" and "edit"; errors come from the same zod schema the API uses. */
export function LeaderFields({ idPrefix, groups, values, errors }: { idPrefix: string; groups: GroupOptionView[]; values: LeaderFormValues; errors: Record<string, string[]> }) {
  const t = useTranslations('leaders.fields');
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField id={`${idPrefix}-name`} name="name" label={t('name')} value={values.name} errors={errors.name} required />
      <TextField id={`${idPrefix}-email`} name="email" type="email" label={t('email')} value={values.email} errors={errors.email} required />
      <div>
        <label htmlFor={`${idPrefix}-group`} className="block font-medium">
          {t('group')}
        </label>
        <select id={`${idPrefix}-group`} name="groupId" required defaultValue={values.groupId} className={inputClass} {...describedBy(`${idPrefix}-group-error`, errors.groupId)}>
          <option value="">{t('chooseGroup')}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.path}
            </option>
          ))}
        </select>
        <FieldError id={`${idPrefix}-group-error`} messages={errors.groupId} />
      </div>
      <TextField id={`${idPrefix}-manager`} name="managerEmail" type="email" label={t('managerEmail')} value={values.managerEmail} errors={errors.managerEmail} hint={t('managerEmailHint')} />
      <div>
        <label htmlFor={`${idPrefix}-locale`} className="block font-medium">
          {t('language')}
        </label>
        <select id={`${idPrefix}-locale`} name="locale" defaultValue={values.locale} className={inputClass} {...describedBy(`${idPrefix}-locale-error`, errors.locale)}>
          <option value="">{t('languageDefault')}</option>
          <option value="da" lang="da">
            Dansk
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
        <FieldError id={`${idPrefix}-locale-error`} messages={errors.locale} />
      </div>
      <TextField id={`${idPrefix}-employee-number`} name="employeeNumber" label={t('employeeNumber')} value={values.employeeNumber} errors={errors.employeeNumber} hint={t('employeeNumberHint')} />
    </div>
  );
}
