import 'server-only';
import { NextResponse } from 'next/server';
import { AppError, notFound } from '@/lib/errors';
import { apiErrorResponse } from '@/lib/http/api-error-response';
import { clientIp } from '@/lib/http/request-context';
import type { RespondentContext } from './respondent';
import { lookupPersonalLink } from './respondent-for-token';

/** No cache may keep a leader's answers, and no Referer may carry the token onwards. */
export const personalHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } as const;

/**
 * Route handlers reached through a personal link (/api/r/<token>/…): the token resolves to the
 * respondent or the request ends as 404 (unknown link) or 409 (closed round). The token is
 * never logged.
 */
export function linkRoute(handler: (ctx: RespondentContext, request: Request) => Promise<Response | object>) {
  return async (request: Request, route: { params: Promise<{ token: string }> }): Promise<Response> => {
    try {
      const link = await lookupPersonalLink((await route.params).token, clientIp(request.headers));
      if (!link) throw notFound('This link is not valid.');
      if (link.state === 'rate-limited') {
        throw new AppError('rate_limited', { messageKey: 'rateLimit.retryAfter', messageValues: { seconds: link.retryAfterSeconds }, retryAfterSeconds: link.retryAfterSeconds });
      }
      if (link.state === 'closed') {
        throw new AppError('conflict', { messageKey: 'questionnaire.errors.closed', userMessage: 'This round has closed; answers can no longer be changed.' });
      }
      const result = await handler(link.ctx, request);
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
