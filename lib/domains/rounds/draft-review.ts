import 'server-only';
import type { Round } from '@/lib/generated/prisma/client';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';
import { approvalState, type RoundApprovalState } from './approval';
import { roundInvitees } from './invitees';
import { previewOf, type AnonymityPreview } from './preview';

export interface DraftReview {
  preview: AnonymityPreview;
  approval: RoundApprovalState;
}

/**
 * What a draft round's page shows before it opens — the anonymity preview with who joined each
 * group lately, and the second person's approval — from one read of who it would invite.
 */
export async function draftReview(tenant: ScopedDb, round: Round, now = new Date()): Promise<DraftReview> {
  const invitees = await roundInvitees(tenant, round.organisationId, round.groupIds);
  return {
    preview: previewOf(invitees, round.anonymityThreshold, now),
    approval: await approvalState(tenant, round.organisationId, round, invitees),
  };
}
