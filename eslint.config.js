// Lint, run by `npm test`. Besides the usual TypeScript and React-hooks rules it keeps the layers
// apart (docs/architecture.md, "Layers"): src/domain and src/state are pure (no React, no MapLibre,
// no DOM); src/ui, src/export and src/map never import src/app; only src/map imports maplibre-gl.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Browser globals that plain JavaScript does not have (document, window, HTMLElement, fetch, …).
const DOM_GLOBALS = Object.keys(globals.browser).filter((name) => !(name in globals.es2021));

const REACT = ['react', 'react-dom', 'react/*', 'react-dom/*'];
const MAPLIBRE = ['maplibre-gl', 'maplibre-gl/*'];
const ONLY_MAP_IMPORTS_MAPLIBRE = { group: MAPLIBRE, message: 'Only src/map imports maplibre-gl.' };
/** The import patterns of a pure layer: `who` is "src/domain is" or the like. */
const pure = (who) => [
  { group: REACT, message: `${who} pure: no React.` },
  { group: MAPLIBRE, message: `${who} pure: no MapLibre.` },
];
/** A layer's no-restricted-imports rule. (A later config object's rule replaces an earlier one's: each lists all its patterns.) */
const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist', 'dist-test', '**/*.tmp.ts', '**/*.tmp.mjs', 'node_modules', 'test-results', 'playwright-report', 'public', '**/.build'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['geo/**/*.mjs', 'scripts/**/*.mjs', 'lexicon/**/*.mjs', 'bench/**/*.{mjs,ts}', 'cli/**/*.{mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Pure domain and pure state: no React, no MapLibre, no DOM. The state knows the domain only.
    files: ['src/domain/**/*.ts', 'src/state/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ...pure('src/domain and src/state are'),
        { group: ['**/map/*', '**/ui/*', '**/app/*', '**/export/*'], message: 'src/domain and src/state cannot import the app, the map, the UI or the exports.' },
      ),
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/domain and src/state are pure: no DOM.' }))],
    },
  },
  {
    // The domain knows nothing of the workspace state either.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(...pure('src/domain is'), {
        group: ['**/map/*', '**/ui/*', '**/app/*', '**/export/*', '**/state/*'],
        message: 'src/domain imports nothing outside the domain.',
      }),
    },
  },
  {
    // The UI gets props, callbacks and domain or state types; it never reaches into the app's wiring.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(ONLY_MAP_IMPORTS_MAPLIBRE, { group: ['**/app/*'], message: 'src/ui imports no src/app module: take props and callbacks instead.' }),
    },
  },
  {
    // The export writers are given what to write.
    files: ['src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(ONLY_MAP_IMPORTS_MAPLIBRE, { group: ['**/app/*', '**/ui/*'], message: 'src/export imports neither src/app nor src/ui.' }),
    },
  },
  {
    // The sources read what users bring; they know nothing of the app or the screen.
    files: ['src/sources/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { group: [...MAPLIBRE, 'react', 'react-dom'], message: 'src/sources reads input; it draws nothing.' },
        { group: ['**/app/*', '**/ui/*', '**/map/*'], message: 'src/sources imports neither src/app, src/ui nor src/map.' },
      ),
    },
  },
  {
    // The map is given what to draw.
    files: ['src/map/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({ group: ['**/app/*', '**/ui/*', '**/export/*'], message: 'src/map imports neither src/app, src/ui nor src/export.' }),
    },
  },
  {
    // Only the map module talks to MapLibre.
    files: ['src/app/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(ONLY_MAP_IMPORTS_MAPLIBRE) },
  },
);
