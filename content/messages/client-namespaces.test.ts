import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';
import { clientNamespaces } from './client-namespaces';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Client files whose `useTranslations` takes a namespace chosen by a prop, with every namespace
 * that prop may name (the file's own union type spells them out; the test checks they agree).
 */
const chosenByProp: Record<string, string[]> = {
  'components/layout/SectionError.tsx': ['actionPlan.error', 'apv.error', 'results.error', 'workshop.error'],
  'components/settings/RevokeApiKeyButton.tsx': ['apiKeys.revoke', 'scim.revoke'],
  'components/settings/ShownOnceSecret.tsx': ['apiKeys.created', 'scim.created'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated' || name === 'node_modules') return [];
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const isClientEntry = (source: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use client['"]/.test(source);

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? join(dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(join(root, candidate))) return relative(root, join(root, candidate));
  }
  return null;
}

/** Every module that runs in the browser: the 'use client' files and whatever they import (type-only imports aside). */
function clientModules(): string[] {
  const queue = ['app', 'components', 'lib'].flatMap(sourceFiles).filter((file) => isClientEntry(read(file)));
  const seen = new Set(queue);
  while (queue.length > 0) {
    const file = queue.pop()!;
    const imports = read(file).matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g);
    for (const match of imports) {
      const target = resolveImport(file, match[1] ?? match[2]!);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}

/** The namespaces each client module reads: literal ones from the call, chosen ones from `chosenByProp`. */
function namespacesRead(): { file: string; namespace: string }[] {
  return clientModules().flatMap((file) => {
    const calls = [...read(file).matchAll(/useTranslations\(([^)]*)\)/g)].map((m) => m[1]!.trim());
    return calls.flatMap((argument) => {
      const literal = argument.match(/^(['"`])([^'"`$]+)\1$/);
      if (literal) return [{ file, namespace: literal[2]! }];
      return (chosenByProp[file] ?? [`<useTranslations(${argument}) not in chosenByProp>`]).map((namespace) => ({ file, namespace }));
    });
  });
}

const at = (messages: object, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), messages);
const covers = (entry: string, namespace: string) => namespace === entry || namespace.startsWith(`${entry}.`);

describe('the messages sent to the browser (clientNamespaces)', () => {
  const uses = namespacesRead();

  it('cover every namespace a client component reads, so no client text shows as a raw key', () => {
    const missing = uses.filter(({ namespace }) => !clientNamespaces.some((entry) => covers(entry, namespace)));
    expect(missing).toEqual([]);
  });

  it('finds the client components it checks, including one on the results dashboard', () => {
    expect(uses).toContainEqual({ file: 'components/results/HeatmapGrid.tsx', namespace: 'results.heatmap' });
    expect(new Set(uses.map((r) => r.file)).size).toBeGreaterThan(40);
  });

  it('name only namespaces a client component reads, so nothing else is sent', () => {
    const unused = clientNamespaces.filter((entry) => !uses.some(({ namespace }) => namespace === entry));
    expect(unused).toEqual([]);
  });

  it('exist in both languages as namespaces', () => {
    for (const locale of ['da', 'en'] as const) {
      const absent = clientNamespaces.filter((entry) => typeof at(catalogues[locale], entry) !== 'object');
      expect(absent, locale).toEqual([]);
    }
  });

  it('agree with the namespaces a prop-chosen component spells in its own type', () => {
    for (const [file, declared] of Object.entries(chosenByProp)) {
      const literals = [...read(file).matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)].map((m) => m[1]!).filter((path) => typeof at(catalogues.da, path) === 'object');
      expect([...new Set(literals)].sort(), file).toEqual([...declared].sort());
    }
  });

  it('leave useMessages out of client components: they would get only the part listed here', () => {
    expect(clientModules().filter((file) => /\buseMessages\(/.test(read(file)))).toEqual([]);
  });
});
