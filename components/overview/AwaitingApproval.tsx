import { FileClock } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ApvAwaitingApproval } from '@/lib/domains/apv/awaiting-approval';

/** For MED/AMO: the written APVs waiting for their approval, each one click from its page. */
export async function AwaitingApproval({ orgSlug, rows }: { orgSlug: string; rows: ApvAwaitingApproval[] }) {
  const t = await getTranslations('overview.awaiting');
  return (
    <section aria-labelledby="awaiting-title">
      <h2 id="awaiting-title" className="text-section-title font-semibold">
        {t('title')}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-muted">{t('none')}</p>
      ) : (
        <ul className="mt-3 divide-y divide-border rounded-card border border-border bg-surface shadow-card">
          {rows.map((row) => (
            <li key={`${row.roundId}/${row.groupId}`}>
              <Link href={`/${orgSlug}/apv/${row.roundId}/${row.groupId}`} className="flex items-center gap-3 px-5 py-3 hover:bg-surface-muted">
                <FileClock aria-hidden="true" className="size-5 shrink-0 text-warning" />
                <span className="min-w-0">
                  <span className="block font-medium">{row.groupName}</span>
                  <span className="block text-sm text-muted">{row.roundName}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
