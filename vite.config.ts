import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The production build's Content-Security-Policy: no inline scripts, no eval, workers and
 * connections from the app's own origin only. Images may be data: or blob: URLs (the PNG export
 * draws its overlay from a blob: SVG). The dev server needs inline scripts for hot reload, so the
 * policy is added to the built page only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "child-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'entente-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: {
    target: 'es2022',
    // The extraction worker carries the NLP model (about 4.4 MB, 1.2 MB gzipped); it loads only when an article is read.
    chunkSizeWarningLimit: 4500,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'geo/**/*.test.mjs', 'cli/**/*.test.ts', 'lexicon/**/*.test.mjs'],
    environment: 'node',
  },
});
