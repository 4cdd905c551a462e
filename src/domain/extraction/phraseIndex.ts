// Whole-word phrase lookup, for the actor finder's names and the leaders' full names.
import { isWordChar, nextWordStart, wordEnd } from '../text/words';

/**
 * Whole-word phrase lookup: phrases indexed by their first word, tried longest first at each word
 * start. Linear in the text, where one regular expression of thousands of alternatives is not.
 */
export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, { phrase: string; value: T }[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const first = /^[\p{L}\p{N}]+/u.exec(phrase)?.[0];
      if (!first) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ phrase, value });
      this.byFirstWord.set(first, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** Whether some phrase begins with this word. */
  startsPhrase = (word: string): boolean => this.byFirstWord.has(word);

  /** Every non-overlapping match in `text`, left to right, the longest at each place. */
  *matches(text: string): Generator<{ start: number; end: number; phrase: string; value: T }> {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const start = nextWordStart(text, i);
      i = wordEnd(text, start);
      if (i === start) break;
      const list = this.byFirstWord.get(text.slice(start, i));
      if (!list) continue;
      for (const { phrase, value } of list) {
        const end = start + phrase.length;
        if (text.startsWith(phrase, start) && !(end < n && isWordChar(text.charCodeAt(end), text, end))) {
          yield { start, end, phrase, value };
          i = end;
          break;
        }
      }
    }
  }
}
