// Article text as extraction reads it, with a way back to the article's own offsets. Characters
// that carry no word (soft hyphens, direction marks, zero-width spaces and joiners, byte-order
// marks) are dropped, so that "Tues\u00ADday" is one word; non-breaking spaces read as spaces and
// curly quotes as straight ones. Every offset found in the readable text maps back to the original,
// so evidence is always quoted exactly as the article has it.

/** Characters with no glyph and no word in them. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const SAME_LENGTH_ANY = /[\u00A0\u2007\u202F\u2009\u200A\u2018\u2019\u02BC\u201C\u201D]/g;
const SAME_LENGTH: Record<string, string> = {
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u201C': '"',
  '\u201D': '"',
};

export interface ReadableText {
  /** The text to read. */
  text: string;
  /** The original text. */
  original: string;
  /** The original offset of a readable offset (a start or an end). */
  toOriginal(offset: number): number;
}

export function readableText(original: string): ReadableText {
  if (!INVISIBLE.test(original)) {
    // Nothing to drop: offsets stay as they are; only same-length replacements.
    return { text: original.replace(SAME_LENGTH_ANY, (c) => SAME_LENGTH[c] ?? c), original, toOriginal: (offset) => offset };
  }
  const chars: string[] = [];
  const positions: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (INVISIBLE.test(ch)) continue;
    chars.push(SAME_LENGTH[ch] ?? ch);
    positions.push(i);
  }
  const count = positions.length;
  return {
    text: chars.join(''),
    original,
    toOriginal: (offset) => (offset <= 0 ? (positions[0] ?? 0) : offset >= count ? original.length : (positions[offset] as number)),
  };
}

/** The original span of a readable span [start, end). */
export function originalSpan(readable: ReadableText, start: number, end: number): { start: number; end: number } {
  const s = readable.toOriginal(start);
  const e = end <= start ? s : readable.toOriginal(end - 1) + 1;
  return { start: s, end: e };
}
