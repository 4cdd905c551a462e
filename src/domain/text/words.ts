// Words in a text, found by character codes: a letter or digit in any script, decided for ASCII by
// its code and for the rest by Unicode classes. Over megabytes of text this is several times faster
// than a Unicode regular expression, and extraction walks every word of an article more than once.

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** True when the character at `at` (its code `code`) is a letter or a digit. */
export function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_NUMBER.test(text[at] as string);
}

/** The end of the word that starts at `start` (`start` itself when no word starts there). */
export function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && isWordChar(text.charCodeAt(i), text, i)) i++;
  return i;
}

/** The start of the next word at or after `from`, or the text's length. */
export function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isWordChar(text.charCodeAt(i), text, i)) i++;
  return i;
}
