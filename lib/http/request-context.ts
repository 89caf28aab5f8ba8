/** Who is calling, as far as an audit entry needs to know: "from where" is the client address. */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

export function requestContextFrom(headers: Headers): RequestContext {
  // Behind a reverse proxy the first X-Forwarded-For entry is the client; the proxy must set it.
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return {
    ip: forwarded || headers.get('x-real-ip') || null,
    userAgent: headers.get('user-agent')?.slice(0, 300) ?? null,
  };
}
