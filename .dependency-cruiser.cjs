// Which folder may import which (npm run lint:layers). Folder-level cycles inside lib/ are checked
// by scripts/lint/folder-cycles.ts on this same cruise; see there for why that one is our own.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-not-to-ui',
      comment: 'lib/ is the product and knows nothing of its pages or components: move what both need into lib/.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|app)/' },
    },
    {
      name: 'components-not-to-app',
      comment: 'Components are used by routes, never the other way round: a type both need belongs in lib/ (or beside the component).',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'platform-stays-below',
      comment: 'lib/platform (database, tenancy, HTTP, mail, jobs queue, validation …) knows no domain and no edge: pass what it needs in.',
      severity: 'error',
      from: { path: '^lib/platform/' },
      to: { path: '^lib/(domains|edges)/' },
    },
    {
      name: 'domains-below-edges',
      comment: 'Domains are called by the edges (routes, server actions, guards, jobs), never the other way round.',
      severity: 'error',
      from: { path: '^lib/domains/' },
      to: { path: '^lib/edges/' },
    },
  ],
  options: {
    // Type-only imports count: a type pulled from a route is as much an upward dependency as a value.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: ['node_modules', '^lib/generated/'] },
    exclude: { path: ['^\\.next/', '^lib/generated/'] },
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
