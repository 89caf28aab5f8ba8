import 'server-only';
import { compareDanish } from '@/lib/platform/format/danish-order';
import { notFound } from '@/lib/platform/errors';
import type { Round, RoundStatus } from '@/lib/generated/prisma/client';
import { effectiveStatus } from '@/lib/domains/invitations/round-status';
import { participationByGroup, participationByRound, type RoundParticipation } from '@/lib/domains/invitations/participation';
import { participationRule, percent, type PublishedParticipation } from '@/lib/domains/results/participation';
import type { ScopedDb } from '@/lib/platform/tenant/scoped-db';
import { groupTree } from './covered-groups';
import { isUuid } from '@/lib/platform/validation/uuid';

/** The round, or null for an unknown, malformed or another organisation's id. */
export async function getRound(tenant: ScopedDb, roundId: string): Promise<Round | null> {
  if (!isUuid(roundId)) return null;
  return tenant.round.findUnique({ where: { id: roundId } });
}

export async function requireRound(tenant: ScopedDb, roundId: string): Promise<Round> {
  const round = await getRound(tenant, roundId);
  if (!round) throw notFound();
  return round;
}

/** The newest round that has opened: what "start from last year's round" copies. Null when none has. */
export async function latestOpenedRound(tenant: ScopedDb): Promise<Pick<Round, 'id' | 'name'> | null> {
  return tenant.round.findFirst({ where: { status: { not: 'DRAFT' } }, orderBy: [{ opensAt: 'desc' }, { createdAt: 'desc' }], select: { id: true, name: true } });
}

export interface RoundSummary {
  id: string;
  name: string;
  status: RoundStatus;
  opensAt: Date;
  closesAt: Date;
  invited: number;
  responded: number;
  responseRate: number;
}

/** Every round of the organisation, newest first, with how many were invited and have answered. */
export async function listRounds(tenant: ScopedDb, now = new Date()): Promise<RoundSummary[]> {
  const rounds = await tenant.round.findMany({ orderBy: [{ opensAt: 'desc' }, { createdAt: 'desc' }] });
  const counts = await participationByRound(
    tenant,
    rounds.map((r) => r.id),
  );
  return rounds.map((round) => summarise(round, counts.get(round.id) ?? NONE, now));
}

const NONE: RoundParticipation = { invited: 0, responded: 0 };

function summarise(round: Round, { invited, responded }: RoundParticipation, now: Date): RoundSummary {
  return {
    id: round.id,
    name: round.name,
    status: effectiveStatus(round, now),
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    invited,
    responded,
    responseRate: percent(responded, invited),
  };
}

/** One round's summary (the API's GET). Null when it is not this organisation's. */
export async function getRoundSummary(tenant: ScopedDb, roundId: string, now = new Date()): Promise<RoundSummary | null> {
  const round = await getRound(tenant, roundId);
  if (!round) return null;
  const counts = await participationByRound(tenant, [round.id]);
  return summarise(round, counts.get(round.id) ?? NONE, now);
}

export interface GroupProgress {
  groupId: string;
  name: string;
  depth: number;
  /** The group with everything below it in the round's snapshot, as far as the anonymity rule lets it show. */
  participation: PublishedParticipation;
}

export interface RoundProgress {
  /** The round's total: always shown. */
  invited: number;
  responded: number;
  responseRate: number;
  threshold: number;
  groups: GroupProgress[];
}

/**
 * Progress per group of the round's snapshot — counts and percentages only, and those only as
 * far as the anonymity rule applied to the invited counts lets them show (lib/domains/results/participation.ts):
 * "1 of 1 answered" beside a small group would say who answered. Which leader has answered is
 * never read here (nor anywhere staff can see).
 */
export async function roundProgress(tenant: ScopedDb, round: Pick<Round, 'id' | 'status' | 'closesAt' | 'anonymityThreshold'>, now = new Date()): Promise<RoundProgress> {
  const [snapshot, counts] = await Promise.all([
    tenant.roundGroup.findMany({ where: { roundId: round.id }, select: { groupId: true, parentGroupId: true, name: true } }),
    participationByGroup(tenant, round.id),
  ]);
  const rule = participationRule({ snapshot, ...counts, threshold: round.anonymityThreshold }, effectiveStatus(round, now) === 'CLOSED');
  const groups = rule.verdicts.groups.map((g) => ({ groupId: g.groupId, name: g.name, depth: g.depth, participation: rule.of({ groupId: g.groupId, alone: false })! }));
  const { invited, responded, responseRate } = rule.total();
  return { invited, responded, responseRate, threshold: rule.threshold, groups };
}

export interface InvitedLeader {
  invitationId: string;
  name: string;
  email: string;
  groupName: string;
  /** When the invitation mail left; null while it is queued. Whether they answered is deliberately absent. */
  sentAt: Date | null;
}

export async function invitedLeaders(tenant: ScopedDb, roundId: string): Promise<InvitedLeader[]> {
  const [rows, snapshot] = await Promise.all([
    tenant.invitation.findMany({ where: { roundId }, select: { id: true, groupId: true, sentAt: true, leader: { select: { name: true, email: true } } } }),
    tenant.roundGroup.findMany({ where: { roundId }, select: { groupId: true, name: true } }),
  ]);
  const groupNames = new Map(snapshot.map((g) => [g.groupId, g.name]));
  return rows
    .map((row) => ({ invitationId: row.id, name: row.leader.name, email: row.leader.email, groupName: groupNames.get(row.groupId) ?? '', sentAt: row.sentAt }))
    .sort((a, b) => compareDanish(a.name, b.name));
}

/** The organisation's active groups in tree order, for choosing what a round covers. */
export async function groupChoices(tenant: ScopedDb) {
  const groups = await tenant.leaderGroup.findMany({ where: { archivedAt: null }, select: { id: true, parentId: true, name: true, archivedAt: true } });
  return groupTree(groups);
}
