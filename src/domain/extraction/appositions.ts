// Office holders an article introduces in apposition, around a state's name: "David Panuelo, the
// president of Micronesia,", "the prime minister of Japan, Fumio Kishida,", "Kishida, Japan's prime
// minister,", "Kishida, the Japanese prime minister,". The actor finder (actorFinder.ts) registers
// the name with the state, as it does "Japanese Prime Minister Fumio Kishida".
import { TITLES } from './knownActors';

/** The titles in either case of their first letters: "president" and "President". */
const TITLE = [...new Set(TITLES.map((t) => t.toLowerCase()))]
  .filter((t) => t !== 'counterpart')
  .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\b(\p{L})/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`))
  .join('|');
/** The words of the titles, no word of a person's name: "Prime Minister Binyamin Netanyahu" is a title and a name. */
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.toLowerCase().split(/\s+/)).filter((w) => !['sheikh', 'prince', 'of', 'state'].includes(w)));
const WORD = "(?:[A-Z][\\p{L}'-]+|al-[\\p{L}'-]+|bin|bint|ibn)";
/** Up to two lower-case words before a title: "the outgoing", "the country's new". */
const QUALIFIED = `(?:[Tt]he\\s+)?(?:[a-z][a-z-]*\\s+){0,2}`;
/** "the president of (the) ..." just before a state's name. */
const TITLE_OF_BEFORE = new RegExp(`(?:^|[\\s(])${QUALIFIED}(?:${TITLE})\\s+of\\s+(?:the\\s+)?$`, 'u');
/** ", Name" after the state's name (past a short form in brackets: "(FSM)"). */
const NAME_AFTER = new RegExp(`^(?:\\s*\\([^()]{1,24}\\))?,\\s+(${WORD}(?:\\s+${WORD}){0,4})(?=\\s*(?:[,;)]|\\.(?:\\s|$)))`, 'u'); // (closed by a comma or a full stop: not "with the leader of Chad, Prime Minister Netanyahu announced")
/** "Name, the president of (the) ..." just before a state's name. */
const NAME_TITLE_OF_BEFORE = new RegExp(`(${WORD}(?:\\s+${WORD}){0,4}),\\s+${QUALIFIED}(?:${TITLE})\\s+of\\s+(?:the\\s+)?$`, 'u');
/** "Name, (the) ..." just before a state's name or its demonym: "Kishida, Japan's prime minister", "Kishida, the Japanese prime minister". */
const NAME_BEFORE = new RegExp(`(${WORD}(?:\\s+${WORD}){0,4}),\\s+${QUALIFIED}$`, 'u');
// (The apposition closes with a comma: "Cavusoglu, the Turkish foreign minister, said"; not "After his meeting with Pompeo, the Turkish foreign minister said".)
const POSSESSIVE_TITLE = new RegExp(`^['’]s\\s+(?:[a-z][a-z-]*\\s+){0,2}(?:${TITLE})\\s*,`, 'u');
const DEMONYM_TITLE = new RegExp(`^\\s+(?:${TITLE})\\s*,`, 'u');
const CLOSED = /^(?:\s*\([^()]{1,24}\))?\s*,/;
/** Words that open a sentence or a phrase before a name: "On Monday David Panuelo, the president of". */
const OPENING = /^(?:On|In|At|From|To|For|With|By|Near|Outside|Inside|After|Before|Since|During|Meanwhile|But|And|Yet|So|The|A|An|When|As|While|Also|Then|Earlier|Later|Last|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)$/;
const PREPOSITION = /^(?:On|In|At|From|To|For|With|By|Near|Outside|Inside|After|Before|Since|During)$/;

/**
 * The name an apposition introduces next to the state's name at `start`-`end` of `text`, or null.
 * `isForm` says whether a word is a state's name, demonym or capital: no such word is a person's.
 */
export function appositionName(text: string, start: number, end: number, kind: string, isForm: (word: string) => boolean): string | null {
  const before = text.slice(Math.max(0, start - 160), start);
  const after = text.slice(end, end + 120);
  let name: string | undefined;
  if (kind === 'name' && TITLE_OF_BEFORE.test(before)) name = NAME_AFTER.exec(after)?.[1];
  name ??= kind === 'name' && CLOSED.test(after) ? NAME_TITLE_OF_BEFORE.exec(before)?.[1] : undefined;
  if (name === undefined && (kind === 'name' ? POSSESSIVE_TITLE : kind === 'demonym' ? DEMONYM_TITLE : null)?.test(after)) name = NAME_BEFORE.exec(before)?.[1];
  return name === undefined ? null : personName(name, isForm);
}

/** The words of a person's name, past the words that open a sentence; null when what is left names a place, a state or an office. */
function personName(found: string, isForm: (word: string) => boolean): string | null {
  const words = found.trim().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && OPENING.test(words[k] as string)) k++;
  const kept = words.slice(k);
  // ("In Geneva, the foreign minister of Iran": one word after a preposition is a place.)
  if (kept.length === 1 && words.slice(0, k).some((w) => PREPOSITION.test(w))) return null;
  if (kept.some((w) => isForm(w) || OPENING.test(w) || TITLE_WORDS.has(w.toLowerCase()))) return null;
  return kept.join(' ');
}
