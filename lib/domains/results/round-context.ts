import 'server-only';
import type { QuestionnaireVersion } from '@/content/types';
import { getQuestionnaire } from '@/content/questionnaires';
import type { Round, RoundStatus } from '@/lib/generated/prisma/client';
import { participationByGroup } from '@/lib/domains/invitations/participation';
import { effectiveStatus } from '@/lib/domains/invitations/round-status';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { isUuid } from '@/lib/platform/validation/uuid';
import { participationRule, type ParticipationRule } from './participation';
import type { StaffActor } from '@/lib/domains/auth/actor';
import { knownResponsesByGroup } from './known-responses';
import { roundVisibility, type RoundVisibility } from '@/lib/domains/anonymity/visibility';

export interface RoundContext {
  organisationId: string;
  /** Whom the context is for: the verdicts treat what leaders shared with this viewer as known (decision 0005). */
  viewer: StaffActor;
  round: Round;
  /** As people experience it: an open round past its closing time is closed. */
  status: RoundStatus;
  questionnaire: QuestionnaireVersion;
  /** The round's verdicts, with what this viewer was shown individually counted as known. */
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

/**
 * The round with its snapshot tree and the anonymity verdicts FOR THIS VIEWER (the round's, minus
 * what the balances shared with them would reveal), or null for another organisation's, a draft
 * or an unknown round.
 */
export async function loadRoundContext(viewer: StaffActor, roundId: string, now = new Date()): Promise<RoundContext | null> {
  const { organisationId } = viewer;
  const tenant = scopedDb(organisationId);
  const round = isUuid(roundId) ? await tenant.round.findUnique({ where: { id: roundId } }) : null;
  if (!round || round.status === 'DRAFT') return null;
  const questionnaire = getQuestionnaire(round.questionnaireVersion);
  if (!questionnaire) throw new Error(`Round ${round.id} uses unknown questionnaire version ${round.questionnaireVersion}`);
  const [snapshot, counts, knownByGroup] = await Promise.all([
    tenant.roundGroup.findMany({ where: { roundId: round.id }, select: { groupId: true, parentGroupId: true, name: true } }),
    participationByGroup(tenant, round.id),
    knownResponsesByGroup(viewer, round.id),
  ]);
  const input = { snapshot, ...counts, knownByGroup, threshold: round.anonymityThreshold, commentThreshold: round.commentThreshold };
  const visibility = roundVisibility(input);
  const status = effectiveStatus(round, now);
  const figuresAvailable = status === 'CLOSED';
  return {
    organisationId,
    viewer,
    round,
    status,
    questionnaire,
    visibility,
    participation: participationRule(input, figuresAvailable, visibility),
    figuresAvailable,
  };
}
