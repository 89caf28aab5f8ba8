import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/PageHeader';
import { getTranslations } from 'next-intl/server';
import { MailSwitchesForm } from '@/components/settings/MailSwitchesForm';
import { mailSwitches } from '@/lib/domains/notifications/switches';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { setMailSwitchesAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mails.settings'))('metaTitle') };
}

/** Which follow-up mails the organisation sends: HR switches each kind on or off. */
export default async function MailSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const member = await requireOrgPage(orgSlug, 'org:settings', `/${orgSlug}/settings/mails`);
  const t = await getTranslations('mails.settings');
  const switches = await mailSwitches(member.organisation.id);
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')} description={t('lead')} className="mb-0" />
      <section aria-label={t('title')} className={cardClass}>
        <MailSwitchesForm action={setMailSwitchesAction.bind(null, orgSlug)} switches={switches} />
      </section>
    </div>
  );
}
