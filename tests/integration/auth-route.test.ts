import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { prepareAuthRequest } from '@/lib/edges/sign-in/auth-route';

const base = 'http://localhost:3000/api/auth';

async function prepare(path: string, init: { method?: string; body?: string; contentType?: string } = {}) {
  const route = new URL(`${base}/${path}`).pathname.split('/').slice(3).map(decodeURIComponent);
  const headers: Record<string, string> = { 'x-forwarded-for': '192.0.2.200', ...(init.contentType ? { 'content-type': init.contentType } : {}) };
  return prepareAuthRequest(new NextRequest(`${base}/${path}`, { method: init.method ?? 'GET', headers, ...(init.body !== undefined ? { body: init.body } : {}) }), route);
}

describe("the edge in front of next-auth's routes", () => {
  it('hands next-auth a callbackUrl that passed the one rule, in place of whatever the query said', async () => {
    for (const [given, handed] of [
      ['http://localhost:3000@evil.example/x', '/orgs'],
      ['http://localhost:3000.evil.example/x', '/orgs'],
      ['/%E3%80%82x', '/%E3%80%82x'],
      ['http://localhost:3000/syddal?x=1', '/syddal?x=1'],
    ]) {
      const prepared = await prepare(`session?callbackUrl=${encodeURIComponent(given!)}&callbackUrl=x`);
      expect('request' in prepared && prepared.request.nextUrl.searchParams.getAll('callbackUrl'), given).toEqual([handed]);
    }
  });

  it('keeps an error code only when it is a plain word, since next-auth writes it into a Location header', async () => {
    const plain = await prepare('error?error=Verification');
    expect('request' in plain && plain.request.nextUrl.searchParams.get('error')).toBe('Verification');
    const hostile = await prepare(`error?error=${encodeURIComponent('x\r\nSet-Cookie: a=b')}`);
    expect('request' in hostile && hostile.request.nextUrl.searchParams.get('error')).toBe('Default');
  });

  it('answers 404 for a route next-auth does not have, or a provider or error segment that is not a word', async () => {
    for (const path of ['nonsense', 'signin/email/extra', `error/${encodeURIComponent('\r\n')}`, `signin/${encodeURIComponent('/。x')}`]) {
      const prepared = await prepare(path);
      expect('refused' in prepared && prepared.refused.status, path).toBe(404);
    }
  });

  it('refuses a body next-auth could not parse, or a very large one, before next-auth throws on it', async () => {
    const broken = await prepare('signin/email', { method: 'POST', body: '{"email":', contentType: 'application/json' });
    expect('refused' in broken && broken.refused.status).toBe(400);
    const large = await prepare('signout', { method: 'POST', body: `csrfToken=${'x'.repeat(20_000)}`, contentType: 'application/x-www-form-urlencoded' });
    expect('refused' in large && large.refused.status).toBe(413);
  });

  it('refuses a sign-in mail for anything but one plain address, in a body of either kind', async () => {
    for (const [body, contentType] of [
      ['email=a%40x.dk%2C1&csrfToken=x', 'application/x-www-form-urlencoded'],
      ['csrfToken=x', 'application/x-www-form-urlencoded'],
      ['{"email":["a@x.dk"],"csrfToken":"x"}', 'application/json'],
      ['{"email":"a@x.dk"}', 'text/plain'],
    ] as const) {
      const prepared = await prepare('signin/email', { method: 'POST', body, contentType });
      expect('refused' in prepared && prepared.refused.status, body).toBe(400);
    }
    const fine = await prepare('signin/email', { method: 'POST', body: '{"email":" A@x.dk ","csrfToken":"x"}', contentType: 'application/json' });
    expect('request' in fine && (await fine.request.json())).toEqual({ email: ' A@x.dk ', csrfToken: 'x' });
  });
});
