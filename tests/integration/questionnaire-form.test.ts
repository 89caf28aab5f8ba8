import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST as formRoute } from '@/app/api/r/[token]/form/route';
import { currentQuestionnaire as q } from '@/content/questionnaires';
import { personalLinkFor } from '@/lib/domains/invitations/links';
import { ownerDb } from '@/tests/support/owner-db';
import { createRespondent, fullAnswers } from '../fixtures/respondents';

/** The questionnaire posted as a plain form (decision 0016), as a browser without JavaScript sends it. */
function post(token: string, fields: Record<string, string>) {
  const body = new URLSearchParams(fields).toString();
  const request = new NextRequest(`http://t/api/r/${token}/form`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' } });
  return formRoute(request, { params: Promise.resolve({ token }) });
}

async function linkFor(status: 'OPEN' | 'CLOSED' = 'OPEN') {
  const r = await createRespondent({ status });
  const { url } = await personalLinkFor(ownerDb(), r.invitation);
  return { ...r, token: url.split('/').pop()! };
}

const asFields = (answers: { itemKey: string; value: number | null }[]) => Object.fromEntries(answers.map((a) => [a.itemKey, String(a.value)]));
const strainKey = q.items[0]!.key;

describe('the questionnaire as a plain form', () => {
  it('saves the answers and comments given and goes back to the page saying so', async () => {
    const { token, ctx } = await linkFor();
    const response = await post(token, { [strainKey]: '4', 'comment-strain': 'Mange møder', intent: 'save' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/r/${token}?form=saved#form-status`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const stored = await ownerDb().response.findFirstOrThrow({ where: { responseKey: ctx.responseKey }, include: { answers: true, comments: true } });
    expect(stored.answers.map((a) => [a.itemKey, a.value])).toEqual([[strainKey, 4]]);
    expect(stored.comments.map((c) => c.body)).toEqual(['Mange møder']);
    expect(stored.status).toBe('IN_PROGRESS');
  });

  it('submits a complete form and goes on to the balance', async () => {
    const { token, ctx } = await linkFor();
    const response = await post(token, { ...asFields(fullAnswers({ strain: 2, resource: 4 })), intent: 'submit' });
    expect(response.headers.get('location')).toBe(`/r/${token}/result`);
    expect((await ownerDb().response.findFirstOrThrow({ where: { responseKey: ctx.responseKey } })).status).toBe('SUBMITTED');
  });

  it('saves an incomplete submit without submitting it, and says so', async () => {
    const { token, ctx } = await linkFor();
    const response = await post(token, { [strainKey]: '3', intent: 'submit' });
    expect(response.headers.get('location')).toBe(`/r/${token}?form=incomplete#form-status`);
    const stored = await ownerDb().response.findFirstOrThrow({ where: { responseKey: ctx.responseKey }, include: { answers: true } });
    expect(stored.status).toBe('IN_PROGRESS');
    expect(stored.answers).toHaveLength(1);
  });

  it('refuses what no radio offers — an unknown item, a value out of range, not a number — through the API’s own checks, storing nothing', async () => {
    const { token, ctx } = await linkFor();
    const tampered: Record<string, string>[] = [{ 'no-such-item': '3' }, { [strainKey]: '9' }, { [strainKey]: 'three' }, { [strainKey]: '' }];
    for (const fields of tampered) {
      const response = await post(token, { ...fields, intent: 'save' });
      expect(response.headers.get('location')).toBe(`/r/${token}?form=invalid#form-status`);
    }
    expect(await ownerDb().response.count({ where: { responseKey: ctx.responseKey } })).toBe(0);
  });

  it('sends an unknown link and a closed round back to the page that explains them', async () => {
    const unknown = await post('x'.repeat(43), { [strainKey]: '3', intent: 'save' });
    expect(unknown.status).toBe(303);
    expect(unknown.headers.get('location')).toBe(`/r/${'x'.repeat(43)}`);
    const { token, ctx } = await linkFor('CLOSED');
    const closed = await post(token, { [strainKey]: '3', intent: 'save' });
    expect(closed.headers.get('location')).toBe(`/r/${token}`);
    expect(await ownerDb().response.count({ where: { responseKey: ctx.responseKey } })).toBe(0);
  });
});
