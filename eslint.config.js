// Lint for correctness, not layout: Prettier owns formatting (`npm run format`).
import js from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dev-dist/', 'node_modules/', 'src/pdf/coverage.ts'] },
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
    },
  },
  { files: ['src/**/*.tsx', 'tests/component/**/*.tsx'], ...solid },
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
);
