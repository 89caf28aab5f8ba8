import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/openapi.json/route';
import { allV1Endpoints } from '@/lib/edges/api/v1';
import { env } from '@/lib/platform/env';

type Operation = {
  requestBody?: { content: Record<string, { schema: unknown }> };
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};

async function document() {
  const response = GET();
  expect(response.status).toBe(200);
  return (await response.json()) as { openapi: string; servers: { url: string }[]; paths: Record<string, Record<string, Operation>> };
}

/** Every route handler under app/api/v1 as "method path", e.g. "post /rounds/{id}/open". */
function routeFiles(): string[] {
  const root = join(process.cwd(), 'app/api/v1');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'route.ts') {
        const route = `/${relative(root, dir).split(sep).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
        if (route === '/openapi.json') continue;
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${match[1]!.toLowerCase()} ${route}`);
      }
    }
  };
  walk(root);
  return found.sort();
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document served without a key, pointing at this server', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: `${env().APP_URL.replace(/\/$/, '')}/api/v1` }]);
  });

  it('documents every route handler under /api/v1 — none is left out of the contract list', async () => {
    const documented = allV1Endpoints.map((e) => `${e.method} ${e.path}`).sort();
    expect(documented).toEqual(routeFiles());
    const doc = await document();
    for (const endpoint of allV1Endpoints) expect(doc.paths[endpoint.path]?.[endpoint.method], `${endpoint.method} ${endpoint.path}`).toBeDefined();
  });

  it('describes the rounds endpoints with their request and response schemas and error statuses', async () => {
    const { paths } = await document();
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/rounds', '/rounds/{id}', '/rounds/{id}/open', '/rounds/{id}/close']));

    const create = paths['/rounds']!.post!;
    const body = create.requestBody!.content['application/json']!.schema as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['name', 'opensAt', 'closesAt', 'groupIds', 'anonymityThreshold']));
    expect(body.required).toEqual(expect.arrayContaining(['name', 'opensAt', 'closesAt', 'groupIds']));
    expect(body.properties.opensAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(create.responses['201']!.content!['application/json']!.schema).toMatchObject({ properties: { id: {}, status: {} } });
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '400', '401']));

    const read = paths['/rounds/{id}']!.get!;
    expect(read.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path' })]));
    expect(Object.keys((read.responses['200']!.content!['application/json']!.schema as { properties: object }).properties).sort()).toEqual([
      'anonymityThreshold',
      'approval',
      'closesAt',
      'commentThreshold',
      'id',
      'invited',
      'name',
      'opensAt',
      'responded',
      'status',
    ]);
    expect(Object.keys(read.responses)).toContain('404');

    expect(Object.keys(paths['/rounds/{id}/open']!.post!.responses)).toEqual(expect.arrayContaining(['200', '404', '409']));
    expect((paths['/rounds/{id}/open']!.post!.responses['409'] as { description: string }).description).toContain('approval_required');
    expect(paths['/rounds/{id}/open']!.post!.responses['200']!.content!['application/json']!.schema).toMatchObject({ properties: { invited: {} } });
    expect(Object.keys(paths['/rounds/{id}/close']!.post!.responses)).toEqual(expect.arrayContaining(['200', '404', '409']));
  });

  it('gives every documented operation a success schema and every body a schema', async () => {
    const { paths } = await document();
    for (const endpoint of allV1Endpoints) {
      const operation = paths[endpoint.path]![endpoint.method]!;
      const success = operation.responses[String(endpoint.success.status)]!;
      if (endpoint.success.schema) expect(success.content?.['application/json']?.schema, `${endpoint.method} ${endpoint.path}`).toBeDefined();
      if (endpoint.body) expect(operation.requestBody?.content['application/json']?.schema, `${endpoint.method} ${endpoint.path}`).toBeDefined();
    }
  });
});
