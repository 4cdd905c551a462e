// The tagger extraction uses: wink-nlp with its English web model (MIT). It gives tokens, parts of
// speech (about 95% accurate) and lemmas at a few MB a second, with no dependency parse. Imported
// only where an article is read (the extraction worker and the command line), never at start-up.
// Why wink-nlp and not compromise: docs/extraction.md ("The NLP library"). The model is handed in
// (winkModel.ts), as the worker and the command line read its data differently.
import type { Model } from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Pos, Tagger, Token } from './tokens';

export function winkTagger(model: Model): Tagger {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return (text, offset = 0) => {
    const tokens = nlp.readDoc(text).tokens();
    const values = tokens.out(its.value) as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const pos = tokens.out(its.pos) as string[];
    // its.lemma reads the model's add-ons; its type does not fit `out`, its value does.
    const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
    const out: Token[] = new Array(values.length);
    // wink keeps the text whole: each token is its preceding spaces, then its characters.
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as string;
      at += (spaces[i] ?? '').length;
      if (text.startsWith(value, at) === false) {
        const found = text.indexOf(value, at);
        if (found >= 0) at = found;
      }
      const start = at;
      at += value.length;
      // ("would re-open its embassy": a verb with its prefix hyphenated reads as the word written whole, "reopen".)
      const lower = /^re-[a-z]{3,}$/i.test(value) ? `re${value.slice(3)}`.toLowerCase() : value.toLowerCase();
      const lemma = lower !== value.toLowerCase() ? lower : (lemmas[i] ?? value);
      out[i] = { text: value, lower, lemma: lemma === value ? lower : lemma.toLowerCase(), pos: (pos[i] ?? 'X') as Pos, start: start + offset, end: at + offset };
    }
    return out;
  };
}
