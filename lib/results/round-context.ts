import 'server-only';
import type { QuestionnaireVersion } from '@/content/types';
import { getQuestionnaire } from '@/content/questionnaires';
import type { Round, RoundStatus } from '@/lib/generated/prisma/client';
import { effectiveStatus, getRound } from '@/lib/rounds/queries';
import { scopedDb } from '@/lib/tenant/scoped-db';
import type { ResultsViewer } from './access';
import { knownResponsesByGroup } from './known-responses';
import { roundVisibility, type RoundVisibility } from './visibility';

/** Whom a context is for: the verdicts treat what leaders shared with this viewer as known (decision 0005). */
export type RoundViewer = Pick<ResultsViewer, 'organisationId' | 'email'>;

export interface RoundContext {
  organisationId: string;
  viewer: RoundViewer;
  round: Round;
  /** As people experience it: an open round past its closing time is closed. */
  status: RoundStatus;
  questionnaire: QuestionnaireVersion;
  /** The round's verdicts, with what this viewer was shown individually counted as known. */
  visibility: RoundVisibility;
  /**
   * Figures exist only for a closed round. While a round is open, watching a group's figures
   * move as answers arrive would tell who answered what ("the mean dropped right after Anne
   * said she had answered") — so an open round shows counts only.
   */
  figuresAvailable: boolean;
}

function counts(rows: { groupId: string; _count: { _all: number } }[]): Map<string, number> {
  return new Map(rows.map((row) => [row.groupId, row._count._all]));
}

/**
 * The round with its snapshot tree and the anonymity verdicts FOR THIS VIEWER (the round's, minus
 * what the balances shared with them would reveal), or null for another organisation's, a draft
 * or an unknown round.
 */
export async function loadRoundContext(viewer: RoundViewer, roundId: string, now = new Date()): Promise<RoundContext | null> {
  const { organisationId } = viewer;
  const tenant = scopedDb(organisationId);
  const round = await getRound(tenant, roundId);
  if (!round || round.status === 'DRAFT') return null;
  const questionnaire = getQuestionnaire(round.questionnaireVersion);
  if (!questionnaire) throw new Error(`Round ${round.id} uses unknown questionnaire version ${round.questionnaireVersion}`);
  const [snapshot, invited, submitted, knownByGroup] = await Promise.all([
    tenant.roundGroup.findMany({ where: { roundId: round.id }, select: { groupId: true, parentGroupId: true, name: true } }),
    tenant.invitation.groupBy({ by: ['groupId'], where: { roundId: round.id }, _count: { _all: true } }),
    tenant.response.groupBy({ by: ['groupId'], where: { roundId: round.id, status: 'SUBMITTED' }, _count: { _all: true } }),
    knownResponsesByGroup(viewer, round.id),
  ]);
  const visibility = roundVisibility({ snapshot, invitedByGroup: counts(invited), submittedByGroup: counts(submitted), knownByGroup, threshold: round.anonymityThreshold });
  const status = effectiveStatus(round, now);
  return { organisationId, viewer: { organisationId, email: viewer.email }, round, status, questionnaire, visibility, figuresAvailable: status === 'CLOSED' };
}
