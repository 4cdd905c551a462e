// The converted CAMEO verb dictionary (cameo/cameoVerbs.json, MIT: cameo/PETRARCH2-LICENSE.txt),
// loaded into a lexicon. Imported only where articles are read: it is about 75 KB gzipped.
import data from './cameo/cameoVerbs.json';
import { CameoLexicon, type LexiconData } from './cameoLexicon';

export function cameoLexicon(): CameoLexicon {
  return new CameoLexicon(data as LexiconData);
}
