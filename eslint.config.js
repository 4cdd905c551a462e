// Lint, run by `npm test`. Besides the usual TypeScript and React-hooks rules it keeps the layers
// apart: src/domain is pure (no React, no MapLibre, no DOM), and only src/map imports maplibre-gl.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Browser globals that plain JavaScript does not have (document, window, HTMLElement, fetch, …).
const DOM_GLOBALS = Object.keys(globals.browser).filter((name) => !(name in globals.es2021));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public', '**/.build'] },
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
    files: ['geo/**/*.mjs', 'lexicon/**/*.mjs', 'bench/**/*.{mjs,ts}', 'cli/**/*.{mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Pure domain: no React, no MapLibre, no DOM.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/domain is pure: no React.' },
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'src/domain is pure: no MapLibre.' },
            { group: ['**/map/*', '**/ui/*', '**/app/*', '**/export/*'], message: 'src/domain cannot import the app.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/domain is pure: no DOM.' }))],
    },
  },
  {
    // Only the map module talks to MapLibre.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map imports maplibre-gl.' }] },
      ],
    },
  },
);
