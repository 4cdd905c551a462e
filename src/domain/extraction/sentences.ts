// Sentences with their offsets. A sentence ends at . ! or ? followed by a space and a capital or a
// quote, or at a line break; abbreviations (U.S., Mr., Dr., Aug., a case's "v.") and initials do not end one.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = /(?:\b(?:U\.S|U\.K|U\.N|U\.A\.E|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Maj|Capt|Cmdr|Adm|Brig|Cpl|Pvt|Amb|Pres|Rev|Hon|Prof|Rep|Sen|Gov|No|vs|v|etc|Inc|Ltd|Co|Corp|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$/;

export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Closing quotes and brackets belong to the sentence they end.
    let j = i + 1;
    while (j < to && /["'”’)\]]/.test(text[j] as string)) j++;
    if (j < to && !/\s/.test(text[j] as string)) continue;
    let k = j;
    while (k < to && text[k] === ' ') k++;
    if (k < to && !/[A-Z"“‘'(\d]/.test(text[k] as string) && text[k] !== '\n') continue;
    if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(from, i - 6), i + 1))) continue;
    push(j);
  }
  push(to);
  return out;
}

/** A wire story's dateline at a paragraph's start: "ROTTERDAM, Netherlands (AP) —", "SEOUL—", "BAKU:", "MOSCOW (Sputnik, 19 March)"; a bracket with no date and no dash after it is an aside ("NATO (the alliance) said"). */
const DATELINE = /^[ \t]*[A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]+)*(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)?[ \t]*(?:\([^)\n]{1,60}\)[ \t]*(?:[—–-]{1,2}|:)|\([^)\n]{0,60}\d[^)\n]{0,60}\)|[—–-]{1,2}|:)/;

/** A dateline in title case, known by its agency or its bracketed country: "Brussels (AP) –", "Kathmandu [Nepal], May 20 :". */
const TITLED_DATELINE = /^[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*(?:\((?:AP|AFP|Reuters|dpa|Xinhua|Anadolu|Bloomberg|IANS|ANI|PTI|Sputnik|TASS|UPI|CNA|Kyodo|Yonhap|Bernama|WAM|SPA|KUNA|IRNA)\b[^)\n]{0,40}\)[ \t]*(?:[—–-]{1,2}|:)|\[[A-Z][^\]\n]{1,30}\],?[ \t]*[A-Z][a-z]+[ \t]+\d{1,2}[ \t]*:)/;

/** Whether the character at `at` is in a dateline: the place a story was filed from is no actor of it. */
export function inDateline(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const head = text.slice(lineStart, lineStart + 120);
  const found = DATELINE.exec(head) ?? TITLED_DATELINE.exec(head);
  return found !== null && at < lineStart + found[0].length;
}
