import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { requestContextFrom, type RequestContext } from '@/lib/platform/http/request-context';

/**
 * next-auth v4 hands its events no request, yet a sign-in's audit entry must say from where.
 * The route handler runs next-auth inside this store; the events read it.
 */
const authRequestStore = new AsyncLocalStorage<RequestContext>();

export function withAuthRequest<T>(request: Pick<Request, 'headers'>, run: () => Promise<T>): Promise<T> {
  return authRequestStore.run(requestContextFrom(request.headers), run);
}

export function currentAuthRequest(): RequestContext | undefined {
  return authRequestStore.getStore();
}
