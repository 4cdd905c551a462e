import { nodeReaders } from './nodeGazetteer';
import { extractClaims } from '../src/domain/extraction/extractClaims';
import { SentencePairing } from '../src/domain/extraction/pairing';
const readers = nodeReaders();
const text = process.argv[2]!;
const word = process.argv[3]!;
let on = false;
const proto = Object.getPrototypeOf(SentencePairing.prototype);
const chain = [SentencePairing.prototype, proto, Object.getPrototypeOf(proto), Object.getPrototypeOf(Object.getPrototypeOf(proto))];
for (const p of chain) for (const name of Object.getOwnPropertyNames(p)) {
  if (name === 'constructor' || typeof (p as any)[name] !== 'function') continue;
  const f = (p as any)[name];
  (p as any)[name] = function (this: any, ...args: any[]) {
    const isPair = name === 'pair' && this.tokens[args[0].head]?.lower === word;
    if (isPair) on = true;
    const r = f.apply(this, args);
    if (on && r !== null && r !== undefined && name !== 'clauseIndexOf') console.log(name, JSON.stringify(r).slice(0, 150));
    if (isPair) on = false;
    return r;
  };
}
extractClaims({ id: 'b', text, published: '2024-05-01' }, readers);
