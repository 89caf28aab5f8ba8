import { toLocale } from '@/i18n/locale';
import { cardClass } from '@/components/ui/Card';
import { getLocale, getTranslations } from 'next-intl/server';
import { dateFormatter, dayOf } from '@/lib/platform/format/dates';

/** The written APV elements for those who read but may not edit them. */
export async function ApvElementsView({ values }: { values: { problemsAssessment: string; sicknessAbsence: string; followUpGuidelines: string; revisionDueOn: string } }) {
  const t = await getTranslations('apv');
  const format = dateFormatter(toLocale(await getLocale()));
  const parts = [
    { key: 'problems', body: values.problemsAssessment },
    { key: 'sickness', body: values.sicknessAbsence },
    { key: 'followUp', body: values.followUpGuidelines },
  ];
  return (
    <div className="space-y-6">
      <p className="text-sm text-[var(--color-muted)]">{t('form.readOnly')}</p>
      {parts.map((part) => (
        <section key={part.key} aria-labelledby={`apv-${part.key}-title`} className={cardClass}>
          <h2 id={`apv-${part.key}-title`} className="text-xl font-semibold">
            {t(`sections.${part.key}.title`)}
          </h2>
          <p className="mt-2 whitespace-pre-line">{part.body.trim() || t('report.notWritten')}</p>
        </section>
      ))}
      <section aria-labelledby="apv-revision-title" className={cardClass}>
        <h2 id="apv-revision-title" className="text-xl font-semibold">
          {t('sections.revision.title')}
        </h2>
        <p className="mt-2">{format.dateTime(dayOf(values.revisionDueOn), { dateStyle: 'long', timeZone: 'UTC' })}</p>
      </section>
    </div>
  );
}
