import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FreshLinkForm } from '@/components/rounds/FreshLinkForm';
import { leaderLocale } from '@/lib/platform/i18n/leader-locale';
import { requestFreshLinkAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await leaderLocale('da'), namespace: 'link' });
  return { title: t('title'), robots: { index: false } };
}

/** A leader who lost their personal link asks for a new one by e-mail address. */
export default async function FreshLinkPage() {
  const locale = await leaderLocale('da');
  const t = await getTranslations({ locale, namespace: 'link' });
  return (
    <section lang={locale} className="mx-auto max-w-xl space-y-4 py-8">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-[var(--color-muted)]">{t('lead')}</p>
      <div className={cardClass}>
        <FreshLinkForm action={requestFreshLinkAction} texts={{ email: t('email'), submit: t('submit'), sending: t('sending'), done: t('done') }} />
      </div>
    </section>
  );
}
