// npm run lint:layers: which folder may import which. One dependency-cruiser cruise checks the
// rules in .dependency-cruiser.cjs (lib/ never imports components/ or app/; components/ never
// imports app/), then the same result is checked for folder-level cycles inside lib/
// (scripts/lint/folder-cycles.ts), and for lib/ modules that reach the database or a key without
// `import 'server-only'` (scripts/lint/server-only-markers.ts). Exit 1 when any finds something.
import { cruise, format, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describeCycles, folderCycles, folderGraph } from './folder-cycles';
import { missingServerOnly } from './server-only-markers';

// The app's code: routes, UI, the product, and what Next.js loads beside them.
const ROOTS = ['app', 'components', 'lib', 'content', 'i18n', 'proxy.ts', 'instrumentation.ts'];

// As the depcruise command line does it: the rules file, then tsconfig.json for the `@/` paths.
const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const tsConfig = extractTSConfig('./tsconfig.json');
const { output } = await cruise(ROOTS, { ...options, outputType: 'json' }, {}, { tsConfig });
const result: ICruiseResult = typeof output === 'string' ? (JSON.parse(output) as ICruiseResult) : output;

const rules = await format(result, { outputType: 'err' });
process.stdout.write(String(rules.output));

const graph = folderGraph(result.modules);
const cycles = folderCycles(graph);
if (cycles.length > 0) {
  console.log(`\n✘ ${cycles.length} folder cycle${cycles.length === 1 ? '' : 's'} inside lib/ (a node is the first folder under lib/ below the grouping folders):\n`);
  console.log(describeCycles(graph, cycles));
} else {
  console.log(`✔ no folder cycles inside lib/ (${graph.size} folders).`);
}

const unmarked = missingServerOnly(result.modules);
if (unmarked.length > 0) {
  console.log(`\n✘ ${unmarked.length} module${unmarked.length === 1 ? '' : 's'} under lib/ reach the database or a key without \`import 'server-only'\`:`);
  for (const { module, because } of unmarked) console.log(`  ${module} (${because})`);
} else {
  console.log(`✔ every lib/ module that reaches the database or a key is marked server-only.`);
}

process.exitCode = rules.exitCode !== 0 || cycles.length > 0 || unmarked.length > 0 ? 1 : 0;
