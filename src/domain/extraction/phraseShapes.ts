// Shapes of phrases that pairing tests, each a function of the tokens: the comma that ends an opening
// adjunct, a purpose ("in an effort to"), recognition "as" a state's, a participle of ties ("linked to"), a
// place named as disputed, actors listed before a verb, a name set aside between commas, a "between" with
// fewer than two actors, and a "with" stranded at the end of a relative clause. Moved out of
// pairingWords.ts, which re-exports them, so that the word lists stay one file.
import type { Trigger } from './triggers';
import type { ActorGroup } from './actorGroups';
import type { Pairing } from './discourse';
import { pastWords, type Token } from './tokens';

/** The comma that ends an opening prepositional adjunct ("In a statement issued on Tuesday, ..."): its index before `to`, or -1. */
export function adjunctComma(tokens: readonly Token[], from: number, to = tokens.length): number {
  // (Or with a past participle and its "by": "Alerted by the arrest of their colleagues, Burkinabé soldiers made an incursion"; or "According to reports, ...", "According to information taken by various media, ...": the source's words, whatever the tagger makes of them.)
  if (/^["“]$/.test(tokens[from]?.text ?? '')) from++; // (past the quotation mark that opens the sentence: '"In order to protect our citizens, we will ...," the ministry said')
  const according = tokens[from]?.lower === 'according' && tokens[from + 1]?.lower === 'to';
  if (tokens[from]?.pos !== 'ADP' && !according && !(tokens[from]?.pos === 'VERB' && /ed$/.test(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower === 'by') && !(tokens[from]?.lower === 'to' && tokens[from + 1]?.pos === 'VERB') && !(from === 0 && tokens[from]?.pos === 'VERB' && /ing$/.test(tokens[from]?.lower ?? ''))) return -1; // (and an opening infinitive of purpose: "To protect our citizens, we will"; and a sentence's opening participle: "Seeking to avoid incidents, Israel and Turkey held")
  const comma = tokens.findIndex((t, k) => k > from && k < to && t.text === ',');
  // ("on Tuesday they would close their borders to trucks from Belarus, accusing": an adjunct ends before a verb; a long one, past a dozen words, before a name and its verb in -ed too: "On Monday the Azeri Interior Ministry responded with a raid on Sputnik Azerbaijan," is a clause.)
  return comma > 0 && !according && comma > from + 2 && tokens.slice(from + 1, comma).some((t, j, all) => t.pos === 'AUX' || (t.pos === 'VERB' && ((!/ing$/.test(t.lower) && !/ed$/.test(t.lower) && all[j - 1]?.lower !== 'to') || (comma >= from + 12 && /ed$/.test(t.lower) && ['NOUN', 'PROPN'].includes(all[j - 1]?.pos ?? '') && all[pastWords(all, j - 1, ['NOUN', 'ADJ', 'DET', 'NUM'])]?.pos !== 'ADP')))) ? -1 : comma; // (not one word: "In turn,"; an infinitive is the adjunct's own: "In order to protect our citizens, we will"; and so is a participle on a preposition's noun: "As a gesture of recognition of the immeasurable suffering caused to the victims, we")
}

/** A purpose between two words ("in an effort to counter", "in order to punish", "so as to"): what follows it is the purpose verb's, not the act's before it. */
export function purposeBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (tokens[k]?.lower !== 'to' || tokens[k + 1]?.pos !== 'VERB') continue;
    if (/^(?:efforts?|bids?|attempts?|order|drive|push|aim|bid)$/.test(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.lower === 'as' && tokens[k - 2]?.lower === 'so')) return true;
  }
  return false;
}

/** "recognized the city as the capital of Israel", "to recognize Jerusalem as Israel's capital": recognising a place as a state's is recognition toward that state. */
export function recognisedAs(tokens: readonly Token[], trigger: Trigger, group: ActorGroup, prep: string | null): boolean {
  if (!/^(?:recognise|recognize)$/.test(tokens[trigger.head]?.lemma ?? '') || !tokens.slice(trigger.to, group.first).some((t) => t.lower === 'as')) return false;
  const PART = /^(?:capital|territory|land|soil)$/;
  if (prep === 'of') return PART.test(tokens[tokens.findLastIndex((t, j) => j < group.first && t.lower === 'of') - 1]?.lower ?? '');
  return group.possessive && PART.test(tokens.slice(group.end, group.end + 3).find((t) => t.pos === 'NOUN')?.lower ?? '');
}

/** "targets connected to Houthis", "ships linked to Israel": a participle of ties right after a noun describes it; what it ties the noun to is the noun's. */
export const linkedTo = (tokens: readonly Token[], k: number): boolean => /^(?:connected|linked|tied|affiliated)$/.test(tokens[k]?.lower ?? '') && /^(?:to|with)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k - 1]?.pos === 'NOUN';
/** "to visit one of the four disputed islands off Hokkaido claimed by Japan": a place named as disputed, claimed or taken, between `from` and `to`; a visit there is no visit to the state that claims it. */
export const disputedPlace = (tokens: readonly Token[], from: number, to: number): boolean => tokens.slice(from, to).some((t) => /^(?:disputed|contested|occupied|annexed|claimed|seized|captured)$/.test(t.lower));
/** "Bosnia's wartime President Alija Izetbegovic, Croatia's Franjo Tudjman and ex-Yugoslavia's Slobodan Milosevic initialled": actors before a clause's verb listed with commas and a last "and", past the names and titles of each, are one subject; null when they are not such a list. */
export function listedAgents(tokens: readonly Token[], from: number, before: readonly ActorGroup[]): ActorGroup | null {
  // (Past an opening phrase and its comma: "At the same time, Russian President Vladimir Putin, ...".)
  const opening = tokens.slice(from, before[0]!.first), adjunct = opening.length <= 8 && opening[0]?.pos === 'ADP' && opening.at(-1)?.text === ',' && opening.slice(1, -1).every((t) => ['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(t.pos));
  // (Titles and a name "of" the first state: "President Franklin D. Roosevelt of the United States, ..."; and "of" before each next one.)
  const ofState = (words: readonly Token[], k: number) => words[k]?.lower === 'of' && (k === words.length - 1 || (k === words.length - 2 && words[k + 1]?.pos === 'DET'));
  const titled = opening.every((t, k) => t.pos === 'DET' || (['NOUN', 'PROPN'].includes(t.pos) && /^[A-Z]/.test(t.text)) || ofState(opening, k));
  if (before.length < 2 || !(adjunct || titled)) return null;
  for (let j = 1; j < before.length; j++) {
    const between = tokens.slice(before[j - 1]!.end, before[j]!.first), last = j === before.length - 1;
    // (The last may hold the "and" itself: "Russian President Vladimir Putin, Ukraine's Petro Poroshenko, French President François Hollande and German Chancellor Angela Merkel".)
    const ownAnd = between.some((t) => t.text === ',') && before[j]!.ids.length >= 2 && tokens.slice(before[j]!.first, before[j]!.end).some((t) => t.lower === 'and');
    const linked = last ? between.some((t) => t.lower === 'and') || ownAnd : between.some((t) => t.text === ',') && !between.some((t) => t.lower === 'and');
    if (!linked || !between.every((t, k) => ['NOUN', 'PROPN', 'DET', 'ADJ', 'CCONJ'].includes(t.pos) || t.text === ',' || /^['’]s$/.test(t.lower) || ofState(between, k))) return null; // (and a possessive's name: "Ukraine's Petro Porochenko")
  }
  return { ...before[before.length - 1]!, ids: [...new Set(before.flatMap((g) => g.ids))], first: before[0]!.first };
}
/** "sent his personal envoy, Cardinal Antonio Samoré, to Buenos Aires": whether the comma at k opens or closes the name of an envoy or office holder set between commas, after which the verb's phrase goes on with a preposition. */
export function nameAsideAt(tokens: readonly Token[], k: number, named: (i: number) => boolean): boolean {
  const aside = (open: number) => {
    const close = tokens.findIndex((t, j) => j > open + 1 && j <= open + 6 && t.text === ',');
    return close > 0 && /^(?:envoy|envoys|ambassador|minister|secretary|representative|emissary|delegate|negotiator|mediator|adviser|advisor|aide)$/.test(tokens[open - 1]?.lower ?? '') && tokens.slice(open + 1, close).every((t, j) => t.pos === 'PROPN' && !named(open + 1 + j)) && /^(?:to|in|for|with)$/.test(tokens[close + 1]?.lower ?? '') ? close : -1;
  };
  if (tokens[k]?.text !== ',') return false;
  if (aside(k) > 0) return true;
  const open = tokens.findLastIndex((t, j) => j < k && j >= k - 6 && t.text === ',');
  return open >= 0 && aside(open) === k;
}


/** "a meeting between Luigi di Maio, then Italian deputy prime minister, and "yellow vests"": a "between" (at `at`) whose two sides, up to `to`, name fewer than two actors relates no one. */
export function otherSideUnnamed(tokens: readonly Token[], groups: readonly ActorGroup[], at: number, to: number): boolean {
  const and = tokens.findIndex((t, j) => j > at + 1 && j < to && j <= at + 12 && t.lower === 'and');
  if (and < 0) return false;
  const ids = new Set(groups.filter((g) => !g.place && g.first > at && (g.end <= and || g.first <= and + 4) && g.first < to).flatMap((g) => g.ids));
  return ids.size < 2;
}

/**
 * "the U.S., a major ally that it has close security ties with", "Bolivia, a neighbour it has often
 * quarrelled with": a relation whose "with" ends a relative clause with a pronoun for its subject is
 * with the clause's antecedent (the actor before the comma that opens the relative's noun), from the
 * subject of the clause the relative hangs on (`parentSubject`).
 */
export function strandedPartner(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, clause: { from: number; to: number; kind: string }, parentSubject: ActorGroup | null): Pairing | null {
  if (clause.kind !== 'relative' || tokens[trigger.to]?.lower !== 'with' || !(trigger.to + 1 >= clause.to || /^[.,;:)"”]$/.test(tokens[trigger.to + 1]?.text ?? ''))) return null;
  const pronoun = /^(?:that|which|whom)$/.test(tokens[clause.from]?.lower ?? '') ? clause.from + 1 : clause.from;
  if (!/^(?:it|they)$/.test(tokens[pronoun]?.lower ?? '')) return null;
  const k = pastWords(tokens, clause.from - 1, ['DET', 'ADJ', 'NOUN', 'ADV'], 0);
  const antecedent = tokens[k]?.text === ',' ? groups.find((g) => g.end === k && !g.place) : undefined;
  if (!antecedent || !parentSubject || antecedent.ids.some((id) => parentSubject.ids.includes(id))) return null;
  return { sources: [...parentSubject.ids], targets: [...antecedent.ids], within: false, subject: parentSubject };
}
