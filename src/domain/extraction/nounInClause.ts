// Where a noun that names an act stands in its clause (pairing.ts asks): the verb whose object it is,
// and whether it opens an aside after the subject (", on a visit to").
import { type Clause } from './clauses';
import { ADJUNCT_PREP, IN_STATE } from './pairingWords';
import { pastDescribing, pastWords, type Token } from './tokens';
import type { Trigger } from './triggers';
import { TIE_WORD } from './triggerWords';

/** The verb whose object the noun stands in, or -1. */
export function verbOfObject(tokens: readonly Token[], trigger: Trigger, clause: Clause): number {
  let inParentheses = false;
  for (let k = trigger.from - 1, seen = 0; k >= clause.from && seen < 8; k--) {
    const t = tokens[k] as Token;
    // "a free trade area (FTA) deal": what is in brackets does not count.
    if (t.text === ')') inParentheses = true;
    else if (t.text === '(') inParentheses = false;
    if (inParentheses || t.text === '(' || t.text === ')') continue;
    seen++;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (tokens[k - 1]?.lower === 'to' && t.pos !== 'DET' && t.pos !== 'PROPN')) return k;
    // (Not a comma inside a list of modifiers: "imposed a land, sea and air blockade".)
    if ((t.text === ',' && !(['NOUN', 'ADJ'].includes(tokens[k - 1]?.pos ?? '') && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '') && tokens.slice(k + 1, trigger.from).every((x) => ['NOUN', 'ADJ', 'CCONJ'].includes(x.pos)))) || t.pos === 'SCONJ') return -1;
    // "in the conflict with Armenia": a noun in an adjunct phrase is not the verb's object. ("locked in a dispute with", "is in talks with": "in" after these is the predicate's, not an adjunct.)
    const inState = t.lower === 'in' && (tokens[k - 1]?.lemma === 'be' || IN_STATE.test(tokens[k - 1]?.lower ?? ''));
    // ("began 10 days of joint exercises", "held rounds of talks": "of" after a span or a count is the object's; so after a degree or a kind: "have achieved this degree of partnership", "reached a new level of cooperation".)
    const spanOf = t.lower === 'of' && /^(?:days|weeks|months|years|decades|centuries|history|hours|rounds?|series|dozens|hundreds|thousands|degree|level|kind|form|sort|type|measure|stage|phase|list|package|set|raft|batch|wave|memorandum|memorandums|memoranda)$/.test(tokens[k - 1]?.lower ?? '');
    const signedOf = t.lower === 'of' && /^(?:signing|sealing)$/.test(tokens[k - 1]?.lower ?? ''); // ("oversaw the signing of a deal": what is signed is the verb's object too)
    if (t.pos === 'ADP' && ADJUNCT_PREP.has(t.lower) && !inState && !spanOf && !signedOf && !(t.lower === 'for' && /^(?:responsibility|credit)$/.test(tokens[k - 1]?.lower ?? ''))) return -1; // ("claimed responsibility for a drone attack on Tel Aviv": what is claimed is the verb's object too)
  }
  return -1;
}

/** True when the noun opens an aside: ", on a visit to", ", during talks with". */
export function asideAfterSubject(tokens: readonly Token[], trigger: Trigger): boolean {
  // ("Egypt and Eritrea, both at odds with Ethiopia,": a phrase that opens with its own preposition.)
  if (tokens[trigger.from]?.pos === 'ADP') {
    const k = /^(?:both|all|each)$/.test(tokens[trigger.from - 1]?.lower ?? '') ? trigger.from - 2 : trigger.from - 1;
    if (tokens[k]?.text === ',') return true;
  }
  for (let k = trigger.from - 1; k >= 0 && k >= trigger.from - 4; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
    return t.pos === 'ADP' && tokens[k - 1]?.text === ',';
  }
  return false;
}

/**
 * "accused Ecuador of supporting rebels and seeking closer ties with Brazil": the "of" (or "for") that a gerund
 * right after "and" goes on from, when the gerund before it hangs on one, past its object only; else -1.
 */
export function ofBeforeAnd(tokens: readonly Token[], gerundAt: number): number {
  if (tokens[gerundAt - 1]?.lower !== 'and' || !/ing$/.test(tokens[gerundAt]?.lower ?? '')) return -1;
  const of = tokens.findLastIndex((t, k) => k < gerundAt - 2 && /^(?:of|for)$/.test(t.lower) && /ing$/.test(tokens[k + 1]?.lower ?? ''));
  return of >= 0 && tokens.slice(of + 2, gerundAt - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',') ? of : -1;
}

/**
 * "ceded Alsace-Lorraine to France, parts of Prussia and Silesia to Poland (leading to ...), and part of Schleswig to
 * Denmark": after a target the verb's "to" brought in, the same verb left out before another object and another "to";
 * the ids of those gapped targets (none when a verb intervenes).
 */
export function gappedTargets(tokens: readonly Token[], groups: readonly { ids: string[]; first: number; end: number }[], target: { first: number; end: number }, to: number): string[] {
  if (tokens[pastWords(tokens, target.first - 1, ['DET', 'ADJ'])]?.lower !== 'to') return [];
  const ids: string[] = [];
  for (let k = target.end; k < to; ) {
    if (tokens[k]?.text === '(') k = tokens.findIndex((t, j) => j > k && t.text === ')') + 1 || to;
    if (tokens[k]?.text !== ',' && tokens[k]?.lower !== 'and') break;
    let j = k + 1 + (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'and' ? 1 : 0);
    const start = j;
    while (j < to && j < start + 10 && tokens[j]?.lower !== 'to' && !['VERB', 'AUX', 'PUNCT'].includes(tokens[j]?.pos ?? '')) j++;
    const g = tokens[j]?.lower === 'to' && j > start ? groups.find((x) => x.first > j && x.first <= pastDescribing(tokens, j + 1) && x.first <= j + 3) : undefined;
    if (!g) break;
    ids.push(...g.ids);
    k = g.end;
  }
  return ids;
}

/**
 * "Spain ceded Cuba to the United States", "to cede Formosa (present-day Taiwan) and the Pescadores Islands to Japan":
 * a state named as the land a verb yields (its object, not after "to") is what is yielded; the party is the group after
 * the "to" that follows, in the same clause with no verb between. That group, or undefined.
 */
export function landYieldedTo<G extends { first: number; end: number }>(tokens: readonly Token[], groups: readonly G[], land: { first: number; end: number } | undefined, to: number): G | undefined {
  if (!land || tokens[pastWords(tokens, land.first - 1, ['DET', 'ADJ'])]?.lower === 'to') return undefined;
  for (let k = land.end; k < to && k < land.end + 20; k++) {
    // (Past an aside between commas that describes the land: "ceded Alaska, his country's last remaining foothold in North America, to the United States".)
    if (tokens[k]?.text === ',' && k === land.end) k = tokens.findIndex((t, j) => j > k && j < k + 14 && t.text === ',') ?? k;
    if (k < 0) return undefined;
    if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return undefined;
    if (tokens[k]?.lower === 'to') return groups.find((g) => g.first > k && g.first <= k + 3);
  }
  return undefined;
}

/** True when the actor starting at `first` is what the noun at `trigger` is over or about, right after it ("tensions over Taiwan"): a topic, no party. */
export const topicAfter = (tokens: readonly Token[], trigger: Trigger, first: number): boolean => /^(?:over|about)$/.test(tokens[trigger.to]?.lower ?? '') && first > trigger.to && first <= trigger.to + 10 && tokens.slice(trigger.to + 1, first).every((t) => !['VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ', 'PRON'].includes(t.pos)); // (past the words of the topic: "tensions over Western military support for Ukraine")

/** True when the act's own words call it like another's ("signed a similar deal"): each that did it did its own, with no one named; no act among them. */
export const likeAnothers = (tokens: readonly Token[], trigger: Trigger): boolean => tokens.slice(trigger.from, trigger.to).some((t) => /^(?:similar|comparable|identical|equivalent)$/.test(t.lower));

/** True when the words after a noun of tension put it inside a body of states ("tensions may be simmering within the alliance"): a quarrel among its members, no pair of those named before. */
export const withinBody = (tokens: readonly Token[], trigger: Trigger): boolean => tokens.slice(trigger.to, trigger.to + 6).some((t, j, all) => /^(?:within|inside)$/.test(t.lower) && /^(?:alliance|bloc|coalition|union|organi[sz]ation|grouping|collective|camp|club|partnership)$/.test(all[j + (all[j + 1]?.pos === 'DET' ? 2 : 1)]?.lower ?? ''));

/** "normalize Paraguay's relations with Israel and Venezuela": ties an idiom names with their owner inside it and a partner after "with" are the owner's with the partner, whoever the clause's subject is. */
export function ownedTiesWith<G extends { ids: string[]; first: number; end: number; possessive: boolean }>(tokens: readonly Token[], groups: readonly G[], trigger: Trigger): { owner: G; partner: G } | undefined {
  const at = tokens.slice(trigger.head + 1, trigger.to).findIndex((t) => TIE_WORD.test(t.lower)), tie = at < 0 ? -1 : trigger.head + 1 + at; // (the idiom's own words only, not the sentence's)
  // ("plunged Canada-China relations into a deep freeze": the two of a compound before the ties are their parties, not whoever moved them.)
  const second = trigger.mutual && tie > 0 ? groups.find((g) => g.first > trigger.head && g.end <= tie && tokens[g.first - 1]?.text === '-' && tokens.slice(g.end, tie).every((t) => t.pos === 'ADJ')) : undefined;
  const first = second ? groups.find((g) => g.end === second.first - 1 && !g.possessive) : undefined;
  if (first && second && !second.ids.some((id) => first.ids.includes(id))) return { owner: first, partner: second };
  const owner = tie > 0 ? groups.find((g) => g.possessive && g.first > trigger.head && g.end <= tie) : undefined;
  const partner = owner && tokens[trigger.to]?.lower === 'with' ? groups.find((g) => g.first === trigger.to + 1 || (g.first === trigger.to + 2 && tokens[trigger.to + 1]?.pos === 'DET')) : undefined;
  return owner && partner && !partner.ids.some((id) => owner.ids.includes(id)) ? { owner, partner } : undefined;
}

/** "as a show of solidarity with Saudi Arabia", "in a gesture of support to": the "of" (at `of`) of a gesture in an adjunct, which stands as "in solidarity" does. */
export function gestureOf(tokens: readonly Token[], of: number): boolean {
  return tokens[of]?.lower === 'of' && /^(?:show|sign|gesture|token|mark|expression|demonstration|display)$/.test(tokens[of - 1]?.lower ?? '') && /^(?:a|an)$/.test(tokens[of - 2]?.lower ?? '') && /^(?:as|in)$/.test(tokens[of - 3]?.lower ?? '');
}
