import 'server-only';
import { getDialogueQuestion } from '@/content/leader-wellbeing';
import type { Locale } from '@/content/types';
import { openApvRound, requireApvGroup, type ApvRound } from '@/lib/domains/apv/access';
import { followUpOf, listPlanActions, listPlanNotes, type FollowUp, type PlanAction } from '@/lib/domains/apv/plan';
import { getApvRecord } from '@/lib/domains/apv/queries';
import { isoDay } from '@/lib/platform/format/dates';
import { latestRevisionDate, roundClosedOn } from '@/lib/domains/apv/revision';
import { apvStatus, isCurrentApproval, type ApvStatus } from '@/lib/domains/apv/status';
import { notFound } from '@/lib/platform/errors';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { resultsForViews, type ViewResult } from '@/lib/domains/results/views';
import { viewKeyOf, type ViewRef } from '@/lib/domains/anonymity/view-keys';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';

export interface ReportApv {
  status: ApvStatus;
  problemsAssessment: string;
  sicknessAbsence: string;
  followUpGuidelines: string;
  revisionDueOn: string;
  updatedAt: Date | null;
  approvals: { userName: string; approvedAt: Date; current: boolean }[];
}

/** One group's part of the report: its participation and verdict, its APV elements, its notes. */
export interface ReportGroup {
  groupId: string;
  name: string;
  result: ViewResult;
  apv: ReportApv;
  notes: { question: string; body: string }[];
}

/**
 * Everything a report shows, in one shape, for the PDF and the CSV/XLSX alike: decided once,
 * through the access rule and the anonymity rule, so the formats cannot drift apart.
 */
export interface ReportModel {
  locale: Locale;
  generatedAt: Date;
  organisationName: string;
  round: { id: string; name: string; questionnaireVersion: string; modelVersion: string; closedOn: string; threshold: number };
  /** null: the organisation-wide report. */
  scope: { groupId: string; name: string } | null;
  /** The figures the report opens with: the organisation's total, or the group with everything below it. */
  main: ViewResult;
  groups: ReportGroup[];
  actions: (PlanAction & { groupName: string | null })[];
  followUp: FollowUp;
}

async function groupApv(organisationId: string, roundId: string, groupId: string, closedOn: string, now: Date): Promise<ReportApv> {
  const record = await getApvRecord(organisationId, roundId, groupId);
  if (!record) {
    return { status: 'not-started', problemsAssessment: '', sicknessAbsence: '', followUpGuidelines: '', revisionDueOn: latestRevisionDate(closedOn), updatedAt: null, approvals: [] };
  }
  return {
    status: apvStatus(record, now),
    problemsAssessment: record.problemsAssessment,
    sicknessAbsence: record.sicknessAbsence,
    followUpGuidelines: record.followUpGuidelines,
    revisionDueOn: isoDay(record.revisionDueOn),
    updatedAt: record.updatedAt,
    approvals: record.approvals.map((a) => ({ userName: a.userName, approvedAt: a.approvedAt, current: isCurrentApproval(a, record) })),
  };
}

function groupIdsOf(apv: ApvRound, groupId: string | undefined): string[] {
  if (groupId) return [requireApvGroup(apv, groupId).groupId];
  if (!apv.total) throw notFound();
  return apv.ctx.visibility.groups.filter((g) => apv.groupIds.has(g.groupId)).map((g) => g.groupId);
}

/**
 * The report of a closed round for the organisation (groupId omitted) or one group, as the
 * viewer may see it. A view the anonymity rule hides carries its counts and nothing else.
 */
export async function buildReport(viewer: StaffActor, input: { roundId: string; groupId?: string | undefined; locale: Locale }, now = new Date()): Promise<ReportModel> {
  const apv = await openApvRound(viewer, input.roundId, now);
  const { ctx } = apv;
  const groupIds = groupIdsOf(apv, input.groupId);
  const mainRef: ViewRef = { groupId: input.groupId ?? null, alone: false };
  const refs: ViewRef[] = [mainRef, ...groupIds.map((id) => ({ groupId: id, alone: false }))];
  const organisationId = viewer.organisationId;
  const closedOn = roundClosedOn(ctx.round);
  const [results, organisation, notes, actions, apvs] = await Promise.all([
    resultsForViews(ctx, refs),
    scopedDb(organisationId).organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } }),
    listPlanNotes(organisationId, ctx.round.id, groupIds),
    listPlanActions(organisationId, ctx.round.id, input.groupId ? groupIds : null, now),
    Promise.all(groupIds.map((id) => groupApv(organisationId, ctx.round.id, id, closedOn, now))),
  ]);
  const nameOf = (id: string | null) => (id ? (ctx.visibility.group(id)?.name ?? null) : null);
  const groups: ReportGroup[] = groupIds.map((groupId, index) => ({
    groupId,
    name: nameOf(groupId)!,
    result: results.get(viewKeyOf({ groupId, alone: false }))!,
    apv: apvs[index]!,
    notes: notes.filter((n) => n.groupId === groupId).map((n) => ({ question: getDialogueQuestion(n.questionKey)?.text[input.locale] ?? n.questionKey, body: n.body })),
  }));
  return {
    locale: input.locale,
    generatedAt: now,
    organisationName: organisation.name,
    round: { id: ctx.round.id, name: ctx.round.name, questionnaireVersion: ctx.questionnaire.version, modelVersion: ctx.questionnaire.modelVersion, closedOn, threshold: ctx.round.anonymityThreshold },
    scope: input.groupId ? { groupId: input.groupId, name: nameOf(input.groupId)! } : null,
    main: results.get(viewKeyOf(mainRef))!,
    groups,
    actions: actions.map((a) => ({ ...a, groupName: nameOf(a.groupId) })),
    followUp: followUpOf(actions),
  };
}
