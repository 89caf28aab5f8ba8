// npm run db:generate [-- <prisma generate options>]   (also the postinstall step)
// `prisma generate` needs no schema engine, but the CLI insists on locating one; point it at
// the stub so it neither downloads nor looks for the native binary, and keep it off the network.
// Imports nothing from lib/: the Docker build runs it before the sources are copied in.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

let cli: string;
try {
  cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build/index.js');
} catch {
  // An install without devDependencies has no prisma CLI; it must ship a generated client.
  const duringInstall = process.env.npm_lifecycle_event === 'postinstall';
  console.log('prisma (a devDependency) is not installed, so the client was not generated.');
  process.exit(duringInstall ? 0 : 1);
}

const result = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, 'scripts/db/schema-engine-stub.sh'),
    // No update check or telemetry call home.
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
if (result.error) console.error(`Could not run prisma generate: ${result.error.message}`);
process.exitCode = result.status ?? 1;
