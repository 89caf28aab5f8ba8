import type { ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { missingServerOnly } from './server-only-markers';

type Module = ICruiseResult['modules'][number];
type Dependency = Module['dependencies'][number];

const dep = (module: string, resolved: string, typeOnly = false) => ({ module, resolved, dependencyTypes: typeOnly ? ['type-only'] : ['import'] }) as unknown as Dependency;
const marker = dep('server-only', 'node_modules/server-only/index.js');
const mod = (source: string, ...dependencies: Dependency[]) => ({ source, dependencies }) as unknown as Module;

describe('missingServerOnly', () => {
  it('asks a module that holds a database handle, even only as a type, to say so', () => {
    const missing = missingServerOnly([
      mod('lib/rounds/queries.ts', dep('@/lib/tenant/scoped-db', 'lib/tenant/scoped-db.ts', true)),
      mod('lib/mail/send-mail.ts', dep('nodemailer', 'node_modules/nodemailer/lib/nodemailer.js')),
      mod('lib/invitations/links.ts', dep('@/lib/crypto/tokens', 'lib/crypto/tokens.ts'), marker),
    ]);
    expect(missing).toEqual([
      { module: 'lib/rounds/queries.ts', because: 'imports @/lib/tenant/scoped-db' },
      { module: 'lib/mail/send-mail.ts', because: 'imports nodemailer' },
    ]);
  });

  it('asks the doors themselves, and leaves pure modules, tests and code outside lib/ alone', () => {
    const missing = missingServerOnly([
      mod('lib/db.ts'),
      mod('lib/crypto/sealed.ts', marker),
      mod('lib/balance/balance.ts', dep('zod', 'node_modules/zod/index.js')),
      mod('lib/db/migrations/failure-logs.ts', dep('pg', 'node_modules/pg/lib/index.js', true)),
      mod('lib/rounds/queries.test.ts', dep('@/lib/db', 'lib/db.ts')),
      mod('app/api/health/route.ts', dep('@/lib/db', 'lib/db.ts')),
    ]);
    expect(missing).toEqual([{ module: 'lib/db.ts', because: 'it is a door itself' }]);
  });
});
