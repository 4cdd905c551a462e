// Relations named as such rather than by an act: relations, ties or tensions that changed ("ties
// soured", "relations between Peru and Chile have improved", "tensions eased", "the border has been
// sealed for years"), and states of relations ("strained ties", "relations are frosty", "relations
// between India and Canada, already strained, ..."). findTriggers (triggers.ts) asks both of each word.
import { pastWords, type Token } from './tokens';
import type { Trigger } from './triggers';
import { NOT } from './verbContext';
import { BORDER_CLOSED, BORDER_NOUN, BORDER_REOPENED, CHANGE_WORDS, RELATION_NOUNS, RELATION_PREPS, STATE_WORDS, TALKS_NOUNS, TENSION_CHANGES, TENSION_NOUN } from './triggerWords';

/**
 * A change of relations with the word at i as its verb ("soured", "improved", "eased", "closed"),
 * the trigger on the noun it is said of; null when the word is no such verb or has no such subject.
 * The caller drops any other trigger on that noun ("talks" that collapsed are no talks had).
 */
export function relationChangeAt(tokens: readonly Token[], i: number, from: number, reading: { isVerbToken: boolean; nounish: boolean; ed: boolean }): Trigger | null {
  const t = tokens[i] as Token;
  const { isVerbToken, nounish, ed } = reading;
  // (The tagger reads some past forms as adjectives: "soured"; and lemmatises some wrongly: "waned" as "wan".)
  // ("The frontier between the two states has been sealed since 2008": a closed border, as relations that worsened.)
  // ("The main border crossing between Libya and Tunisia has reopened": one opened again, as relations that improved.)
  const atBorder = tokens.slice(Math.max(from, i - 10), i).some((x) => BORDER_NOUN.test(x.lower));
  const closed = atBorder && /^(?:closed|shut|sealed)$/.test(t.lower) ? BORDER_CLOSED : atBorder && /^(?:reopen|reopens|reopened|re-open|re-opens|re-opened)$/.test(t.lower) ? BORDER_REOPENED : undefined;
  const easing = isVerbToken || ed ? (TENSION_CHANGES.get(t.lemma) ?? TENSION_CHANGES.get(t.lower.replace(/e?d$/, ''))) : undefined;
  // ("Tensions between Baku and Yerevan have eased": tensions that ease are relations that improve.)
  // ("tension along their border erupted in a gun-battle", "tensions spilled over into clashes": tensions that break out in fighting are fighting between the pair.)
  const erupted = (isVerbToken || ed) && /^(?:erupt|explode|spill|escalate|boil)$/.test(t.lemma) && tokens.slice(i + 1, i + 5).some((x) => /^(?:in|into)$/.test(x.lower)) && tokens.slice(i + 2, i + 8).some((x) => /^(?:gun-?battles?|battles?|fighting|clashes|firefights?|gunfire|shelling|artillery|violence|war|skirmishes|hostilities)$/.test(x.lower)) ? ERUPTED : undefined;
  // (A dispute breaks out in fighting as tensions do: "a border dispute that erupted three years ago into artillery fire".)
  const tensionNoun = (x: Token) => TENSION_NOUN.test(x.lower) || (erupted !== undefined && DISPUTE_NOUN.test(x.lower));
  const tensions = (easing ?? erupted) && tokens.slice(Math.max(0, i - 24), i).some(tensionNoun) ? (easing ?? erupted) : undefined;
  // ("A decade long maritime boundary dispute was settled between Ghana and Côte d'Ivoire", "the dispute was resolved in 2014": a dispute settled is relations improved.)
  const settled = (isVerbToken || ed) && ((/^(?:settle|resolve|solve)$/.test(t.lemma) && tokens.slice(Math.max(0, i - 24), i).some((x) => DISPUTE_NOUN.test(x.lower))) || (t.lemma === 'end' && DISPUTE_NOUN.test(tokens[pastWords(tokens, i - 1, ['AUX', 'ADV'])]?.lower ?? '')) || (t.lemma === 'come' && tokens[i + 1]?.lower === 'to' && /^an?$/.test(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'end' && tokens.slice(Math.max(0, i - 24), i).some((x) => DISPUTE_NOUN.test(x.lower)))) ? DISPUTE_SETTLED : undefined; // (and one that ended, or came to an end: "The conflict ended in 2010")
  // ("ties that came under severe strain": relations that come under strain are strained as those that strain.)
  const low = isVerbToken && /^(?:hit|reach|plumb|sink|plunge|fall|slump|slide|drop)$/.test(t.lemma) && /^(?:to )?(?:an? |their |its )?(?:new |fresh |record |historic |all-time |all time |all - time )?(?:low|lows|lowest)\b/.test(tokens.slice(i + 1, i + 7).map((x) => x.lower).join(' ')) ? HIT_LOW : undefined;
  const change = closed ?? tensions ?? settled ?? low ?? (isVerbToken && (t.lemma === 'fail' || (/^(?:hit|reach)$/.test(t.lemma) && /^(?:deadlock|impasse|stalemate)$/.test(tokens[/^(?:a|an)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1]?.lower ?? ''))) ? TALKS_FAILED : undefined) ?? (isVerbToken && t.lemma === 'take' ? stepTaken(tokens, i) : undefined) ?? (isVerbToken && t.lemma === 'come' && tokens[i + 1]?.lower === 'under' && /^(?:strain|stress|pressure)$/.test(tokens[tokens[i + 2]?.pos === 'ADJ' ? i + 3 : i + 2]?.lower ?? '') ? CHANGE_WORDS.get('strain') : undefined) ?? (isVerbToken ? (CHANGE_WORDS.get(t.lemma) ?? (/[^e]ed$/.test(t.lower) ? CHANGE_WORDS.get(t.lower.slice(0, -1)) : undefined)) : nounish && ed ? (CHANGE_WORDS.get(t.lower.slice(0, -2)) ?? CHANGE_WORDS.get(t.lower.slice(0, -1))) : undefined);
  const next = pastAdverbsAfter(tokens, i + 1); // (not "ended on a sour note", "ended up", nor "relations ending ultimately in the signing of the accords": what they end in is where they led, no break; but "ended in 2017" is one)
  if (!change || (/^(?:end|terminate)$/.test(t.lemma) && (/^(?:on|with|up)$/.test(tokens[next]?.lower ?? '') || (tokens[next]?.lower === 'in' && /^(?:the|a|an)$/.test(tokens[next + 1]?.lower ?? ''))))) return null;
  // ("Relations have grown significantly more tense": what relations grow into is their state, read by relationStateAt, not growth.)
  if (t.lemma === 'grow' && tokens.slice(i + 1, i + 5).some((x, j, all) => STATE_WORDS.has(x.lower) && all.slice(0, j).every((y) => y.pos === 'ADV' || /^(?:more|less|increasingly)$/.test(y.lower)))) return null;
  // Only auxiliaries and adverbs between ("ties have sharply deteriorated"), or first their pair ("ties between Peru and Chile soured").
  const noun = Array.from({ length: 24 }, (_, d) => i - d - 1).find((k) => {
    // ("Talks between Ethiopia and Egypt collapsed": talks that fail are relations that worsen; talks that "ruptured" failed, talks that ended need not have; talks that "hit deadlock" or "reached an impasse" failed.)
    // ("Trade between Pakistan and Afghanistan has resumed": talks, trade or flights that resumed are relations restored; not those that only will, "talks would resume next week", a meeting planned.)
    const talks = ((TALKS_NOUNS.has(tokens[k]?.lower ?? '') || MEETING_NOUN.test(tokens[k]?.lower ?? '')) && (change.stance === 'tense' || (change.stance === 'severed' && t.lemma === 'rupture')) && change !== STEPPED_BACK) || (/^(?:talks|negotiations|dialogue|trade|commerce|flights|cooperation|exchanges)$/.test(tokens[k]?.lower ?? '') && /^(?:resume|restart|revive)$/.test(t.lemma) && !tokens.slice(k + 1, i).some((x) => /^(?:will|would|could|may|might|to|should|shall)$/.test(x.lower)));
    if (change === TALKS_FAILED && !TALKS_NOUNS.has(tokens[k]?.lower ?? '')) return false; // (only talks fail so: "relations failed" is no English of theirs)
    if (k < 0 || (k < from && tokens[from - 1]?.text !== ',' && !/^(?:that|which)$/.test(tokens[from]?.lower ?? '')) || (!(closed ? BORDER_NOUN.test(tokens[k]?.lower ?? '') : tensions ? tokens[k] !== undefined && tensionNoun(tokens[k]) : settled ? DISPUTE_NOUN.test(tokens[k]?.lower ?? '') : RELATION_NOUNS.has(tokens[k]?.lower ?? '')) && !talks)) return false;
    let m = k + 1;
    if (RELATION_PREPS.includes(tokens[m]?.lower ?? '')) while (m < i && (['PROPN', 'DET', 'CCONJ', 'ADJ', 'NOUN', 'NUM', 'PUNCT'].includes(tokens[m + 1]?.pos ?? '') || /^['’]s$/.test(tokens[m + 1]?.lower ?? '')) && (tokens[m + 1]?.text !== ',' || (tokens[m + 2]?.pos === 'PROPN' && !/^['’]s$/.test(tokens[m + 3]?.lower ?? '')))) m++; // (and past a list's commas: "talks between Egypt, Ethiopia and Sudan failed") // (past a possessive: "relationship with Abiy Ahmed's administration has deteriorated")
    if (m > k + 1) m++;
    if (/^(?:in|at|near)$/.test(tokens[m]?.lower ?? '') && tokens[m + 1]?.pos === 'PROPN') for (m++; tokens[m]?.pos === 'PROPN'; ) m++; // (past where: "The border between Peru and Bolivia in Desaguadero has been closed")
    // (Past an aside: "Tensions between Baku and Yerevan, which fought two wars, have eased".)
    // (Or past an aside that describes them: "Relations between India and Canada, already strained over trade, plunged".)
    if (tokens[m]?.text === ',') m = tokens.findIndex((x, j) => j > m + 1 && j < i && j <= m + 12 && x.text === ',') + 1 || m;
    // (A border that "has remained shut" is closed as one that "has been"; ties that "began improving" improve.)
    // (Past what it is over and a relative pronoun: "a dispute between Great Britain and the United States over the Canadian border that was settled by the 1871 Treaty".)
    if (/^(?:over|about)$/.test(tokens[m]?.lower ?? '')) {
      const end = m + 6;
      for (m++; m < end && ['DET', 'ADJ', 'PROPN', 'NOUN'].includes(tokens[m]?.pos ?? ''); ) m++;
    }
    if (/^(?:that|which)$/.test(tokens[m]?.lower ?? '')) m++;
    return tokens.slice(m, i).every((x) => x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART' || /^["“”]$/.test(x.text) || (closed && /^(?:remain|stay)$/.test(x.lemma)) || (!closed && /^(?:begin|start|continue)$/.test(x.lemma)));
  });
  // ("broke" alone is read by the idioms and the dictionary: only "broke down" is a change; but "diplomatic relations between them broke in 2019" is a break of relations, severed.)
  if (noun === undefined || (t.lemma === 'break' && tokens[i + 1]?.lower !== 'down' && !(RELATION_NOUNS.has(tokens[noun]?.lower ?? '') && (tokens[noun - 1]?.lower === 'diplomatic' || tokens[i + 1]?.lower === 'off')))) return null;
  const read = t.lemma === 'break' && tokens[i + 1]?.lower !== 'down' ? { stance: 'severed' as const, why: '"diplomatic relations broke in 2019": a break of relations is severed by the conventions' } : change.stance === 'severed' && !RELATION_NOUNS.has(tokens[noun]?.lower ?? '') ? TALKS_FAILED : change; // (talks that "ruptured" failed: their parties at odds, no break of relations)
  // With the pair between them, the trigger is the noun (its pair follows it) and the verb only part of its words.
  const between = RELATION_PREPS.includes(tokens[noun + 1]?.lower ?? '');
  // ("said he hoped relations with Mali would now improve": a change only hoped for or foreseen has not happened.)
  const foreseen = tokens.slice(noun + 1, i).some((x) => /^(?:would|could|might|may|will|should)$/.test(x.lower)) && tokens.slice(Math.max(0, noun - 4), noun).some((x) => /^(?:hope|expect|believe|think|predict|want|wish)$/.test(x.lemma));
  // ("Diplomatic relations are not broken", "ties have never been severed": a change denied has not happened.)
  const denied = tokens.slice(noun + 1, i).some((x) => NOT.test(x.lower));
  // ("won't consider any new money until the relationship improves": a change a condition waits for has not happened.)
  const pending = /^(?:until|unless|if|once)$/.test(tokens[pastWords(tokens, noun - 1, ['DET', 'ADJ', 'PRON'])]?.lower ?? '');
  // ("the importance of our relations ... continues to grow": what grows is the importance, not the relations.)
  const ofWhat = pastWords(tokens, noun - 1, ['DET', 'ADJ', 'PRON']), measured = tokens[ofWhat]?.lower === 'of' && /^(?:importance|significance|value|weight|role|need|necessity|future)$/.test(tokens[ofWhat - 1]?.lower ?? '');
  // With relations as its subject the verb says how they changed, not what the dictionary reads in it ("improved": 060).
  return { kind: 'noun', head: noun, end: noun + 1, from: noun, to: between ? noun + 1 : i + 1, ...(between ? { wordsTo: i + 1 } : {}), code: null, stance: read.stance, mutual: true, passive: false, negated: foreseen || denied || pending || measured, intent: false, absorbed: false, why: read.why, preps: RELATION_PREPS };
}

/** Tensions that broke out in fighting: hostile. */
const ERUPTED = { stance: 'hostile' as const, why: '"the long-simmering tension along the border erupted in a gun-battle": tensions that break out in fighting are fighting between the pair, hostile' };
/** Talks that failed ("talks between Egypt, Ethiopia and Sudan failed to resolve their differences"): their parties stay at odds. */
/** "Relations hit a new low", "ties sank to their lowest point": relations at their lowest are strained (as "at an all-time low", relationStateAt). */
const HIT_LOW = { stance: 'tense' as const, why: '"relations between the two neighbours hit a new low": relations that reach their lowest are strained, tense' };
const TALKS_FAILED = { stance: 'tense' as const, why: '"the talks failed to resolve their differences": talks that fail leave their parties at odds, tense' };

/** Disputes that can be settled ("the dispute was resolved"). */
/** Nouns of a dispute whose settling or end is relations improved. */
export const DISPUTE_NOUN = /^(?:disputes?|row|feud|quarrel|standoff|stand-off|spat|conflict|confrontation)$/;
const DISPUTE_SETTLED = { stance: 'warming' as const, why: '"a decade long maritime boundary dispute was settled between Ghana and Côte d\'Ivoire": a dispute settled is a step to better relations, warming' };
/** Meetings that can fail as talks do ("the summit meeting between Reagan and Gorbachev collapsed"). */
const MEETING_NOUN = /^(?:summit|summits|meeting|meetings)$/;
/** Relations that "took a step backwards" (or forward): worse (or better). */
const STEPPED_BACK = { stance: 'tense' as const, why: '"relations took a giant step backwards": relations that went back worsened' };
const STEPPED_FORWARD = { stance: 'warming' as const, why: '"ties took a big step forward": relations that went forward improved' };
function stepTaken(tokens: readonly Token[], i: number) {
  const step = [1, 2, 3, 4].map((d) => i + d).find((k) => /^steps?$/.test(tokens[k]?.lower ?? ''));
  const way = step === undefined ? '' : (tokens[step + 1]?.lower ?? '');
  return /^(?:back|backward|backwards)$/.test(way) ? STEPPED_BACK : /^(?:forward|forwards)$/.test(way) ? STEPPED_FORWARD : undefined;
}

/** Good relations said not to be so: "relations have not been normal", "ties are no longer friendly". */
const NOT_GOOD = { stance: 'tense' as const, why: '"relations have not been normal since the clash", "ties are no longer friendly": relations denied to be good are strained' };

/** A state of relations on the relations noun at i ("strained ties", "ties are strained"), or null. */
export function relationStateAt(tokens: readonly Token[], i: number): Trigger | null {
  if (!RELATION_NOUNS.has(tokens[i]?.lower ?? '')) return null;
  const before = [1, 2].map((d) => tokens[i - d]).find((x) => x && STATE_WORDS.has(x.lower));
  // "Relations (between Peru and Chile) are strained": a copula within a few words, then the state.
  const copula = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((d) => i + d).find((k) => ['be', 'remain', 'become', 'grow', 'seem'].includes(tokens[k]?.lemma ?? '') && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'VERB'));
  // (Past adverbs and a negation: "are no longer friendly"; and a superlative's "the": "were the most difficult".)
  const stateAfter = (k: number) => tokens.slice(k + 1, k + 4).find((x, j, all) => STATE_WORDS.has(x.lower) && (j === 0 || all.slice(0, j).every((y) => y.pos === 'ADV' || y.pos === 'PART' || y.lower === 'no' || (y.lower === 'the' && /^(?:most|least)$/.test(all[1]?.lower ?? '')))));
  const afterCopula = copula !== undefined && tokens.slice(i + 1, copula).every((x) => x.pos !== 'VERB' && x.text !== ',') ? stateAfter(copula) : undefined;
  // "Relations between India and Canada, already strained over trade, ...": the state in an aside after the pair.
  const comma = RELATION_PREPS.includes(tokens[i + 1]?.lower ?? '') ? [2, 3, 4, 5, 6, 7, 8].map((d) => i + d).find((k) => tokens[k]?.text === ',') : undefined;
  let aside = comma === undefined || tokens.slice(i + 2, comma).some((x) => x.pos === 'VERB' || x.pos === 'AUX') ? -1 : comma + 1;
  while (aside > 0 && tokens[aside]?.pos === 'ADV') aside++;
  const inAside = aside > 0 && STATE_WORDS.has(tokens[aside]?.lower ?? '') ? tokens[aside] : undefined;
  const state = before ?? afterCopula ?? inAside;
  // ("relations between the two countries are back on an even keel", "ties are back on track", "back to normal": relations restored.)
  const back = !state && copula !== undefined && tokens.slice(i + 1, copula).every((x) => x.pos !== 'VERB' && x.text !== ',') && /^(?:\w+ )?back (?:on (?:track|course|an even keel|a (?:firm|solid|stable|normal) footing)|to normal)\b/.test(tokens.slice(copula + 1, copula + 8).map((t) => t.lower).join(' '));
  // ("The bilateral relations between the two countries were again at an all time low": relations at their lowest are strained.)
  const low = !state && !back && copula !== undefined && tokens.slice(i + 1, copula).every((x) => x.pos !== 'VERB' && x.text !== ',') && /^(?:\w+ )?at (?:an? |their |its )?(?:all[ -]time|all - time|record|historic|new|historical) low\b/.test(tokens.slice(copula + 1, copula + 9).map((t) => t.lower).join(' '));
  if (low) return { kind: 'noun', head: i, end: i + 1, from: i, to: i + 1, wordsTo: copula + 2, code: null, stance: 'tense', mutual: true, passive: false, negated: false, intent: false, absorbed: false, why: '"relations were at an all time low": relations at their lowest are strained, tense', preps: RELATION_PREPS };
  if (back) return { kind: 'noun', head: i, end: i + 1, from: i, to: i + 1, wordsTo: copula + 2, code: null, stance: 'warming', mutual: true, passive: false, negated: false, intent: false, absorbed: false, why: '"relations between the two countries are back on an even keel": relations back to normal were restored, warming', preps: RELATION_PREPS };
  if (!state) return null;
  const at = tokens.indexOf(state);
  // ("Relations have not been normal since the clash": good relations denied are strained ones; a strain denied is none.)
  const denied = at > i && tokens.slice(i + 1, at).some((x) => /^(?:not|never|n't|no)$/.test(x.lower));
  const s = denied ? (STATE_WORDS.get(state.lower)?.stance === 'cooperative' ? NOT_GOOD : null) : STATE_WORDS.get(state.lower)!;
  if (!s) return null;
  // ("deeply divided among those seeking closer ties with Serbia and Russia": what people named by no state seek is no state's relation.)
  const sought = at < i && /^[a-z]+ing$/.test(tokens[at - 1]?.lower ?? '') && /^(?:those|people|many|some|others|voters|citizens|residents|politicians|factions)$/.test(tokens[at - 2]?.lower ?? '');
  // Before the noun, the state word is part of its phrase; after a copula, only part of its words.
  return { kind: 'noun', head: i, end: i + 1, from: Math.min(at, i), to: i + 1, ...(at > i ? { wordsTo: at + 1 } : {}), code: null, stance: s.stance, mutual: true, passive: false, negated: sought, intent: false, absorbed: false, why: s.why, preps: RELATION_PREPS };
}

/**
 * "a disputed border area between Nepal and India", "the islands are contested between China and
 * Japan", "unresolved between India and Nepal": what two states both claim, told with "between" after
 * it, is a dispute of theirs (a state of relations, tense).
 */
export function contestedBetweenAt(tokens: readonly Token[], i: number): Trigger | null {
  if (!/^(?:disputed|contested|unresolved)$/.test(tokens[i]?.lower ?? '')) return null;
  const between = [1, 2, 3].map((d) => i + d).find((k) => tokens[k]?.lower === 'between');
  if (between === undefined || tokens.slice(i + 1, between).some((x) => x.pos !== 'NOUN')) return null;
  return { kind: 'noun', head: i, end: i + 1, from: i, to: i + 1, code: null, stance: 'tense', mutual: true, passive: false, negated: false, intent: false, absorbed: false, why: 'what two states both claim, "disputed between" them, is a dispute of theirs', preps: ['between'] };
}

/** The first word at or after `k` that is no adverb. */
const pastAdverbsAfter = (tokens: readonly Token[], k: number) => { while (tokens[k]?.pos === 'ADV') k++; return k; };
