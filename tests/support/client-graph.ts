import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

/**
 * The import graph the client-namespaces test walks: which client components each route file
 * renders (through server components too), and which message namespaces they read.
 */
export type ChosenNamespaces = { namespaces: readonly string[] } | { calledAs: string };

/**
 * `chosenByProp`: files whose `useTranslations` takes a namespace from outside — either the
 * namespaces it may be (`namespaces`), or a factory whose callers name it with a literal
 * (`calledAs: 'sectionErrorBoundary'` for `sectionErrorBoundary('results.error')`).
 */
export function clientGraph(root: string, chosenByProp: Record<string, ChosenNamespaces>) {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const isClientEntry = (file: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use client['"]/.test(read(file));

  function sourceFiles(dir: string): string[] {
    return readdirSync(join(root, dir)).flatMap((name) => {
      const path = join(dir, name);
      if (name === 'generated' || name === 'node_modules') return [];
      if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
  }

  function resolveImport(from: string, specifier: string): string | null {
    const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? join(dirname(from), specifier) : null;
    if (base === null) return null;
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
      if (/\.tsx?$/.test(candidate) && existsSync(join(root, candidate))) return relative(root, join(root, candidate));
    }
    return null;
  }

  const importsCache = new Map<string, string[]>();
  function importsOf(file: string): string[] {
    if (!importsCache.has(file)) {
      const found = read(file).matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g);
      importsCache.set(
        file,
        [...found].map((m) => resolveImport(file, m[1] ?? m[2]!)).filter((f): f is string => f !== null),
      );
    }
    return importsCache.get(file)!;
  }

  /** The modules that run in the browser when `entry` renders: past a 'use client' file, everything it imports. */
  function clientModulesOf(entry: string): string[] {
    const seen = new Map<string, boolean>();
    const queue: [string, boolean][] = [[entry, isClientEntry(entry)]];
    while (queue.length > 0) {
      const [file, client] = queue.pop()!;
      if (seen.get(file) === true || (seen.has(file) && !client)) continue;
      seen.set(file, client);
      for (const target of importsOf(file)) queue.push([target, client || isClientEntry(target)]);
    }
    return [...seen].filter(([, client]) => client).map(([file]) => file);
  }

  const literalOf = (argument: string) => argument.trim().match(/^(['"`])([^'"`$]+)\1$/)?.[2] ?? null;
  const factories = Object.values(chosenByProp).flatMap((chosen) => ('calledAs' in chosen ? [chosen.calledAs] : []));

  /** The namespaces a module reads: literal `useTranslations` arguments, `chosenByProp`'s, and those it names calling a factory. */
  function namespacesReadBy(file: string): string[] {
    const source = read(file);
    const direct = [...source.matchAll(/useTranslations\(([^)]*)\)/g)].flatMap((m) => {
      const literal = literalOf(m[1]!);
      if (literal !== null) return [literal];
      const chosen = chosenByProp[file];
      if (chosen && 'namespaces' in chosen) return [...chosen.namespaces];
      if (chosen) return [];
      return [`<${file}: useTranslations(${m[1]!.trim()}), not in chosenByProp>`];
    });
    const viaFactories = factories.flatMap((name) =>
      [...source.matchAll(new RegExp(`\\b${name}\\(([^)]*)\\)`, 'g'))].flatMap((m) => {
        if (/function\s*$/.test(source.slice(0, m.index))) return [];
        const literal = literalOf(m[1]!);
        return [literal ?? `<${file}: ${name}(${m[1]!.trim()}), not a literal>`];
      }),
    );
    return [...direct, ...viaFactories];
  }

  const routeFileNames = /^(page|layout|template|error|global-error|not-found|forbidden|unauthorized|loading|default)\.tsx$/;
  const routeFiles = sourceFiles('app').filter((file) => routeFileNames.test(basename(file)));

  /** The area named by the ClientIntlProvider a directory's layout renders, if it renders one. */
  function areaOfLayout(dir: string): string | null {
    const layout = join(dir, 'layout.tsx');
    if (!existsSync(join(root, layout))) return null;
    return read(layout).match(/<ClientIntlProvider\s+area="([^"]+)"/)?.[1] ?? null;
  }

  /** The provider around a route file: the nearest layout's at or above it (a layout's own elements sit outside its provider). */
  function areaOf(routeFile: string): string | null {
    let dir = basename(routeFile) === 'layout.tsx' ? dirname(dirname(routeFile)) : dirname(routeFile);
    for (;;) {
      const area = areaOfLayout(dir);
      if (area !== null) return area;
      if (dir === 'app' || dir === '.') return null;
      dir = dirname(dir);
    }
  }

  const providers = sourceFiles('app')
    .filter((file) => basename(file) === 'layout.tsx')
    .flatMap((file) => {
      const area = areaOfLayout(dirname(file));
      return area === null ? [] : [{ layout: file, area }];
    });

  return { read, routeFiles, providers, areaOf, clientModulesOf, namespacesReadBy, allClientModules: () => [...new Set(routeFiles.flatMap(clientModulesOf))].sort() };
}
