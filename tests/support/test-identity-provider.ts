import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, decodeJwt, type KeyLike } from 'jose';
import Provider from 'oidc-provider';

/** A person at the test identity provider. `disabled`: the provider refuses them, as Entra ID does a blocked account. */
export interface TestIdpAccount {
  sub: string;
  email: string;
  name?: string;
  groups?: string[];
  disabled?: boolean;
}

/** How the provider's token answer is spoiled on its way out: what a forged or misdirected ID token looks like. */
export type IdTokenTamper = 'bad-signature' | 'wrong-audience' | null;

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: TestIdpAccount[];
  /** Who signs in when the request carries no login_hint. */
  nextLogin: string | null;
  tamper: IdTokenTamper;
  close(): Promise<void>;
}

const KID = 'test-signing-key';

/**
 * A real OpenID Connect provider (panva's oidc-provider, the certified implementation) on
 * loopback, for tests of our single sign-on: discovery, authorisation code with PKCE, signed ID
 * tokens. Its login screen is replaced by an automatic one — the account named by `login_hint`
 * (what our sign-in form passes on) or by `nextLogin` signs in at once; a disabled account is
 * refused with `access_denied`. `tamper` spoils the ID token in the token endpoint's answer, to
 * show the relying party refuses it.
 */
export async function startTestIdentityProvider(options: { redirectUris: string[]; accounts: TestIdpAccount[]; port?: number }): Promise<TestIdentityProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const issuer = `http://127.0.0.1:${port}`;

  const idp: TestIdentityProvider = {
    issuer,
    clientId: 'ledertrivsel-test',
    clientSecret: 'test-client-secret-that-is-long-enough',
    accounts: options.accounts,
    nextLogin: null,
    tamper: null,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: idp.clientId,
        client_secret: idp.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk as never] },
    // Claims go into the ID token, as Entra ID puts them there (next-auth reads the ID token only).
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    scopes: ['openid', 'email', 'profile'],
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-idp-cookie-key'] },
    findAccount: (_ctx, sub) => {
      const account = idp.accounts.find((a) => a.sub === sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: account.email, email_verified: true, name: account.name ?? account.email, ...(account.groups ? { groups: account.groups } : {}) }),
      };
    },
  });
  // Loopback over http: the provider would otherwise refuse to set its cookies without TLS.
  provider.proxy = true;
  const handle = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : idp.nextLogin;
    const account = idp.accounts.find((a) => a.email.toLowerCase() === hint?.toLowerCase());
    if (!account || account.disabled) {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: account ? 'The account is disabled.' : 'Unknown account.' }, { mergeWithLastSubmission: false });
      return;
    }
    const grant = new provider.Grant({ accountId: account.sub, clientId: idp.clientId });
    grant.addOIDCScope('openid email profile');
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: account.sub }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }

  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    if (req.method === 'POST' && req.url?.startsWith('/token') && idp.tamper) spoilIdToken(res, idp, privateKey);
    void handle(req, res);
  });
  return idp;
}

/** Rewrites the token endpoint's JSON answer as it leaves, replacing the ID token with a spoiled one. */
function spoilIdToken(res: ServerResponse, idp: TestIdentityProvider, signingKey: KeyLike): void {
  const mode = idp.tamper;
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
  res.end = ((chunk?: unknown) => {
    if (chunk === undefined || typeof chunk === 'function') return end(chunk);
    const body = JSON.parse(Buffer.from(chunk as Buffer).toString('utf8')) as { id_token?: string };
    if (!body.id_token) return end(chunk);
    void spoiled(body.id_token, mode, signingKey).then((idToken) => {
      const text = JSON.stringify({ ...body, id_token: idToken });
      res.setHeader('content-length', Buffer.byteLength(text));
      end(text);
    });
    return res;
  }) as typeof res.end;
}

async function spoiled(idToken: string, mode: IdTokenTamper, signingKey: KeyLike): Promise<string> {
  const claims = decodeJwt(idToken);
  if (mode === 'wrong-audience') {
    // Signed with the provider's own key, but issued to another application.
    return new SignJWT({ ...claims, aud: 'another-application' }).setProtectedHeader({ alg: 'RS256', kid: KID }).sign(signingKey);
  }
  // The same claims under the same key id, signed by a key the provider never published.
  const { privateKey: forger } = await generateKeyPair('RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: KID }).sign(forger);
}
