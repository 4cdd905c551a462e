// `npm run import -- FILE... [--out claims.json] [--map source=COL,target=COL,date=COL,code=COL]`:
// GDELT 2.0 event export files (plain, .gz or .zip; tab- or comma-separated, with or without a header
// row), ICEWS coded-event files (known by their header row; countries by name) and any other table of
// events between states with a header row (its columns guessed from their names, or given by --map:
// source, target, date, code or stance, weight, goldstein; each a header name or a number from 1)
// -> claims between states, with
// counts of rows kept and skipped by reason. The files read together are one data set. With --out,
// the claims are written as a claims file the app opens (Open… in the header).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import type { Article, Claim } from '../src/domain/claims/claim';
import { eventsToClaims } from '../src/domain/gdelt/eventsToClaims';
import { type GdeltEvent, parseGdeltExport, type SkipReason } from '../src/domain/gdelt/gdeltEvents';
import { foldForSearch } from '../src/domain/geo/actorSearch';
import { mappingFromSpec, parseMappedExport } from '../src/domain/dyadic/mappedCsv';
import { looksLikeTable } from '../src/domain/dyadic/tableShape';
import { gdeltLayoutOf } from '../src/domain/gdelt/gdeltLayout';
import { icewsHeaderOf, parseIcewsExport } from '../src/domain/icews/icewsEvents';

/** The first file in a ZIP archive, read through its central directory. */
function unzipFirst(data: Buffer, file: string): Buffer {
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file}: not a ZIP archive (no end of central directory)`);
  const central = data.readUInt32LE(end + 16);
  if (data.readUInt32LE(central) !== 0x02014b50) throw new Error(`${file}: the ZIP central directory is damaged`);
  const method = data.readUInt16LE(central + 10);
  const size = data.readUInt32LE(central + 20);
  const local = data.readUInt32LE(central + 42);
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  const body = data.subarray(start, start + size);
  if (method === 0) return Buffer.from(body);
  if (method === 8) return inflateRawSync(body);
  throw new Error(`${file}: ZIP compression method ${method} is not supported`);
}

function readText(file: string): string {
  const data = readFileSync(file);
  if (data[0] === 0x1f && data[1] === 0x8b) return gunzipSync(data).toString('utf8');
  if (data[0] === 0x50 && data[1] === 0x4b) return unzipFirst(data, file).toString('utf8');
  return data.toString('utf8');
}

const args = process.argv.slice(2);
const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const out = valueOf('--out');
const mapSpec = valueOf('--map');
// Every argument that is neither a flag nor a flag's value is a file.
const files = args.filter((a, i) => !a.startsWith('--') && !['--out', '--map'].includes(args[i - 1] ?? ''));
if (files.length === 0) {
  console.error('usage: npm run import -- FILE... [--out claims.json] [--map source=COL,target=COL,date=COL,code=COL]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
type WorldCountry = { cca3: string; name: { common: string; official: string }; altSpellings: string[] };
const world = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as WorldCountry[];
const states = new Set<string>(world.map((c) => c.cca3));
// (ICEWS names countries: each state's common and official names and other spellings.)
const byName = new Map(world.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings].map((n) => [foldForSearch(n), c.cca3] as const)));
const events: GdeltEvent[] = [];
const totals: Record<string, number> = {};
const skippedAll: Partial<Record<SkipReason, number>> = {};
let rows = 0;
for (const file of files) {
  let text: string;
  try {
    text = readText(file);
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    process.exit(1);
  }
  const codeOfName = (name: string) => byName.get(foldForSearch(name));
  const firstLine = text.slice(0, 65_536).split('\n', 1)[0] ?? '';
  const isTable = mapSpec !== undefined || (!icewsHeaderOf(firstLine) && !gdeltLayoutOf(text.slice(0, 65_536)) && looksLikeTable(text.slice(0, 65_536)));
  let result: { events: GdeltEvent[]; rows: number; skipped: Partial<Record<SkipReason, number>> };
  if (isTable) {
    const mapped = mappingFromSpec(firstLine, mapSpec ?? '');
    if ('problem' in mapped) {
      console.error(`${file}: ${mapped.problem} Give the columns with --map source=COL,target=COL,date=COL,code=COL (or stance=COL).`);
      process.exit(1);
    }
    const stem = basename(file).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
    result = parseMappedExport(text, mapped.mapping, (cell) => (states.has(cell.toUpperCase()) ? cell.toUpperCase() : codeOfName(cell)), stem);
  } else result = parseIcewsExport(text, codeOfName) ?? parseGdeltExport(text, (c) => states.has(c));
  for (const e of result.events) events.push(e);
  rows += result.rows;
  totals.kept = (totals.kept ?? 0) + result.events.length;
  for (const [reason, n] of Object.entries(result.skipped) as [SkipReason, number][]) {
    totals[reason] = (totals[reason] ?? 0) + n;
    skippedAll[reason] = (skippedAll[reason] ?? 0) + n;
  }
  const skipped = Object.entries(result.skipped)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(`${basename(file)}: ${result.rows} rows, ${result.events.length} events kept; skipped: ${skipped || 'none'}`);
}
console.log(`all: ${rows} rows; ${Object.entries(totals).map(([k, n]) => `${k} ${n}`).join(', ')}`);
// The files read together are one data set, as in the app.
const dataSet = eventsToClaims(events, { files: files.map((f) => basename(f)), rows, skipped: skippedAll });
const articles: Article[] = [dataSet.article];
const claims: Claim[] = dataSet.claims;
const byStance: Record<string, number> = {};
for (const c of claims) byStance[c.stance] = (byStance[c.stance] ?? 0) + 1;
console.log(`claims by stance: ${Object.entries(byStance).map(([k, n]) => `${k} ${n}`).join(', ')}; pairs ${new Set(claims.map((c) => [c.subject, c.object].sort().join('|'))).size}`);
if (out) {
  writeFileSync(out, `${JSON.stringify({ articles, claims })}\n`);
  console.log(`written: ${out} (${claims.length} claims; open it in Entente with Open… in the header)`);
}
