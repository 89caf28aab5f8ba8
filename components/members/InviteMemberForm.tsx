'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { submitWithoutReset } from '@/components/ui/submit-without-reset';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import type { Role } from '@/lib/generated/prisma/enums';
import type { GroupOption } from '@/lib/domains/members/queries';
import { RoleFields } from './RoleFields';

type InviteResult = ActionResult<{ email: string; role: string; mailSent: boolean }>;

export function InviteMemberForm({ action, groups, locale }: { action: (previous: InviteResult | null, formData: FormData) => Promise<InviteResult>; groups: GroupOption[]; locale: 'da' | 'en' }) {
  const t = useTranslations('members');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  // After a successful invitation the form starts over (new keys remount the fields).
  const generation = state?.ok ? `ok-${state.data.email}` : 'form';

  return (
    <form onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-4" key={generation}>
      {state?.ok ? (
        <FormMessage tone={state.data.mailSent ? 'success' : 'warning'}>
          {t(state.data.mailSent ? 'invite.done' : 'invite.doneNoMail', { email: state.data.email, role: t(`roles.${state.data.role}`) })}
        </FormMessage>
      ) : null}
      {state && !state.ok ? <FormMessage tone="error">{state.formError ?? t('fixErrors')}</FormMessage> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-email`} className="block font-medium">
            {t('fields.email')}
          </label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="off"
            required
            defaultValue={values.email ?? ''}
            className={inputClass}
            {...describedBy(`${id}-email-error`, errors.email)}
          />
          <FieldError id={`${id}-email-error`} messages={errors.email} />
        </div>
        <div>
          <label htmlFor={`${id}-name`} className="block font-medium">
            {t('fields.name')}
          </label>
          <input
            id={`${id}-name`}
            name="name"
            type="text"
            autoComplete="off"
            defaultValue={values.name ?? ''}
            className={inputClass}
            {...describedBy(`${id}-name-error`, errors.name, `${id}-name-hint`)}
          />
          <p id={`${id}-name-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
            {t('nameHint')}
          </p>
          <FieldError id={`${id}-name-error`} messages={errors.name} />
        </div>
      </div>
      <RoleFields idPrefix={id} groups={groups} defaultRole={(values.role as Role | undefined) ?? (groups.length > 0 ? 'MANAGER_OF_LEADERS' : 'TOP_MANAGEMENT')} defaultGroupIds={[]} errors={errors} />
      <div>
        <label htmlFor={`${id}-locale`} className="block font-medium">
          {t('fields.locale')}
        </label>
        <select id={`${id}-locale`} name="locale" defaultValue={values.locale ?? locale} className={inputClass} aria-describedby={`${id}-locale-hint`}>
          <option value="da" lang="da">
            Dansk
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
        <p id={`${id}-locale-hint`} className="mt-1 text-sm text-[var(--color-muted)]">
          {t('localeHint')}
        </p>
      </div>
      <SubmitButton pending={pending} pendingLabel={t('invite.submitting')}>
        {t('invite.submit')}
      </SubmitButton>
    </form>
  );
}
