import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/PageHeader';
import { getLocale, getTranslations } from 'next-intl/server';
import { CreateScimTokenForm } from '@/components/settings/CreateScimTokenForm';
import { RevokeApiKeyButton } from '@/components/settings/RevokeApiKeyButton';
import { listApiKeys } from '@/lib/domains/api-keys/queries';
import { getGroupOptions } from '@/lib/domains/groups/queries';
import { scimBaseUrl } from '@/lib/edges/scim/scim-route';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { createScimTokenAction, revokeScimTokenAction } from './actions';
import { DataTable } from '@/components/ui/DataTable';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scim');
  return { title: t('title') };
}

/** SCIM tokens for the identity provider's provisioning (Microsoft Entra ID), and what to paste where. */
export default async function ScimPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'api-keys:manage', `/${orgSlug}/settings/scim`);
  const [tokens, groups] = await Promise.all([listApiKeys(member.db, 'SCIM'), getGroupOptions(member.organisation.id)]);
  const t = await getTranslations('scim');
  const format = dateFormatter(toLocale(await getLocale()));
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' }) : t('never'));
  const groupPath = new Map(groups.map((g) => [g.id, g.path]));
  const tenantUrl = scimBaseUrl();
  return (
    <div className="space-y-10">
      <PageHeader title={t('title')} description={t('lead')} className="mb-0" />

      <section aria-labelledby="scim-setup-title" className={cardClass}>
        <h2 id="scim-setup-title" className="mb-2 text-lg font-semibold">
          {t('setup.title')}
        </h2>
        <ol className="list-decimal space-y-2 pl-5">
          <li>{t('setup.app')}</li>
          <li>
            {t('setup.tenantUrl')} <code className="rounded bg-stone-100 px-1 font-mono text-sm">{tenantUrl}</code>
          </li>
          <li>{t('setup.secret')}</li>
          <li>{t('setup.mappings')}</li>
          <li>{t('setup.groups')}</li>
        </ol>
      </section>

      <section aria-labelledby="create-token-title" className={cardClass}>
        <h2 id="create-token-title" className="mb-4 text-lg font-semibold">
          {t('create.title')}
        </h2>
        {groups.length === 0 ? (
          <p>{t('noGroups')}</p>
        ) : (
          <CreateScimTokenForm action={createScimTokenAction.bind(null, orgSlug)} groups={groups.map((g) => ({ id: g.id, path: g.path }))} tenantUrl={tenantUrl} />
        )}
      </section>

      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title" className="mb-3 text-lg font-semibold">
          {t('listTitle')}
        </h2>
        {tokens.length === 0 ? (
          <p className="rounded-card border border-dashed border-border-strong bg-surface p-6 text-[var(--color-muted)]">{t('empty')}</p>
        ) : (
          <DataTable
            caption={t('listTitle')}
            columns={[t('columns.name'), t('columns.prefix'), t('columns.group'), t('columns.created'), t('columns.lastUsed'), t('columns.status'), { label: t('columns.actions'), hidden: true }]}
          >
            {tokens.map((token) => (
              <tr key={token.id} className="border-b border-stone-100 align-top last:border-0">
                <td className="px-4 py-2 font-medium">{token.name}</td>
                <td className="px-4 py-2 font-mono">{token.prefix}…</td>
                <td className="px-4 py-2">{(token.scimGroupId && groupPath.get(token.scimGroupId)) ?? t('groupArchived')}</td>
                <td className="px-4 py-2">{when(token.createdAt)}</td>
                <td className="px-4 py-2">{when(token.lastUsedAt)}</td>
                <td className="px-4 py-2">{token.revokedAt ? t('revokedAt', { date: when(token.revokedAt) }) : t('active')}</td>
                <td className="px-4 py-2 text-right">
                  {token.revokedAt ? null : <RevokeApiKeyButton action={revokeScimTokenAction.bind(null, orgSlug)} apiKeyId={token.id} name={token.name} messages="scim.revoke" />}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
