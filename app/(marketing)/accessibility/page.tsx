import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { toLocale } from '@/i18n/locale';
import { env } from '@/lib/platform/env';
import { formatDay } from '@/lib/platform/format/dates';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accessibility'))('title') };
}

/** When the statement was last checked against what the tests cover; change it with the text. */
const REVIEWED_ON = '2026-12-06';

const testing = ['axe', 'keyboard', 'widths', 'manual'] as const;
const known = ['pdf', 'charts'] as const;

function StatementSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2 leading-relaxed">
      <h2 id={id} className="text-section-title font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function BulletList({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-2 pl-5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * The accessibility statement ("tilgængelighedserklæring") that Danish public bodies must publish
 * for the systems they use: what is tested, what is known not to conform, and where to report.
 */
export default async function AccessibilityPage() {
  const t = await getTranslations('accessibility');
  const locale = toLocale(await getLocale());
  const contact = env().ACCESSIBILITY_CONTACT;
  return (
    <article className="max-w-3xl">
      <PageHeader title={t('title')} description={t('lead')} />
      <div className="space-y-6">
        <StatementSection id="a11y-scope" title={t('scope.title')}>
          <p>{t('scope.text')}</p>
        </StatementSection>
        <StatementSection id="a11y-standard" title={t('standard.title')}>
          <p>{t('standard.text')}</p>
        </StatementSection>
        <StatementSection id="a11y-testing" title={t('testing.title')}>
          <BulletList items={testing.map((key) => t(`testing.items.${key}`))} />
        </StatementSection>
        <StatementSection id="a11y-known" title={t('known.title')}>
          <BulletList items={known.map((key) => t(`known.items.${key}`))} />
        </StatementSection>
        <Card as="section" aria-labelledby="a11y-report">
          <h2 id="a11y-report" className="text-section-title font-semibold">
            {t('report.title')}
          </h2>
          <p className="mt-2 leading-relaxed">
            {contact
              ? t.rich('report.withContact', {
                  email: contact,
                  contact: (chunks) => (
                    <a href={`mailto:${contact}`} className="font-medium text-brand underline underline-offset-4">
                      {chunks}
                    </a>
                  ),
                })
              : t('report.withoutContact')}
          </p>
          <p className="mt-2 leading-relaxed">{t('report.complaint')}</p>
        </Card>
        <p className="text-sm text-muted">{t('updated', { date: formatDay(REVIEWED_ON, locale) })}</p>
      </div>
    </article>
  );
}
