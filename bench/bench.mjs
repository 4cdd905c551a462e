// `npm run bench [node|browser]`. Builds the benchmarks with esbuild (as the app is built: no name-keeping wrappers that would slow
// the hot loops) and runs them. `npm run bench`.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'bench/.build/run.mjs',
  packages: 'external',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['--expose-gc', 'bench/.build/run.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
