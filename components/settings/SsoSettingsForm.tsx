'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { Checkbox, Radio } from '@/components/ui/Checkbox';
import { FieldError, FieldHint, FormMessage, Label, describedBy, inputClass } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { submitWithoutReset } from '@/components/ui/submit-without-reset';
import { TextField } from '@/components/ui/TextField';
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

  const text = (name: 'entraTenantId' | 'issuer' | 'clientId', label: string, hidden = false) => (
    <TextField id={`${id}-${name}`} name={name} type="text" label={label} errors={errors[name]} defaultValue={value(name)} hidden={hidden} mono />
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
        {text('entraTenantId', t('entraTenantId'), preset !== 'ENTRA_ID')}
        {text('issuer', t('issuer'), preset !== 'GENERIC_OIDC')}
        {text('clientId', t('clientId'))}
        <TextField
          id={`${id}-clientSecret`}
          name="clientSecret"
          type="password"
          label={t('clientSecret')}
          hint={initial.secretStored ? t('clientSecretStored') : t('clientSecretHint')}
          errors={errors.clientSecret}
          defaultValue=""
          autoComplete="off"
          mono
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
