import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/PageHeader';
import { getTranslations } from 'next-intl/server';
import { DeleteOrganisationForm } from '@/components/privacy/DeleteOrganisationForm';
import { ExportPersonForm } from '@/components/privacy/ExportPersonForm';
import { RetentionForm } from '@/components/privacy/RetentionForm';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { deleteOrganisationAction, exportPersonAction, setRetentionAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dataProtection'))('metaTitle') };
}

const card = cardClass;

/** The data-protection duties in one place: hand over a person's data, how long answers are kept, and deleting the organisation. (Erasing a leader is on the leader's page.) */
export default async function DataProtectionPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'org:settings', `/${orgSlug}/settings/privacy`);
  const t = await getTranslations('dataProtection');
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')} description={t('lead')} className="mb-0" />
      <section aria-labelledby="export-title" className={card}>
        <h2 id="export-title" className="mb-1 text-lg font-semibold">
          {t('export.title')}
        </h2>
        <p className="mb-4 max-w-prose text-sm text-[var(--color-muted)]">{t('export.lead')}</p>
        <ExportPersonForm action={exportPersonAction.bind(null, orgSlug)} />
      </section>
      <section aria-labelledby="retention-title" className={card}>
        <h2 id="retention-title" className="mb-1 text-lg font-semibold">
          {t('retention.title')}
        </h2>
        <p className="mb-4 max-w-prose text-sm text-[var(--color-muted)]">{t('retention.lead')}</p>
        <RetentionForm action={setRetentionAction.bind(null, orgSlug)} current={member.organisation.retentionYears} />
      </section>
      <section aria-labelledby="delete-title" className={`${card} border-red-800`}>
        <h2 id="delete-title" className="mb-1 text-lg font-semibold text-red-900">
          {t('deleteOrganisation.title')}
        </h2>
        <p className="mb-4 max-w-prose text-sm text-[var(--color-muted)]">{t('deleteOrganisation.lead')}</p>
        <DeleteOrganisationForm action={deleteOrganisationAction.bind(null, orgSlug)} organisationName={member.organisation.name} />
      </section>
    </div>
  );
}
