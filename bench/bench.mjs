// Builds the benchmarks with esbuild (as the app is built: no name-keeping wrappers that would slow
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
  logLevel: 'warning',
});
execFileSync(process.execPath, ['--expose-gc', 'bench/.build/run.mjs'], { stdio: 'inherit' });
