// Lint: typescript-eslint's recommended rules, import circles and unused code.
// `npm run lint` runs it with Prettier's check; the README's test command includes it.
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      '**/__generated__/**',
      'data/**',
      'coverage/**',
      'gateway/playground/dist/**',
      'web/dist/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.d.ts'] })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A loop of imports is a design smell even when only types travel along it (STYLE.md, habit 11).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-unused-expressions': 'error',
      'no-unreachable': 'error',
      // a `let` a signal handler may read before it is set (scripts/start.ts) must stay a `let`
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // TypeORM types entities and migrations as `Function` (MixedList<Function | string | EntitySchema>).
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // Tests read untyped JSON answers off the wire; their assertions are the type check.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        module: 'writable',
        require: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
