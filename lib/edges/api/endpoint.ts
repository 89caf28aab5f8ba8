import type { z } from 'zod';
import type { Permission } from '@/lib/domains/auth/permissions';

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/**
 * One public API endpoint's contract: the zod schemas its handler validates with and the
 * metadata the OpenAPI document is generated from — one object, so the two cannot drift.
 */
export interface Endpoint<Params extends z.ZodType = z.ZodType, Query extends z.ZodType = z.ZodType, Body extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  method: HttpMethod;
  /** OpenAPI path under /api/v1, with {braces} for parameters, e.g. "/rounds/{id}/open". */
  path: string;
  summary: string;
  tag: string;
  permission: Permission;
  params?: Params;
  query?: Query;
  body?: Body;
  success: {
    status: 200 | 201 | 204;
    description: string;
    schema?: Response;
    contentType?: 'application/json' | 'application/pdf' | 'text/csv';
    /**
     * A GET whose handler may answer `revalidated(body, etag)` (lib/platform/http/conditional-get.ts):
     * the answer then carries an ETag and `Cache-Control: private, no-cache`, and a request with a
     * matching If-None-Match gets 304. Documented in OpenAPI; any other answer stays no-store.
     */
    revalidate?: boolean;
  };
  /** Error statuses this endpoint can answer besides 401/429/500, documented in OpenAPI. */
  errors: (400 | 403 | 404 | 409 | 413)[];
  /** What an error status means for this endpoint, where it says more than the general description. */
  errorNotes?: Partial<Record<400 | 403 | 404 | 409 | 413, string>>;
}

export function defineEndpoint<Params extends z.ZodType, Query extends z.ZodType, Body extends z.ZodType, Response extends z.ZodType>(
  endpoint: Endpoint<Params, Query, Body, Response>,
): Endpoint<Params, Query, Body, Response> {
  return endpoint;
}
