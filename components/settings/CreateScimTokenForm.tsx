'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { ShownOnceSecret } from './ShownOnceSecret';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type CreateTokenResult = ActionResult<{ name: string; key: string; prefix: string }>;

/**
 * Creates a SCIM token and shows it this one time, beside the Tenant URL it goes with; reloading
 * the page forgets it. The group is where leaders the identity provider creates start.
 */
export function CreateScimTokenForm({
  action,
  groups,
  tenantUrl,
}: {
  action: (previous: CreateTokenResult | null, formData: FormData) => Promise<CreateTokenResult>;
  groups: { id: string; path: string }[];
  tenantUrl: string;
}) {
  const t = useTranslations('scim');
  const id = useId();
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const created = state?.ok ? state.data : null;

  return (
    <div className="space-y-6">
      {created ? (
        <ShownOnceSecret
          secret={created.key}
          name={created.name}
          messages={{ namespace: 'scim.created', label: 'tokenLabel' }}
          before={
            <>
              <label htmlFor={`${id}-url`} className="mt-3 block text-sm font-medium">
                {t('created.tenantUrlLabel')}
              </label>
              <input id={`${id}-url`} readOnly value={tenantUrl} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} mt-1 font-mono text-sm`} />
            </>
          }
        />
      ) : null}

      <form action={formAction} noValidate className="space-y-4" key={created?.prefix ?? 'form'}>
        {state && !state.ok ? <FormMessage tone="error">{state.formError ?? t('fixErrors')}</FormMessage> : null}
        <TextField id={`${id}-name`} name="name" type="text" required maxLength={80} defaultValue={values.name ?? ''} label={t('fields.name')} hint={t('fields.nameHint')} errors={errors.name} />
        <div>
          <label htmlFor={`${id}-groupId`} className="block font-medium">
            {t('fields.group')}
          </label>
          <p id={`${id}-groupId-hint`} className="text-sm text-[var(--color-muted)]">
            {t('fields.groupHint')}
          </p>
          <select id={`${id}-groupId`} name="groupId" required defaultValue={values.groupId ?? ''} className={inputClass} {...describedBy(`${id}-groupId-error`, errors.groupId, `${id}-groupId-hint`)}>
            <option value="">{t('fields.groupPlaceholder')}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.path}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-groupId-error`} messages={errors.groupId} />
        </div>
        <SubmitButton pendingLabel={t('create.submitting')}>{t('create.submit')}</SubmitButton>
      </form>
    </div>
  );
}
