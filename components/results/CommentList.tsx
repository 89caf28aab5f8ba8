import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import type { ModeratedComment, PublishedComment } from '@/lib/domains/results/comments';
import { HideCommentForm } from './HideCommentForm';

type HideAction = (previous: ActionResult<{ hidden: boolean }> | null, formData: FormData) => Promise<ActionResult<{ hidden: boolean }>>;

/** The view's comments, in the random order they came in; HR gets a hide button on each. */
export async function CommentList({ comments, roundId, hideAction }: { comments: PublishedComment[] | ModeratedComment[]; roundId: string; hideAction: HideAction | null }) {
  const t = await getTranslations('results.comments');
  return (
    <section aria-labelledby="comments-title" className={cn(cardClass, 'min-w-0 p-4 sm:p-6')}>
      <h2 id="comments-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">{t('lead')}</p>
      {comments.length === 0 ? (
        <p className="mt-4 text-[var(--color-muted)]">{t('empty')}</p>
      ) : (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {comments.map((comment, index) => (
            <li key={'handle' in comment ? comment.handle : index} className="rounded-lg border border-stone-200 p-3">
              <p className="text-xs font-semibold uppercase tracking-wide text-[var(--color-muted)]">{t(comment.side)}</p>
              {hideAction && 'handle' in comment ? (
                <HideCommentForm action={hideAction} roundId={roundId} handle={comment.handle}>
                  <blockquote className="mt-1 mb-2 whitespace-pre-line">{comment.body}</blockquote>
                </HideCommentForm>
              ) : (
                <blockquote className="mt-1 whitespace-pre-line">{comment.body}</blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
