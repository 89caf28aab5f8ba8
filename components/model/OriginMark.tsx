import { PenLine } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { Origin } from '@/content/types';

/**
 * "Ledertrivsels egen formulering" beside a question or text that is not in BFA's tool, so that
 * nobody takes our words for the seed's. Seed and adapted wording carry no mark: the credit
 * says the model is adapted from BFA. The text is visible, so a screen reader reads it too.
 */
export function OriginMark({ origin }: { origin: Origin }) {
  const t = useTranslations('origin');
  if (origin !== 'ledertrivsel') return null;
  return (
    <span className="ml-1.5 inline-flex items-center gap-1 rounded bg-stone-100 px-1.5 py-0.5 align-middle text-xs font-medium whitespace-nowrap text-stone-700" data-testid="origin-mark">
      <span className="sr-only">(</span>
      <PenLine aria-hidden="true" className="size-3" />
      {t('own')}
      <span className="sr-only">)</span>
    </span>
  );
}
