// Counts as words: "1 claim", "3 claims", "20,000 relations".

/**
 * An integer with its thousands grouped by commas, as `toLocaleString('en')` writes it. Written by
 * hand: the first `toLocaleString` of a page sets up the browser's number formatting, tens of
 * milliseconds of the start-up's main thread (the header counts are drawn in the first render).
 */
export function groupThousands(n: number): string {
  if (!Number.isInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
  return n < 0 ? `-${out}` : out;
}

/** "1 claim", "3 claims". */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${groupThousands(n)} ${n === 1 ? noun : plural}`;
}
