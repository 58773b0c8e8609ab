// Lint for correctness, not layout: Prettier owns formatting (`npm run format`).
import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-server/', '.room-data/', 'dev-dist/', 'node_modules/', 'src/pdf/coverage.ts'] },
  js.configs.recommended,
  // Type-aware rules read the same tsconfig the typecheck uses, so they cost one program build.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      // A callback that names a const declared further down reads it before it exists when called early.
      '@typescript-eslint/no-use-before-define': ['error', { functions: false, classes: false, variables: true, allowNamedExports: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all' }],
      // An empty catch hides a failure from the user; say why in a comment when ignoring is right.
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      // A let read by a callback before its one assignment (two objects that need each other) stays a let.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Plain http at a venue or intranet address is not a secure context, and has no randomUUID.
      'no-restricted-properties': [
        'error',
        { object: 'crypto', property: 'randomUUID', message: 'Use newId() from src/worksheet/ids: plain http has no randomUUID.' },
      ],
    },
  },
  {
    // A function longer than a screen does more than one thing: split it into named parts.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  { files: ['src/**/*.tsx', 'tests/component/**/*.tsx'], ...solid },
  {
    files: ['src/**/*.tsx', 'tests/component/**/*.tsx'],
    rules: {
      // bindModal tracks its accessors in an effect of its own.
      'solid/reactivity': ['warn', { customReactiveFunctions: ['bindModal'] }],
      // The router's redirect is thrown by design: TanStack Router catches it.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'package', package: '@tanstack/router-core', name: 'Redirect' }] },
      ],
    },
  },
  {
    // Hocuspocus calls every hook as a promise, so a hook with nothing to wait for is still async.
    files: ['server/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['scripts/**', 'build/**', 'tests/**', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests read raw JSON and raw IndexedDB rows on purpose, and hand methods to expect().
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      // An async mock that only throws stands for a write that rejects.
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
);
