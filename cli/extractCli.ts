// `npm run extract -- path/to/article.txt [--published YYYY-MM-DD]`: the extraction as JSON in the
// format of ../shared/eval/README.md (with offsets, attribution and the trigger words added).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticleFile } from '../src/domain/extraction/articleFile';
import { extractClaims } from '../src/domain/extraction/extractClaims';
import { nodeReaders } from './nodeGazetteer';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--published');
const flag = args.indexOf('--published');
const given = flag >= 0 ? args[flag + 1] : undefined;
if (!file) {
  console.error('usage: npm run extract -- path/to/article.txt [--published YYYY-MM-DD]');
  process.exit(2);
}
let content: string;
try {
  content = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`${file}: cannot read it (${(e as Error).message})`);
  process.exit(1);
}
const article = parseArticleFile(content);
// Without a publication date (none in the file, none given) relative dates stay unresolved; the
// claims are read all the same.
const published = given ?? article.published;
if (given !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(given)) {
  console.error(`--published ${given}: not a date; give it as YYYY-MM-DD`);
  process.exit(2);
}
const { actors, claims } = extractClaims({ id: basename(file), text: article.text, published, bodyStart: article.bodyStart }, nodeReaders());
console.log(JSON.stringify({ article: basename(file), published, actors, claims }, null, 2));
