import { getTranslations } from 'next-intl/server';
import type { ApvStatus } from '@/lib/domains/apv/status';

const styles: Record<ApvStatus, string> = {
  'not-started': 'border-stone-400 bg-stone-100 text-stone-800',
  drafted: 'border-amber-600 bg-amber-50 text-amber-900',
  approved: 'border-teal-600 bg-teal-50 text-teal-900',
  'revision-due': 'border-red-700 bg-red-50 text-red-900',
};

/** Where a group's APV stands, as a word (the colour only repeats it). */
export async function ApvStatusBadge({ status }: { status: ApvStatus }) {
  const t = await getTranslations('apv.status');
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${styles[status]}`}>{t(status)}</span>;
}
