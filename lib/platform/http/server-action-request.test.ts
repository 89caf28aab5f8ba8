import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_ACTION_BODY_LIMIT_BYTES, isForeignOrigin, refuseServerActionRequest, replyProblem } from './server-action-request';

const fetchCall = (root: string, parts: Record<string, string> = {}) => replyProblem((id) => (id === '0' ? root : (parts[id] ?? null)), { argumentList: true, temporaryReferences: true });
const formPost = (parts: Record<string, string>) => replyProblem((id) => parts[id] ?? null, { argumentList: false, temporaryReferences: false });

function multipart(fields: [string, string][]): { body: string; contentType: string } {
  const boundary = '----test';
  const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') + `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

const post = (headers: Record<string, string>, body?: string) => new Request('http://app.test/acme/groups', { method: 'POST', headers: { host: 'app.test', ...headers }, body: body ?? null });

describe('the origin of a request, compared as Next compares it before running an action', () => {
  it('is foreign when its host differs from the one the request was sent to, or cannot be read', () => {
    const foreign = (origin: string, extra: Record<string, string> = {}) => isForeignOrigin(new Headers({ host: 'app.test', origin, ...extra }));
    expect(foreign('http://app.test')).toBe(false);
    expect(foreign('https://app.test')).toBe(false);
    expect(foreign('https://evil.example')).toBe(true);
    expect(foreign('http://app.test:8080')).toBe(true);
    expect(foreign('null')).toBe(true);
    expect(foreign('not a url')).toBe(true);
    expect(foreign('https://app.example', { 'x-forwarded-host': 'app.example, internal.test' })).toBe(false);
    expect(foreign('http://app.test', { 'x-forwarded-host': 'app.example' })).toBe(true);
  });

  it('is not foreign when there is none: a browser always sends one across sites', () => {
    expect(isForeignOrigin(new Headers({ host: 'app.test' }))).toBe(false);
  });
});

describe("a server action's arguments in React's reply format", () => {
  it('accepts what the pages send: a list with form data, plain values and references back into it', () => {
    expect(fetchCall('["acme",null,"$K1"]')).toBeNull();
    expect(fetchCall('["$undefined","$D2027-01-01T00:00:00.000Z","$n-123","$$dollar","$-0","$NaN","$Infinity","$T"]')).toBeNull();
    expect(fetchCall('[{"values":{"name":"x"}},"$0:0:values","$0"]')).toBeNull();
    expect(fetchCall('["$1"]', { '1': '{"a":1}' })).toBeNull();
  });

  it('refuses a body that is not a list of arguments', () => {
    for (const body of ['hello', '"hello"', '{"locale":"en"}', '5', 'null', '', '["Direk']) expect(fetchCall(body), body).not.toBeNull();
  });

  it('refuses references to parts the body does not have, paths that lead nowhere and kinds our forms never send', () => {
    for (const value of ['$@1', '$h1', '$F1', '$Q1', '$W1', '$B1', '$i1', '$R1', '$1', '$1:a:b', '$0:nope', '$0:0:__proto__', '$0:9:9', '$', '$@', '$n12x', '$nope', '$C1', '$1zz']) {
      expect(fetchCall(JSON.stringify(['acme', value])), value).not.toBeNull();
    }
    // Even when the part exists, a map, a server function or a blob is not an argument of ours.
    for (const value of ['$Q1', '$h1', '$B1']) expect(fetchCall(JSON.stringify([value]), { '1': '[]' }), value).not.toBeNull();
    expect(fetchCall('["$1"]', { '1': 'garbage' })).toMatch(/not JSON/);
    expect(fetchCall('["$0:0:a"]')).not.toBeNull();
  });

  it('refuses a reply too deep or too large for the decoder', () => {
    expect(fetchCall(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toBe('nested too deeply');
    expect(fetchCall(JSON.stringify([['x'.repeat(1_100_000), 'y']]))).toBe('too large');
  });

  it('checks the bound arguments of a form posted without JavaScript, where temporary references cannot be', () => {
    expect(formPost({ '0': '{"id":"7f00","bound":"$@1"}', '1': '["acme"]' })).toBeNull();
    expect(formPost({ '0': '{"id":"7f00","bound":"$@1"}', '1': 'garbage' })).not.toBeNull();
    expect(formPost({ '0': '{"id":"7f00","bound":"$@1"}' })).not.toBeNull();
    expect(formPost({ '0': '{"id":"7f00","bound":"$T"}' })).toBe('temporary reference');
  });
});

describe('refusing a request to a page before Next runs it', () => {
  it('lets reading pass, and every request from this site that is not an action', async () => {
    expect(await refuseServerActionRequest(new Request('http://app.test/', { headers: { host: 'app.test', origin: 'https://evil.example' } }))).toBeNull();
    expect(await refuseServerActionRequest(post({ 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'))).toBeNull();
    const form = multipart([['name', 'Direktion']]);
    expect(await refuseServerActionRequest(post({ 'content-type': form.contentType }, form.body))).toBeNull();
  });

  it("lets a page's own call through", async () => {
    const form = multipart([
      ['0', '["acme",null,"$K1"]'],
      ['_1_name', 'Direktion'],
    ]);
    expect(await refuseServerActionRequest(post({ 'next-action': '7f00', origin: 'http://app.test', 'content-type': form.contentType }, form.body))).toBeNull();
  });

  it('refuses another origin with 403, whatever it sends', async () => {
    for (const headers of [{ 'next-action': '7f00' }, { 'content-type': 'multipart/form-data; boundary=x' }, {}] as Record<string, string>[]) {
      const refusal = await refuseServerActionRequest(post({ ...headers, origin: 'https://evil.example' }, '[]'));
      expect(refusal).toMatchObject({ code: 'forbidden', status: 403 });
    }
  });

  it('refuses a body Next could not decode with 400, and one over its limit with 413', async () => {
    expect(await refuseServerActionRequest(post({ 'next-action': '7f00', 'content-type': 'text/plain' }, 'hello'))).toMatchObject({ status: 400 });
    expect(await refuseServerActionRequest(post({ 'next-action': '7f00', 'content-type': 'multipart/form-data; boundary=x' }, 'garbage'))).toMatchObject({ status: 400 });
    const big = JSON.stringify(['x'.repeat(SERVER_ACTION_BODY_LIMIT_BYTES)]);
    expect(await refuseServerActionRequest(post({ 'next-action': '7f00', 'content-type': 'text/plain' }, big))).toMatchObject({ status: 413 });
    const noJs = multipart([
      ['$ACTION_REF_1', ''],
      ['$ACTION_1:0', '{"id":"7f00","bound":"$@1"}'],
      ['$ACTION_1:1', 'garbage'],
    ]);
    expect(await refuseServerActionRequest(post({ 'content-type': noJs.contentType }, noJs.body))).toMatchObject({ status: 400 });
  });

  it("uses Next's own body limit", () => {
    expect(readFileSync('next.config.mjs', 'utf8')).toContain("serverActions: { bodySizeLimit: '2mb' }");
    expect(SERVER_ACTION_BODY_LIMIT_BYTES).toBe(2 * 1024 * 1024);
  });
});
