import { ArrowLeft } from 'lucide-react';
import { cardClass } from '@/components/ui/Card';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ImportLeaders } from '@/components/leaders/ImportLeaders';
import { requireOrgPage } from '@/lib/edges/session/org-page';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/domains/leaders/import/limits';
import { importLeadersAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('import'))('title') };
}

export default async function ImportLeadersPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requireOrgPage(orgSlug, 'leaders:manage', `/${orgSlug}/leaders/import`);
  const t = await getTranslations('import');
  return (
    <div className="space-y-8">
      <p>
        <Link href={`/${orgSlug}/leaders`} className="text-sm underline-offset-4 hover:underline">
          <ArrowLeft aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
          {t('back')}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-[var(--color-muted)]">{t('lead', { rows: MAX_IMPORT_ROWS })}</p>
      </header>
      <section aria-labelledby="import-format-title" className={cardClass}>
        <h2 id="import-format-title" className="text-lg font-semibold">
          {t('format.title')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          <li>{t('format.name')}</li>
          <li>{t('format.email')}</li>
          <li>{t('format.group')}</li>
          <li>{t('format.manager')}</li>
          <li>{t('format.language')}</li>
          <li>{t('format.employeeNumber')}</li>
          <li>{t('format.delimiter')}</li>
        </ul>
        <p className="mt-3">
          <a href={`/${orgSlug}/leaders/import/example.csv`} download className="text-[var(--color-brand)] underline underline-offset-4">
            {t('format.example')}
          </a>
        </p>
      </section>
      <ImportLeaders action={importLeadersAction.bind(null, orgSlug)} maxBytes={MAX_IMPORT_BYTES} leadersHref={`/${orgSlug}/leaders`} />
    </div>
  );
}
