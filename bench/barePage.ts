// Builds the bare MapLibre page (bench/bare/main.ts) into `<dist>/bare/`, beside the app it is
// compared with, so that both are served by the same server from the same origin.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function buildBarePage(dist: string): Promise<string> {
  const dir = join(dist, 'bare');
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: ['bench/bare/main.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'bare.js'),
    logLevel: 'warning',
  });
  copyFileSync('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', join(dir, 'maplibre-gl-worker.mjs'));
  copyFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', join(dir, 'maplibre-gl.css'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Bare MapLibre</title><link rel="stylesheet" href="./maplibre-gl.css" />` +
      `<style>html,body{margin:0;height:100%}#map{position:absolute;inset:0}</style></head>` +
      `<body><div id="map" data-testid="map"></div><script type="module" src="./bare.js"></script></body></html>\n`,
  );
  return 'bare/';
}
