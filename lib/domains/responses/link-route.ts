import 'server-only';
import { NextResponse } from 'next/server';
import { AppError, notFound } from '@/lib/platform/errors';
import { apiErrorResponse } from '@/lib/platform/http/api-error-response';
import { clientIp } from '@/lib/platform/http/request-context';
import type { RespondentActor } from '@/lib/domains/auth/actor';
import { saveTurns } from '@/lib/platform/db/turn-queue';
import { lookupPersonalLink, lookupRespondent } from './respondent-for-token';

/** No cache may keep a leader's answers, and no Referer may carry the token onwards. */
export const personalHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } as const;

/**
 * Route handlers reached through a personal link (/api/r/<token>/…): the token resolves to the
 * respondent or the request ends as 404 (unknown link) or 409 (closed round). The token is
 * never logged.
 *
 * These are the routes a rush of leaders hits (every autosave, every submit): each request waits
 * its turn for the database in a bounded line (saveTurns, lib/platform/db/turn-queue.ts) rather
 * than failing when the pool is busy; only a full line answers 503 with Retry-After.
 */
export function linkRoute(handler: (ctx: RespondentActor, request: Request) => Promise<Response | object>) {
  return async (request: Request, route: { params: Promise<{ token: string }> }): Promise<Response> => {
    try {
      const { token } = await route.params;
      const ip = clientIp(request.headers);
      const result = await saveTurns().run(async () => {
        // A leader who gave up while waiting (closed the tab, or their client timed out) gets
        // nothing from the work: it is skipped, and the turn goes to the next in line.
        if (request.signal?.aborted) return new Response(null, { status: 499 });
        const link = await lookupRespondent(token, ip);
        if (!link) throw notFound('This link is not valid.');
        if (link.state === 'rate-limited') {
          throw new AppError('rate_limited', { messageKey: 'rateLimit.retryAfter', messageValues: { seconds: link.retryAfterSeconds }, retryAfterSeconds: link.retryAfterSeconds });
        }
        if (link.state === 'closed') {
          throw new AppError('conflict', { messageKey: 'questionnaire.errors.closed', userMessage: 'This round has closed; answers can no longer be changed.' });
        }
        return handler(link.ctx, request);
      });
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(personalHeaders)) result.headers.set(name, value);
        return result;
      }
      return NextResponse.json(result, { headers: personalHeaders });
    } catch (error) {
      const response = apiErrorResponse(error);
      for (const [name, value] of Object.entries(personalHeaders)) response.headers.set(name, value);
      return response;
    }
  };
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, ...personalHeaders } });
}

/**
 * Plain HTML forms posted from a personal link's page (/api/r/<token>/…), so that they work
 * without JavaScript. A server action cannot do that here: the page is sent with
 * Referrer-Policy: no-referrer, so the browser posts the form with `Origin: null`, which Next's
 * server-action origin check refuses. The token in the path is the credential — no cookie rides
 * along that another site could borrow — so no origin check is needed.
 *
 * The answer is a 303 back to the page: to /r/<token> itself for an unknown link, a closed round
 * or too many unknown links (the page explains each), else to what the handler returns (a query
 * and fragment). A body that is not a form is a 400 in the error shape.
 */
export function linkFormRoute(handler: (ctx: RespondentActor, form: FormData) => Promise<string>) {
  return async (request: Request, route: { params: Promise<{ token: string }> }): Promise<Response> => {
    const { token } = await route.params;
    const page = `/r/${encodeURIComponent(token)}`;
    const link = await lookupPersonalLink(token, clientIp(request.headers));
    if (!link || link.state !== 'open') return seeOther(page);
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      const response = apiErrorResponse(new AppError('validation_failed', { userMessage: 'Send the form from the page.' }));
      for (const [name, value] of Object.entries(personalHeaders)) response.headers.set(name, value);
      return response;
    }
    return seeOther(`${page}${await handler(link.ctx, form)}`);
  };
}
