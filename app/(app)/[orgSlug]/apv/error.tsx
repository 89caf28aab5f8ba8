'use client';

import { useTranslations } from 'next-intl';
import { SectionError } from '@/components/layout/SectionError';

export default function ApvError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('apv.error');
  return <SectionError texts={{ title: t('title'), text: t('text'), retry: t('retry') }} reset={reset} />;
}
