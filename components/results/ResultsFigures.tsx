import type { Locale } from '@/content/types';
import { getQuestionnaire } from '@/content/questionnaires';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import { dashboardFigures, showsHeatmap, type OpenedDashboard } from '@/lib/domains/results/dashboard';
import { PreviousActions } from '@/components/action-plan/PreviousActions';
import { BalancePanel } from './BalancePanel';
import { CommentList, CommentsWithheld } from './CommentList';
import { Heatmap } from './Heatmap';
import { RelationsPanel } from './RelationsPanel';
import { SuppressedNotice } from './SuppressedNotice';
import { ThemeCharts } from './ThemeCharts';

type HideAction = (previous: ActionResult<{ hidden: boolean }> | null, formData: FormData) => Promise<ActionResult<{ hidden: boolean }>>;
type RedactAction = (previous: ActionResult<{ body: string }> | null, formData: FormData) => Promise<ActionResult<{ body: string }>>;

/**
 * The figures of an opened view — computed while the page around them is already shown. A
 * hidden view renders its notice and nothing else; a shown one the scale, the theme charts,
 * the relations, the comments and (for management) the heatmap's card, whose table the browser
 * fetches after the page (issue 19).
 */
export async function ResultsFigures({
  opened,
  orgSlug,
  locale,
  organisationName,
  hideAction,
  redactAction,
}: {
  opened: OpenedDashboard;
  orgSlug: string;
  locale: Locale;
  organisationName: string;
  hideAction: HideAction | null;
  redactAction: RedactAction | null;
}) {
  const { result, comparison, comments, commentsWithheld } = await dashboardFigures(opened);
  const questionnaire = getQuestionnaire(opened.ctx.round.questionnaireVersion)!;
  const roundId = opened.ctx.round.id;
  return (
    <div className="space-y-8">
      {result?.suppressed ? <SuppressedNotice reason={result.reason} participation={result.participation} threshold={opened.ctx.round.anonymityThreshold} /> : null}
      {result && !result.suppressed ? (
        <>
          <BalancePanel
            figures={result.figures}
            comparison={comparison}
            questionnaire={questionnaire}
            locale={locale}
            besideChange={<PreviousActions viewer={opened.viewer} ctx={opened.ctx} groupId={opened.ref.groupId} />}
          />
          <ThemeCharts figures={result.figures} comparison={comparison} questionnaire={questionnaire} locale={locale} />
          <RelationsPanel figures={result.figures} questionnaire={questionnaire} locale={locale} />
        </>
      ) : null}
      {showsHeatmap(opened) ? (
        <Heatmap view={{ orgSlug, roundId, groupId: opened.ref.groupId, alone: opened.ref.alone }} questionnaire={questionnaire} locale={locale} organisationName={organisationName} />
      ) : null}
      {comments ? <CommentList comments={comments} roundId={roundId} moderation={opened.access.moderate && hideAction && redactAction ? { hide: hideAction, redact: redactAction } : null} /> : null}
      {commentsWithheld !== null ? <CommentsWithheld threshold={commentsWithheld} /> : null}
    </div>
  );
}
