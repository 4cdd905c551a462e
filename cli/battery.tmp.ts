import { readFileSync } from 'node:fs';
import { nodeReaders } from './nodeGazetteer';
import { extractClaims } from '../src/domain/extraction/extractClaims';
const readers = nodeReaders();
const file = process.argv[2]!;
const whole = process.argv.includes('--article');
const blocks = whole ? [readFileSync(file, 'utf8')] : readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
for (const text of blocks) {
  const { claims } = extractClaims({ id: 'b', text, published: '2024-05-01' }, readers);
  if (!whole) console.log('\n> ' + text);
  for (const c of claims) console.log(`   ${c.a} ${c.directed ? '->' : '--'} ${c.b} ${c.stance} ${c.certainty} ${c.when ?? ''} [${c.trigger}] ${c.code ?? ''}${whole ? '  | ' + c.evidence.slice(0, 110) : ''}`);
  if (claims.length === 0) console.log('   (none)');
}
