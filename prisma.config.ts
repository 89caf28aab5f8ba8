import { defineConfig } from 'prisma/config';

// Prisma 7 keeps the connection URL here, not in schema.prisma. The URL is only read by the
// Prisma CLI on machines that have the native schema engine; this project's own commands
// (npm run db:migrate / db:check / db:migration:create) do not need it. See
// docs/decisions/0002-migrations-without-native-engine.md.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx --tsconfig tsconfig.scripts.json prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/ledertrivsel' },
});
