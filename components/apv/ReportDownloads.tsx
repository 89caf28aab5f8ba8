import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';

/** The staff download route of a round's report; without groupId the organisation-wide report. */
export function reportHref(orgSlug: string, roundId: string, options: { groupId?: string; format: 'pdf' | 'csv' | 'xlsx'; locale?: Locale }): string {
  const query = new URLSearchParams({ format: options.format });
  if (options.groupId) query.set('groupId', options.groupId);
  if (options.locale) query.set('locale', options.locale);
  return `/${orgSlug}/apv/${roundId}/report?${query.toString()}`;
}

const linkClass = 'rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium hover:border-[var(--color-brand)]';

/** The report as PDF (in the reader's language, or the other), and its data as CSV and XLSX. */
export async function ReportDownloads({ orgSlug, roundId, groupId, locale, title }: { orgSlug: string; roundId: string; groupId?: string; locale: Locale; title: string }) {
  const t = await getTranslations('apv.downloads');
  const other: Locale = locale === 'da' ? 'en' : 'da';
  const base = groupId ? { groupId } : {};
  return (
    <section className={cn(cardClass, 'p-4')}>
      <h3 className="font-semibold">{title}</h3>
      <p className="text-sm text-[var(--color-muted)]">{t('lead')}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        <li>
          <a href={reportHref(orgSlug, roundId, { ...base, format: 'pdf', locale })} download className={`${linkClass} bg-[var(--color-brand)] text-white`}>
            {t('pdf')}
          </a>
        </li>
        <li>
          <a href={reportHref(orgSlug, roundId, { ...base, format: 'pdf', locale: other })} download lang={other} className={linkClass}>
            {t('pdfEnglish')}
          </a>
        </li>
        <li>
          <a href={reportHref(orgSlug, roundId, { ...base, format: 'csv', locale })} download className={linkClass}>
            {t('csv')}
          </a>
        </li>
        <li>
          <a href={reportHref(orgSlug, roundId, { ...base, format: 'xlsx', locale })} download className={linkClass}>
            {t('xlsx')}
          </a>
        </li>
      </ul>
    </section>
  );
}
