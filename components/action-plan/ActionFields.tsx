'use client';

import { useTranslations } from 'next-intl';
import { FieldError, describedBy, inputClass } from '@/components/ui/Field';
import type { ActionFormOptions } from '@/lib/domains/action-plan/options';
import { STATUSES } from '@/lib/domains/action-plan/statuses';

const PRIORITIES = [1, 2, 3, 4, 5] as const;

export type ActionFieldValues = Partial<Record<'title' | 'why' | 'factorKey' | 'responsibleLevel' | 'ownerName' | 'ownerEmail' | 'dueDate' | 'priority' | 'status', string>>;

/**
 * The fields of an action, the same in the workshop's dialog and on the plan's edit page: what,
 * why (the strain to turn down or resource to turn up), who is responsible and owns it, by when,
 * how urgent, and where it stands.
 */
export function ActionFields({ id, values, errors, options }: { id: string; values: ActionFieldValues; errors: Record<string, string[]>; options: ActionFormOptions }) {
  const t = useTranslations('actionPlan.fields');
  const tPriority = useTranslations('actionPlan.priority');
  const tStatus = useTranslations('actionPlan.status');
  const label = (name: string, text: string, optional = false) => (
    <label htmlFor={`${id}-${name}`} className="block font-medium">
      {text}
      {optional ? <span className="font-normal text-[var(--color-muted)]"> {t('optional')}</span> : null}
    </label>
  );
  const aria = (name: string, hint?: boolean) => describedBy(`${id}-${name}-error`, errors[name], hint ? `${id}-${name}-hint` : undefined);
  return (
    <div className="space-y-4">
      <div>
        {label('title', t('title'))}
        <input id={`${id}-title`} name="title" type="text" required maxLength={200} defaultValue={values.title ?? ''} className={inputClass} {...aria('title')} />
        <FieldError id={`${id}-title-error`} messages={errors.title} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          {label('factorKey', t('factor'), true)}
          <select id={`${id}-factorKey`} name="factorKey" defaultValue={values.factorKey ?? ''} className={inputClass} {...aria('factorKey', true)}>
            <option value="">{t('factorNone')}</option>
            <optgroup label={t('strains')}>
              {options.strains.map((o) => (
                <option key={o.value} value={o.value}>
                  {t('turnDown', { factor: o.label })}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('resources')}>
              {options.resources.map((o) => (
                <option key={o.value} value={o.value}>
                  {t('turnUp', { factor: o.label })}
                </option>
              ))}
            </optgroup>
          </select>
          <p id={`${id}-factorKey-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {t('factorHint')}
          </p>
          <FieldError id={`${id}-factorKey-error`} messages={errors.factorKey} />
        </div>
        <div>
          {label('why', t('why'), true)}
          <textarea id={`${id}-why`} name="why" rows={3} maxLength={2000} defaultValue={values.why ?? ''} className={inputClass} {...aria('why')} />
          <FieldError id={`${id}-why-error`} messages={errors.why} />
        </div>
        <div>
          {label('responsibleLevel', t('level'))}
          <select id={`${id}-responsibleLevel`} name="responsibleLevel" required defaultValue={values.responsibleLevel ?? ''} className={inputClass} {...aria('responsibleLevel')}>
            <option value="" disabled>
              {t('choose')}
            </option>
            {options.levels.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-responsibleLevel-error`} messages={errors.responsibleLevel} />
        </div>
        <div>
          {label('dueDate', t('dueDate'))}
          <input id={`${id}-dueDate`} name="dueDate" type="date" required defaultValue={values.dueDate ?? ''} className={inputClass} {...aria('dueDate')} />
          <FieldError id={`${id}-dueDate-error`} messages={errors.dueDate} />
        </div>
        <div>
          {label('ownerName', t('ownerName'), true)}
          <input id={`${id}-ownerName`} name="ownerName" type="text" autoComplete="off" maxLength={200} defaultValue={values.ownerName ?? ''} className={inputClass} {...aria('ownerName')} />
          <FieldError id={`${id}-ownerName-error`} messages={errors.ownerName} />
        </div>
        <div>
          {label('ownerEmail', t('ownerEmail'), true)}
          <input id={`${id}-ownerEmail`} name="ownerEmail" type="email" autoComplete="off" defaultValue={values.ownerEmail ?? ''} className={inputClass} {...aria('ownerEmail', true)} />
          <p id={`${id}-ownerEmail-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {t('ownerEmailHint')}
          </p>
          <FieldError id={`${id}-ownerEmail-error`} messages={errors.ownerEmail} />
        </div>
        <div>
          {label('priority', t('priority'))}
          <select id={`${id}-priority`} name="priority" defaultValue={values.priority ?? '2'} className={inputClass} {...aria('priority')}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {tPriority(String(p))}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-priority-error`} messages={errors.priority} />
        </div>
        <div>
          {label('status', t('status'))}
          <select id={`${id}-status`} name="status" defaultValue={values.status ?? 'PLANNED'} className={inputClass} {...aria('status')}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-status-error`} messages={errors.status} />
        </div>
      </div>
    </div>
  );
}
