// After `npm run build`: the production build carries no test handle. End-to-end tests and benches
// run a build made with `--mode test` (dist-test/), which exposes the map as `window.__ententeMap`;
// the build people use must not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'dist/assets';
const leaking = readdirSync(dir)
  .filter((name) => name.endsWith('.js'))
  .filter((name) => readFileSync(join(dir, name), 'utf8').includes('__ententeMap'));
if (leaking.length > 0) {
  console.error(`The production build exposes the test handle __ententeMap in ${leaking.join(', ')}.`);
  process.exit(1);
}
console.log('The production build has no test handle.');
