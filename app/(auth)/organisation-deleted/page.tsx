import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dataProtection.deleteOrganisation'))('title') };
}

/** Where deleting an organisation ends: the person may have had no other organisation, so no session either. */
export default async function OrganisationDeletedPage() {
  const t = await getTranslations('dataProtection.deleteOrganisation');
  const tNav = await getTranslations('orgs');
  return (
    <section className={cn(cardClass, 'mx-auto max-w-lg p-8 text-center')}>
      <h1 className="text-2xl font-semibold">{t('deleted')}</h1>
      <Link href="/orgs" className="mt-6 inline-block underline underline-offset-4">
        {tNav('title')}
      </Link>
    </section>
  );
}
