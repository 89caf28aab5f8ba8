import 'server-only';
import { compareDanishIgnoringCase } from '@/lib/platform/format/danish-order';
import { roundVisibility, type RoundVisibility } from '@/lib/domains/anonymity/visibility';
import { concernAudience, type ConcernAudience } from './pool-concern-recipients';
import { scopedDb, type ScopedDb } from '@/lib/platform/tenant/scoped-db';
import { countedInChain, poolPopulation, type PoolPopulation } from './pool-population';
import type { RespondentActor } from '@/lib/domains/auth/actor';

/**
 * "Whom are my answers counted with?" — shown on the questionnaire's introduction (issue 13).
 * An HR admin could pad a group with addresses they control, answer those links and subtract;
 * a leader who sees the names beside them can spot it and tell MED/AMO. Names only: nothing
 * here reads a Response, so nothing here can say who has answered.
 */

/** More names than this are not rendered; the page says how many more there are. */
export const MAX_POOL_NAMES = 300;

export interface LeaderPool {
  /** The leader's own snapshot group, then each group above it (names, nearest first); the whole round always follows. */
  countedIn: string[];
  population: PoolPopulation & {
    /** The population's group name; null for the round's total. */
    name: string | null;
  };
  /** The other invited leaders in the population, sorted the Danish way; at most MAX_POOL_NAMES. */
  names: string[];
  /** How many other leaders are invited in the population (named, erased and beyond the cap together). */
  others: number;
  /** Of those, leaders whose personal data was erased: they are counted, never named. */
  erased: number;
  /** Who a concern about the pool is mailed to. */
  concernsGoTo: ConcernAudience;
  /**
   * The leader is the only one invited in their own group. Their response is stored under that
   * group, so a reader of the raw database rows could tell it is theirs (decision 0004, "a group
   * of one"): the questionnaire says so.
   */
  aloneInOwnGroup: boolean;
}

/** The round's snapshot and invitations fed to the one anonymity rule as if everyone answered. */
async function invitedVisibility(tenant: ScopedDb, roundId: string): Promise<RoundVisibility> {
  const [round, snapshot, invited] = await Promise.all([
    tenant.round.findUniqueOrThrow({ where: { id: roundId }, select: { anonymityThreshold: true } }),
    tenant.roundGroup.findMany({ where: { roundId }, select: { groupId: true, parentGroupId: true, name: true } }),
    tenant.invitation.groupBy({ by: ['groupId'], where: { roundId }, _count: { _all: true } }),
  ]);
  const invitedByGroup = new Map(invited.map((row) => [row.groupId, row._count._all]));
  // The round preview's question: could this population show results if every invited leader answered?
  return roundVisibility({ snapshot, invitedByGroup, submittedByGroup: invitedByGroup, threshold: round.anonymityThreshold });
}

/** The population a leader's answers are pooled in, without the names (what a concern is filed under). */
export async function poolPopulationFor(ctx: Pick<RespondentActor, 'organisationId' | 'roundId' | 'groupId'>): Promise<PoolPopulation> {
  return poolPopulation(await invitedVisibility(scopedDb(ctx.organisationId), ctx.roundId), ctx.groupId);
}

/** What the questionnaire's introduction shows about the leader's pool. */
export async function poolFor(ctx: RespondentActor): Promise<LeaderPool> {
  const tenant = scopedDb(ctx.organisationId);
  const visibility = await invitedVisibility(tenant, ctx.roundId);
  const population = poolPopulation(visibility, ctx.groupId);
  const groupIds = visibility.groupIdsOf(population.ref);
  const [invitees, concernsGoTo] = await Promise.all([
    // The leader is told apart by their invitation, never by name: two leaders may share one.
    tenant.invitation.findMany({
      where: { roundId: ctx.roundId, groupId: { in: groupIds }, id: { not: ctx.invitationId } },
      select: { leader: { select: { name: true, erasedAt: true } } },
    }),
    concernAudience(tenant),
  ]);
  const named = invitees.filter((i) => i.leader.erasedAt === null).map((i) => i.leader.name);
  const groupName = (id: string) => visibility.group(id)?.name ?? '';
  return {
    countedIn: countedInChain(visibility, ctx.groupId).map(groupName),
    population: { ...population, name: population.ref.groupId === null ? null : groupName(population.ref.groupId) },
    names: named.sort(compareDanishIgnoringCase).slice(0, MAX_POOL_NAMES),
    others: invitees.length,
    erased: invitees.length - named.length,
    concernsGoTo,
    aloneInOwnGroup: (visibility.view({ groupId: ctx.groupId, alone: true })?.invited ?? 0) <= 1,
  };
}
