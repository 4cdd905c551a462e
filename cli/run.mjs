// Runs a TypeScript command-line entry (cli/*.ts): bundles it with esbuild, as the app is bundled,
// then runs it with the given arguments. `node cli/run.mjs cli/evalCli.ts ../shared/eval/dev`.
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
const outfile = `cli/.build/${basename(entry, '.ts')}.mjs`;
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, packages: 'external', logLevel: 'warning' });
try {
  execFileSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
} catch (e) {
  process.exit(e.status ?? 1);
}
