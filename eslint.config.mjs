// Lint: Next.js's own rules (core web vitals, React, hooks, accessibility, imports) and
// typescript-eslint's recommended set; formatting is Prettier's, so eslint-config-prettier goes
// last and switches off every rule that would argue with it.
//
// Not type-aware on purpose: with typescript-eslint's project service the run takes ~70 s on our
// two cores instead of ~22 s (and `tsc --noEmit` already takes ~30 s in CI), for findings that are
// mostly `no-unsafe-*` on JSON in tests.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import eslintComments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  globalIgnores(['.next/**', '.data/**', 'lib/generated/**', 'public/leader/**', 'bench/results/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  ...nextVitals,
  ...nextTypescript,
  // A rule switched off for one line says why, in the directive itself: `-- reason`.
  eslintComments.recommended,
  { rules: { '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }] } },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    rules: {
      // An underscore marks a binding kept on purpose (a property left out of a rest spread, an
      // argument a callback's signature forces); anything else unused is an error, not a warning.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },
  {
    // No React runs here; a `use…` name is a test's set-up helper (e.g. useMailAndJobs), not a hook.
    files: ['tests/**', 'bench/**', 'scripts/**', 'prisma/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  prettier,
]);
