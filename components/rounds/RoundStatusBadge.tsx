import { getTranslations } from 'next-intl/server';
import type { RoundStatus } from '@/lib/generated/prisma/enums';

const styles: Record<RoundStatus, string> = {
  DRAFT: 'border-stone-400 bg-stone-100 text-stone-800',
  OPEN: 'border-teal-600 bg-teal-50 text-teal-900',
  CLOSED: 'border-stone-300 bg-white text-stone-700',
};

/** The round's status as a word (the colour only repeats it). */
export async function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const t = await getTranslations('rounds');
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${styles[status]}`}>{t('status', { status })}</span>;
}
