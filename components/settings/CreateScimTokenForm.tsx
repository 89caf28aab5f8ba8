'use client';

import { TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { FieldError, FormMessage, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
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
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const tokenHeading = useRef<HTMLHeadingElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const created = state?.ok ? state.data : null;

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new token has not been copied yet; reset beside the focus move
    setCopied('idle');
    // Move focus to the new token so a screen reader user hears it was created.
    if (created) tokenHeading.current?.focus();
  }, [created]);

  async function copy(token: string) {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="space-y-6">
      {created ? (
        <section aria-labelledby={`${id}-new-token`} className="rounded-xl border-2 border-teal-700 bg-teal-50 p-5">
          <h3 id={`${id}-new-token`} ref={tokenHeading} tabIndex={-1} className="font-semibold">
            {t('created.title', { name: created.name })}
          </h3>
          <p className="mt-1 text-sm font-medium">
            <TriangleAlert aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
            {t('created.once')}
          </p>
          <label htmlFor={`${id}-url`} className="mt-3 block text-sm font-medium">
            {t('created.tenantUrlLabel')}
          </label>
          <input id={`${id}-url`} readOnly value={tenantUrl} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} mt-1 font-mono text-sm`} />
          <label htmlFor={`${id}-token`} className="mt-3 block text-sm font-medium">
            {t('created.tokenLabel')}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input id={`${id}-token`} readOnly value={created.key} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} mt-0 flex-1 font-mono text-sm`} />
            <button type="button" onClick={() => void copy(created.key)} className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white">
              {t('created.copy')}
            </button>
          </div>
          <p role="status" className="mt-2 min-h-5 text-sm">
            {copied === 'copied' ? t('created.copied') : copied === 'failed' ? t('created.copyFailed') : ''}
          </p>
        </section>
      ) : null}

      <form action={formAction} noValidate className="space-y-4" key={created?.prefix ?? 'form'}>
        {state && !state.ok ? <FormMessage tone="error">{state.formError ?? t('fixErrors')}</FormMessage> : null}
        <div>
          <label htmlFor={`${id}-name`} className="block font-medium">
            {t('fields.name')}
          </label>
          <p id={`${id}-name-hint`} className="text-sm text-[var(--color-muted)]">
            {t('fields.nameHint')}
          </p>
          <input
            id={`${id}-name`}
            name="name"
            type="text"
            required
            maxLength={80}
            defaultValue={values.name ?? ''}
            className={inputClass}
            {...describedBy(`${id}-name-error`, errors.name, `${id}-name-hint`)}
          />
          <FieldError id={`${id}-name-error`} messages={errors.name} />
        </div>
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
