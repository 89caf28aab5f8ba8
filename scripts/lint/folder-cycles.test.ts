import type { ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { describeCycles, folderCycles, folderGraph, folderNode } from './folder-cycles';

type Module = ICruiseResult['modules'][number];

/** A cruise result's modules from `from → to` pairs; `to` ending in `:type` is a type-only import. */
function modules(imports: [string, string][]): Module[] {
  const bySource = new Map<string, Module>();
  const add = (source: string) => bySource.get(source) ?? bySource.set(source, { source, dependencies: [], valid: true } as unknown as Module).get(source)!;
  for (const [from, spec] of imports) {
    const [to, kind] = spec.split(':') as [string, string | undefined];
    add(to);
    add(from).dependencies.push({ resolved: to, dependencyTypes: kind === 'type' ? ['local', 'type-only'] : ['local', 'import'] } as Module['dependencies'][number]);
  }
  return [...bySource.values()];
}

describe('folderNode', () => {
  it('takes the first folder under lib/ as the node, however deep the file', () => {
    expect(folderNode('lib/leaders/import/csv.ts')).toBe('lib/leaders');
    expect(folderNode('lib/rounds/queries.ts')).toBe('lib/rounds');
  });

  it('looks through the grouping folders, so the regrouped lib/ has the same nodes', () => {
    expect(folderNode('lib/domains/rounds/queries.ts')).toBe('lib/domains/rounds');
    expect(folderNode('lib/infra/db/client/index.ts')).toBe('lib/infra/db');
    expect(folderNode('lib/domains/rounds/queries.ts', [])).toBe('lib/domains');
  });

  it('makes a file directly under lib/ a node of its own, and ignores everything outside lib/', () => {
    expect(folderNode('lib/db.ts')).toBe('lib/db.ts');
    expect(folderNode('components/results/format.ts')).toBeNull();
    expect(folderNode('lib')).toBeNull();
  });
});

describe('folderCycles', () => {
  it('finds two folders that import each other through different files', () => {
    const graph = folderGraph(
      modules([
        ['lib/a/one.ts', 'lib/b/two.ts'],
        ['lib/b/three.ts', 'lib/a/four.ts'],
      ]),
    );
    expect(folderCycles(graph)).toEqual([['lib/a', 'lib/b']]);
  });

  it('reports a knot once, with every folder in it, and leaves the folders outside it out', () => {
    const graph = folderGraph(
      modules([
        ['lib/a/x.ts', 'lib/b/x.ts'],
        ['lib/b/x.ts', 'lib/c/x.ts'],
        ['lib/c/x.ts', 'lib/a/x.ts'],
        ['lib/c/x.ts', 'lib/d/x.ts'],
        ['lib/e/x.ts', 'lib/f/x.ts'],
        ['lib/f/y.ts', 'lib/e/y.ts'],
      ]),
    );
    expect(folderCycles(graph)).toEqual([
      ['lib/a', 'lib/b', 'lib/c'],
      ['lib/e', 'lib/f'],
    ]);
  });

  it('does not see a cycle between a folder and its own subfolder, or in a chain', () => {
    const graph = folderGraph(
      modules([
        ['lib/leaders/import/csv.ts', 'lib/leaders/schemas.ts'],
        ['lib/leaders/mutations.ts', 'lib/leaders/import/csv.ts'],
        ['lib/leaders/mutations.ts', 'lib/tenant/scoped-db.ts'],
        ['lib/results/x.ts', 'lib/leaders/queries.ts'],
      ]),
    );
    expect(folderCycles(graph)).toEqual([]);
  });

  it('leaves out what tests import: a test reaches across folders on purpose', () => {
    const graph = folderGraph(
      modules([
        ['lib/a/x.ts', 'lib/b/x.ts'],
        ['lib/b/x.test.ts', 'lib/a/x.ts'],
      ]),
    );
    expect(folderCycles(graph)).toEqual([]);
  });

  it('names each edge with the imports that make it, marking type-only ones', () => {
    const graph = folderGraph(
      modules([
        ['lib/a/one.ts', 'lib/b/two.ts:type'],
        ['lib/b/two.ts', 'lib/a/one.ts'],
        ['lib/b/three.ts', 'lib/a/one.ts'],
      ]),
    );
    const report = describeCycles(graph, folderCycles(graph));
    expect(report).toContain('Folder cycle 1: 2 folders, 2 edges');
    expect(report).toContain('lib/a → lib/b (1 import, types only)');
    expect(report).toContain('lib/a/one.ts → lib/b/two.ts (type)');
    expect(report).toContain('lib/b → lib/a (2 imports)');
    expect(report).toContain('lib/b/three.ts → lib/a/one.ts');
  });
});
