import 'server-only';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { recordResultsViewed } from '@/lib/domains/results/audit';
import { resultsForView, type ViewResult } from '@/lib/domains/results/views';
import { openApvRound, requireApvGroup } from './access';
import { listPlanActions, listPlanNotes, type PlanAction, type PlanNote } from './plan';
import { getApvRecord, type ApvRecordWithThreads } from './queries';
import { isoDay } from '@/lib/platform/format/dates';
import { latestRevisionDate, roundClosedOn } from './revision';
import { apvStatus, type ApvStatus } from './status';
import { problemsSuggestion } from './suggestion';

export interface ApvPageModel {
  round: { id: string; name: string; closedOn: string; threshold: number };
  group: { id: string; name: string };
  questionnaire: QuestionnaireVersion;
  result: ViewResult;
  record: ApvRecordWithThreads | null;
  status: ApvStatus;
  /** What the editor starts with: the record, or before it exists the suggestion and the default revision date. */
  initial: { problemsAssessment: string; sicknessAbsence: string; followUpGuidelines: string; revisionDueOn: string };
  revisionLimits: { min: string; max: string };
  actions: PlanAction[];
  notes: PlanNote[];
}

/** Everything one group's APV page shows, through the access and anonymity rules; viewing the figures is audited as on the dashboard. */
export async function getApvPage(viewer: StaffActor, input: { roundId: string; groupId: string; locale: Locale }, now = new Date()): Promise<ApvPageModel> {
  const apv = await openApvRound(viewer, input.roundId, now);
  const group = requireApvGroup(apv, input.groupId);
  const { ctx } = apv;
  const [result, record, actions, notes] = await Promise.all([
    resultsForView(ctx, { groupId: group.groupId, alone: false }),
    getApvRecord(viewer.organisationId, ctx.round.id, group.groupId),
    listPlanActions(viewer.organisationId, ctx.round.id, [group.groupId], now),
    listPlanNotes(viewer.organisationId, ctx.round.id, [group.groupId]),
  ]);
  await recordResultsViewed(viewer, { roundId: ctx.round.id, view: result!.key, channel: 'page' }, now);
  const closedOn = roundClosedOn(ctx.round);
  const initial = record
    ? { problemsAssessment: record.problemsAssessment, sicknessAbsence: record.sicknessAbsence, followUpGuidelines: record.followUpGuidelines, revisionDueOn: isoDay(record.revisionDueOn) }
    : { problemsAssessment: problemsSuggestion(result!.suppressed ? null : result!.figures, input.locale), sicknessAbsence: '', followUpGuidelines: '', revisionDueOn: latestRevisionDate(closedOn) };
  return {
    round: { id: ctx.round.id, name: ctx.round.name, closedOn, threshold: ctx.round.anonymityThreshold },
    group: { id: group.groupId, name: group.name },
    questionnaire: ctx.questionnaire,
    result: result!,
    record,
    status: apvStatus(record, now),
    initial,
    revisionLimits: { min: closedOn, max: latestRevisionDate(closedOn) },
    actions,
    notes,
  };
}
