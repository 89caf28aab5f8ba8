import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/PageHeader';
import { getTranslations } from 'next-intl/server';
import { RemoveSsoButton } from '@/components/settings/RemoveSsoButton';
import { SsoSettingsForm, type SsoFormValues } from '@/components/settings/SsoSettingsForm';
import { cardClass } from '@/components/ui/Card';
import { FormMessage } from '@/components/ui/Field';
import { getSsoSettings, type SsoSettings } from '@/lib/domains/sso/connection';
import { entraTenantOf } from '@/lib/domains/sso/schemas';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { ssoProviderId } from '@/lib/edges/sign-in/sso-provider';
import { env } from '@/lib/platform/env';
import { removeSsoSettingsAction, saveSsoSettingsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sso'))('metaTitle') };
}

function formValues(settings: SsoSettings | null): SsoFormValues {
  if (!settings) {
    return { preset: 'ENTRA_ID', entraTenantId: '', issuer: '', clientId: '', allowedDomains: '', enabled: true, requireSso: false, jitMembership: false, groupRoles: '', secretStored: false };
  }
  return {
    preset: settings.preset,
    entraTenantId: settings.preset === 'ENTRA_ID' ? entraTenantOf(settings.issuer) : '',
    issuer: settings.preset === 'GENERIC_OIDC' ? settings.issuer : '',
    clientId: settings.clientId,
    allowedDomains: settings.allowedDomains.join(', '),
    enabled: settings.enabled,
    requireSso: settings.requireSso,
    jitMembership: settings.jitMembership,
    groupRoles: Object.entries(settings.groupRoles)
      .map(([group, role]) => `${group} = ${role}`)
      .join('\n'),
    secretStored: true,
  };
}

/** HR connects the organisation's identity provider: what to register there, then the settings. */
export default async function SsoSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'org:settings', `/${orgSlug}/settings/sso`);
  const t = await getTranslations('sso');
  const settings = await getSsoSettings(member.organisation.id);
  const origin = new URL(env().APP_URL).origin;
  const redirectUri = `${origin}/api/auth/callback/${ssoProviderId(member.organisation.id)}`;
  const signInLink = `${origin}/sign-in/sso/${member.organisation.id}`;
  const status = !settings ? t('status.none') : settings.enabled ? t('status.on', { domains: settings.allowedDomains.join(', ') }) : t('status.off');
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')} description={t('lead')} className="mb-0" />

      <FormMessage tone={settings?.enabled ? 'success' : 'warning'}>
        {status}
        {settings?.enabled && settings.requireSso ? ` ${t('status.required')}` : null}
      </FormMessage>

      <section aria-labelledby="sso-register-title" className={cardClass}>
        <h2 id="sso-register-title" className="text-lg font-semibold">
          {t('register.title')}
        </h2>
        <dl className="mt-3 space-y-4">
          <div>
            <dt className="text-sm font-medium">{t('register.redirectUri')}</dt>
            <dd className="mt-1 rounded-control bg-surface-muted px-3 py-2 font-mono text-sm break-all">{redirectUri}</dd>
            <dd className="mt-1 text-sm text-muted">{t('register.redirectHint')}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium">{t('register.signInLink')}</dt>
            <dd className="mt-1 rounded-control bg-surface-muted px-3 py-2 font-mono text-sm break-all">{signInLink}</dd>
            <dd className="mt-1 text-sm text-muted">{t('register.signInLinkHint')}</dd>
          </div>
        </dl>
      </section>

      <section aria-label={t('title')} className={cardClass}>
        <SsoSettingsForm action={saveSsoSettingsAction.bind(null, orgSlug)} initial={formValues(settings)} />
      </section>

      {settings ? <RemoveSsoButton action={removeSsoSettingsAction.bind(null, orgSlug)} /> : null}
    </div>
  );
}
