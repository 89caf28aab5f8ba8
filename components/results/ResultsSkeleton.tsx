import { getTranslations } from 'next-intl/server';
import { SectionSkeleton } from '@/components/layout/SectionSkeleton';

/** Shaped like the figures, so the page does not jump when they arrive. */
export async function ResultsSkeleton() {
  const t = await getTranslations('results');
  return <SectionSkeleton label={t('loading')} />;
}
