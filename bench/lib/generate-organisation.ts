import { randomBytes, randomUUID } from 'node:crypto';
import type { ClientBase } from 'pg';
import { currentQuestionnaireVersion, getQuestionnaire } from '@/content/questionnaires';
import { insertRows } from './bulk';
import { uuidv7, type Random } from './random';

const DAY = 24 * 60 * 60 * 1000;
const questionnaire = getQuestionnaire(currentQuestionnaireVersion)!;

export interface OrganisationShape {
  name: string;
  slug: string;
  groups: number;
  /** Levels of the group tree (the big organisation: 5). */
  depth: number;
  leaders: number;
  /** Closed yearly rounds, the newest closed this spring. */
  closedRounds: number;
  /** Also an open round (opened two days ago) with every leader invited and nobody answered yet. */
  openRound: boolean;
}

export interface GeneratedOrganisation {
  organisationId: string;
  closedRoundIds: string[];
  openRoundId: string | null;
  groups: number;
  leaders: number;
  responses: number;
  answers: number;
}

interface Group {
  id: string;
  parentId: string | null;
  level: number;
  /** How this group's leaders tend to answer, so groups differ (and the heatmap has something to show). */
  strain: number;
  resource: number;
  relation: number;
}

/** Level sizes growing threefold per level (1,000 groups in 5 levels: 8, 25, 74, 223, 670). */
function levelSizes(groups: number, depth: number): number[] {
  const weights = Array.from({ length: depth }, (_, level) => 3 ** level);
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.round((groups * w) / total)));
  sizes[depth - 1] = Math.max(1, groups - sizes.slice(0, -1).reduce((a, b) => a + b, 0));
  return sizes;
}

function buildTree(shape: OrganisationShape, rnd: Random): Group[] {
  const groups: Group[] = [];
  let previous: Group[] = [];
  for (const [level, size] of levelSizes(shape.groups, shape.depth).entries()) {
    const current: Group[] = [];
    for (let i = 0; i < size; i++) {
      const parent = previous.length ? previous[(i + rnd.int(0, 1)) % previous.length]! : null;
      current.push({ id: uuidv7(), parentId: parent?.id ?? null, level, strain: 0.55 * rnd.normal(), resource: 0.55 * rnd.normal(), relation: 0.6 * rnd.normal() });
    }
    groups.push(...current);
    previous = current;
  }
  return groups;
}

/** 15–25 leaders per group, summing to the requested number when that is possible. */
function leadersPerGroup(groups: number, leaders: number, rnd: Random): number[] {
  const counts = Array.from({ length: groups }, () => rnd.int(15, 25));
  let diff = leaders - counts.reduce((a, b) => a + b, 0);
  for (let guard = 0; diff !== 0 && guard < 1_000_000; guard++) {
    const i = rnd.int(0, groups - 1);
    if (diff > 0 && counts[i]! < 25) {
      counts[i]!++;
      diff--;
    } else if (diff < 0 && counts[i]! > 15) {
      counts[i]!--;
      diff++;
    }
    if (guard > 100_000 && diff !== 0) {
      counts[i]! += Math.sign(diff);
      diff -= Math.sign(diff);
    }
  }
  return counts;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(v)));

/** One leader's answers: the group's tendency, the item's own level, this year's drift and personal noise. */
function answersFor(group: Group, drift: number, itemOffset: Map<string, number>, rnd: Random): [string, number][] {
  const out: [string, number][] = [];
  for (const item of questionnaire.items) {
    const base = item.side === 'strain' ? 3.0 + group.strain + drift : 3.4 + group.resource - drift;
    out.push([item.key, clamp(base + itemOffset.get(item.key)! + 0.9 * rnd.normal(), 1, 5)]);
  }
  for (const relation of questionnaire.relations) out.push([relation.key, clamp(group.relation + itemOffset.get(relation.key)! + rnd.normal(), -2, 2)]);
  out.push([questionnaire.overall.key, clamp(3 + (group.resource - group.strain) / 2 + 0.8 * rnd.normal(), 1, 5)]);
  return out;
}

async function insertRound(client: ClientBase, organisationId: string, groups: Group[], fields: { name: string; opensAt: Date; closesAt: Date; status: 'OPEN' | 'CLOSED' }) {
  const id = uuidv7(fields.opensAt.getTime());
  const top = groups.filter((g) => g.parentId === null).map((g) => g.id);
  await client.query(
    `INSERT INTO "Round" ("id", "organisationId", "name", "opensAt", "closesAt", "status", "questionnaireVersion", "groupIds", "openedAt", "closedAt", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $4, $9, $4, $4)`,
    [id, organisationId, fields.name, fields.opensAt, fields.closesAt, fields.status, questionnaire.version, top, fields.status === 'CLOSED' ? fields.closesAt : null],
  );
  await insertRows(
    client,
    'RoundGroup',
    [
      { name: 'organisationId', type: 'uuid' },
      { name: 'roundId', type: 'uuid' },
      { name: 'groupId', type: 'uuid' },
      { name: 'parentGroupId', type: 'uuid' },
      { name: 'name', type: 'text' },
    ],
    groups.map((g, i) => [organisationId, id, g.id, g.parentId, groupName(g, i)]),
  );
  return id;
}

const LEVEL_NAMES = ['Direktørområde', 'Center', 'Afdeling', 'Område', 'Enhed'];
const groupName = (g: Group, index: number) => `${LEVEL_NAMES[g.level] ?? 'Gruppe'} ${index + 1}`;

/** One organisation, written in bulk with exactly the rows and columns the product itself writes. */
export async function generateOrganisation(client: ClientBase, shape: OrganisationShape, rnd: Random, now = new Date()): Promise<GeneratedOrganisation> {
  const organisationId = uuidv7();
  await client.query(`INSERT INTO "Organisation" ("id", "slug", "name", "updatedAt") VALUES ($1, $2, $3, now())`, [organisationId, shape.slug, shape.name]);
  const groups = buildTree(shape, rnd);
  await insertRows(
    client,
    'LeaderGroup',
    [
      { name: 'id', type: 'uuid' },
      { name: 'organisationId', type: 'uuid' },
      { name: 'name', type: 'text' },
      { name: 'parentId', type: 'uuid' },
      { name: 'updatedAt', type: 'timestamp(3)' },
    ],
    groups.map((g, i) => [g.id, organisationId, groupName(g, i), g.parentId, now]),
  );
  const counts = leadersPerGroup(groups.length, shape.leaders, rnd);
  const leaders: { id: string; group: Group }[] = [];
  groups.forEach((group, i) => {
    for (let k = 0; k < counts[i]!; k++) leaders.push({ id: uuidv7(), group });
  });
  await insertRows(
    client,
    'Leader',
    [
      { name: 'id', type: 'uuid' },
      { name: 'organisationId', type: 'uuid' },
      { name: 'groupId', type: 'uuid' },
      { name: 'name', type: 'text' },
      { name: 'email', type: 'text' },
      { name: 'updatedAt', type: 'timestamp(3)' },
    ],
    leaders.map((l, i) => [l.id, organisationId, l.group.id, `Leder ${i + 1}`, `leder${i + 1}@${shape.slug}.example`, now]),
  );

  const itemOffset = new Map([...questionnaire.items.map((i) => i.key), ...questionnaire.relations.map((r) => r.key)].map((key) => [key, 0.35 * rnd.normal()]));
  const byGroup = new Map<string, { id: string; group: Group }[]>();
  for (const leader of leaders) (byGroup.get(leader.group.id) ?? byGroup.set(leader.group.id, []).get(leader.group.id)!).push(leader);

  const closedRoundIds: string[] = [];
  let responses = 0;
  let answers = 0;
  const year = now.getUTCFullYear();
  for (let r = 0; r < shape.closedRounds; r++) {
    const opensAt = new Date(Date.UTC(year - (shape.closedRounds - 1 - r), 2, 1, 8));
    const closesAt = new Date(opensAt.getTime() + 21 * DAY);
    const roundId = await insertRound(client, organisationId, groups, { name: `LederAPV ${opensAt.getUTCFullYear()}`, opensAt, closesAt, status: 'CLOSED' });
    closedRoundIds.push(roundId);
    const invitationRows: unknown[][] = [];
    const responseRows: unknown[][] = [];
    const answerRows: unknown[][] = [];
    for (const group of groups) {
      const members = byGroup.get(group.id) ?? [];
      const drift = 0.25 * rnd.normal();
      const answering = Math.round(members.length * (0.7 + 0.2 * rnd.next()));
      // Who answered is recorded on the invitation; which response is theirs is not (decision 0004).
      const order = members.map((m) => ({ m, k: rnd.next() })).sort((a, b) => a.k - b.k);
      order.forEach(({ m }) => invitationRows.push([uuidv7(opensAt.getTime()), organisationId, roundId, m.id, group.id, 'da', opensAt, opensAt]));
      for (let i = 0; i < answering; i++) {
        const responseId = randomUUID();
        responseRows.push([responseId, organisationId, roundId, group.id, randomBytes(32).toString('hex'), 'SUBMITTED', rnd.int(3, 40)]);
        for (const [itemKey, value] of answersFor(group, drift, itemOffset, rnd)) answerRows.push([organisationId, responseId, itemKey, value]);
      }
      // A few leaders started and never submitted: their half-done answers must count nowhere.
      if (members.length > answering && rnd.next() < 0.3) {
        const responseId = randomUUID();
        responseRows.push([responseId, organisationId, roundId, group.id, randomBytes(32).toString('hex'), 'IN_PROGRESS', 2]);
        for (const [itemKey, value] of answersFor(group, drift, itemOffset, rnd).slice(0, 10)) answerRows.push([organisationId, responseId, itemKey, value]);
      }
    }
    await insertInvitations(client, invitationRows);
    await insertRows(
      client,
      'Response',
      [
        { name: 'id', type: 'uuid' },
        { name: 'organisationId', type: 'uuid' },
        { name: 'roundId', type: 'uuid' },
        { name: 'groupId', type: 'uuid' },
        { name: 'responseKey', type: 'text' },
        { name: 'status', type: '"ResponseStatus"' },
        { name: 'revision', type: 'int' },
      ],
      responseRows,
    );
    await insertRows(
      client,
      'Answer',
      [
        { name: 'organisationId', type: 'uuid' },
        { name: 'responseId', type: 'uuid' },
        { name: 'itemKey', type: 'text' },
        { name: 'value', type: 'int' },
      ],
      answerRows,
    );
    responses += responseRows.length;
    answers += answerRows.length;
  }

  let openRoundId: string | null = null;
  if (shape.openRound) {
    const opensAt = new Date(now.getTime() - 2 * DAY);
    openRoundId = await insertRound(client, organisationId, groups, { name: `LederAPV ${year + 1} (åben)`, opensAt, closesAt: new Date(now.getTime() + 30 * DAY), status: 'OPEN' });
    await insertInvitations(
      client,
      leaders.map((l) => [uuidv7(), organisationId, openRoundId, l.id, l.group.id, 'da', opensAt, opensAt]),
    );
  }
  return { organisationId, closedRoundIds, openRoundId, groups: groups.length, leaders: leaders.length, responses, answers };
}

function insertInvitations(client: ClientBase, rows: unknown[][]) {
  return insertRows(
    client,
    'Invitation',
    [
      { name: 'id', type: 'uuid' },
      { name: 'organisationId', type: 'uuid' },
      { name: 'roundId', type: 'uuid' },
      { name: 'leaderId', type: 'uuid' },
      { name: 'groupId', type: 'uuid' },
      { name: 'locale', type: '"Locale"' },
      { name: 'sentAt', type: 'timestamp(3)' },
      { name: 'createdAt', type: 'timestamp(3)' },
    ],
    rows,
  );
}
