import { getTranslations } from 'next-intl/server';
import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import { HeatmapSlices } from './HeatmapSlices';
import type { HeatmapView } from './heatmap-query';

/**
 * The management heatmap's card. Its heading and lead come with the page; the table follows as
 * slices fetched by the browser (HeatmapSlices), so a thousand-group organisation's dashboard
 * stays small (issue 19, decision 0018). Without JavaScript: HeatmapNoScript.
 */
export async function Heatmap({ view, questionnaire, locale, organisationName }: { view: HeatmapView; questionnaire: QuestionnaireVersion; locale: Locale; organisationName: string }) {
  const t = await getTranslations('results.heatmap');
  const items = questionnaire.items.map((item) => ({ key: item.key, side: item.side, shortLabel: item.shortLabel[locale], text: item.text[locale] }));
  return (
    <section aria-labelledby="heatmap-title" className={cn(cardClass, 'min-w-0 p-4 sm:p-6')}>
      <h2 id="heatmap-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-[var(--color-muted)]">{t('lead')}</p>
      <HeatmapSlices view={view} items={items} locale={locale} organisationName={organisationName} />
    </section>
  );
}

/**
 * Without JavaScript neither the streamed figures nor the fetched table appear, so the page itself
 * (outside its Suspense boundary) says where the heatmap's figures are: the spreadsheet export.
 */
export async function HeatmapNoScript({ orgSlug, roundId }: { orgSlug: string; roundId: string }) {
  const t = await getTranslations('heatmapLoad');
  return (
    <noscript>
      <p className="max-w-3xl rounded-md border border-stone-200 bg-stone-50 p-3 text-sm" data-testid="heatmap-noscript">
        {t('noScript')}{' '}
        <a href={`/${orgSlug}/results/${roundId}/export?format=xlsx`} className="underline underline-offset-4">
          {t('noScriptLink')}
        </a>
      </p>
    </noscript>
  );
}
