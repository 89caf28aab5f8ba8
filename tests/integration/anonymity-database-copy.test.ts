import { afterAll, describe, expect, it } from 'vitest';
import { requestFreshLink } from '@/lib/domains/invitations/fresh-link';
import { responseKeyFor } from '@/lib/domains/invitations/links';
import { runReminderScan } from '@/lib/domains/invitations/reminders';
import { sendInvitation } from '@/lib/domains/invitations/send-invitation';
import { stopJobQueue } from '@/lib/platform/queue';
import { saveAnswers, submitResponse } from '@/lib/domains/responses/mutations';
import { respondentForToken } from '@/lib/domains/responses/respondent-for-token';
import { closeRound } from '@/lib/domains/rounds/mutations';
import { openRound } from '@/lib/domains/rounds/open-round';
import { shareBalance } from '@/lib/domains/sharing/share';
import { ownerDb } from '@/tests/support/owner-db';
import { fullAnswers } from '../fixtures/respondents';
import { capturingMailer, createDraft, createRoundsOrg, DAY, linkIn } from '../fixtures/rounds';
import { createStaff } from '../fixtures/staff';

// The attacker here holds a copy of the database (a backup, a dump, a curious DBA) and nothing
// else: not TOKEN_HASH_KEY, not the server's logs. Decision 0004 promises that such a copy
// cannot tell whose answers a response is. These tests read the copy the way that attacker
// would — transaction ids, row order on disk, every column — and look for a way in.

afterAll(async () => {
  await stopJobQueue();
});

/** Tables whose rows name or point to a person (a leader, an invitation, a member, an address). */
const personLinkedTables = [
  'Invitation',
  'InvitationToken',
  'Leader',
  'SharedBalance',
  'AuditLogEntry',
  'ReminderDelivery',
  'RateLimitCounter',
  'DevOutboxMail',
  'Membership',
  'User',
  'PendingSignUp',
] as const;

async function xminsOf(sql: string, ...values: unknown[]): Promise<Set<string>> {
  const rows = await ownerDb().$queryRawUnsafe<{ xmin: string }[]>(sql, ...values);
  return new Set(rows.map((r) => r.xmin));
}

/** The transaction ids of every row that carries answers: responses, answers and comments of the round. */
async function answerXmins(roundId: string): Promise<Set<string>> {
  const responses = await xminsOf(`SELECT xmin::text AS xmin FROM "Response" WHERE "roundId" = $1::uuid`, roundId);
  const answers = await xminsOf(`SELECT a.xmin::text AS xmin FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" WHERE r."roundId" = $1::uuid`, roundId);
  const comments = await xminsOf(`SELECT c.xmin::text AS xmin FROM "ResponseComment" c JOIN "Response" r ON r.id = c."responseId" WHERE r."roundId" = $1::uuid`, roundId);
  return new Set([...responses, ...answers, ...comments]);
}

/** The transaction ids of every row in a person-linked table, the job queue's included. */
async function personLinkedXmins(): Promise<Set<string>> {
  const out = new Set<string>();
  for (const table of personLinkedTables) for (const xmin of await xminsOf(`SELECT xmin::text AS xmin FROM "${table}"`)) out.add(xmin);
  for (const table of ['job', 'archive']) {
    const exists = await ownerDb().$queryRawUnsafe<{ found: boolean }[]>(`SELECT to_regclass('pgboss.${table}') IS NOT NULL AS found`);
    if (exists[0]!.found) for (const xmin of await xminsOf(`SELECT xmin::text AS xmin FROM pgboss.${table}`)) out.add(xmin);
  }
  return out;
}

/** Every person-linked row as a reader of the database sees it, with its transaction id. */
async function personLinkedRows(): Promise<string[]> {
  const rows: string[] = [];
  for (const table of personLinkedTables) {
    const found = await ownerDb().$queryRawUnsafe<{ row: string }[]>(`SELECT jsonb_build_object('table', '${table}', 'xmin', t.xmin::text, 'row', to_jsonb(t))::text AS row FROM "${table}" t`);
    rows.push(...found.map((r) => r.row));
  }
  return rows.sort();
}

const intersection = <T>(a: Set<T>, b: Set<T>) => [...a].filter((x) => b.has(x));

/**
 * An open round over Sundhed (six leaders, one manager they all report to), each invitation
 * mailed with its link. Returns each invitation with the link its leader received.
 */
async function roundUnderWay() {
  const org = await createRoundsOrg();
  const manager = await createStaff(org.organisationId, 'MANAGER_OF_LEADERS');
  await ownerDb().leader.updateMany({ where: { organisationId: org.organisationId }, data: { managerEmail: manager.user.email } });
  const closesAt = new Date(Date.now() + 10 * DAY);
  const draft = await createDraft(org.caller, { groupIds: [org.groups.sundhed.id], closesAt, reminderDays: [7] });
  await openRound(org.caller, draft.id);
  const invitations = await ownerDb().invitation.findMany({ where: { roundId: draft.id }, include: { leader: true }, orderBy: { id: 'asc' } });
  const mailer = capturingMailer();
  for (const invitation of invitations) await sendInvitation({ organisationId: org.organisationId, invitationId: invitation.id }, mailer.deps);
  const leaders = invitations.map((invitation) => ({ invitation, token: linkIn(mailer.sent.find((m) => m.to === invitation.leader.email)!) }));
  return { org, roundId: draft.id, closesAt, leaders };
}

type Leader = Awaited<ReturnType<typeof roundUnderWay>>['leaders'][number];

async function openLink(leader: Leader) {
  const link = await respondentForToken(leader.token);
  if (link?.state !== 'open') throw new Error('the link should be open');
  return link;
}

/** A leader answers as people do: part now, the rest a moment later, then submits. */
async function answer(leader: Leader, values: { strain: number; resource: number }, comment?: string) {
  const link = await openLink(leader);
  const answers = fullAnswers(values);
  await saveAnswers(link.ctx, { answers: answers.slice(0, 5) });
  await saveAnswers(link.ctx, { answers: answers.slice(5), ...(comment ? { comments: { strain: comment } } : {}) });
  await submitResponse(link.ctx);
  return link;
}

/**
 * Five of the six leaders answer, in an order that is none of the natural ones; between them
 * a reminder goes out and one leader asks for their link again; two share their balance.
 * Before and after each leader's saves and submit, every person-linked row is read.
 */
async function answeredInShuffledOrder() {
  const round = await roundUnderWay();
  const order = [4, 1, 5, 0, 3].map((i) => round.leaders[i]!);
  const unchanged: { before: string[]; after: string[] }[] = [];
  for (const [position, leader] of order.entries()) {
    if (position === 2) await runReminderScan(new Date(round.closesAt.getTime() - 7 * DAY + 60_000), capturingMailer().deps);
    if (position === 3) await requestFreshLink(leader.invitation.leader.email);
    const before = await personLinkedRows();
    const link = await answer(leader, { strain: 1 + position, resource: 5 - position }, position === 1 ? 'For mange møder' : undefined);
    unchanged.push({ before, after: await personLinkedRows() });
    if (position === 0 || position === 3) await shareBalance(link);
  }
  return { ...round, order, unchanged };
}

/** The invitation each response belongs to, in the order the rows lie on disk: what the attacker cannot compute, the test can (it holds the key). */
async function responsesOnDisk(roundId: string, leaders: Leader[]): Promise<string[]> {
  const byKey = new Map(leaders.map((l) => [responseKeyFor(l.invitation.id), l.invitation.id]));
  const rows = await ownerDb().$queryRawUnsafe<{ responseKey: string }[]>(`SELECT "responseKey" FROM "Response" WHERE "roundId" = $1::uuid ORDER BY ctid`, roundId);
  return rows.map((r) => byKey.get(r.responseKey) ?? 'unknown');
}

/**
 * Every order a reader could put the answered invitations in from person-linked rows: by each
 * timestamp or time-ordered id column of the invitation, its leader and its link, and by where
 * those rows lie on disk. Columns are read from the schema, so a column added later (an
 * "answeredAt", say) is checked too.
 */
async function personLinkedOrders(invitationIds: string[]): Promise<Map<string, string[]>> {
  const orders = new Map<string, string[]>();
  const sources = [
    { table: 'Invitation', join: 't.id' },
    { table: 'Leader', join: `(SELECT i.id FROM "Invitation" i WHERE i."leaderId" = t.id AND i.id = ANY($1::uuid[]))` },
    { table: 'InvitationToken', join: 't."invitationId"' },
  ];
  for (const { table, join } of sources) {
    const columns = await ownerDb().$queryRawUnsafe<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND (data_type LIKE 'timestamp%' OR (data_type = 'uuid' AND column_name = 'id'))`,
      table,
    );
    for (const key of [...columns.map((c) => `"${c.column_name}"`), 'ctid']) {
      const rows = await ownerDb().$queryRawUnsafe<{ invitation: string | null }[]>(
        `SELECT ${join}::text AS invitation FROM "${table}" t WHERE ${join} = ANY($1::uuid[]) ORDER BY t.${key} NULLS LAST, t.ctid`,
        invitationIds,
      );
      orders.set(
        `${table}.${key}`,
        rows.map((r) => r.invitation!),
      );
    }
  }
  return orders;
}

/** Spearman's rank correlation of two orders of the same items. */
function rankCorrelation(a: string[], b: string[]): number {
  const rank = new Map(b.map((item, i) => [item, i]));
  const n = a.length;
  const squares = a.reduce((sum, item, i) => sum + (i - rank.get(item)!) ** 2, 0);
  return 1 - (6 * squares) / (n * (n * n - 1));
}

describe('a closed round, on disk', () => {
  it('lays its responses on disk in an order unrelated to the order they were given', async () => {
    const org = await createRoundsOrg();
    const round = await ownerDb().round.create({
      data: {
        organisationId: org.organisationId,
        name: 'Stor runde',
        opensAt: new Date(Date.now() - DAY),
        closesAt: new Date(Date.now() + DAY),
        status: 'OPEN',
        questionnaireVersion: '2026.1',
        groupIds: [org.groups.direktion.id],
      },
    });
    // Forty responses written one after another, as forty leaders answering would; each is
    // told apart by a marker answer the test gives it (sealing keeps answers, nothing else).
    // First in this file, so the table is fresh and the order on disk is the order written.
    const given = Array.from({ length: 40 }, (_, n) => `marker.${String(n).padStart(2, '0')}`);
    for (const marker of given) {
      const response = await ownerDb().response.create({ data: { organisationId: org.organisationId, roundId: round.id, groupId: org.groups.sundhed.id, responseKey: marker, status: 'SUBMITTED' } });
      await ownerDb().answer.create({ data: { organisationId: org.organisationId, responseId: response.id, itemKey: marker, value: 3 } });
    }
    const onDisk = async () =>
      (
        await ownerDb().$queryRawUnsafe<{ marker: string }[]>(
          `SELECT a."itemKey" AS marker FROM "Response" r JOIN "Answer" a ON a."responseId" = r.id WHERE r."roundId" = $1::uuid ORDER BY r.ctid`,
          round.id,
        )
      ).map((r) => r.marker);
    expect(await onDisk()).toEqual(given);

    await closeRound(org.caller, round.id);
    const sealed = await onDisk();
    expect([...sealed].sort()).toEqual(given);
    // Rank correlation between the order given and the order on disk: 1 before sealing; for a
    // random order of 40 it exceeds 0.6 in size about once in ten thousand runs.
    expect(Math.abs(rankCorrelation(given, sealed))).toBeLessThan(0.6);
  });
});

describe('a copy of the database', () => {
  it('shares no transaction id between a row that holds answers and any row that names a person', async () => {
    const { roundId } = await answeredInShuffledOrder();
    const answers = await answerXmins(roundId);
    expect(answers.size).toBeGreaterThan(0);
    expect(intersection(answers, await personLinkedXmins())).toEqual([]);
  });

  it('shows no person-linked row changed by a leader saving and submitting', async () => {
    const { unchanged } = await answeredInShuffledOrder();
    expect(unchanged).toHaveLength(5);
    for (const { before, after } of unchanged) expect(after).toEqual(before);
  });

  it('records the order in which leaders answered in no row that names a person', async () => {
    const { roundId, leaders, order } = await answeredInShuffledOrder();
    const answerOrder = order.map((l) => l.invitation.id);
    // Responses are written as leaders answer, so their place on disk follows that order: it is
    // exactly what no person-linked row may record, or the two could be lined up.
    expect(await responsesOnDisk(roundId, leaders)).toHaveLength(5);
    const orders = await personLinkedOrders(answerOrder);
    expect(orders.size).toBeGreaterThanOrEqual(9);
    for (const [source, sequence] of orders) expect({ source, sequence }).not.toEqual({ source, sequence: answerOrder });
  });

  it('keys reminder deliveries so that none names the invitation it went to', async () => {
    const { org, leaders } = await answeredInShuffledOrder();
    const deliveries = await ownerDb().$queryRawUnsafe<{ row: string }[]>(`SELECT to_jsonb(d)::text AS row FROM "ReminderDelivery" d WHERE "organisationId" = $1::uuid`, org.organisationId);
    expect(deliveries.length).toBe(4);
    for (const { row } of deliveries) {
      for (const { invitation } of leaders) {
        expect(row).not.toContain(invitation.id);
        expect(row).not.toContain(invitation.leaderId);
      }
    }
  });
});

describe('a closed round', () => {
  it('leaves nothing that leads from an answer to a person — not even with the server’s key', async () => {
    const { org, roundId, leaders } = await answeredInShuffledOrder();
    const before = await ownerDb().response.findMany({ where: { roundId }, select: { id: true } });
    await closeRound(org.caller, roundId);

    const responses = await ownerDb().response.findMany({ where: { roundId }, include: { answers: true, comments: true } });
    expect(responses).toHaveLength(5);
    expect(responses.every((r) => r.status === 'SUBMITTED' && r.answers.length === fullAnswers({ strain: 1, resource: 1 }).length)).toBe(true);
    expect(responses.flatMap((r) => r.comments.map((c) => c.body))).toEqual(['For mange møder']);
    // New ids, and keys that no invitation's derived key matches any more.
    expect(intersection(new Set(responses.map((r) => r.id)), new Set(before.map((r) => r.id)))).toEqual([]);
    const derived = new Set(leaders.map((l) => responseKeyFor(l.invitation.id)));
    expect(responses.filter((r) => derived.has(r.responseKey))).toEqual([]);
    // Every row that holds answers was written by the one closing transaction.
    expect([...(await answerXmins(roundId))]).toHaveLength(1);
  });
});
