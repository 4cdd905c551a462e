import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'entente-extract-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['cli/run.mjs', 'cli/extractCli.ts', ...args], { encoding: 'utf8' });

describe('npm run extract', () => {
  it('reads an article that has no publication date (relative dates stay unresolved)', () => {
    const file = join(dir, 'undated.txt');
    writeFileSync(file, '# source: test\nTreaty signed\n\nAustralia and China signed a treaty on Thursday.\n');
    const out = run(file);
    expect(out.status, out.stderr).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.published).toBeNull();
    expect(result.claims.map((c: { a: string; b: string; when: string | null }) => [c.a, c.b, c.when])).toEqual([['AUS', 'CHN', null]]);
  }, 60_000);
  it('refuses a --published that is not a date, naming it', () => {
    const file = join(dir, 'any.txt');
    writeFileSync(file, 'Australia and China signed a treaty.\n');
    const out = run(file, '--published', 'Thursday');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('--published Thursday');
  }, 60_000);
});
