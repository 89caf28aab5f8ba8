import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import * as users from '@/app/scim/v2/Users/route';
import * as user from '@/app/scim/v2/Users/[id]/route';
import * as groups from '@/app/scim/v2/Groups/route';
import * as group from '@/app/scim/v2/Groups/[id]/route';
import * as serviceProviderConfig from '@/app/scim/v2/ServiceProviderConfig/route';
import * as resourceTypes from '@/app/scim/v2/ResourceTypes/route';
import * as schemas from '@/app/scim/v2/Schemas/route';
import * as elsewhere from '@/app/scim/v2/[...path]/route';
import { createApiKey } from '@/lib/domains/api-keys/api-keys';
import { ownerDb } from '@/tests/support/owner-db';
import { scimCallers, scimMatrix, type ScimCaller } from '@/tests/role-matrix/matrix';
import { createApiOrg } from '../fixtures/api';

/**
 * The SCIM rows of the role matrix (tests/role-matrix/matrix.ts), walked against the route
 * handlers themselves; tests/e2e/role-matrix.spec.ts walks the same rows over HTTP.
 */
type Handler = (request: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
const modules: Record<string, Record<string, Handler>> = {
  'Users/route.ts': users,
  'Users/[id]/route.ts': user,
  'Groups/route.ts': groups,
  'Groups/[id]/route.ts': group,
  'ServiceProviderConfig/route.ts': serviceProviderConfig,
  'ResourceTypes/route.ts': resourceTypes,
  'Schemas/route.ts': schemas,
  '[...path]/route.ts': elsewhere,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => path.join(entry, f)) : entry === 'route.ts' ? [entry] : [];
  });
}

async function world() {
  const ours = await createApiOrg('Matrix SCIM');
  const start = await ownerDb().leaderGroup.create({ data: { organisationId: ours.organisationId, name: 'Nye' } });
  const token = await createApiKey({ organisationId: ours.organisationId, name: 'Entra ID', kind: 'SCIM', scimGroupId: start.id });
  const theirs = await createApiOrg('Matrix SCIM, deres');
  const theirGroup = await ownerDb().leaderGroup.create({ data: { organisationId: theirs.organisationId, name: 'Deres gruppe' } });
  const theirLeader = await ownerDb().leader.create({ data: { organisationId: theirs.organisationId, groupId: theirGroup.id, name: 'Deres leder', email: 'deres@example.test' } });
  const theirToken = await createApiKey({ organisationId: theirs.organisationId, name: 'Entra ID', kind: 'SCIM', scimGroupId: theirGroup.id });
  const headers: Record<ScimCaller, Record<string, string>> = {
    scimToken: { authorization: `Bearer ${token.key}` },
    theirScimToken: { authorization: `Bearer ${theirToken.key}` },
    apiKey: { authorization: `Bearer ${ours.apiKey}` },
    noToken: {},
  };
  return { ids: { theirLeader: theirLeader.id, theirGroup: theirGroup.id } as Record<string, string>, headers };
}

describe('the SCIM role matrix', () => {
  it('lists every SCIM route file', () => {
    expect([...new Set(scimMatrix.map((row) => row.file))].sort()).toEqual(filesUnder('app/scim/v2').sort());
  });

  it('answers each kind of caller as the matrix says, every refusal in SCIM’s error shape', async () => {
    const { ids, headers } = await world();
    const mismatches: string[] = [];
    for (const row of scimMatrix) {
      const url = row.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]!);
      const id = /\/(?:Users|Groups)\/([^/]+)$/.exec(url)?.[1];
      for (const caller of scimCallers) {
        const handler = modules[row.file]![row.method]!;
        const request = new NextRequest(`http://t${url}`, {
          method: row.method,
          headers: { ...headers[caller], 'content-type': 'application/scim+json' },
          ...(row.body === undefined ? {} : { body: JSON.stringify(row.body) }),
        });
        const response = await handler(request, { params: Promise.resolve<Record<string, string>>(id ? { id } : {}) });
        if (response.status !== row.expect[caller]) mismatches.push(`${row.method} ${row.path} as ${caller}: expected ${row.expect[caller]}, got ${response.status}`);
        if (response.headers.get('content-type') !== 'application/scim+json') mismatches.push(`${row.method} ${row.path} as ${caller}: content-type ${response.headers.get('content-type')}`);
        if (response.status >= 400) {
          const body = await response.json();
          if (body.schemas?.[0] !== 'urn:ietf:params:scim:api:messages:2.0:Error' || body.status !== String(response.status))
            mismatches.push(`${row.method} ${row.path} as ${caller}: not in SCIM's error shape`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
