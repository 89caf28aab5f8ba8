/**
 * Every abuse limit, in one table. A limit counts requests per subject (an IP address, an API
 * key id or an e-mail address) in a fixed window. The numbers are set so that a person using
 * the product, or a whole town hall behind one address, never meets them, while guessing links,
 * flooding someone's inbox or hammering the API stops within minutes.
 */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export const rateLimits = {
  /** Magic sign-in links mailed, per address asked for and per caller. */
  signInMailPerEmail: { limit: 5, windowSeconds: 15 * 60 },
  signInMailPerIp: { limit: 30, windowSeconds: 15 * 60 },
  /** Organisations created (each mails a sign-in link). */
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  /** "Send me a fresh link" on the landing page. */
  freshLinkPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  freshLinkPerIp: { limit: 20, windowSeconds: 15 * 60 },
  /**
   * Personal links that did not resolve. Only failures count: a hundred leaders behind one
   * municipal address autosaving their answers must never be slowed, but guessing tokens must.
   */
  failedTokenLookupsPerIp: { limit: 30, windowSeconds: 10 * 60 },
  /**
   * "Someone in my pool is not a leader here", per personal link (the invitation id is the
   * subject; the counter stores only its keyed hash). Enough to add a second thought, too few
   * to flood MED/AMO's inboxes from one link.
   */
  poolConcernsPerLink: { limit: 3, windowSeconds: 24 * 60 * 60 },
  /** The public API, per key and per caller address (bad keys included). */
  apiPerKey: { limit: 600, windowSeconds: 60 },
  apiPerIp: { limit: 1200, windowSeconds: 60 },
} as const satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof rateLimits;
