/** Who is calling, as far as an audit entry or an abuse limit needs to know. */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

/**
 * The client address. `next start` puts the socket's address in X-Forwarded-For when the
 * request has none, and a reverse proxy in front appends the address it saw. The last entry is
 * therefore the one written by our own side; earlier entries are whatever the client sent and
 * would let anyone pick their own address (and dodge the abuse limits). See README, "Deploying".
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return forwarded || headers.get('x-real-ip') || null;
}

export function requestContextFrom(headers: Headers): RequestContext {
  return { ip: clientIp(headers), userAgent: headers.get('user-agent')?.slice(0, 300) ?? null };
}
