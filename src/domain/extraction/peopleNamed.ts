// What a demonym or a state's name stands for when people or goods follow it, rather than the state
// that acts (actorGroups.ts asks): nationals a violent act is done to, food that trade stands for,
// people on the move who come from it, and those who fight its government.
import { pastWords, type Token } from './tokens';

/** People of a state, as those a violent act, or its end, is done to. */
const NATIONALS = /^(?:citizens?|nationals?|civilians?|people|men|women|businessmen|entrepreneurs?|residents|tourists?|workers?|students?|journalists?|activists?|fishermen|sailors|seamen|crewmen|pilgrims?|prisoners|detainees|hostages|captives|pows)$/;
const VIOLENT_NOUN = /^(?:killings?|murders?|assassinations?|massacres?|attacks?|shootings?|abductions?|kidnappings?|executions?|detentions?|detainments?|arrests?|apprehensions?|release)$/;
// (And their release: "has released four Djiboutian prisoners" is done to Djibouti.)
const VIOLENT_VERB = /^(?:kill|murder|assassinate|massacre|attack|shoot|shot|abduct|kidnap|execute|detain|arrest|apprehend|apprehended|apprehends|apprehending|release|free)$/; // ("shot", which the tagger reads as its own lemma; the tagger knows no form of "apprehend": its lemma is the word)

/** "Two Canadians have landed in Canada after being detained in China": a violent act told later in the clause, after "after being", is done to the people before. */
export function doneToAfter(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < end + 16 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (/^[.;:]$/.test(t.text) || /^(?:who|which|that|whom|whose)$/.test(t.lower)) return false;
    if (!/^(?:after|before|since|following|upon)$/.test(t.lower)) continue;
    const at = tokens[k + 1]?.lower === 'being' ? k + 2 : tokens[k + 1]?.lower === 'having' && tokens[k + 2]?.lower === 'been' ? k + 3 : -1;
    return at > 0 && /ed$/.test(tokens[at]?.lower ?? '') && VIOLENT_VERB.test(tokens[at]?.lemma ?? '');
  }
  return false;
}

/**
 * True when the demonym at `i` and the word for people after it are those a violent act is done to
 * ("the murder of a Canadian citizen", "attacks on Thai civilians", "killed three Colombian
 * nationals"): as event data codes them (Phoenix's CITIZEN and CIVILIAN agents), they stand for their
 * state, the target; "Iraqi migrants crossed" stays people, no state.
 */
export function violenceAgainstNationals(tokens: readonly Token[], i: number, end: number): boolean {
  if (!NATIONALS.test(tokens[end]?.lower ?? '')) return false;
  // (Or a participle of violence after them: "11 Japanese citizens abducted by North Korea", "two Indian fishermen were arrested".)
  let a = end + 1;
  while (/^(?:were|was|are|is|have|has|had|been|being)$/.test(tokens[a]?.lower ?? '')) a++;
  const passive = a > end + 1 || /^(?:by|in|on|at|near|off|during|last|,|\.)$/.test(tokens[a + 1]?.lower ?? ''); // (not their own act: "Iraqi citizens attacked the Turkish embassy")
  if (passive && /ed$/.test(tokens[a]?.lower ?? '') && (VIOLENT_VERB.test(tokens[a]?.lemma ?? '') || VIOLENT_VERB.test(tokens[a]?.lower.slice(0, -2) ?? ''))) return true;
  if (doneToAfter(tokens, end)) return true;
  // (Past determiners, numbers and adjectives, not a verb the tagger took for one: "has apprehended ten Indian fishermen".)
  const k = pastWords(tokens, i - 1, ['DET', 'NUM', 'ADJ', 'ADV'], -1, (t) => VIOLENT_VERB.test(t.lower));
  const word = tokens[k];
  if (!word) return false;
  if (word.pos === 'VERB' || VIOLENT_VERB.test(word.lower)) return VIOLENT_VERB.test(word.lemma);
  return /^(?:of|on|against)$/.test(word.lower) && VIOLENT_NOUN.test(tokens[k - 1]?.lower ?? '');
}

/** "bans on imports of Ukrainian food", "Ukrainian food imports": food named by a demonym that trade stands for its state (the one good among the words for people). */
export function tradedGoods(tokens: readonly Token[], i: number, end: number): boolean {
  if (tokens[end]?.lower !== 'food') return false;
  if (/^(?:imports?|exports?)$/.test(tokens[end + 1]?.lower ?? '')) return true;
  const k = pastWords(tokens, i - 1, ['DET', 'ADJ']);
  return tokens[k]?.lower === 'of' && /^(?:imports?|exports?|shipments?)$/.test(tokens[k - 1]?.lower ?? '');
}

/** "migrants from Syria", "refugees mostly from Sudan": the state a mention at `i` names is where people on the move come from. */
export function migrantsFrom(tokens: readonly Token[], i: number): boolean {
  const k = pastWords(tokens, i - 1, ['DET', 'ADJ']);
  if (tokens[k]?.lower !== 'from') return false;
  const j = tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
  return /^(?:migrants?|refugees?|seekers|immigrants?|arrivals|asylum|travell?ers|evacuees|deportees)$/.test(tokens[j]?.text === ',' || tokens[j]?.text === '-' ? (tokens[j - 1]?.lower ?? '') : (tokens[j]?.lower ?? ''));
}

/** "Red Tabara rebels", "exiled dissidents": from `k`, up to three names or describing words, then a word for those who fight a government or fled it; or its opposition. */
export function insurgentsOf(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower === 'opposition' && tokens[k + 1]?.pos !== 'VERB') return true; // (and its opposition: "the UK's opposition Conservative party criticised the move")
  let j = k;
  while (j < k + 3 && (tokens[j]?.pos === 'PROPN' || tokens[j]?.pos === 'ADJ' || tokens[j]?.text === '-')) j++;
  return /^(?:rebels?|insurgents?|separatists?|dissidents?|guerrillas?|exiles|defectors|insurgency|rebellion)$/.test(tokens[j]?.lower ?? '');
}

/** "introduced visas for Tajik citizens", "lifted visa requirements for Kenyan nationals": the people a visa rule is for stand for their state, the one it is imposed on or lifted for. */
export function visaRuleFor(tokens: readonly Token[], i: number, end: number): boolean {
  if (!NATIONALS.test(tokens[end]?.lower ?? '')) return false;
  const k = pastWords(tokens, i - 1, ['DET', 'ADJ']);
  return /^(?:for|on)$/.test(tokens[k]?.lower ?? '') && /^(?:visas?|regime|requirements?|restrictions)$/.test(tokens[k - 1]?.lower ?? '') && tokens.slice(Math.max(0, k - 4), k).some((t) => /^visas?$/.test(t.lower));
}

/** "North Korea shelled a South Korean island", "an artillery barrage on a South Korean island": a state's island or region that force is used on stands for the state, the target. */
export function landAttacked(tokens: readonly Token[], i: number, end: number): boolean {
  if (!/^(?:island|islands|region|side)$/.test(tokens[end]?.lower ?? '')) return false;
  const k = pastWords(tokens, i - 1, ['DET', 'ADJ', 'NUM']);
  const word = tokens[k];
  if (word?.pos === 'VERB') return /^(?:shell|bomb|attack|strike|hit|shoot|target|invade|seize|raid|bombard|pound)$/.test(word.lemma);
  return /^(?:on|at|against)$/.test(word?.lower ?? '') && /^(?:attacks?|strikes?|shelling|barrages?|raids?|bombardments?|fire|bombing|assault)$/.test(tokens[k - 1]?.lower ?? '');
}

/**
 * "support for the just cause of the Palestinian people", "solidarity with the Ukrainian people", "supports the Syrian
 * people": a people supported, or stood with, is its state or territory's actor, as conventions of the evaluation read it.
 */
export function peopleSupported(tokens: readonly Token[], i: number, end: number): boolean {
  if (tokens[end]?.lower !== 'people') return false;
  const k = pastWords(tokens, i - 1, ['DET', 'ADJ', 'NOUN', 'ADP'], Math.max(-1, i - 9));
  return tokens.slice(Math.max(0, k), i).some((t) => /^(?:support|supports|supported|supporting|solidarity|backing|sympathy|stand|stands|stood)$/.test(t.lower)) && !tokens.slice(Math.max(0, k), i).some((t) => /^(?:against|from)$/.test(t.lower));
}

/**
 * "it evicted about 1,500 residents to Mauritius and the Seychelles": people of no state named, moved out of their homes
 * "to" a state, are sent there; that state is where they go, no one the act is done to. Removals only (a deportation
 * "to" a state is often of its own nationals, and stays an act on it).
 */
export function movedPeopleTo(tokens: readonly Token[], head: number, groupFirst: number): boolean {
  if (!/^(?:evict|relocate|resettle|displace|remove)$/.test(tokens[head]?.lemma ?? '')) return false;
  const to = pastWords(tokens, groupFirst - 1, ['DET']);
  if (tokens[to]?.lower !== 'to') return false;
  const span = tokens.slice(head + 1, to);
  return span.some((t) => /^(?:residents|inhabitants|islanders|people|families|villagers|population|locals)$/.test(t.lower)) && span.every((t) => t.pos !== 'PROPN' && !/^[A-Z]/.test(t.text));
}

/** "arrested three people in a case about funneling technology to China", "on suspicion of spying for Beijing": a gerund that tells what a case or a charge is about has its own object, no one the arrest is on. */
export const caseTopicAt = (tokens: readonly Token[], k: number): boolean => /^(?:about|over|regarding|concerning|of|for|on)$/.test(tokens[k - 1]?.lower ?? '') && /^(?:cases?|charges?|suspicion|investigations?|probes?|allegations?|accusations?|counts?)$/.test(tokens[k - 2]?.lower ?? '');
