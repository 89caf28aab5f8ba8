import { notFound } from '@/lib/errors';
import type { Round, RoundStatus } from '@/lib/generated/prisma/client';
import { isAcceptingAnswers } from '@/lib/invitations/links';
import { participationByGroup, participationByRound, type RoundParticipation } from '@/lib/responses/participation';
import type { ScopedDb } from '@/lib/tenant/scoped-db';
import { groupTree } from './covered-groups';
import { isUuid } from './ids';

/**
 * A round's status as people experience it: an open round past its closing time is closed,
 * even in the minute before the closing job marks it so.
 */
export function effectiveStatus(round: Pick<Round, 'status' | 'closesAt'>, now = new Date()): RoundStatus {
  return round.status === 'OPEN' && !isAcceptingAnswers(round, now) ? 'CLOSED' : round.status;
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

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
  const counts = await participationByRound(tenant, rounds.map((r) => r.id));
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
  /** The group with everything below it in the round's snapshot. */
  invited: number;
  responded: number;
  responseRate: number;
}

/**
 * Progress per group of the round's snapshot — counts and percentages only. Which leader has
 * answered is never read here (nor anywhere staff can see).
 */
export async function roundProgress(tenant: ScopedDb, roundId: string): Promise<{ invited: number; responded: number; responseRate: number; groups: GroupProgress[] }> {
  const [snapshot, { invitedByGroup: ownInvited, submittedByGroup: ownResponded }] = await Promise.all([
    tenant.roundGroup.findMany({ where: { roundId }, select: { groupId: true, parentGroupId: true, name: true } }),
    participationByGroup(tenant, roundId),
  ]);
  const tree = groupTree(snapshot.map((g) => ({ id: g.groupId, parentId: g.parentGroupId, name: g.name, archivedAt: null })));
  const childrenOf = new Map<string, string[]>();
  for (const g of tree) if (g.parentId) childrenOf.set(g.parentId, [...(childrenOf.get(g.parentId) ?? []), g.id]);
  const subtotal = (id: string, own: Map<string, number>): number => (own.get(id) ?? 0) + (childrenOf.get(id) ?? []).reduce((acc, c) => acc + subtotal(c, own), 0);
  const groups = tree.map((g) => {
    const i = subtotal(g.id, ownInvited);
    const r = subtotal(g.id, ownResponded);
    return { groupId: g.id, name: g.name, depth: g.depth, invited: i, responded: r, responseRate: percent(r, i) };
  });
  const total = [...ownInvited.values()].reduce((a, b) => a + b, 0);
  const answered = [...ownResponded.values()].reduce((a, b) => a + b, 0);
  return { invited: total, responded: answered, responseRate: percent(answered, total), groups };
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
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** The organisation's active groups in tree order, for choosing what a round covers. */
export async function groupChoices(tenant: ScopedDb) {
  const groups = await tenant.leaderGroup.findMany({ where: { archivedAt: null }, select: { id: true, parentId: true, name: true, archivedAt: true } });
  return groupTree(groups);
}
