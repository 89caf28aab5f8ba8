import { getTranslations } from 'next-intl/server';
import { SectionSkeleton } from '@/components/layout/SectionSkeleton';

/** Shown while the APV list or a group's APV is put together (its results are computed on the way). */
export default async function ApvLoading() {
  const t = await getTranslations('apv');
  return <SectionSkeleton label={t('loading')} heights={['h-40', 'h-64']} />;
}
