/**
 * Conditional GET (RFC 9110, sections 8.8.3 and 13.1.2) for the edges: a handler that knows its
 * answer's validator returns `revalidated(body, etag)`, and the edge answers a request that
 * already holds that ETag with 304 and no body. Only an edge turns this into a response — the
 * domains compute ETags, they never see HTTP.
 */
export class Revalidatable<T> {
  constructor(
    readonly body: T,
    /** null: this answer has no validator (it may change at any moment): sent without one, and kept by no cache. */
    readonly etag: string | null,
  ) {}
}

export function revalidated<T>(body: T, etag: string | null): Revalidatable<T> {
  return new Revalidatable(body, etag);
}

const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/** If-None-Match uses the weak comparison: W/"x" and "x" name the same answer; "*" matches any. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const ours = opaque(etag);
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || opaque(tag) === ours;
  });
}

/**
 * The headers of an answer with a validator: kept by the client's own cache only (`private`,
 * it names an organisation's results) and asked about again before every use (`no-cache`), so
 * the edge's access check and audit entry run on every request, 304 or not.
 */
export function validatorHeaders(etag: string, vary: string): Headers {
  return new Headers({ ETag: etag, 'Cache-Control': 'private, no-cache', Vary: vary });
}

/** 304 to a request that holds the ETag (with the headers a 200 would carry, as section 15.4.5 asks), else the JSON. */
export function conditionalJson(request: Request, body: unknown, etag: string, options: { status: number; vary: string }): Response {
  const headers = validatorHeaders(etag, options.vary);
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { status: options.status, headers });
}
