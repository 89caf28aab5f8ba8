// Folder-level cycles inside lib/: the graph in which lib/domains/rounds → lib/platform/mail is one edge, however many
// files make it, and a strongly connected component of two or more folders is a knot to untie.
//
// Why our own and not a dependency-cruiser rule: its `no-circular` looks at modules, and two
// folders can depend on each other without any module cycle. Its `scope: 'folder'` rules do look
// at folders, but at every literal directory — lib/platform/mail and lib/platform/mail/templates are two nodes, and
// each parent → child import is an edge — and they report one path per dependency, with no file
// import behind it; `collapse` only regroups what a reporter prints, after the rules have run. We
// want one node per domain folder (below the grouping folders lib/ is about to get), every cycle
// once, and the imports that make each edge, so whoever unties the knot knows which lines to move.
import type { ICruiseResult } from 'dependency-cruiser';

/**
 * Folders that only group others (lib/infra/db, lib/edges/auth, lib/domains/rounds …): a node is
 * the first folder under lib/ that is not one of these.
 */
export const GROUPING_FOLDERS: readonly string[] = ['infra', 'edges', 'domains', 'platform'];

/**
 * The node a file under lib/ belongs to: `lib/domains/leaders/import/csv.ts` → `lib/domains/leaders`,
 * `lib/domains/rounds/queries.ts` → `lib/domains/rounds`. A file directly under lib/ (or
 * directly under a grouping folder) is a node of its own: `lib/platform/db.ts`. Null outside lib/.
 */
export function folderNode(path: string, grouping: readonly string[] = GROUPING_FOLDERS): string | null {
  const segments = path.split('/');
  if (segments[0] !== 'lib' || segments.length < 2) return null;
  let i = 1;
  while (i < segments.length - 1 && grouping.includes(segments[i]!)) i++;
  return segments.slice(0, i + 1).join('/');
}

export interface FileImport {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** from node → to node → the file imports behind that edge. */
export type FolderGraph = Map<string, Map<string, FileImport[]>>;

export interface FolderGraphOptions {
  grouping?: readonly string[];
  /** Files whose imports are not part of the product's graph (tests reach across on purpose). */
  ignoreImporter?: (path: string) => boolean;
}

const isTest = (path: string) => /\.test\.tsx?$/.test(path);

export function folderGraph(modules: ICruiseResult['modules'], { grouping = GROUPING_FOLDERS, ignoreImporter = isTest }: FolderGraphOptions = {}): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const cruised of modules) {
    const from = folderNode(cruised.source, grouping);
    if (from === null || ignoreImporter(cruised.source)) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    for (const dependency of cruised.dependencies) {
      const to = folderNode(dependency.resolved, grouping);
      if (to === null || to === from) continue;
      const edges = graph.get(from)!;
      if (!edges.has(to)) edges.set(to, []);
      edges.get(to)!.push({ from: cruised.source, to: dependency.resolved, typeOnly: dependency.dependencyTypes.includes('type-only') });
      if (!graph.has(to)) graph.set(to, new Map());
    }
  }
  return graph;
}

/** Tarjan's algorithm: the strongly connected components, each sorted, larger ones first. */
export function stronglyConnected(graph: FolderGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component.sort());
    }
  };

  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

/** The cycles: components of two or more folders (an edge to itself is never recorded). */
export function folderCycles(graph: FolderGraph): string[][] {
  return stronglyConnected(graph).filter((component) => component.length > 1);
}

/** A readable report: each cycle's folders, then each edge inside it with its imports. */
export function describeCycles(graph: FolderGraph, cycles: string[][]): string {
  const lines: string[] = [];
  cycles.forEach((cycle, n) => {
    const members = new Set(cycle);
    const edges = cycle.flatMap((from) => [...(graph.get(from) ?? new Map<string, FileImport[]>())].filter(([to]) => members.has(to)).map(([to, imports]) => ({ from, to, imports })));
    lines.push(`Folder cycle ${n + 1}: ${cycle.length} folders, ${edges.length} edges`);
    lines.push(`  ${cycle.join(', ')}`);
    for (const { from, to, imports } of edges) {
      const typeOnly = imports.every((i) => i.typeOnly) ? ', types only' : '';
      lines.push(`  ${from} → ${to} (${imports.length} import${imports.length === 1 ? '' : 's'}${typeOnly})`);
      for (const i of imports) lines.push(`      ${i.from} → ${i.to}${i.typeOnly ? ' (type)' : ''}`);
    }
    lines.push('');
  });
  return lines.join('\n');
}
