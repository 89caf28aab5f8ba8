import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { Endpoint } from './endpoint';

const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const errorDescriptions: Record<number, string> = {
  400: 'Invalid input; `details` lists every field path and problem',
  401: 'Missing or invalid API key',
  403: 'The API key may not do this',
  404: "Not found, or another organisation's",
  409: 'Conflicts with existing data',
  413: 'Request body too large',
  429: 'Rate limited; see Retry-After',
  500: 'Internal error; nothing is revealed',
};

// Conditional GET (endpoint.success.revalidate; lib/platform/http/conditional-get.ts).
const ifNoneMatchHeader = z.object({
  'If-None-Match': z.string().optional().meta({ description: 'The ETag of an answer you hold: 304 without a body while it is still the answer.' }),
});
const validatorHeaders = {
  ETag: { description: 'Names this answer; send it back as If-None-Match.', schema: { type: 'string' as const } },
  'Cache-Control': { description: '`private, no-cache`: keep it in your own cache only, and ask before each use.', schema: { type: 'string' as const } },
};
const notModified = 'Not modified: the answer is still the one the If-None-Match names. No body.';

/** The OpenAPI 3.1 document, generated from the same endpoint contracts the handlers validate with. */
export function buildOpenApiDocument(endpoints: readonly Endpoint[], serverUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'An API key created by an HR admin' });
  for (const endpoint of endpoints) {
    const statuses = [...new Set([...endpoint.errors, 401, 429, 500])].sort();
    const success = endpoint.success;
    registry.registerPath({
      method: endpoint.method,
      path: endpoint.path,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      security: [{ apiKey: [] }],
      request: {
        ...(success.revalidate ? { headers: ifNoneMatchHeader } : {}),
        ...(endpoint.params ? { params: endpoint.params as z.ZodObject } : {}),
        ...(endpoint.query ? { query: endpoint.query as z.ZodObject } : {}),
        ...(endpoint.body ? { body: { required: true, content: { 'application/json': { schema: endpoint.body } } } } : {}),
      },
      responses: {
        [success.status]: {
          description: success.description,
          ...(success.revalidate ? { headers: validatorHeaders } : {}),
          ...(success.schema
            ? { content: { [success.contentType ?? 'application/json']: { schema: success.schema } } }
            : success.contentType
              ? { content: { [success.contentType]: { schema: { type: 'string', format: 'binary' } } } }
              : {}),
        },
        ...(success.revalidate ? { 304: { description: notModified, headers: validatorHeaders } } : {}),
        ...Object.fromEntries(
          statuses.map((status) => [status, { description: endpoint.errorNotes?.[status as 409] ?? errorDescriptions[status]!, content: { 'application/json': { schema: errorSchema } } }]),
        ),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Ledertrivsel API', version: '1', description: "For HR systems: groups, leaders, rounds, results and actions of one organisation (the API key's)." },
    servers: [{ url: serverUrl }],
  });
}
