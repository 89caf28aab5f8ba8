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
import { cachedRoundFrame, roundCacheKey, type RoundFrame } from './closed-round-cache';

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
  /**
   * For a closed round: the round, its results version and this viewer's anonymity context, as
   * the closed-round cache's key (lib/domains/results/closed-round-cache.ts); null while the
   * round's figures may still change, and then nothing is cached.
   */
  cacheKey: string | null;
}

/**
 * The round with its snapshot tree and the anonymity verdicts FOR THIS VIEWER (the round's, minus
 * what the balances shared with them would reveal), or null for another organisation's, a draft
 * or an unknown round. The round itself and what was shared with the viewer are read on every
 * call; for a closed round, the verdicts derived from them come from the closed-round cache.
 */
export async function loadRoundContext(viewer: StaffActor, roundId: string, now = new Date()): Promise<RoundContext | null> {
  const { organisationId } = viewer;
  const tenant = scopedDb(organisationId);
  const round = isUuid(roundId) ? await tenant.round.findUnique({ where: { id: roundId } }) : null;
  if (!round || round.status === 'DRAFT') return null;
  const questionnaire = getQuestionnaire(round.questionnaireVersion);
  if (!questionnaire) throw new Error(`Round ${round.id} uses unknown questionnaire version ${round.questionnaireVersion}`);
  const status = effectiveStatus(round, now);
  const figuresAvailable = status === 'CLOSED';
  const loadTree = () =>
    Promise.all([tenant.roundGroup.findMany({ where: { roundId: round.id }, select: { groupId: true, parentGroupId: true, name: true } }), participationByGroup(tenant, round.id)]);
  // While the round is not closed nothing is cached: read the tree and counts beside the shares.
  const [knownByGroup, early] = await Promise.all([knownResponsesByGroup(viewer, round.id), round.status === 'CLOSED' ? null : loadTree()]);
  const cacheKey = roundCacheKey(round, knownByGroup);
  const { visibility, participation } = await cachedRoundFrame(cacheKey, async (): Promise<RoundFrame> => {
    const [snapshot, counts] = early ?? (await loadTree());
    const input = { snapshot, ...counts, knownByGroup, threshold: round.anonymityThreshold, commentThreshold: round.commentThreshold };
    const visibility = roundVisibility(input);
    return { visibility, participation: participationRule(input, figuresAvailable, visibility) };
  });
  return { organisationId, viewer, round, status, questionnaire, visibility, participation, figuresAvailable, cacheKey };
}
