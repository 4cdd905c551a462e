// The tagger extraction uses: wink-nlp with its English web model (MIT). It gives tokens, parts of
// speech (about 95% accurate) and lemmas at a few MB a second, with no dependency parse. Imported
// only where an article is read (the extraction worker and the command line), never at start-up.
// Why wink-nlp and not compromise: docs/extraction.md ("The NLP library").
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Pos, Tagger, Token } from './tokens';

export function winkTagger(): Tagger {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const pos = tokens.out(its.pos) as string[];
    // its.lemma reads the model's add-ons; its type does not fit `out`, its value does.
    const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
    const out: Token[] = new Array(values.length);
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as string;
      // Tokens are the text's own characters in order, with spaces between them.
      const found = text.indexOf(value, at);
      const start = found < 0 ? at : found;
      const end = found < 0 ? at : start + value.length;
      at = end;
      out[i] = { text: value, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: (pos[i] ?? 'X') as Pos, start, end };
    }
    return out;
  };
}
