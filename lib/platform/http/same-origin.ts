import { env } from '@/lib/platform/env';
import { AppError } from '@/lib/platform/errors';

/**
 * CSRF protection for the few route handlers that change data on the strength of a session
 * cookie (server actions get the same check from Next itself). A browser always sends Origin on
 * a cross-site POST; only our own pages may send one naming us. SameSite=Lax cookies already
 * keep most cross-site requests unauthenticated — this closes the rest.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const expected = new URL(env().APP_URL).origin;
  // Next builds request.url from the Host the browser used, so a page served from it matches.
  const sameHost = origin !== null && URL.canParse(origin) && new URL(origin).host === new URL(request.url).host;
  if (origin !== expected && !sameHost) throw new AppError('forbidden', { userMessage: 'This request must come from the app itself.' });
}
