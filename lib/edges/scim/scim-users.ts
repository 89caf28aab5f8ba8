import 'server-only';
import type { LeaderPatch } from '@/lib/domains/leaders/schemas';
import { leaderEmailSchema, leaderNameSchema } from '@/lib/domains/leaders/schemas';
import { leaderEmailById, type ScimLeader } from '@/lib/domains/scim/queries';
import { activeAsBoolean, ENTERPRISE_USER_SCHEMA, patchOpOf, SCIMMY, scimmyInput, USER_SCHEMA } from './scimmy';

/**
 * A leader as a SCIM User and back. What we read (README, "SCIM provisioning"):
 * - e-mail: the primary (else the work, else the first) of `emails`, else `userName`; stored
 *   lower-cased, and answered as both `userName` and the one work e-mail;
 * - name: `name.formatted`, else `displayName`, else `name.givenName` + `name.familyName`;
 * - `active`: false archives the leader, true restores them;
 * - `externalId`, `preferredLanguage` (or `locale`) "da"/"en", and the enterprise extension's
 *   `manager.value` — a leader's id here, whose e-mail becomes the manager's.
 * Everything else a client sends is accepted and not stored.
 */

type Json = Record<string, unknown>;

interface ScimUserIn {
  userName?: string;
  externalId?: string;
  displayName?: string;
  name?: { formatted?: string; givenName?: string; familyName?: string };
  emails?: { value?: string; type?: string; primary?: boolean }[];
  active?: boolean;
  preferredLanguage?: string;
  locale?: string;
  [ENTERPRISE_USER_SCHEMA]?: { manager?: { value?: string } };
}

/** A name as given and family name, for clients that patch one of them (Entra ID patches name.givenName). */
function splitName(name: string): { givenName: string; familyName?: string } {
  const at = name.trim().lastIndexOf(' ');
  return at <= 0 ? { givenName: name } : { givenName: name.slice(0, at), familyName: name.slice(at + 1) };
}

export function toScimUser(leader: ScimLeader, baseUrl: string): Json {
  return {
    schemas: leader.managerId ? [USER_SCHEMA, ENTERPRISE_USER_SCHEMA] : [USER_SCHEMA],
    id: leader.id,
    ...(leader.scimExternalId ? { externalId: leader.scimExternalId } : {}),
    userName: leader.email,
    name: { formatted: leader.name, ...splitName(leader.name) },
    displayName: leader.name,
    emails: [{ value: leader.email, type: 'work', primary: true }],
    active: leader.archivedAt === null,
    ...(leader.locale ? { preferredLanguage: leader.locale, locale: leader.locale } : {}),
    ...(leader.managerId ? { [ENTERPRISE_USER_SCHEMA]: { manager: { value: leader.managerId } } } : {}),
    meta: { resourceType: 'User', created: leader.createdAt.toISOString(), lastModified: leader.updatedAt.toISOString(), location: `${baseUrl}/Users/${leader.id}` },
  };
}

/** A User body through scimmy's schema (types, required userName), as plain data. */
function coerceUser(body: unknown): ScimUserIn {
  const coerced = scimmyInput(() => new SCIMMY.Schemas.User(activeAsBoolean(body), 'in'));
  return JSON.parse(JSON.stringify(coerced)) as ScimUserIn;
}

const invalid = (detail: string) => new SCIMMY.Types.Error(400, 'invalidValue', detail);

function emailOf(user: ScimUserIn): string | undefined {
  const emails = (user.emails ?? []).filter((e) => typeof e.value === 'string' && e.value.trim() !== '');
  return (emails.find((e) => e.primary) ?? emails.find((e) => e.type === 'work') ?? emails[0])?.value;
}

function checkedEmail(value: string | undefined): string {
  const parsed = leaderEmailSchema.safeParse(value ?? '');
  if (!parsed.success) throw invalid(`userName or emails: "${value ?? ''}" is not an e-mail address; a leader is known by their e-mail.`);
  return parsed.data;
}

function nameOf(user: ScimUserIn): string | undefined {
  const joined = [user.name?.givenName, user.name?.familyName].filter((part) => part && part.trim() !== '').join(' ');
  return [user.name?.formatted, user.displayName, joined].find((n) => typeof n === 'string' && n.trim() !== '');
}

function checkedName(value: string | undefined): string {
  const parsed = leaderNameSchema.safeParse(value ?? '');
  if (!parsed.success) throw invalid('name: give name.formatted, displayName, or name.givenName and name.familyName (at most 120 characters).');
  return parsed.data;
}

/** "da", "da-DK", "en-GB" → da/en; any other language → the organisation's default (null). */
function localeOf(user: ScimUserIn): 'da' | 'en' | null {
  const tag = (user.preferredLanguage ?? user.locale ?? '').trim().toLowerCase().slice(0, 2);
  return tag === 'da' || tag === 'en' ? tag : null;
}

function externalIdOf(user: ScimUserIn): string | null {
  const id = user.externalId?.trim();
  return id ? id : null;
}

/** The manager's e-mail when manager.value is one of the organisation's leaders; otherwise none. */
async function managerEmailOf(organisationId: string, user: ScimUserIn): Promise<string | null> {
  const id = user[ENTERPRISE_USER_SCHEMA]?.manager?.value;
  return id ? leaderEmailById(organisationId, id) : null;
}

export interface NewScimUser {
  name: string;
  email: string;
  locale: 'da' | 'en' | null;
  managerEmail: string | null;
  scimExternalId: string | null;
  active: boolean;
}

/** A POST /Users body as a new leader's details. */
export async function newLeaderFrom(organisationId: string, body: unknown): Promise<NewScimUser> {
  const user = coerceUser(body);
  return {
    email: checkedEmail(emailOf(user) ?? user.userName),
    name: checkedName(nameOf(user)),
    locale: localeOf(user),
    managerEmail: await managerEmailOf(organisationId, user),
    scimExternalId: externalIdOf(user),
    active: user.active ?? true,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What changed between the user as we answered it and as the client wants it (after a PATCH's
 * operations, or a PUT's whole body): only those fields go to the leader's update.
 */
async function changesBetween(organisationId: string, before: ScimUserIn, after: ScimUserIn): Promise<{ patch: LeaderPatch; active: boolean | undefined }> {
  const patch: LeaderPatch = {};
  if (!same(emailOf(after), emailOf(before)) && emailOf(after) !== undefined) patch.email = checkedEmail(emailOf(after));
  else if (!same(after.userName, before.userName) && after.userName !== undefined) patch.email = checkedEmail(after.userName);
  if (!same(after.name?.formatted, before.name?.formatted) && after.name?.formatted) patch.name = checkedName(after.name.formatted);
  else if (!same(after.displayName, before.displayName) && after.displayName) patch.name = checkedName(after.displayName);
  else if ((after.name?.givenName || after.name?.familyName) && (!same(after.name?.givenName, before.name?.givenName) || !same(after.name?.familyName, before.name?.familyName))) {
    patch.name = checkedName([after.name?.givenName, after.name?.familyName].filter(Boolean).join(' '));
  }
  if (!same(after.preferredLanguage ?? after.locale, before.preferredLanguage ?? before.locale)) patch.locale = localeOf(after);
  if (!same(after.externalId, before.externalId)) patch.scimExternalId = externalIdOf(after);
  const manager = (u: ScimUserIn) => u[ENTERPRISE_USER_SCHEMA]?.manager?.value;
  if (!same(manager(after), manager(before))) patch.managerEmail = await managerEmailOf(organisationId, after);
  const active = after.active !== undefined && after.active !== before.active ? after.active : undefined;
  return { patch, active };
}

/** A PATCH /Users/{id} body, applied by scimmy to the user as we answer it, as the leader's changes. */
export async function leaderChangesFromPatch(organisationId: string, current: Json, body: unknown): Promise<{ patch: LeaderPatch; active: boolean | undefined }> {
  const before = coerceUser(current);
  const operations = patchOpOf(body);
  const patched = await operations.apply(new SCIMMY.Schemas.User(structuredClone(current), 'in'));
  const after = patched ? (JSON.parse(JSON.stringify(patched)) as ScimUserIn) : before;
  return changesBetween(organisationId, before, after);
}

/** A PUT /Users/{id} body (the whole user) as the leader's changes. */
export async function leaderChangesFromPut(organisationId: string, current: Json, body: unknown): Promise<{ patch: LeaderPatch; active: boolean | undefined }> {
  return changesBetween(organisationId, coerceUser(current), coerceUser(body));
}
