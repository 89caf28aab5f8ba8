import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SsoIdentity } from '@/lib/domains/sso/admit';
import { requestContextFrom, type RequestContext } from '@/lib/platform/http/request-context';

interface AuthRequest {
  context: RequestContext;
  /** Set on a single sign-on's routes: the organisation whose identity provider this request speaks for. */
  ssoOrganisationId: string | null;
  /**
   * What the ID token said, kept from next-auth's signIn callback (which sees the token's claims)
   * for its signIn event (which sees only the stored user): groups are needed after the user exists.
   */
  ssoIdentity?: SsoIdentity;
}

/**
 * next-auth v4 hands its events and its adapter no request, yet a sign-in's audit entry must say
 * from where, and a session made by an organisation's single sign-on must be bound to that
 * organisation. The route handler runs next-auth inside this store; the events and the adapter read it.
 */
const authRequestStore = new AsyncLocalStorage<AuthRequest>();

export function withAuthRequest<T>(request: Pick<Request, 'headers'>, run: () => Promise<T>, ssoOrganisationId: string | null = null): Promise<T> {
  return authRequestStore.run({ context: requestContextFrom(request.headers), ssoOrganisationId }, run);
}

export function currentAuthRequest(): RequestContext | undefined {
  return authRequestStore.getStore()?.context;
}

export function currentSsoOrganisationId(): string | null {
  return authRequestStore.getStore()?.ssoOrganisationId ?? null;
}

export function rememberSsoIdentity(identity: SsoIdentity): void {
  const store = authRequestStore.getStore();
  if (store) store.ssoIdentity = identity;
}

export function currentSsoIdentity(): SsoIdentity | undefined {
  return authRequestStore.getStore()?.ssoIdentity;
}
