import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST as saveRoute } from '@/app/api/r/[token]/answers/route';
import { POST as submitRoute } from '@/app/api/r/[token]/submit/route';
import { currentQuestionnaire } from '@/content/questionnaires';
import { ownerDb } from '@/tests/support/owner-db';
import { personalLinkFor } from '@/lib/domains/invitations/links';
import { saveAnswers, submitResponse } from '@/lib/domains/responses/mutations';
import { createRespondent, fullAnswers } from '../fixtures/respondents';

const strainKey = currentQuestionnaire.items[0]!.key;

function call(route: typeof saveRoute, token: string, body: string) {
  const request = new NextRequest(`http://t/api/r/${token}/answers`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  return route(request, { params: Promise.resolve({ token }) });
}

async function linkFor(status: 'OPEN' | 'CLOSED' = 'OPEN') {
  const r = await createRespondent({ status });
  const { url } = await personalLinkFor(ownerDb(), r.invitation);
  return { ...r, token: url.split('/').pop()! };
}

describe('the personal-link API', () => {
  it('refuses a forged token with 404 in the error shape and stores nothing', async () => {
    const response = await call(saveRoute, 'x'.repeat(43), JSON.stringify({ answers: [{ itemKey: strainKey, value: 3 }] }));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await ownerDb().answer.count()).toBe(0);
  });

  it('refuses an answer for a closed round with 409', async () => {
    const { token, ctx } = await linkFor('CLOSED');
    const response = await call(saveRoute, token, JSON.stringify({ answers: [{ itemKey: strainKey, value: 3 }] }));
    expect(response.status).toBe(409);
    expect(await ownerDb().response.count({ where: { responseKey: ctx.responseKey } })).toBe(0);
  });

  it('refuses a 7 on a 1–5 item and malformed JSON with 400 and the field path, storing nothing', async () => {
    const { token, ctx } = await linkFor();
    const seven = await call(saveRoute, token, JSON.stringify({ answers: [{ itemKey: strainKey, value: 7 }] }));
    expect(seven.status).toBe(400);
    expect((await seven.json()).error.details).toEqual([{ path: 'answers.0.value', message: 'Must be from 1 to 5.' }]);
    expect((await call(saveRoute, token, '{"answers": [')).status).toBe(400);
    expect(await ownerDb().response.count({ where: { responseKey: ctx.responseKey } })).toBe(0);
  });

  it('answers 400 naming the item when a submitted answer is set back to empty', async () => {
    const { token, ctx } = await linkFor();
    await saveAnswers(ctx, { answers: fullAnswers({ strain: 3, resource: 3 }) });
    await submitResponse(ctx);
    const cleared = await call(saveRoute, token, JSON.stringify({ answers: [{ itemKey: strainKey, value: null }] }));
    expect(cleared.status).toBe(400);
    const body = await cleared.json();
    expect(body.error).toMatchObject({ code: 'validation_failed', details: [{ path: 'answers.0.value', message: `"${strainKey}" cannot be emptied after submitting.` }] });
    expect(await ownerDb().answer.count({ where: { response: { responseKey: ctx.responseKey }, itemKey: strainKey } })).toBe(1);
  });

  it('saves through the link and lists what is missing on submit', async () => {
    const { token } = await linkFor();
    expect((await call(saveRoute, token, JSON.stringify({ answers: [{ itemKey: strainKey, value: 3 }] }))).status).toBe(200);
    const submit = await call(submitRoute, token, '{}');
    expect(submit.status).toBe(400);
    expect((await submit.json()).error.details.length).toBe(currentQuestionnaire.items.length + currentQuestionnaire.relations.length);
  });
});
