import 'server-only';
import { responseKeyFor } from '@/lib/domains/invitations/links';
import { currentQuestionnaire, questionnaire2026_1 } from '@/content/questionnaires';
import type { QuestionnaireVersion } from '@/content/types';
import { demoComments, demoFirstNames, demoGroups, demoLastNames, demoOrganisation, demoStaff, type DemoGroupSpec } from './demo-data';
import { settleClosedRound } from '@/lib/domains/rounds/settle-closed-round';
import { createEarlierActions, createRoundAwaitingApproval, createSharesWithManagers, type AnsweredInvitation, type DemoLeader } from './demo-journeys';
import { seededRandom } from './random';
import { parseLocalDateTime } from '@/lib/domains/rounds/local-time';
import { danishDayOf } from '@/lib/platform/format/dates';
import { type Tx, systemTransaction } from '@/lib/platform/tenant/tenant-transaction';

const DAY = 24 * 60 * 60 * 1000;

/*
 * Rounds run whole days in Danish time, as HR sets them up: from 00:00 on the first day to 23:59
 * on the last (the pages then show "1.–31. oktober", not "02.00 – 01.00").
 */
function danishTime(local: string): Date {
  return parseLocalDateTime(local)!;
}
const danishDayStart = (date: Date) => danishTime(`${danishDayOf(date)}T00:00`);
const danishDayEnd = (date: Date) => danishTime(`${danishDayOf(date)}T23:59`);

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(value)));
}

/**
 * Answers to `questionnaire` that lean the way the group leans (strains shifted by `strainShift`),
 * with individual spread. The draws are made for 2026.1's items, as they always were; an item a
 * later version added is answered like the leader's other items on the same factor. So the
 * random stream, and with it who answered and every figure of the demo, stays what it was.
 */
function demoAnswers(group: DemoGroupSpec, random: () => number, questionnaire: QuestionnaireVersion, strainShift = 0): { itemKey: string; value: number }[] {
  const noise = () => (random() + random() + random() - 1.5) * 1.6;
  const personal = noise() * 0.5;
  const drawn = new Map(
    questionnaire2026_1.items.map((item) => [item.key, clamp(item.side === 'strain' ? 3 + group.strainBias + strainShift + personal + noise() : 3 + group.resourceBias - personal + noise(), 1, 5)]),
  );
  const sameFactor = (factorKey: string) => questionnaire2026_1.items.filter((i) => i.factorKey === factorKey).map((i) => drawn.get(i.key)!);
  const items = questionnaire.items.map((item) => ({
    itemKey: item.key,
    value: drawn.get(item.key) ?? clamp(sameFactor(item.factorKey).reduce((a, b) => a + b, 0) / sameFactor(item.factorKey).length, 1, 5),
  }));
  const relations = questionnaire.relations.map((relation) => ({ itemKey: relation.key, value: clamp(group.resourceBias - group.strainBias / 2 + noise(), -2, 2) }));
  const overall = { itemKey: questionnaire.overall.key, value: clamp(3 + group.resourceBias - group.strainBias + noise() * 0.6, 1, 5) };
  return [...items, ...relations, overall];
}

async function createGroups(tx: Tx, organisationId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const spec of demoGroups) {
    const group = await tx.leaderGroup.create({ data: { organisationId, name: spec.name, parentId: spec.parent ? ids.get(spec.parent)! : null } });
    ids.set(spec.key, group.id);
  }
  return ids;
}

async function createLeaders(tx: Tx, organisationId: string, groupIds: Map<string, string>, random: () => number, since: Date) {
  const used = new Set<string>();
  const leaders: DemoLeader[] = [];
  for (const spec of demoGroups) {
    for (let i = 0; i < spec.leaders; i++) {
      let first: string, last: string, email: string;
      do {
        first = demoFirstNames[Math.floor(random() * demoFirstNames.length)]!;
        last = demoLastNames[Math.floor(random() * demoLastNames.length)]!;
        email = `${first}.${last}`.toLowerCase().replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa') + '@syddal.example';
      } while (used.has(email));
      used.add(email);
      const leader = await tx.leader.create({
        data: { organisationId, groupId: groupIds.get(spec.key)!, name: `${first} ${last}`, email, managerEmail: spec.manager ?? null, createdAt: since, groupSince: since },
      });
      leaders.push({ id: leader.id, name: leader.name, groupKey: spec.key });
    }
  }
  return leaders;
}

interface RoundSpec {
  name: string;
  opensAt: Date;
  closesAt: Date;
  status: 'OPEN' | 'CLOSED';
  responseRate: number;
  /** Added to every group's strain lean: how much heavier (or lighter) the strains weighed then. */
  strainShift?: number;
  /** The questionnaire the round froze: the demo's older rounds ran on 2026.1, the newer on 2027.1. */
  questionnaire: QuestionnaireVersion;
}

/** Writes a round with its invitations and answers; returns it with the invitations that were answered, and how. */
async function createRound(tx: Tx, organisationId: string, spec: RoundSpec, groupIds: Map<string, string>, leaders: DemoLeader[], random: () => number) {
  const round = await tx.round.create({
    data: {
      organisationId,
      name: spec.name,
      opensAt: spec.opensAt,
      closesAt: spec.closesAt,
      status: spec.status,
      questionnaireVersion: spec.questionnaire.version,
      // The top of the tree, as HR would choose it: the round covers it and everything below.
      groupIds: [groupIds.get(demoGroups[0]!.key)!],
      // Demo leaders are never mailed reminders.
      reminderDays: [],
      openedAt: spec.opensAt,
      closedAt: spec.status === 'CLOSED' ? spec.closesAt : null,
    },
  });
  await tx.roundGroup.createMany({
    data: demoGroups.map((g) => ({ organisationId, roundId: round.id, groupId: groupIds.get(g.key)!, parentGroupId: g.parent ? groupIds.get(g.parent)! : null, name: g.name })),
  });
  const answeredInvitations: AnsweredInvitation[] = [];
  for (const leader of leaders) {
    const groupId = groupIds.get(leader.groupKey)!;
    const answered = random() < spec.responseRate;
    // Demo invitations have no personal links (no InvitationToken): nobody can open them.
    const invitation = await tx.invitation.create({
      data: {
        organisationId,
        roundId: round.id,
        leaderId: leader.id,
        groupId,
        locale: 'da',
        sentAt: spec.opensAt,
      },
    });
    // This draw once dated the answer on the invitation (no longer recorded anywhere); it stays so
    // that the draws after it, and so the demo's figures, are the same as before.
    if (answered) random();
    if (!answered) continue;
    const response = await tx.response.create({
      data: { organisationId, roundId: round.id, groupId, responseKey: responseKeyFor(invitation.id), status: 'SUBMITTED', revision: 1 },
    });
    const spec2 = demoGroups.find((g) => g.key === leader.groupKey)!;
    const answers = demoAnswers(spec2, random, spec.questionnaire, spec.strainShift);
    await tx.answer.createMany({ data: answers.map((a) => ({ organisationId, responseId: response.id, ...a })) });
    answeredInvitations.push({ invitationId: invitation.id, leader, answers: Object.fromEntries(answers.map((a) => [a.itemKey, a.value])) });
    if (random() < 0.25) {
      const side = random() < 0.5 ? 'strain' : 'resource';
      const texts = demoComments[side];
      await tx.responseComment.create({
        data: { organisationId, responseId: response.id, side: side === 'strain' ? 'STRAIN' : 'RESOURCE', body: texts[Math.floor(random() * texts.length)]! },
      });
    }
  }
  // A closed round is as every closed round is: read from the sums written when it closed, its responses sealed.
  if (spec.status === 'CLOSED') await settleClosedRound(tx, organisationId, round.id, spec.closesAt);
  return { round, answered: answeredInvitations };
}

/** The staff with their sign-in accounts; returns each one's user id by e-mail. */
async function createStaff(tx: Tx, organisationId: string, groupIds: Map<string, string>): Promise<Map<string, string>> {
  const userIds = new Map<string, string>();
  for (const person of demoStaff) {
    const user = await tx.user.upsert({ where: { email: person.email }, update: {}, create: { email: person.email, name: person.name } });
    userIds.set(person.email, user.id);
    const membership = await tx.membership.create({ data: { organisationId, userId: user.id, role: person.role } });
    if ('scopeGroup' in person) {
      await tx.managerScope.create({ data: { organisationId, membershipId: membership.id, groupId: groupIds.get(person.scopeGroup)! } });
    }
  }
  return userIds;
}

/** Writes the whole demo organisation in one transaction: all of it or nothing. */
export async function seedDemo(now = new Date()): Promise<string> {
  const random = seededRandom(2026);
  return systemTransaction(
    async (tx) => {
      const organisation = await tx.organisation.create({ data: { name: demoOrganisation.name, slug: demoOrganisation.slug } });
      const groupIds = await createGroups(tx, organisation.id);
      const lastYear = now.getUTCFullYear() - 1;
      // The leaders answered the round two years ago, so they have been in their groups since before
      // it: a round's approval (lib/domains/rounds/approval.ts) lists only who joined a group lately.
      const leaders = await createLeaders(tx, organisation.id, groupIds, random, new Date(Date.UTC(lastYear - 1, 7, 1)));
      const staff = await createStaff(tx, organisation.id, groupIds);
      await createRound(
        tx,
        organisation.id,
        {
          name: `LederAPV ${lastYear}`,
          opensAt: danishTime(`${lastYear}-10-01T00:00`),
          closesAt: danishTime(`${lastYear}-10-31T23:59`),
          status: 'CLOSED',
          responseRate: 0.85,
          questionnaire: currentQuestionnaire,
        },
        groupIds,
        leaders,
        random,
      );
      const open = await createRound(
        tx,
        organisation.id,
        {
          name: `LederAPV ${now.getUTCFullYear()}`,
          opensAt: danishDayStart(new Date(now.getTime() - 7 * DAY)),
          closesAt: danishDayEnd(new Date(now.getTime() + 13 * DAY)),
          status: 'OPEN',
          responseRate: 0.45,
          questionnaire: currentQuestionnaire,
        },
        groupIds,
        leaders,
        random,
      );
      // Written after the two rounds above, from a stream of its own, so that their figures stay
      // what they have always been: the round two years ago, when the strains weighed a little less.
      const earlier = await createRound(
        tx,
        organisation.id,
        {
          name: `LederAPV ${lastYear - 1}`,
          opensAt: danishTime(`${lastYear - 1}-10-01T00:00`),
          closesAt: danishTime(`${lastYear - 1}-10-31T23:59`),
          status: 'CLOSED',
          responseRate: 0.8,
          strainShift: -0.4,
          // Two years ago, before 2027.1 added its two items: the newer round's change since this
          // one is over the items both asked, and the dashboard says so.
          questionnaire: questionnaire2026_1,
        },
        groupIds,
        leaders,
        seededRandom(2024),
      );
      await createEarlierActions(tx, organisation.id, earlier.round, groupIds, staff.get('hr@syddal.example')!, now);
      await createSharesWithManagers(tx, organisation.id, open.round.id, open.answered, now);
      await createRoundAwaitingApproval(tx, organisation.id, groupIds, staff.get('hr@syddal.example')!, now);
      return organisation.id;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Seeds only a database with no organisation at all, so a restart never duplicates the demo. */
export async function seedDemoIfEmpty({ log }: { log: (message: string) => void }): Promise<boolean> {
  if ((await systemTransaction((tx) => tx.organisation.count())) > 0) return false;
  log('Empty database: creating the demo organisation …');
  await seedDemo();
  return true;
}
