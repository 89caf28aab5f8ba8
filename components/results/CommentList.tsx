import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import type { ModeratedComment, PublishedComment } from '@/lib/domains/results/comments';
import { ModeratedCommentBody } from './ModeratedCommentBody';
import type { RedactAction } from './RedactCommentForm';

type HideAction = (previous: ActionResult<{ hidden: boolean }> | null, formData: FormData) => Promise<ActionResult<{ hidden: boolean }>>;

/** Said in the comments' place when the view's figures show but too few answered for its comments. */
export async function CommentsWithheld({ threshold }: { threshold: number }) {
  const t = await getTranslations('commentRules.withheld');
  return (
    <section aria-labelledby="comments-title" className={cn(cardClass, 'min-w-0 p-4 sm:p-6')}>
      <h2 id="comments-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="mt-2 text-[var(--color-muted)]">{t('text', { threshold })}</p>
    </section>
  );
}

/** The view's comments, in the random order they came in; a moderator can hide each or redact a phrase in it. */
export async function CommentList({
  comments,
  roundId,
  moderation,
}: {
  comments: PublishedComment[] | ModeratedComment[];
  roundId: string;
  moderation: { hide: HideAction; redact: RedactAction } | null;
}) {
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
              {moderation && 'handle' in comment ? (
                <ModeratedCommentBody body={comment.body} roundId={roundId} handle={comment.handle} hide={moderation.hide} redact={moderation.redact} />
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
