import 'server-only';
import type { QuestionnaireVersion } from '@/content/types';
import { getQuestionnaire } from '@/content/questionnaires';
import type { Round, RoundStatus } from '@/lib/generated/prisma/client';
import { participationByGroup } from '@/lib/responses/participation';
import { effectiveStatus, getRound } from '@/lib/rounds/queries';
import { scopedDb } from '@/lib/tenant/scoped-db';
import { participationRule, type ParticipationRule } from './participation';
import { roundVisibility, type RoundVisibility } from './visibility';

export interface RoundContext {
  organisationId: string;
  round: Round;
  /** As people experience it: an open round past its closing time is closed. */
  status: RoundStatus;
  questionnaire: QuestionnaireVersion;
  visibility: RoundVisibility;
  /** How many were invited and have answered, per view, as far as the anonymity rule lets it show. */
  participation: ParticipationRule;
  /**
   * Figures exist only for a closed round. While a round is open, watching a group's figures
   * move as answers arrive would tell who answered what ("the mean dropped right after Anne
   * said she had answered") — so an open round shows counts only.
   */
  figuresAvailable: boolean;
}

/** The round with its snapshot tree and the anonymity verdicts, or null for another organisation's, a draft or an unknown round. */
export async function loadRoundContext(organisationId: string, roundId: string, now = new Date()): Promise<RoundContext | null> {
  const tenant = scopedDb(organisationId);
  const round = await getRound(tenant, roundId);
  if (!round || round.status === 'DRAFT') return null;
  const questionnaire = getQuestionnaire(round.questionnaireVersion);
  if (!questionnaire) throw new Error(`Round ${round.id} uses unknown questionnaire version ${round.questionnaireVersion}`);
  const [snapshot, counts] = await Promise.all([
    tenant.roundGroup.findMany({ where: { roundId: round.id }, select: { groupId: true, parentGroupId: true, name: true } }),
    participationByGroup(tenant, round.id),
  ]);
  const input = { snapshot, ...counts, threshold: round.anonymityThreshold };
  const visibility = roundVisibility(input);
  const status = effectiveStatus(round, now);
  const figuresAvailable = status === 'CLOSED';
  return { organisationId, round, status, questionnaire, visibility, participation: participationRule(input, figuresAvailable, visibility), figuresAvailable };
}
