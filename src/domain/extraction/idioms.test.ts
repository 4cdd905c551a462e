// Every line of idioms.ts has a sentence in idiomExamples.ts that it must read: the pair, the stance,
// and the words that name the event (which show which line read it).
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../cli/nodeGazetteer';
import { splitClauses } from './clauses';
import { extractClaims } from './extractClaims';
import { splitSentences } from './sentences';
import { findTriggers } from './triggers';
import { IDIOMS } from './idioms';
import { IDIOM_EXAMPLES } from './idiomExamples';
const readers = nodeReaders();
const read = (text: string) => extractClaims({ id: 't', text, published: '2022-05-10' }, readers).claims;

const key = (c: { a: string; b: string; stance: string }) => `${[c.a, c.b].sort().join('|')} ${c.stance}`;

/** The reasons of the triggers found in a text's sentences. */
function whysIn(text: string): string[] {
  return splitSentences(text, 0).flatMap((s) => {
    const tokens = readers.tagger(s.text, s.start);
    const clauses = splitClauses(tokens);
    const clauseOf = (i: number) => clauses.find((c) => c.from <= i && i < c.to) ?? { from: 0, to: tokens.length };
    return findTriggers(tokens, readers.lexicon, clauseOf).map((t) => t.why);
  });
}

describe('idioms.ts', () => {
  it('has one example here for each line', () => {
    expect(IDIOM_EXAMPLES).toHaveLength(IDIOMS.length);
  });
  IDIOMS.forEach((idiom, i) => {
    const [sentence, expected, words] = IDIOM_EXAMPLES[i] ?? ['', '', /./];
    it(`${idiom.why}: "${sentence}"`, () => {
      const claims = read(sentence).filter((c) => key(c) === expected);
      expect(claims.length, `${expected} from "${sentence}"`).toBeGreaterThan(0);
      expect(claims.some((c) => words.test(c.trigger)), claims.map((c) => c.trigger).join(', ')).toBe(true);
      // And it is this line that reads it, not another.
      expect(whysIn(sentence), sentence).toContain(idiom.why);
    });
  });
});
