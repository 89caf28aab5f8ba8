import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { Check } from 'lucide-react';
import { cardClass } from '@/components/ui/Card';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import type { ApvRecordWithThreads } from '@/lib/domains/apv/queries';
import { isCurrentApproval } from '@/lib/domains/apv/status';
import { ApvApproveForm } from './ApvApproveForm';
import { ApvCommentForm } from './ApvCommentForm';

type Action<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * MED/AMO's part: the approvals (an approval older than the last edit reads "approved an
 * earlier version") and the comments — each form only for those whose role may use it.
 */
export async function ApvDiscussion({
  record,
  roundId,
  groupId,
  commentAction,
  approveAction,
}: {
  record: ApvRecordWithThreads | null;
  roundId: string;
  groupId: string;
  commentAction: Action<{ id: string }> | null;
  approveAction: { action: Action<{ approvedAt: string }>; mine: boolean } | null;
}) {
  const t = await getTranslations('apv');
  const format = dateFormatter(toLocale(await getLocale()));
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const approvals = record?.approvals ?? [];
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="apv-approvals-title" className={cardClass} data-testid="apv-approvals">
        <h2 id="apv-approvals-title" className="text-xl font-semibold">
          {t('approvals.title')}
        </h2>
        {approvals.length === 0 ? <p className="mt-2 text-[var(--color-muted)]">{t('approvals.empty')}</p> : null}
        <ul className="mt-2 space-y-1">
          {approvals.map((a) => (
            <li key={a.userId}>
              {record && isCurrentApproval(a, record) ? (
                <span>
                  <Check aria-hidden="true" className="mr-1 inline size-4 align-[-3px]" />
                  {t('approvals.current', { name: a.userName, date: when(a.approvedAt) })}
                </span>
              ) : (
                <span className="text-amber-900">↺ {t('approvals.earlier', { name: a.userName, date: when(a.approvedAt) })}</span>
              )}
            </li>
          ))}
        </ul>
        {approveAction ? (
          record ? (
            <ApvApproveForm action={approveAction.action} roundId={roundId} groupId={groupId} again={approveAction.mine} />
          ) : (
            <p className="mt-4 text-sm text-[var(--color-muted)]">{t('approvals.needsRecord')}</p>
          )
        ) : null}
      </section>
      <section aria-labelledby="apv-comments-title" className={cardClass} data-testid="apv-comments">
        <h2 id="apv-comments-title" className="text-xl font-semibold">
          {t('comments.title')}
        </h2>
        {(record?.comments.length ?? 0) === 0 ? <p className="mt-2 text-[var(--color-muted)]">{t('comments.empty')}</p> : null}
        <ol className="mt-2 space-y-3">
          {record?.comments.map((c) => (
            <li key={c.id} className="border-l-2 border-stone-300 pl-3">
              <p className="whitespace-pre-line">{c.body}</p>
              <p className="text-xs text-[var(--color-muted)]">{t('comments.by', { name: c.authorName, date: when(c.createdAt) })}</p>
            </li>
          ))}
        </ol>
        {commentAction ? (
          record ? (
            <ApvCommentForm action={commentAction} roundId={roundId} groupId={groupId} />
          ) : (
            <p className="mt-4 text-sm text-[var(--color-muted)]">{t('comments.needsRecord')}</p>
          )
        ) : null}
      </section>
    </div>
  );
}
