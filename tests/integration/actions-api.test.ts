import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/rounds/[id]/actions/route';
import { createAction, updateAction } from '@/lib/domains/action-plan/mutations';
import { roundActions } from '@/lib/domains/action-plan/queries';
import type { AppError } from '@/lib/platform/errors';
import { stopJobQueue } from '@/lib/platform/queue';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { dialogueOrg } from '../fixtures/dialogue';

afterAll(async () => {
  await stopJobQueue();
});

const params = (id: string) => ({ params: Promise.resolve<Record<string, string>>({ id }) });
const post = (roundId: string, headers: Record<string, string>, body: unknown) =>
  createRoute(new NextRequest(`http://t/api/v1/rounds/${roundId}/actions`, { method: 'POST', headers, body: JSON.stringify(body) }), params(roundId));
const list = (roundId: string, headers: Record<string, string>) => listRoute(new NextRequest(`http://t/api/v1/rounds/${roundId}/actions`, { headers }), params(roundId));
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );

/**
 * A calendar day `days` from today, as a form or the API writes it — by Denmark's calendar, as the
 * product counts due dates (between 23:00 and 24:00 UTC in winter it is already tomorrow there).
 */
const day = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(Date.now() + days * 24 * 60 * 60 * 1000));
const nextYear = day(365);

const valid = (groupId: string | null) => ({
  groupId,
  title: 'Fast sparring hver 14. dag',
  responsibleLevel: 'MANAGERS_OF_LEADERS',
  ownerEmail: 'Ole.Dam@Example.test',
  dueDate: nextYear,
  priority: 1,
});

describe('POST /api/v1/rounds/{id}/actions', () => {
  it('creates an action and answers 201 with it, audited as the API key', async () => {
    const { api, org, roundId } = await dialogueOrg();
    const response = await post(roundId, api.headers, valid(org.groups.Sundhed!));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      id: expect.any(String),
      roundId,
      groupId: org.groups.Sundhed,
      title: 'Fast sparring hver 14. dag',
      responsibleLevel: 'MANAGERS_OF_LEADERS',
      ownerEmail: 'ole.dam@example.test',
      dueDate: nextYear,
      priority: 1,
      status: 'PLANNED',
      overdue: false,
    });
    const tenant = scopedDb(org.organisationId);
    expect(await tenant.actionItem.count()).toBe(1);
    expect(await tenant.auditLogEntry.findFirst({ where: { action: 'action.created', targetId: body.id } })).toMatchObject({ actorApiKeyId: api.apiKeyId });
  });

  it('answers 400 naming the path of every bad field, and writes nothing', async () => {
    const { api, org, roundId } = await dialogueOrg();
    const response = await post(roundId, api.headers, {
      groupId: 'not-a-uuid',
      title: 'x',
      responsibleLevel: 'BOSS',
      ownerEmail: 'nope',
      dueDate: '2027-02-30',
      priority: 9,
      factorKey: 'no-such-factor',
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('validation_failed');
    const paths = (body.error.details as { path: string }[]).map((d) => d.path).sort();
    expect(paths).toEqual(['dueDate', 'factorKey', 'groupId', 'ownerEmail', 'priority', 'responsibleLevel', 'title']);
    const missing = await post(roundId, api.headers, {});
    expect(((await missing.json()).error.details as { path: string }[]).map((d) => d.path).sort()).toEqual(['dueDate', 'groupId', 'priority', 'responsibleLevel', 'title']);
    expect(await scopedDb(org.organisationId).actionItem.count()).toBe(0);
  });

  it('refuses a due date that has passed, naming the field, and writes nothing', async () => {
    const { api, org, roundId } = await dialogueOrg();
    const response = await post(roundId, api.headers, { ...valid(org.groups.Sundhed!), dueDate: day(-2) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.details).toEqual([{ path: 'dueDate', message: 'That date has passed. Choose today or a later date.' }]);
    expect(await scopedDb(org.organisationId).actionItem.count()).toBe(0);
    expect((await post(roundId, api.headers, { ...valid(org.groups.Sundhed!), dueDate: day(1) })).status).toBe(201);
  });

  it('answers 404 for another organisation’s round, and for a group that is not in the round', async () => {
    const a = await dialogueOrg('A');
    const b = await dialogueOrg('B');
    expect((await post(b.roundId, a.api.headers, valid(b.org.groups.Sundhed!))).status).toBe(404);
    const crossGroup = await post(a.roundId, a.api.headers, valid(b.org.groups.Sundhed!));
    expect(crossGroup.status).toBe(404);
    expect((await crossGroup.json()).error.code).toBe('not_found');
    expect((await list(b.roundId, a.api.headers)).status).toBe(404);
    expect(await scopedDb(b.org.organisationId).actionItem.count()).toBe(0);
  });
});

describe('GET /api/v1/rounds/{id}/actions', () => {
  it('lists the round’s actions, most urgent first, organisation-wide ones included', async () => {
    const { api, org, roundId } = await dialogueOrg();
    await post(roundId, api.headers, { ...valid(org.groups.Pleje!), title: 'Senere', priority: 3 });
    await post(roundId, api.headers, { ...valid(null), title: 'For hele organisationen', priority: 1, responsibleLevel: 'TOP_MANAGEMENT' });
    const response = await list(roundId, api.headers);
    expect(response.status).toBe(200);
    const { items } = await response.json();
    expect(items.map((i: { title: string; groupId: string | null }) => [i.title, i.groupId])).toEqual([
      ['For hele organisationen', null],
      ['Senere', org.groups.Pleje],
    ]);
  });
});

describe('who may plan what', () => {
  it('a manager of leaders plans and edits only in their subtree; MED/AMO and leaders only read', async () => {
    const { org, roundId, viewer, plejeLeaderEmail } = await dialogueOrg();
    const manager = await viewer('MANAGER_OF_LEADERS', { scopeGroupKeys: ['Sundhed'] });
    const input = { groupId: org.groups.Pleje!, title: 'Tid til refleksion', responsibleLevel: 'LEADERS' as const, dueDate: new Date('2027-05-01T00:00:00Z'), priority: 2 };
    const action = await createAction(manager, roundId, input);
    expect(await refusal(createAction(manager, roundId, { ...input, groupId: org.groups.Teknik! }))).toMatchObject({ code: 'not_found' });
    expect(await refusal(createAction(manager, roundId, { ...input, groupId: null }))).toMatchObject({ code: 'forbidden' });

    const med = await viewer('MED_AMO');
    expect((await roundActions(med, roundId)).actions.map((a) => a.id)).toEqual([action.id]);
    expect(await refusal(createAction(med, roundId, input))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(updateAction(med, { actionId: action.id, ...input, status: 'DONE' }))).toMatchObject({ code: 'forbidden' });

    const leader = await viewer('LEADER', { email: plejeLeaderEmail });
    expect((await roundActions(leader, roundId)).actions.map((a) => a.id)).toEqual([action.id]);
    expect(await refusal(updateAction(leader, { actionId: action.id, ...input, status: 'DONE' }))).toMatchObject({ code: 'forbidden' });

    const otherManager = await viewer('MANAGER_OF_LEADERS', { scopeGroupKeys: ['Teknik'] });
    expect((await roundActions(otherManager, roundId)).actions).toEqual([]);
    expect(await refusal(updateAction(otherManager, { actionId: action.id, ...input, status: 'DONE' }))).toMatchObject({ code: 'not_found' });

    const updated = await updateAction(manager, { actionId: action.id, ...input, status: 'IN_PROGRESS' });
    expect(updated.status).toBe('IN_PROGRESS');
    const entry = await scopedDb(org.organisationId).auditLogEntry.findFirst({ where: { action: 'action.updated', targetId: action.id } });
    expect(entry?.details).toMatchObject({ fromStatus: 'PLANNED', toStatus: 'IN_PROGRESS' });
  });
});

describe('editing a due date', () => {
  it('keeps a date that has since passed, but will not move a date into the past', async () => {
    const { org, roundId, viewer } = await dialogueOrg();
    const hr = await viewer('HR_ADMIN');
    const input = { groupId: org.groups.Pleje!, title: 'Tid til refleksion', responsibleLevel: 'LEADERS' as const, dueDate: new Date(`${day(10)}T00:00:00Z`), priority: 2 };
    const action = await createAction(hr, roundId, input, { now: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000) });
    const overdue = new Date(`${day(-5)}T00:00:00Z`);
    await scopedDb(org.organisationId).actionItem.update({ where: { id: action.id }, data: { dueDate: overdue } });

    // Overdue, and only its status changes: the passed date stays.
    expect((await updateAction(hr, { actionId: action.id, ...input, dueDate: overdue, status: 'IN_PROGRESS' })).status).toBe('IN_PROGRESS');
    const moved = await refusal(updateAction(hr, { actionId: action.id, ...input, dueDate: new Date(`${day(-1)}T00:00:00Z`), status: 'IN_PROGRESS' }));
    expect(moved).toMatchObject({ code: 'validation_failed', details: [{ path: 'dueDate', message: 'That date has passed. Choose today or a later date.' }] });
    expect((await scopedDb(org.organisationId).actionItem.findUniqueOrThrow({ where: { id: action.id } })).dueDate).toEqual(overdue);
    expect((await updateAction(hr, { actionId: action.id, ...input, dueDate: new Date(`${day(0)}T00:00:00Z`), status: 'IN_PROGRESS' })).overdue).toBe(false);
  });
});

describe('the next round’s dashboard', () => {
  it('shows a group the actions it planned in the previous round, with their status — and only to those who may read plans', async () => {
    const { org, roundId, viewer } = await dialogueOrg();
    const { createResultsRound, same, viewerWithoutShares } = await import('../fixtures/results');
    const { loadRoundContext } = await import('@/lib/domains/results/round-context');
    const { previousRoundActions } = await import('@/lib/domains/action-plan/queries');
    const hr = await viewer('HR_ADMIN');
    await createAction(hr, roundId, { groupId: org.groups.Sundhed!, title: 'Sparring', responsibleLevel: 'HR', dueDate: new Date('2027-01-01T00:00:00Z'), priority: 1, status: 'DONE' });
    await createAction(hr, roundId, { groupId: org.groups.Teknik!, title: 'Ikke Sundheds', responsibleLevel: 'HR', dueDate: new Date('2027-01-01T00:00:00Z'), priority: 1 });
    const next = await createResultsRound(
      org,
      [
        { key: 'Direktion', answers: same(3, { strain: 3, resource: 3 }) },
        { key: 'Sundhed', parent: 'Direktion', answers: same(4, { strain: 3, resource: 3 }) },
      ],
      {
        name: 'Næste runde',
        opensAt: new Date(),
      },
    );
    const ctx = (await loadRoundContext(viewerWithoutShares(org.organisationId), next.roundId))!;
    const shown = await previousRoundActions(hr, ctx, org.groups.Sundhed!);
    expect(shown?.actions.map((a) => [a.title, a.status])).toEqual([['Sparring', 'DONE']]);
    const manager = await viewer('MANAGER_OF_LEADERS', { scopeGroupKeys: ['Teknik'] });
    expect(await previousRoundActions(manager, ctx, org.groups.Sundhed!)).toBeNull();
  });
});
