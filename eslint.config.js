// Lint, run by `npm test`. Besides the usual TypeScript and React-hooks rules it keeps the layers
// apart (docs/architecture.md, "Layers"): src/domain and src/state are pure (no React, no MapLibre,
// no DOM); src/ui, src/export and src/map never import src/app; only src/map imports maplibre-gl.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Browser globals that plain JavaScript does not have (document, window, HTMLElement, fetch, …).
const DOM_GLOBALS = Object.keys(globals.browser).filter((name) => !(name in globals.es2021));

export default tseslint.config(
  { ignores: ['dist', 'dist-test', 'e2e/.shot.tmp.mjs', 'node_modules', 'test-results', 'playwright-report', 'public', '**/.build'] },
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
    // Pure domain and pure state: no React, no MapLibre, no DOM. The domain knows nothing of the
    // workspace state; the state knows the domain only.
    files: ['src/domain/**/*.ts', 'src/state/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/domain and src/state are pure: no React.' },
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'src/domain and src/state are pure: no MapLibre.' },
            { group: ['**/map/*', '**/ui/*', '**/app/*', '**/export/*'], message: 'src/domain and src/state cannot import the app, the map, the UI or the exports.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/domain and src/state are pure: no DOM.' }))],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/domain is pure: no React.' },
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'src/domain is pure: no MapLibre.' },
            { group: ['**/map/*', '**/ui/*', '**/app/*', '**/export/*', '**/state/*'], message: 'src/domain imports nothing outside the domain.' },
          ],
        },
      ],
    },
  },
  {
    // The UI gets props, callbacks and domain or state types; it never reaches into the app's wiring.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map imports maplibre-gl.' },
            { group: ['**/app/*'], message: 'src/ui imports no src/app module: take props and callbacks instead.' },
          ],
        },
      ],
    },
  },
  {
    // The export writers are given what to write.
    files: ['src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map imports maplibre-gl.' },
            { group: ['**/app/*', '**/ui/*'], message: 'src/export imports neither src/app nor src/ui.' },
          ],
        },
      ],
    },
  },
  {
    // The sources read what users bring; they know nothing of the app or the screen.
    files: ['src/sources/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['maplibre-gl', 'maplibre-gl/*', 'react', 'react-dom'], message: 'src/sources reads input; it draws nothing.' },
            { group: ['**/app/*', '**/ui/*', '**/map/*'], message: 'src/sources imports neither src/app, src/ui nor src/map.' },
          ],
        },
      ],
    },
  },
  {
    // The map is given what to draw.
    files: ['src/map/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/*', '**/ui/*', '**/export/*'], message: 'src/map imports neither src/app, src/ui nor src/export.' }] },
      ],
    },
  },
  {
    // Only the map module talks to MapLibre.
    files: ['src/app/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map imports maplibre-gl.' }] },
      ],
    },
  },
);
