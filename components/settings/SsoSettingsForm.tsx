'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState, type ReactNode } from 'react';
import { Checkbox, Radio } from '@/components/ui/Checkbox';
import { FieldError, FieldHint, FormMessage, Label, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { submitWithoutReset } from '@/components/ui/submit-without-reset';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

type Result = ActionResult<{ saved: true }>;
type Action = (previous: Result | null, formData: FormData) => Promise<Result>;

export interface SsoFormValues {
  preset: 'ENTRA_ID' | 'GENERIC_OIDC';
  entraTenantId: string;
  issuer: string;
  clientId: string;
  allowedDomains: string;
  enabled: boolean;
  requireSso: boolean;
  jitMembership: boolean;
  groupRoles: string;
  secretStored: boolean;
}

/**
 * HR's single sign-on settings. Entra ID needs only the tenant id; another provider its issuer URL:
 * the field the chosen preset does not use is hidden (and ignored by the server). The secret is
 * write-only: an empty field keeps the stored one.
 */
export function SsoSettingsForm({ action, initial }: { action: Action; initial: SsoFormValues }) {
  const t = useTranslations('sso.form');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  const [preset, setPreset] = useState(initial.preset);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const echoed = state && !state.ok ? (state.values ?? {}) : {};
  const value = (name: keyof SsoFormValues & string) => (typeof echoed[name] === 'string' ? (echoed[name] as string) : String(initial[name] ?? ''));

  const text = (name: 'entraTenantId' | 'issuer' | 'clientId', label: string, hint?: string, extra: { hidden?: boolean; mono?: boolean } = {}) => (
    <TextField id={`${id}-${name}`} name={name} label={label} hint={hint} errors={errors[name]} defaultValue={value(name)} hidden={extra.hidden} mono={extra.mono} />
  );

  return (
    <form onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-6">
      {state?.ok ? <FormMessage tone="success">{t('saved')}</FormMessage> : null}
      {state && !state.ok && state.formError ? <FormMessage tone="error">{state.formError}</FormMessage> : null}

      <fieldset className="space-y-1">
        <legend className="mb-1 font-medium">{t('legendProvider')}</legend>
        <Radio id={`${id}-entra`} name="preset" value="ENTRA_ID" checked={preset === 'ENTRA_ID'} onChange={() => setPreset('ENTRA_ID')} label={t('presetEntra')} hint={t('presetEntraHint')} />
        <Radio
          id={`${id}-generic`}
          name="preset"
          value="GENERIC_OIDC"
          checked={preset === 'GENERIC_OIDC'}
          onChange={() => setPreset('GENERIC_OIDC')}
          label={t('presetGeneric')}
          hint={t('presetGenericHint')}
        />
      </fieldset>

      <div className="grid gap-4 md:grid-cols-2">
        {text('entraTenantId', t('entraTenantId'), undefined, { hidden: preset !== 'ENTRA_ID', mono: true })}
        {text('issuer', t('issuer'), undefined, { hidden: preset !== 'GENERIC_OIDC', mono: true })}
        {text('clientId', t('clientId'), undefined, { mono: true })}
        <TextField
          id={`${id}-clientSecret`}
          name="clientSecret"
          type="password"
          label={t('clientSecret')}
          hint={initial.secretStored ? t('clientSecretStored') : t('clientSecretHint')}
          errors={errors.clientSecret}
          defaultValue=""
          autoComplete="off"
        />
      </div>

      <div>
        <Label htmlFor={`${id}-domains`}>{t('allowedDomains')}</Label>
        <textarea
          id={`${id}-domains`}
          name="allowedDomains"
          rows={2}
          defaultValue={value('allowedDomains')}
          className={`${inputClass} font-mono`}
          {...describedBy(`${id}-domains-error`, errors.allowedDomains, `${id}-domains-hint`)}
        />
        <FieldHint id={`${id}-domains-hint`}>{t('allowedDomainsHint')}</FieldHint>
        <FieldError id={`${id}-domains-error`} messages={errors.allowedDomains} />
      </div>

      <fieldset>
        <legend className="mb-1 font-medium">{t('legendRules')}</legend>
        <Checkbox id={`${id}-enabled`} name="enabled" defaultChecked={initial.enabled} label={t('enabled')} hint={t('enabledHint')} />
        <Checkbox id={`${id}-require`} name="requireSso" defaultChecked={initial.requireSso} label={t('requireSso')} hint={t('requireSsoHint')} />
        <Checkbox id={`${id}-jit`} name="jitMembership" defaultChecked={initial.jitMembership} label={t('jitMembership')} hint={t('jitMembershipHint')} />
      </fieldset>

      <details className="rounded-control border border-border p-4" open={Boolean(initial.groupRoles) || Boolean(errors.groupRoles)}>
        <summary className="cursor-pointer font-medium">{t('groupRoles')}</summary>
        <Label htmlFor={`${id}-groups`} className="sr-only">
          {t('groupRoles')}
        </Label>
        <textarea
          id={`${id}-groups`}
          name="groupRoles"
          rows={3}
          defaultValue={value('groupRoles')}
          placeholder="3f2a…-…-… = TOP_MANAGEMENT"
          className={`${inputClass} font-mono text-sm`}
          {...describedBy(`${id}-groups-error`, errors.groupRoles, `${id}-groups-hint`)}
        />
        <FieldHint id={`${id}-groups-hint`}>{t('groupRolesHint')}</FieldHint>
        <FieldError id={`${id}-groups-error`} messages={errors.groupRoles} />
      </details>

      <SubmitButton pending={pending} pendingLabel={t('pending')}>
        {t('save')}
      </SubmitButton>
    </form>
  );
}

function TextField(props: {
  id: string;
  name: string;
  label: ReactNode;
  hint?: string | undefined;
  errors: string[] | undefined;
  defaultValue: string;
  type?: 'text' | 'password';
  autoComplete?: string;
  hidden?: boolean | undefined;
  mono?: boolean | undefined;
}) {
  const { id, name, label, hint, errors, defaultValue, type = 'text', autoComplete, hidden, mono } = props;
  return (
    <div hidden={hidden}>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        spellCheck={false}
        className={`${inputClass}${mono ? ' font-mono text-sm' : ''}`}
        {...describedBy(`${id}-error`, errors, hint ? `${id}-hint` : undefined)}
      />
      {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
