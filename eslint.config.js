import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Which way imports go (../shared/conventions.md), as glob zones so a new feature needs no new
 * rule: `target` may not import from `from`.
 */
const importZones = [
  // Shared folders never reach into features, the app shell or the mock.
  {
    target: './src/{api,components,config,hooks,i18n,theme,utils}/**',
    from: ['./src/features/**', './src/app/**'],
    message: 'Shared code must not depend on features or the app.',
  },
  {
    target: './src/api/**',
    from: './src/{components,hooks,i18n,theme,utils}/**',
    message: 'api imports only config.',
  },
  // A feature may use another feature's api/ only, and never the app.
  {
    target: './src/features/*/**',
    from: './src/app/**',
    message: 'Features must not import the app.',
  },
  // Only main.tsx (behind the runtime flag) and tests load the mock.
  {
    target: './src/{app,api,components,config,features,hooks,i18n,theme,utils}/**',
    from: './src/mocks/**',
    message: 'Only main.tsx and tests may import the mock PBM.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'src/api/pbm.generated.ts',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: importZones }],
    },
  },
  {
    // Inside a feature, its own files are imported relatively; another feature only through
    // `@/features/<name>/api/…`. Zones cannot say "another", so these patterns do.
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['src/features/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*/*', '!@/features/*/api'],
              message:
                "Import another feature's api/ only, never its components, pages or schemas.",
            },
            { group: ['../../*'], message: 'Leave a feature through @/…, not relative paths.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Focusing the first field of a dialog or form is expected; MUI passes it on correctly.
    files: ['src/**/*.tsx'],
    rules: { 'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }] },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['e2e/**/*.ts', 'e2e-nginx/**/*.ts'],
    ...playwright.configs['flat/recommended'],
  },
  {
    files: ['e2e/**/*.ts', 'e2e-nginx/**/*.ts'],
    rules: {
      // Page objects assert through expect… helpers; React's hook rules do not apply to fixtures.
      'playwright/expect-expect': ['error', { assertFunctionPatterns: ['^expect', '\\.expect'] }],
      'react-hooks/rules-of-hooks': 'off',
    },
  },
  {
    // Config files are loaded by their tools, which expect a default export.
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
