import { describe, expect, it } from 'vitest';
import { conditionalJson, etagMatches } from './conditional-get';

const request = (ifNoneMatch?: string) => new Request('http://t/x', { headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {} });

describe('conditional GET', () => {
  it('matches If-None-Match by the weak comparison, in a list, or as "*"', () => {
    const etag = 'W/"v2-abc"';
    expect(etagMatches('W/"v2-abc"', etag)).toBe(true);
    expect(etagMatches('"v2-abc"', etag)).toBe(true);
    expect(etagMatches('"x", W/"v2-abc"', etag)).toBe(true);
    expect(etagMatches('*', etag)).toBe(true);
    expect(etagMatches('W/"v1-abc"', etag)).toBe(false);
    expect(etagMatches('W/"v2-ab"', etag)).toBe(false);
    expect(etagMatches(null, etag)).toBe(false);
    expect(etagMatches('', etag)).toBe(false);
  });

  it('answers 304 without a body but with the headers a 200 would carry, else the JSON', async () => {
    const etag = 'W/"v0-abc"';
    const notModified = conditionalJson(request(etag), { a: 1 }, etag, { status: 200, vary: 'Authorization' });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect(Object.fromEntries(notModified.headers)).toMatchObject({ etag, 'cache-control': 'private, no-cache', vary: 'Authorization' });
    const full = conditionalJson(request('W/"v0-old"'), { a: 1 }, etag, { status: 200, vary: 'Authorization' });
    expect(full.status).toBe(200);
    expect(await full.json()).toEqual({ a: 1 });
    expect(full.headers.get('etag')).toBe(etag);
  });
});
