import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clientGraph, type ChosenNamespaces } from '@/tests/support/client-graph';
import { catalogues } from './catalogues';
import { clientNamespaces } from './client-namespaces';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Client files whose `useTranslations` takes its namespace from outside; their own types spell the choices. */
const chosenByProp: Record<string, ChosenNamespaces> = {
  'components/layout/SectionError.tsx': { calledAs: 'sectionErrorBoundary' },
  'components/settings/RevokeApiKeyButton.tsx': { namespaces: ['apiKeys.revoke', 'scim.revoke'] },
  'components/settings/ShownOnceSecret.tsx': { namespaces: ['apiKeys.created', 'scim.created'] },
};

const graph = clientGraph(root, chosenByProp);
const areas = clientNamespaces as Record<string, readonly string[]>;
const at = (messages: object, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), messages);
const covers = (entry: string, namespace: string) => namespace === entry || namespace.startsWith(`${entry}.`);

/** Each route file with its provider's area and the namespaces its client components read. */
const routes = graph.routeFiles.map((file) => ({ file, area: graph.areaOf(file), reads: [...new Set(graph.clientModulesOf(file).flatMap(graph.namespacesReadBy))].sort() }));

describe('the messages each area sends to the browser (clientNamespaces)', () => {
  it('cover every namespace a client component on one of its pages reads, so no text shows as a raw key', () => {
    const missing = routes.flatMap(({ file, area, reads }) =>
      reads.filter((namespace) => !(area !== null && (areas[area] ?? []).some((entry) => covers(entry, namespace)))).map((namespace) => `${file} (${area ?? 'no provider'}): ${namespace}`),
    );
    expect(missing).toEqual([]);
  });

  it('sees the client components of the results dashboard, its error boundary included', () => {
    const dashboard = routes.filter(({ file }) => file.startsWith('app/(app)/[orgSlug]/results/[roundId]/'));
    const reads = dashboard.flatMap((route) => route.reads);
    expect(reads).toEqual(expect.arrayContaining(['results.heatmap', 'participation.heatmap', 'results.chart', 'results.error']));
    expect(dashboard.every((route) => route.area === 'results')).toBe(true);
  });

  it('name only namespaces that a client component in the area reads, so nothing else is sent', () => {
    const unused = Object.entries(areas).flatMap(([area, entries]) =>
      entries.filter((entry) => !routes.some((route) => route.area === area && route.reads.includes(entry))).map((entry) => `${area}: ${entry}`),
    );
    expect(unused).toEqual([]);
  });

  it('has one layout providing each area, and no provider naming an area it lacks', () => {
    expect(graph.providers.map((p) => p.area).sort()).toEqual(Object.keys(areas).sort());
  });

  it('exist in both languages as namespaces', () => {
    for (const locale of ['da', 'en'] as const) {
      const absent = Object.values(areas)
        .flat()
        .filter((entry) => typeof at(catalogues[locale], entry) !== 'object');
      expect(absent, locale).toEqual([]);
    }
  });

  it('agree with the namespaces a prop-chosen component spells in its own type', () => {
    for (const [file, chosen] of Object.entries(chosenByProp)) {
      if (!('namespaces' in chosen)) continue;
      const literals = [...graph.read(file).matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)].map((m) => m[1]!).filter((path) => typeof at(catalogues.da, path) === 'object');
      expect([...new Set(literals)].sort(), file).toEqual([...chosen.namespaces].sort());
    }
  });

  it('leave useMessages out of client components: they would get only the part listed here', () => {
    expect(graph.allClientModules().filter((file) => /\buseMessages\(/.test(graph.read(file)))).toEqual([]);
  });
});
