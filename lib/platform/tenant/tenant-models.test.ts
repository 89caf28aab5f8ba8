import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scopeArgs } from './scope-args';
import { tenantModels } from './tenant-models';

const schema = readFileSync(new URL('../../../prisma/schema.prisma', import.meta.url), 'utf8');

function modelsWithOrganisationId(): string[] {
  const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
  return models.filter(([, , body]) => /^\s+organisationId\s/m.test(body ?? '')).map(([, name]) => name!);
}

describe('tenant models', () => {
  it('lists every table of the schema that carries an organisationId', () => {
    expect([...tenantModels].sort()).toEqual(modelsWithOrganisationId().sort());
  });
});

const A = '0190a000-0000-7000-8000-00000000000a';
const B = '0190b000-0000-7000-8000-00000000000b';

describe('scopeArgs', () => {
  it("overrides another organisation's id written into a where", () => {
    expect(scopeArgs('findMany', { where: { organisationId: B, name: 'x' } }, A)).toEqual({ where: { organisationId: A, name: 'x' } });
  });

  it('adds the organisation to a query that forgot its where', () => {
    expect(scopeArgs('deleteMany', undefined, A)).toEqual({ where: { organisationId: A } });
  });

  it('stamps every created row with the organisation', () => {
    const args = scopeArgs('createMany', { data: [{ name: 'a' }, { name: 'b', organisationId: B }] }, A);
    expect(args?.data).toEqual([
      { name: 'a', organisationId: A },
      { name: 'b', organisationId: A },
    ]);
  });

  it('refuses to move a row into another organisation', () => {
    expect(() => scopeArgs('update', { where: { id: 'x' }, data: { organisationId: B } }, A)).toThrow(/another organisation/);
  });

  it('refuses a relation-style connect that could reach another organisation', () => {
    expect(() => scopeArgs('create', { data: { organisation: { connect: { id: B } } } }, A)).toThrow(/organisationId/);
  });
});
