/**
 * The role matrix: every page route and API route × every kind of caller → what the caller
 * gets. This table is the specification; tests/e2e/role-matrix.spec.ts walks it against the
 * running server, and fails if a route exists that the table does not list.
 *
 * Written out by hand, not derived from lib/domains/auth/permissions.ts: a test that computed its
 * expectations from the code under test could never disagree with it.
 */

/** Staff callers (signed in with a session), and callers without one. */
export const staffCallers = ['hr', 'top', 'topOut', 'medAmo', 'medIn', 'managerIn', 'managerOut', 'leader', 'noAccess', 'anonymous'] as const;
export type StaffCaller = (typeof staffCallers)[number];

/** What a caller gets: the page, 403, 404, the sign-in page (pages) or 401 (downloads), or a redirect elsewhere. */
export type Outcome = 'ok' | 'bad-request' | 'forbidden' | 'not-found' | 'sign-in' | 'unauthenticated' | 'redirect';

/**
 * `noAccess` was let in by single sign-on and has no role yet: the overview (which says so) and
 * nothing else — every other page answers 403 before it looks anything up.
 *
 * `topOut` is top management scoped to an area that does not hold `inScope` (a director of
 * another area); `medIn` is MED/AMO scoped to the area that holds it (a lokal-MED). Unscoped
 * `top` and `medAmo` see the whole organisation.
 *
 * Ids a route template can name. "Ours" are the demo organisation's; "theirs" belong to another
 * organisation and must look exactly like ids that do not exist. `inScope` is a group below the
 * managerIn's scope (and not below managerOut's); the leader belongs to no group of this round.
 * `draftRound` has not opened and waits for MED/AMO's approval (the demo has a MED/AMO member).
 */
export type IdName = 'group' | 'leader' | 'membership' | 'closedRound' | 'openRound' | 'draftRound' | 'theirGroup' | 'theirLeader' | 'theirMembership' | 'theirRound' | 'theirAction' | 'inScope';

export interface PageRow {
  /** The file under app/(app)/[orgSlug] this row covers (checked against the file system). */
  file: string;
  /** The path after /<org>, with {id} placeholders. */
  path: string;
  /** GET unless said; a POST is sent from this site's origin with `body`. */
  method?: 'POST';
  body?: unknown;
  expect: Record<StaffCaller, Outcome>;
}

const everyone = (outcome: Outcome): Record<StaffCaller, Outcome> => ({
  hr: outcome,
  top: outcome,
  topOut: outcome,
  medAmo: outcome,
  medIn: outcome,
  managerIn: outcome,
  managerOut: outcome,
  leader: outcome,
  noAccess: 'forbidden',
  anonymous: 'sign-in',
});
const only = (allowed: StaffCaller[], otherwise: Outcome = 'forbidden', outcome: Outcome = 'ok'): Record<StaffCaller, Outcome> => ({
  ...everyone(otherwise),
  ...Object.fromEntries(allowed.map((c) => [c, outcome])),
});
const management: StaffCaller[] = ['hr', 'top', 'topOut', 'medAmo', 'medIn', 'managerIn', 'managerOut'];
/** Who reaches a group below the managerIn's scope: everyone whose area holds it. */
const reachInScope: StaffCaller[] = ['hr', 'top', 'medAmo', 'medIn', 'managerIn'];

export const pageMatrix: PageRow[] = [
  { file: 'page.tsx', path: '', expect: { ...everyone('ok'), noAccess: 'ok' } },
  // What leaders shared with this address: addressed to the person, whatever their role.
  { file: 'shared-with-me/page.tsx', path: '/shared-with-me', expect: { ...everyone('ok'), noAccess: 'ok' } },

  { file: 'groups/page.tsx', path: '/groups', expect: only(management) },
  { file: 'groups/[groupId]/page.tsx', path: '/groups/{group}', expect: only(management) },
  { file: 'groups/[groupId]/page.tsx', path: '/groups/{theirGroup}', expect: only(management, 'forbidden', 'not-found') },

  { file: 'leaders/page.tsx', path: '/leaders', expect: only(['hr']) },
  { file: 'leaders/[leaderId]/page.tsx', path: '/leaders/{leader}', expect: only(['hr']) },
  { file: 'leaders/[leaderId]/page.tsx', path: '/leaders/{theirLeader}', expect: only(['hr'], 'forbidden', 'not-found') },
  { file: 'leaders/import/page.tsx', path: '/leaders/import', expect: only(['hr']) },
  { file: 'leaders/import/example.csv/route.ts', path: '/leaders/import/example.csv', expect: { ...only(['hr']), anonymous: 'unauthenticated' } },

  { file: 'members/page.tsx', path: '/members', expect: only(['hr']) },
  { file: 'members/[membershipId]/page.tsx', path: '/members/{membership}', expect: only(['hr']) },
  { file: 'members/[membershipId]/page.tsx', path: '/members/{theirMembership}', expect: only(['hr'], 'forbidden', 'not-found') },

  { file: 'rounds/page.tsx', path: '/rounds', expect: only(management) },
  { file: 'rounds/[roundId]/page.tsx', path: '/rounds/{closedRound}', expect: only(management) },
  // A draft: HR may ask for approval and open, MED/AMO may approve, the rest see where it stands (server actions through the page).
  { file: 'rounds/[roundId]/page.tsx', path: '/rounds/{draftRound}', expect: only(management) },
  { file: 'rounds/[roundId]/page.tsx', path: '/rounds/{theirRound}', expect: only(management, 'forbidden', 'not-found') },
  // The invitees' names, kept off the page with the counts: HR only.
  { file: 'rounds/[roundId]/invitations/page.tsx', path: '/rounds/{openRound}/invitations', expect: only(['hr']) },
  { file: 'rounds/[roundId]/invitations/page.tsx', path: '/rounds/{theirRound}/invitations', expect: only(['hr'], 'forbidden', 'not-found') },
  { file: 'rounds/new/page.tsx', path: '/rounds/new', expect: only(['hr']) },
  // An opened round's settings are what leaders were promised: HR is sent back to the round.
  { file: 'rounds/[roundId]/edit/page.tsx', path: '/rounds/{openRound}/edit', expect: only(['hr'], 'forbidden', 'redirect') },
  { file: 'rounds/[roundId]/edit/page.tsx', path: '/rounds/{theirRound}/edit', expect: only(['hr'], 'forbidden', 'not-found') },

  // Every role reads some results: management is taken to the latest closed round; a leader sees
  // the rounds they took part in (this one took part in none, so its round is a 404 to them).
  { file: 'results/page.tsx', path: '/results', expect: { ...everyone('redirect'), leader: 'ok' } },
  { file: 'results/[roundId]/page.tsx', path: '/results/{closedRound}', expect: { ...everyone('ok'), leader: 'not-found' } },
  { file: 'results/[roundId]/page.tsx', path: '/results/{closedRound}?group={inScope}', expect: { ...only(reachInScope, 'not-found'), anonymous: 'sign-in' } },
  { file: 'results/[roundId]/page.tsx', path: '/results/{theirRound}', expect: everyone('not-found') },
  // A group across its closed rounds: the same reach as its dashboards (a round the caller may not open is left out; none at all is a 404).
  { file: 'results/trend/[groupId]/page.tsx', path: '/results/trend/{inScope}', expect: { ...only(reachInScope, 'not-found'), anonymous: 'sign-in' } },
  { file: 'results/trend/[groupId]/page.tsx', path: '/results/trend/{theirGroup}', expect: everyone('not-found') },
  // The export holds the caller's whole reach (which groups: see the subtree test in the spec).
  { file: 'results/[roundId]/export/route.ts', path: '/results/{closedRound}/export?format=csv', expect: { ...everyone('ok'), leader: 'not-found', anonymous: 'unauthenticated' } },
  { file: 'results/[roundId]/export/route.ts', path: '/results/{theirRound}/export?format=csv', expect: { ...everyone('not-found'), anonymous: 'unauthenticated' } },
  // The heatmap's slices, fetched by the dashboard: the page's door (a leader of no group: 404), then management only (a leader of a group: 403).
  { file: 'results/[roundId]/heatmap/route.ts', path: '/results/{closedRound}/heatmap', expect: { ...everyone('ok'), leader: 'not-found', anonymous: 'unauthenticated' } },
  {
    file: 'results/[roundId]/heatmap/route.ts',
    path: '/results/{closedRound}/heatmap?group={inScope}&from=0&count=5',
    expect: { ...only(reachInScope, 'not-found'), anonymous: 'unauthenticated' },
  },
  { file: 'results/[roundId]/heatmap/route.ts', path: '/results/{theirRound}/heatmap', expect: { ...everyone('not-found'), anonymous: 'unauthenticated' } },
  { file: 'results/[roundId]/heatmap/route.ts', path: '/results/{closedRound}/heatmap?count=0', expect: { ...everyone('bad-request'), anonymous: 'unauthenticated' } },

  // The workshop: facilitators (HR, managers of leaders in their subtree) run it; the group's
  // participants, top management and MED/AMO (every group: they review results and plans by law)
  // read it, starting from the round's list of the groups they may open. Notes and the agenda
  // clock are changed through routes; the bodies here are invalid on purpose, so 400 shows the
  // caller got through without writing anything.
  { file: 'workshop/page.tsx', path: '/workshop', expect: everyone('ok') },
  { file: 'workshop/[roundId]/[groupId]/page.tsx', path: '/workshop/{closedRound}/{inScope}', expect: { ...only(reachInScope, 'not-found'), anonymous: 'sign-in' } },
  { file: 'workshop/[roundId]/[groupId]/page.tsx', path: '/workshop/{theirRound}/{theirGroup}', expect: everyone('not-found') },
  {
    file: 'workshop/[roundId]/[groupId]/notes/route.ts',
    path: '/workshop/{closedRound}/{inScope}/notes',
    method: 'POST',
    body: { questionKey: 'no.such.question', body: '' },
    expect: { ...only(['hr', 'managerIn', 'managerOut'], 'forbidden', 'bad-request'), anonymous: 'unauthenticated' },
  },
  // (The body is checked before the group, so managerOut's 400 says nothing about it; that a
  // manager cannot write outside their subtree is tests/integration/dialogue-notes.test.ts.)
  // The shared agenda clock: read (polled) by whoever may open the workshop, changed by a facilitator.
  {
    file: 'workshop/[roundId]/[groupId]/timer/route.ts',
    path: '/workshop/{closedRound}/{inScope}/timer',
    expect: { ...only(reachInScope, 'not-found'), anonymous: 'unauthenticated' },
  },
  { file: 'workshop/[roundId]/[groupId]/timer/route.ts', path: '/workshop/{theirRound}/{theirGroup}/timer', expect: { ...everyone('not-found'), anonymous: 'unauthenticated' } },
  {
    file: 'workshop/[roundId]/[groupId]/timer/route.ts',
    path: '/workshop/{closedRound}/{inScope}/timer',
    method: 'POST',
    body: { action: 'explode' },
    expect: { ...only(['hr', 'managerIn', 'managerOut'], 'forbidden', 'bad-request'), anonymous: 'unauthenticated' },
  },

  { file: 'action-plan/page.tsx', path: '/action-plan', expect: everyone('ok') },
  { file: 'action-plan/[actionId]/page.tsx', path: '/action-plan/{theirAction}', expect: everyone('not-found') },

  { file: 'apv/page.tsx', path: '/apv', expect: only(management) },
  { file: 'apv/[roundId]/[groupId]/page.tsx', path: '/apv/{closedRound}/{inScope}', expect: { ...only(reachInScope, 'not-found'), leader: 'forbidden', anonymous: 'sign-in' } },
  { file: 'apv/[roundId]/[groupId]/page.tsx', path: '/apv/{theirRound}/{theirGroup}', expect: { ...everyone('not-found'), leader: 'forbidden' } },
  {
    file: 'apv/[roundId]/report/route.ts',
    path: '/apv/{closedRound}/report?format=csv&groupId={inScope}',
    expect: { ...only(reachInScope, 'not-found'), leader: 'forbidden', anonymous: 'unauthenticated' },
  },
  { file: 'apv/[roundId]/report/route.ts', path: '/apv/{theirRound}/report?format=csv', expect: { ...everyone('not-found'), leader: 'forbidden', anonymous: 'unauthenticated' } },

  { file: 'settings/page.tsx', path: '/settings', expect: { ...everyone('redirect'), noAccess: 'redirect' } },
  { file: 'settings/api-keys/page.tsx', path: '/settings/api-keys', expect: only(['hr']) },
  { file: 'settings/privacy/page.tsx', path: '/settings/privacy', expect: only(['hr']) },
  { file: 'settings/mails/page.tsx', path: '/settings/mails', expect: only(['hr']) },
  { file: 'settings/sso/page.tsx', path: '/settings/sso', expect: only(['hr']) },
  { file: 'settings/scim/page.tsx', path: '/settings/scim', expect: only(['hr']) },
  { file: 'audit/page.tsx', path: '/audit', expect: only(['hr']) },
  { file: 'audit/export/route.ts', path: '/audit/export', expect: { ...only(['hr']), anonymous: 'unauthenticated' } },
];

/** Callers of the public API and the personal-link API. */
export const apiCallers = ['apiKey', 'theirApiKey', 'noKey', 'staffSession'] as const;
export type ApiCaller = (typeof apiCallers)[number];

export interface ApiRow {
  file: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  /** A body for POST or PATCH; invalid on purpose where a valid one would change data: 400 proves the caller got through. */
  body?: unknown;
  expect: Record<ApiCaller, number>;
}

const keyOnly = (status: number, theirs: number): Record<ApiCaller, number> => ({ apiKey: status, theirApiKey: theirs, noKey: 401, staffSession: 401 });

export const apiMatrix: ApiRow[] = [
  { file: 'v1/groups/route.ts', method: 'GET', path: '/api/v1/groups', expect: keyOnly(200, 200) },
  { file: 'v1/groups/route.ts', method: 'POST', path: '/api/v1/groups', body: { name: '' }, expect: keyOnly(400, 400) },
  { file: 'v1/groups/route.ts', method: 'POST', path: '/api/v1/groups', body: { name: 'Under en fremmed gruppe', parentId: '{theirGroup}' }, expect: keyOnly(404, 201) },
  { file: 'v1/groups/[id]/route.ts', method: 'GET', path: '/api/v1/groups/{theirGroup}', expect: keyOnly(404, 200) },
  // The name it already has: the other organisation's key gets through and changes nothing.
  { file: 'v1/groups/[id]/route.ts', method: 'PATCH', path: '/api/v1/groups/{theirGroup}', body: { name: 'Deres gruppe' }, expect: keyOnly(404, 200) },
  // Their leader is still in it: 409 proves the key got through without archiving anything.
  { file: 'v1/groups/[id]/route.ts', method: 'DELETE', path: '/api/v1/groups/{theirGroup}', expect: keyOnly(404, 409) },
  { file: 'v1/leaders/route.ts', method: 'GET', path: '/api/v1/leaders', expect: keyOnly(200, 200) },
  { file: 'v1/leaders/[id]/route.ts', method: 'GET', path: '/api/v1/leaders/{theirLeader}', expect: keyOnly(404, 200) },
  { file: 'v1/leaders/[id]/route.ts', method: 'PATCH', path: '/api/v1/leaders/{theirLeader}', body: { name: 'Deres leder' }, expect: keyOnly(404, 200) },
  { file: 'v1/leaders/route.ts', method: 'POST', path: '/api/v1/leaders', body: { name: 'X', email: 'x@example.test', groupId: '{theirGroup}' }, expect: keyOnly(404, 201) },
  { file: 'v1/rounds/route.ts', method: 'POST', path: '/api/v1/rounds', body: { name: 'R' }, expect: keyOnly(400, 400) },
  { file: 'v1/rounds/[id]/route.ts', method: 'GET', path: '/api/v1/rounds/{closedRound}', expect: keyOnly(200, 404) },
  { file: 'v1/rounds/[id]/open/route.ts', method: 'POST', path: '/api/v1/rounds/{theirRound}/open', expect: keyOnly(404, 409) },
  // Not approved by MED/AMO yet: the key gets 409 approval_required (and MED/AMO a mail); another organisation's key a 404.
  { file: 'v1/rounds/[id]/open/route.ts', method: 'POST', path: '/api/v1/rounds/{draftRound}/open', expect: keyOnly(409, 404) },
  { file: 'v1/rounds/[id]/route.ts', method: 'GET', path: '/api/v1/rounds/{draftRound}', expect: keyOnly(200, 404) },
  { file: 'v1/rounds/[id]/close/route.ts', method: 'POST', path: '/api/v1/rounds/{theirRound}/close', body: {}, expect: keyOnly(404, 409) },
  { file: 'v1/rounds/[id]/results/route.ts', method: 'GET', path: '/api/v1/rounds/{closedRound}/results', expect: keyOnly(200, 404) },
  { file: 'v1/rounds/[id]/actions/route.ts', method: 'GET', path: '/api/v1/rounds/{closedRound}/actions', expect: keyOnly(200, 404) },
  { file: 'v1/rounds/[id]/actions/route.ts', method: 'POST', path: '/api/v1/rounds/{closedRound}/actions', body: { title: '' }, expect: keyOnly(400, 400) },
  { file: 'v1/rounds/[id]/report.pdf/route.ts', method: 'GET', path: '/api/v1/rounds/{closedRound}/report.pdf', expect: keyOnly(200, 404) },
  // Last of the rows that touch their leader: it archives them.
  { file: 'v1/leaders/[id]/route.ts', method: 'DELETE', path: '/api/v1/leaders/{theirLeader}', expect: keyOnly(404, 204) },
  // The API's documentation is public.
  { file: 'v1/openapi.json/route.ts', method: 'GET', path: '/api/v1/openapi.json', expect: { apiKey: 200, theirApiKey: 200, noKey: 200, staffSession: 200 } },
];

/**
 * Callers of SCIM provisioning (app/scim/v2): the organisation's SCIM token, another
 * organisation's, an API key (which never opens SCIM), and nobody. Every refusal is in SCIM's
 * error shape, never the API's.
 */
export const scimCallers = ['scimToken', 'theirScimToken', 'apiKey', 'noToken'] as const;
export type ScimCaller = (typeof scimCallers)[number];

export interface ScimRow {
  /** The file under app/scim/v2 this row covers. */
  file: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  expect: Record<ScimCaller, number>;
}

const tokenOnly = (status: number, theirs: number): Record<ScimCaller, number> => ({ scimToken: status, theirScimToken: theirs, apiKey: 401, noToken: 401 });
const scimPatch = (operation: unknown) => ({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [operation] });

export const scimMatrix: ScimRow[] = [
  { file: 'Users/route.ts', method: 'GET', path: '/scim/v2/Users', expect: tokenOnly(200, 200) },
  // Not an e-mail: 400 proves the token got through without creating anyone.
  { file: 'Users/route.ts', method: 'POST', path: '/scim/v2/Users', body: { userName: 'not-an-email' }, expect: tokenOnly(400, 400) },
  { file: 'Users/[id]/route.ts', method: 'GET', path: '/scim/v2/Users/{theirLeader}', expect: tokenOnly(404, 200) },
  // The name it already has: the other organisation's token gets through and changes nothing.
  { file: 'Users/[id]/route.ts', method: 'PATCH', path: '/scim/v2/Users/{theirLeader}', body: scimPatch({ op: 'Replace', path: 'displayName', value: 'Deres leder' }), expect: tokenOnly(404, 200) },
  { file: 'Users/[id]/route.ts', method: 'PUT', path: '/scim/v2/Users/{theirLeader}', body: { userName: 'not-an-email' }, expect: tokenOnly(404, 400) },
  { file: 'Groups/route.ts', method: 'GET', path: '/scim/v2/Groups', expect: tokenOnly(200, 200) },
  { file: 'Groups/route.ts', method: 'POST', path: '/scim/v2/Groups', body: { displayName: '' }, expect: tokenOnly(400, 400) },
  { file: 'Groups/[id]/route.ts', method: 'GET', path: '/scim/v2/Groups/{theirGroup}', expect: tokenOnly(404, 200) },
  { file: 'Groups/[id]/route.ts', method: 'PATCH', path: '/scim/v2/Groups/{theirGroup}', body: scimPatch({ op: 'Replace', path: 'displayName', value: 'Deres gruppe' }), expect: tokenOnly(404, 204) },
  { file: 'Groups/[id]/route.ts', method: 'PUT', path: '/scim/v2/Groups/{theirGroup}', body: { displayName: '' }, expect: tokenOnly(404, 400) },
  // Their leader's group is also their token's start group: deleting it leaves the leader there, so 409.
  { file: 'Groups/[id]/route.ts', method: 'DELETE', path: '/scim/v2/Groups/{theirGroup}', expect: tokenOnly(404, 409) },
  { file: 'ServiceProviderConfig/route.ts', method: 'GET', path: '/scim/v2/ServiceProviderConfig', expect: tokenOnly(200, 200) },
  { file: 'ResourceTypes/route.ts', method: 'GET', path: '/scim/v2/ResourceTypes', expect: tokenOnly(200, 200) },
  { file: 'Schemas/route.ts', method: 'GET', path: '/scim/v2/Schemas', expect: tokenOnly(200, 200) },
  { file: '[...path]/route.ts', method: 'POST', path: '/scim/v2/Bulk', body: {}, expect: tokenOnly(404, 404) },
  // Last of the rows that touch their leader: it archives them.
  { file: 'Users/[id]/route.ts', method: 'DELETE', path: '/scim/v2/Users/{theirLeader}', expect: tokenOnly(404, 204) },
];

/** Routes outside the staff area and the public API, with who may use them. */
export const otherRoutes = [
  { file: 'api/health/route.ts', access: 'public: the load balancer asks it' },
  { file: 'api/auth/[...nextauth]/route.ts', access: 'next-auth: sign-in, sign-out, session (CSRF-protected by next-auth)' },
  { file: 'api/r/[token]/answers/route.ts', access: 'personal link holder only: tests/integration/link-routes.test.ts' },
  { file: 'api/r/[token]/submit/route.ts', access: 'personal link holder only: tests/integration/link-routes.test.ts' },
  { file: 'api/r/[token]/answers.csv/route.ts', access: 'personal link holder only: tests/integration/link-routes.test.ts' },
  { file: 'api/r/[token]/pool-concern/route.ts', access: 'personal link holder only: tests/integration/pool.test.ts' },
  { file: 'api/r/[token]/form/route.ts', access: 'personal link holder only: tests/integration/questionnaire-form.test.ts' },
  { file: 'api/r/[token]/language/route.ts', access: 'personal link holder only (sets the language cookie): tests/e2e/questionnaire-without-js.spec.ts' },
] as const;
