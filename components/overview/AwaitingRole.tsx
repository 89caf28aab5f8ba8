import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';

/** The overview of someone let in by single sign-on whom HR has not given a role: no rounds, no counts — only what to do. */
export async function AwaitingRole({ organisationName }: { organisationName: string }) {
  const t = await getTranslations('sso.noAccess');
  return (
    <div className="space-y-10">
      <PageHeader title={organisationName} />
      <EmptyState title={t('title')}>
        {t('text', { organisation: organisationName })} {t('hint')}
      </EmptyState>
    </div>
  );
}
