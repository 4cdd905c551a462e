// How Entente's tests and benchmarks launch a browser: Debian's Chromium (Playwright cannot download
// its own here), with the background networking a closed network refuses turned off, and WebGL
// through SwiftShader so that the map really renders.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];
