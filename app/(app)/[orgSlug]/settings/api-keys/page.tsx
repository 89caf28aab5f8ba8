import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/PageHeader';
import { getLocale, getTranslations } from 'next-intl/server';
import { CreateApiKeyForm } from '@/components/settings/CreateApiKeyForm';
import { RevokeApiKeyButton } from '@/components/settings/RevokeApiKeyButton';
import { listApiKeys } from '@/lib/domains/api-keys/queries';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { createApiKeyAction, revokeApiKeyAction } from './actions';
import { DataTable } from '@/components/ui/DataTable';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('apiKeys');
  return { title: t('title') };
}

export default async function ApiKeysPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'api-keys:manage', `/${orgSlug}/settings/api-keys`);
  const keys = await listApiKeys(member.db);
  const t = await getTranslations('apiKeys');
  const format = dateFormatter(toLocale(await getLocale()));
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' }) : t('never'));
  const revoke = revokeApiKeyAction.bind(null, orgSlug);
  return (
    <div className="space-y-10">
      <PageHeader title={t('title')} description={t('lead')} className="mb-0" />

      <section aria-labelledby="create-key-title" className={cardClass}>
        <h2 id="create-key-title" className="mb-4 text-lg font-semibold">
          {t('create.title')}
        </h2>
        <CreateApiKeyForm action={createApiKeyAction.bind(null, orgSlug)} />
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title" className="mb-3 text-lg font-semibold">
          {t('listTitle')}
        </h2>
        {keys.length === 0 ? (
          <p className="rounded-card border border-dashed border-border-strong bg-surface p-6 text-[var(--color-muted)]">{t('empty')}</p>
        ) : (
          <DataTable
            caption={t('listTitle')}
            columns={[t('columns.name'), t('columns.prefix'), t('columns.created'), t('columns.lastUsed'), t('columns.status'), { label: t('columns.actions'), hidden: true }]}
          >
            {keys.map((key) => (
              <tr key={key.id} className="border-b border-stone-100 align-top last:border-0">
                <td className="px-4 py-2 font-medium">{key.name}</td>
                <td className="px-4 py-2 font-mono">{key.prefix}…</td>
                <td className="px-4 py-2">{when(key.createdAt)}</td>
                <td className="px-4 py-2">{when(key.lastUsedAt)}</td>
                <td className="px-4 py-2">{key.revokedAt ? t('revokedAt', { date: when(key.revokedAt) }) : t('active')}</td>
                <td className="px-4 py-2 text-right">{key.revokedAt ? null : <RevokeApiKeyButton action={revoke} apiKeyId={key.id} name={key.name} />}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
