// Lint for every folder. The import rules of ARCHITECTURE.md are enforced here, not by memory;
// tests/unit/import-boundaries.test.ts proves each rule fires on a crossing import.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const forbid = (group, message) => ({ group, message });

const otherLayers = {
  renderer: forbid(['**/renderer/**', '@renderer/*'], 'Only the renderer imports renderer code.'),
  electron: forbid(['**/electron/**'], 'Only electron/ imports the main process and preload.'),
  server: forbid(['**/server/**'], 'Only server/ imports server code.'),
};

const electronModule = forbid(['electron', 'electron/*'], 'The electron module is for electron/ only.');
const nodeBuiltins = forbid(['node:*', 'fs', 'path', 'child_process', 'os', 'crypto'], 'The renderer uses web APIs only.');
const rxdbRuntime = forbid(['rxdb', 'rxdb/*', 'dexie'], 'Only renderer/db/ and the replication in renderer/sync/ import rxdb or dexie at runtime.');
const uiAndDb = forbid(['react', 'react-dom', 'react-dom/*', 'rxdb', 'rxdb/*', 'dexie', 'pg', 'better-sqlite3'], 'shared/ is pure TypeScript.');

/** One rule object per layer: flat config replaces (not merges) a rule set twice for one file. */
function restrict(...patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'playwright-report/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: restrict(otherLayers.renderer, otherLayers.electron, otherLayers.server, electronModule, uiAndDb),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/sync/{replication,first-load}.ts', 'renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: restrict(otherLayers.electron, otherLayers.server, electronModule, nodeBuiltins, {
      ...rxdbRuntime,
      allowTypeImports: true,
    }),
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}', 'renderer/sync/{replication,first-load}.ts', 'renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: restrict(otherLayers.electron, otherLayers.server, electronModule),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/platform/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='fieldcase']",
          message: 'Only renderer/platform/ reads window.fieldcase.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(otherLayers.renderer, otherLayers.electron, electronModule),
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(otherLayers.renderer, otherLayers.server, forbid(['react', 'react-dom', 'rxdb', 'rxdb/*', 'dexie'], 'Main loads the built renderer; it holds no data logic.')),
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'bench/**/*.{ts,mjs}', 'tests/**/*.ts', '*.config.{js,ts}', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
);
