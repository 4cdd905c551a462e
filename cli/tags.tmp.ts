import { winkTagger } from '../src/domain/extraction/winkTagger';
const t = winkTagger();
console.log(t(process.argv[2]!).map((x) => `${x.text}/${x.pos}/${x.lemma}`).join(' '));
