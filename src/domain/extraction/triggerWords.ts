// What triggers are made of: the stance of a code in an article, the idioms and relation words by
// their head, the judgements ("called it a violation"), envoy passives ("was summoned"). findTriggers
// (triggers.ts) reads them; idiomMatch.ts matches an idiom's slots against the words.
import { stanceOfCameo } from '../cameo/cameoStance';
import type { Stance } from '../claims/vocabulary';
import { IDIOMS, type Idiom } from './idioms';
import { CALLING_VERBS, EVALUATIONS, RELATION_CHANGES, RELATION_STATES } from './relationWords';
import { VERB_DEFAULTS } from './verbDefaults';
import { pastDescribing, type Token } from './tokens';
import { TRUCE_NOUN } from './pairingWords';
import type { Trigger } from './triggers';
/** Participles that, after "X-", say X stands behind what follows ("Iran-backed", "Saudi-funded"). */
export const BACKING: Record<string, string> = { aligned: '050', allied: '050', backed: '050', supported: '050', sponsored: '050', funded: '070', financed: '070', armed: '072', trained: '062', equipped: '072', brokered: '045', mediated: '045' };

/** CAMEO classes that do not make a relation between two actors in an article. */
export const NOT_A_RELATION: { prefix: string; why: string }[] = [
  { prefix: '01', why: 'public statements are how a relation is told, not a relation ("said", "commented")' },
  { prefix: '02', why: 'an appeal or a call is not yet a stance between the caller and the called' },
  { prefix: '09', why: 'investigations are mostly domestic; between states the conventions do not count them' },
  { prefix: '084', why: 'returning or releasing people or property says little about the two states' },
];

/** The stance of a code in an article: the shared table, with the exceptions above. */
export function articleStance(code: string): Stance | null {
  if (NOT_A_RELATION.some((x) => code.startsWith(x.prefix))) return null;
  return stanceOfCameo(code)?.stance ?? null;
}

export const split = (words: string) => words.split(' ').map((slot) => slot.split('|'));
interface CompiledIdiom {
  idiom: Idiom;
  slots: string[][];
}
export const COMPILED: CompiledIdiom[] = IDIOMS.map((idiom) => ({ idiom, slots: split(idiom.words) }));
/** Idioms by the words their head can be. */
export const BY_HEAD = new Map<string, CompiledIdiom[]>();
// An alternative of several words ("military_operation") is found by its first word.
for (const c of COMPILED) for (const w of new Set((c.slots[0] ?? []).map((alt) => alt.split('_')[0] as string))) BY_HEAD.set(w, [...(BY_HEAD.get(w) ?? []), c]);
export const STATE_WORDS = new Map(RELATION_STATES.flatMap((s) => s.words.split('|').map((w) => [w, s] as const)));
export const CHANGE_WORDS = new Map(RELATION_CHANGES.flatMap((s) => s.words.split('|').map((w) => [w, s] as const)));
export const DEFAULTS = new Map(VERB_DEFAULTS.map((d) => [d.lemma, d]));
export const RELATION_PREPS = ['with', 'between', 'among', 'along']; // (and "tension along the Cambodian and Thai border")
/** Nouns after a word of cooperation that make it a conflict: "trade war", "partnership dispute"; and punishment through it: "face trade consequences". */
export const CONFLICT_HEAD = /^(?:wars?|disputes?|deficits?|barriers?|tariffs?|restrictions?|sanctions|rows?|tensions?|spats?|curbs?|embargo|frictions?|consequences|penalties|reprisals?|retaliation|countermeasures|bans?|boycotts?)$/;
/** Nouns of an office or a body, after which a noun of relations only names its field: "trade minister", "aid agency", "defence officials". */
export const OFFICE_AFTER = /^(?:ministers?|ministry|ministries|secretary|secretaries|officials?|envoys?|representatives?|negotiators?|commissioners?|chiefs?|advisers?|advisors?|spokes(?:man|woman|person)|agency|agencies|department|office|delegations?|attach[eé]s?|committee|council|body|bodies|portfolio|czar|tsar|points?|address|addresses)$/; // (and "friction points": places, not friction; "Internet protocol addresses": a network's, no treaty)
/** Talks and truces, which can fail as relations do: "talks collapsed", "the ceasefire broke down". */
export const TALKS_NOUNS = new Set(['talks', 'negotiations', 'ceasefire', 'truce', 'dialogue']);
/** Judgements by their first word: the words after it, and the entry. */
export const JUDGEMENTS = new Map<string, { words: string[]; entry: (typeof EVALUATIONS)[number] }[]>();
for (const entry of EVALUATIONS)
  for (const alt of entry.words.split('|')) {
    const words = alt.split('_');
    JUDGEMENTS.set(words[0] as string, [...(JUDGEMENTS.get(words[0] as string) ?? []), { words, entry }]);
  }
export const CALLING = new Set(CALLING_VERBS);
export const COPULAS = new Set(['be', 'remain', 'seem', 'become', 'look', 'appear']);

/**
 * A judgement at token i ("unacceptable", "a land grab"): after a copula within a few words, or as
 * the complement of a verb of calling with its object between ("called Beijing's conduct a provocation").
 */
export function judgementAt(tokens: readonly Token[], i: number): { to: number; verb: number | null; entry: (typeof EVALUATIONS)[number] } | null {
  const t = tokens[i] as Token;
  for (const { words, entry } of JUDGEMENTS.get(t.lower) ?? []) {
    if (!words.every((w, j) => tokens[i + j]?.lower === w)) continue;
    for (let k = i - 1, skipped = 0; k >= 0 && k >= i - 9; k--) {
      const b = tokens[k] as Token;
      // "described Ethiopia's decision to fill the dam as reckless": an infinitive inside the object.
      if (b.pos === 'VERB' && tokens[k - 1]?.lower === 'to' && skipped > 0) {
        k--;
        continue;
      }
      // ("called Beijing's conduct a provocation": a word after a possessive is a noun, whatever the tagger says.)
      if (/^['’]s$/.test(tokens[k - 1]?.lower ?? '') && b.pos === 'VERB') {
        skipped++;
        continue;
      }
      if (b.pos === 'VERB' || b.pos === 'AUX') {
        if (COPULAS.has(b.lemma) && skipped <= 3) return tokens[k - 1]?.lower === 'there' ? null : { to: i + words.length, verb: null, entry }; // (not "there was interference by Russia": what there was is told, not judged)
        if (CALLING.has(b.lemma)) return { to: i + words.length, verb: k, entry };
        return null;
      }
      // ("branded the invasion as unacceptable": a past of calling the tagger read as an adjective.)
      if (b.pos === 'ADJ' && /ed$/.test(b.lower) && [1, 2, 3].some((d) => CALLING.has(b.lower.slice(0, -d)))) return { to: i + words.length, verb: k, entry };
      // ('called Quito's actions "unusual" and "reprehensible"': past another judging word it is coordinated with.)
      const a = /^["']$/.test(tokens[k - 1]?.text ?? '') ? tokens[k - 2] : tokens[k - 1];
      // (Or a list of those judged: "called Saudi Arabia and the UAE aggressors".)
      if (b.pos === 'CCONJ' && /^(?:and|or)$/.test(b.lower) && (a?.pos === 'ADJ' || a?.pos === 'PROPN')) continue;
      if (b.pos === 'PUNCT' && b.text !== '"' && b.text !== "'" && b.text !== '-') return null;
      if (!['ADV', 'DET', 'ADJ', 'PART', 'NOUN', 'PROPN', 'PRON', 'ADP', 'NUM', 'PUNCT'].includes(b.pos)) return null;
      if (b.pos !== 'ADV' && b.pos !== 'PUNCT' && !(b.pos === 'DET' && /^an?$/.test(b.lower)) && b.lower !== 'as') skipped++;
    }
  }
  return null;
}

export const ENVOY_NOUN = /^(?:ambassadors?|envoys?|diplomats?|consuls?|chargé|charge|emissar(?:y|ies))$/;
/** A word for more envoys after an envoy's "and": "the ambassador and consuls", "the ambassadors and representatives of". */
export const envoyBeside = (word: string): boolean => ENVOY_NOUN.test(word) || /^representatives?$/.test(word);
/** True when the word at `i` is the "commissioner" of a high commissioner, the Commonwealth's ambassador: an envoy and the head of a mission, as an ambassador is. */
export const highCommissionerAt = (tokens: readonly Token[], i: number): boolean => /^commissioners?$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'high';
/** What is done to an envoy, in the passive: the code, and whether it goes from the envoy's own state. */
export const ENVOY_ACTS: Record<string, { code: string; fromEnvoyState: boolean; why: string }> = {
  recall: { code: '161', fromEnvoyState: true, why: 'an envoy recalled: tense by the conventions' },
  withdraw: { code: '161', fromEnvoyState: true, why: 'an envoy withdrawn: tense by the conventions' },
  call: { code: '161', fromEnvoyState: true, why: 'an envoy "called home": a recall, tense' },
  order: { code: '161', fromEnvoyState: true, why: 'an envoy "ordered to return home": a recall, tense' },
  expel: { code: '174', fromEnvoyState: false, why: 'an envoy expelled: tense by the conventions' },
  oust: { code: '174', fromEnvoyState: false, why: 'an envoy ousted: an expulsion, tense' },
  eject: { code: '174', fromEnvoyState: false, why: 'an envoy ejected: an expulsion, tense' },
  summon: { code: '114', fromEnvoyState: false, why: 'an envoy summoned: an official protest (CAMEO 114)' },
  declare: { code: '174', fromEnvoyState: false, why: 'an envoy declared persona non grata: an expulsion, tense' },
  proclaim: { code: '174', fromEnvoyState: false, why: 'an envoy proclaimed persona non grata: an expulsion, tense' },
};

/**
 * Envoys in the passive: "Mexico's ambassador to Peru was recalled", "the Russian ambassador was
 * summoned to the foreign ministry in Berlin", "Sudan's ambassador in Cairo has been called home".
 */
export function envoyPassives(tokens: readonly Token[]): Trigger[] {
  const found: Trigger[] = [];
  for (let n = 0; n < tokens.length; n++) {
    // ("The head of the Canadian diplomatic mission in Hanoi": the mission's head is its envoy.)
    // (And its staff: "the first secretary of the Croatian Embassy in Belgrade", "an adviser at the Serbian Embassy".)
    const headOf = /^(?:mission|embassy)$/.test(tokens[n]?.lower ?? '') && tokens.slice(Math.max(0, n - 5), n).some((t, j, all) => /^(?:head|secretary|counsellor|counselor|adviser|advisor|attaché|attache)$/.test(t.lower) && /^(?:of|at)$/.test(all[j + 1]?.lower ?? ''));
    if (!ENVOY_NOUN.test(tokens[n]?.lower ?? '') && !headOf && !highCommissionerAt(tokens, n)) continue; // (and a high commissioner, the Commonwealth's ambassador: "the Indian High Commissioner to Dhaka was summoned")
    // Past "to Peru", "in Cairo", "to the Democratic Republic of Congo" to the auxiliary, then the participle.
    let k = n + 1;
    // (And past more envoys joined by "and": "the ambassador and consuls in Canada are being recalled", "the ambassadors and representatives of"; and past a list of their states, "of Germany, Italy and France".)
    const listed = (at: number) => /^(?:,|and)$/.test(tokens[at]?.lower ?? '') && ['PROPN', 'DET'].includes(tokens[at + 1]?.pos ?? '') && tokens.slice(n + 1, at).some((t) => /^(?:of|from)$/.test(t.lower)); // (not a name between commas: "in Ankara, Lars Holm,")
    for (let limit = n + 7; k < tokens.length && k <= limit && tokens[k]?.lemma !== 'be'; k++) {
      if (listed(k)) limit += 3;
      else if (!['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'PART'].includes(tokens[k]?.pos ?? '') && !(tokens[k]?.lower === 'and' && envoyBeside(tokens[k + 1]?.lower ?? ''))) break;
    }
    // (Past the envoy's name between commas: "The Mexican ambassador in Lima, Ana Ruiz, was summoned".)
    const named = tokens.findIndex((t, j) => j > k && j <= k + 5 && t.text === ',');
    if (tokens[k]?.text === ',' && named > k + 1 && tokens.slice(k + 1, named).every((t) => t.pos === 'PROPN')) k = named + 1;
    else if (tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'PROPN') { let m = k + 1; while (tokens[m]?.pos === 'PROPN') m++; if (tokens[m]?.lemma === 'be' && m <= k + 5) k = m; } // (or with no comma after it: "the Indian High Commissioner to Dhaka, Pranay Verma was summoned")
    let aux = false;
    while (k < tokens.length && (tokens[k]?.lemma === 'be' || tokens[k]?.lower === 'being' || tokens[k]?.lemma === 'have' || tokens[k]?.pos === 'ADV')) {
      if (tokens[k]?.lemma === 'be' || tokens[k]?.lower === 'being') aux = true; // ("are being recalled")
      k++;
    }
    // ("the new Algerian ambassador to Burkina Faso would delay taking up his duties": a posting put off, as a recall is, from the envoy's state.)
    if (!aux && /^(?:would|will)$/.test(tokens[k]?.lower ?? '') && /^(?:delay|postpone|defer)$/.test(tokens[k + 1]?.lemma ?? '') && tokens[k + 2]?.lower === 'taking' && tokens[k + 3]?.lower === 'up') found.push({ kind: 'verb', head: k + 1, end: k + 4, from: n, to: k + 4, code: '161', stance: 'tense', mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: 'an envoy\'s taking up of the post put off: a reduction of relations, tense by the conventions', envoy: { noun: n, fromEnvoyState: true } });
    const verb = tokens[k];
    const act = verb && aux && /(?:ed|en|wn)$/.test(verb.lower) ? ENVOY_ACTS[verb.lemma] : undefined;
    // ("has been ordered to return home": only an order to come home is a recall.)
    const homeAt = verb?.lemma === 'order' && tokens[k + 1]?.lower === 'to' && /^(?:return|come|go)$/.test(tokens[k + 2]?.lower ?? '') && /^(?:home|back)$/.test(tokens[k + 3]?.lower ?? '') ? k + 4 : -1;
    // ("were called to attend a meeting at the Foreign Ministry", "called to the ministry": called to the host's ministry is summoned.)
    const ministry = aux && verb?.lemma === 'call' && tokens[k + 1]?.lower === 'to' ? ((at) => (at < 0 ? -1 : k + 2 + at))(tokens.slice(k + 2, k + 9).findIndex((t) => /^ministr(?:y|ies)$/.test(t.lower))) : -1;
    if (ministry > 0) { found.push({ kind: 'verb', head: k, end: ministry + 1, from: n, to: ministry + 1, code: '114', stance: 'tense', mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: ENVOY_ACTS.summon!.why, envoy: { noun: n, fromEnvoyState: false } }); continue; }
    if (!verb || !act || (verb.lemma === 'call' && !/^(?:home|back)$/.test(tokens[k + 1]?.lower ?? '')) || (verb.lemma === 'order' && homeAt < 0) || (/^(?:declare|proclaim)$/.test(verb.lemma) && tokens[k + 1]?.lower !== 'persona')) continue;
    const end = verb.lemma === 'call' ? k + 2 : homeAt > 0 ? homeAt : k + 1;
    found.push({ kind: 'verb', head: k, end, from: n, to: end, code: act.code, stance: 'tense', mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: act.why, envoy: { noun: n, fromEnvoyState: act.fromEnvoyState } });
  }
  return found;
}

/** Words that can start a trigger besides the dictionary's verbs. */
export const CANDIDATE_WORDS = new Set<string>();
/** The plural nouns of ties between states, as an idiom of ties names them ("normalize Paraguay's relations with Israel"). */
export const TIE_WORD = /^(?:ties|relations|relationship)$/;
export const RELATION_NOUNS = new Set(['tie', 'ties', 'relation', 'relations', 'relationship', 'relationships', 'links', 'connections', 'understanding']);
export const BORDER_NOUN = /^(?:borders?|frontiers?|crossings?)$/;
export const TENSION_NOUN = /^tensions?$/;
/** Verbs of change with tensions as their subject: easing is warming ("cooled" eases them, as it does not relations); rising tensions are tense as the noun is. */
export const TENSION_CHANGES = new Map<string, { stance: Stance; why: string }>([
  ...'ease|subside|abate|calm|cool|lessen|diminish|decrease|defuse'.split('|').map((w) => [w, { stance: 'warming' as const, why: '"tensions have eased": relations that improve' }] as const),
]);
/** A border closed between two states, read as relations that worsened. */
export const BORDER_CLOSED = { stance: 'tense' as const, why: '"the frontier between the two states has remained shut for a decade": closing a border is a reduction of relations (CAMEO 16)' };
export const BORDER_REOPENED = { stance: 'warming' as const, why: '"the main border crossing between Libya and Tunisia has reopened": a border opened again is relations restored, as reopening an embassy is' };
for (const w of [...BY_HEAD.keys(), ...CHANGE_WORDS.keys(), ...RELATION_NOUNS, ...Object.keys(BACKING), ...JUDGEMENTS.keys()]) CANDIDATE_WORDS.add(w);
// Past forms of the verbs of change, which the tagger may read as adjectives and not lemmatise.
for (const w of CHANGE_WORDS.keys()) CANDIDATE_WORDS.add(w.endsWith('e') ? `${w}d` : `${w}ed`);
for (const w of ['closed', 'shut', 'sealed', 'unresolved', 'contested', 'solved', ...TENSION_CHANGES.keys()]) CANDIDATE_WORDS.add(w);
for (const w of TENSION_CHANGES.keys()) CANDIDATE_WORDS.add(w.endsWith('e') ? `${w}d` : `${w}ed`);

/** Words of quantity that "of" may follow inside a phrase: "dozens of diplomats", "all of its envoys". */
export const QUANTITY = /^(?:\d[\d,.]*|dozens|hundreds|thousands|scores|some|most|all|many|several|half|part|one|two|three|four|five|six|ten|number|handful|majority|series|raft|string|slew|host|litany|barrage)$/;

/**
 * What the words around a trigger make of it, once triggers are found: a favour withdrawn, forces that
 * clash or harass, coast guards' confrontations, a relation that was.
 */
/** Past a phrase of origin at `at` ("from Syria", "from the Middle East"): the index after its name, or `at` when there is none. */
export function fromPlace(tokens: readonly Token[], at: number): number {
  let k = at + 1;
  if (tokens[k]?.lower === 'the') k++;
  const first = k;
  while (k < first + 3 && tokens[k]?.pos === 'PROPN') k++;
  return k > first ? k : at;
}

/** "talks ... over the disputed dam", "negotiations on their border dispute": a topic, after the talks in their clause, that is in dispute. */
/** "prisoners of war", "prisoners-of-war", "the laws of war": the noun at i after "of" (past hyphens) only names a kind of the noun before. */
export function namesAKind(tokens: readonly Token[], i: number): boolean {
  const of = tokens[i - 1]?.text === '-' ? i - 2 : i - 1, kind = tokens[of - 1]?.text === '-' ? of - 2 : of - 1;
  return tokens[of]?.lower === 'of' && /^(?:prisoners?|laws?|rules|theat(?:re|er)s?)$/.test(tokens[kind]?.lower ?? '');
}

/** "meet to discuss the future of the long-disputed islands": a verb of discussing whose object is what is disputed (talks on a dispute, warming); or talks named for a truce. */
export function discussesDispute(tokens: readonly Token[], trig: { head: number; to: number }): boolean {
  // (Or talks named for the truce they seek: "held ceasefire negotiations in Cairo".)
  if (tokens.slice(trig.head, trig.to).some((t, k, all) => /^(?:talks|negotiations|consultations)$/.test(t.lower) && TRUCE_NOUN.test(all[k - 1]?.lower ?? tokens[trig.head - 1]?.lower ?? ''))) return true;
  return /^(?:discuss|negotiate|address|tackle)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.head + 1, trig.head + 9).some((t, k, all) => /^(?:disputed|contested)$/.test(t.lower) && all[k - 1]?.lower !== 'not');
}

/** Words for a court or arbiters, to which a dispute is taken or referred (nounContext.ts, triggerContext.ts). */
export const COURT_WORDS = 'court|courts|tribunal|tribunals|icj|arbitration|arbitrators|arbiters|arbiter|judges';

export function onDispute(tokens: readonly Token[], from: number, to: number): boolean {
  const on = tokens.findIndex((t, k) => k >= from && k < to && /^(?:over|on|about|regarding|concerning)$/.test(t.lower));
  // (Not a dispute told as the background, of others: "discussions with President Maduro amidst rising tensions between Venezuela and Guyana regarding the disputed Essequibo region".)
  if (tokens.slice(from, on).some((t) => /^(?:amid|amidst|despite)$/.test(t.lower))) return false;
  return on >= 0 && tokens.slice(on + 1, Math.min(to, on + 6)).some((t) => /^(?:disputed|contested|contentious|controversial|dispute|disputes|row|conflict|differences|standoff|stand-off)$/.test(t.lower));
}

/** True when the capitalised word at i stands in the name of an institution: "Government of Reconciliation and National Unity". */
export function inInstitutionName(tokens: readonly Token[], i: number): boolean {
  if (/^(?:Organi[sz]ation|Organi[sz]ations|Agency|Association|Forum|Council|Commission|Union|Fund|Bank|Centre|Center|Institute)$/.test(tokens[i + 1]?.text ?? '') && /^[A-Z]/.test(tokens[i - 1]?.text ?? '')) return true; // (and before the name's last word: "the World Trade Organisation")
  // (Or a news outlet's: "NEW DELHI, April 24 (Alliance News):".)
  if (/^(?:News|Times|Post|Press|Herald|Tribune|Journal|Gazette|Chronicle|Telegraph|Observer|Monitor|Network|Radio|TV|Television|Media|Today)$/.test(tokens[i + 1]?.text ?? '')) return true;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]?.text ?? '';
    if (/^(?:Government|Ministry|Council|Commission|Committee|Party|Front|Movement|Office|Agency|Institute|Foundation|Centre|Center|Department|Secretariat|Board|Authority|Forum|Alliance|Bureau|League|Union)$/.test(w)) return true;
    if (!/^[A-Z]/.test(w) && !/^(?:of|for|and|the)$/.test(w)) return false;
  }
  return false;
}

/** "an invasion of Grenada ordered by President Reagan": the participle at k, before "by", that tells who ordered or carried out an act named before it. */
export const orderedBy = (tokens: readonly Token[], k: number) => /^(?:ordered|launched|authori[sz]ed|approved|directed|staged|mounted|conducted|undertaken|waged|planned|masterminded|orchestrated)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'by';

/** "launched the invasion to restore order", "to restore constitutional government": order restored at home, the verb at k, is no act toward anyone. */
export function restoresOrder(tokens: readonly Token[], k: number): boolean {
  const object = pastDescribing(tokens, k + 1);
  return /^(?:restore|maintain|keep|preserve|reestablish|re-establish)$/.test(tokens[k]?.lemma ?? '') && HOME_ORDER.test(tokens[object]?.lower ?? '');
}

/** What a state restores at home, no relation with anyone: order, government, democracy and the like. */
export const HOME_ORDER = /^(?:order|government|democracy|power|rule|stability|calm|security|control|services|electricity|constitution|monarchy|regime|law|normalcy|normality)$/;
