// The words pairing reads, each list with what it is for: prepositions, verbs that judge, host,
// contact, let or blame, nouns of deals, talks, hostile acts, missions and force, and whom staff work for. Shared by the
// layers of pairing (sentenceActors.ts, actsAround.ts, actsJudged.ts, pairing.ts).
import { type ActorGroup, STAFF } from './actorGroups';
import { pastWords, type Token } from './tokens';
import { ACCUSING_NOUN, REPORTING } from './clauses';

/** Prepositions after which an actor is not the subject of what follows. */
export const NOT_SUBJECT = new Set(['in', 'at', 'on', 'with', 'against', 'to', 'toward', 'towards', 'for', 'into', 'over', 'about', 'by', 'between', 'among', 'near', 'than', 'like', 'amid', 'despite', 'after', 'before', 'since', 'during', 'under', 'via', 'through', 'including', 'except', 'excluding']); // ("every team, except India, has visited Pakistan": the one excepted did not)
/** Verbs that judge an act: their subject is not its agent, and its victim is not their target. */
/** Verbs of watching something others do: who observed or monitored talks is no party to them ("talks observed by the African Union and the United States"). */
export const WATCHING_VERBS = new Set(['observe', 'monitor', 'witness', 'watch']);
export const JUDGING_VERBS = new Set(['condemn', 'denounce', 'criticise', 'criticize', 'deplore', 'decry', 'slam', 'blast', 'protest', 'regret', 'mourn', 'lament', 'investigate', 'deny', 'reject', 'blame', 'welcome', 'praise', 'applaud', 'report', 'confirm', 'question', 'challenge', 'dispute', 'oppose', 'consider', 'deem', 'brand', 'label', 'describe', 'term']); // (and verbs of calling: "consider this agreement a discourtesy")
/** After "what" at `at`: the end of "what it said were", "what Iran called", or -1. */
export function hedgeEnd(tokens: readonly Token[], at: number): number {
  for (let k = at + 1; k <= at + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (/^(?:say|call|describe|claim|term|consider|allege|deem)$/.test(t.lemma) && t.pos === 'VERB') return /^(?:were|was|are|is|as)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    if (!['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ'].includes(t.pos)) return -1;
  }
  return -1;
}

/** The end (exclusive) of the noun phrase that starts at `at`, its "of" phrases included: "the licensing office of Ruritania". */
export function nounPhraseEnd(tokens: readonly Token[], at: number, most = 8): number {
  let k = at;
  while (k < Math.min(tokens.length, at + most) && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k]?.pos ?? '') || tokens[k]?.lower === 'of')) k++;
  return k;
}

/** An attack or a war: what support for it, or a tie it is the object of, does not give its victim ("support for the invasion of Ukraine"). */
export function attackOrWar(word: string): boolean {
  return HOSTILE_ACT.test(word) || /^wars?$/.test(word);
}

/** Verbs whose subject brings others together without being one of them: "hosted talks", "brokered a deal". */
export const HOSTING_VERBS = new Set(['host', 'organise', 'organize', 'broker', 'mediate', 'facilitate', 'sponsor', 'convene', 'arrange']);
/** Those verbs and attending: who hosts a gathering, or only attends it, holds it with no one ("Modi and Xi are due to attend a summit"). */
export const HOSTING_OR_ATTENDING = new Set([...HOSTING_VERBS, 'attend']);
/** Participles that say whose a place or a thing is: "the region claimed by Guyana", "a ship owned by". */
export const OWNING = /^(?:claimed|administered|controlled|held|governed|owned|inhabited|occupied|run|operated|flagged)$/;
/** Quantities before "of" in an object: "hundreds of Chinese apps", "dozens of Russian diplomats". */
export const FOLLOWERS = /^(?:supporters|sympathi[sz]ers|protesters|demonstrators|activists|fans|rioters|fishermen|fishing|poachers|smugglers|tourists|migrants|traffickers)$/; // (people a state's name only describes, no state: "Ukraine supporters", "Kurdish protesters", "a Chinese fishing boat captain")
export const QUANTITY_OF = /^(?:dozens|hundreds|thousands|scores|some|most|all|many|several|millions|billions|one|two|three|four|five|number|handful|group|pair|couple|convoy|fleet|flotilla|batch)$/;
/** Verbs of reaching someone, whose "to"-complement says what for: "called Aliyev to express his condolences". */
export const CONTACT_VERBS = new Set(['call', 'phone', 'telephone', 'ring', 'visit', 'meet', 'write', 'host', 'receive']);
/** Verbs whose object does what their "to"-complement names: "allowed Russia to use its territory". */
/** Judging verbs that disapprove. */
export const DISAPPROVING = new Set(['condemn', 'denounce', 'criticise', 'criticize', 'deplore', 'decry', 'slam', 'blast', 'protest', 'reject']);
/** Nouns for what two states agreed or how they came together: "the rapprochement", "the deal". */
export const DEAL_NOUN = /^(?:rapprochement|deal|agreement|accord|pact|treaty|normali[sz]ation|reconciliation|alliance|partnership|memorandum|detente|détente|exercises|drills|manoeuvres|maneuvers|patrols)$/;
/** What two parties hold or reach with a third's help: "the deal, brokered by", "talks hosted by". */
export const TALKS_NOUN = /^(?:deal|agreement|accord|ceasefire|truce|talks|negotiations|summit|meeting|meetings|dialogue|swap|exchange|conference)$/;
/** Verbs of a third party that brings others to an agreement. */
export const MEDIATING = /^(?:broker|mediate|facilitate)$/;
/** A verb of mediation, by its lemma or its form (the tagger may read "mediated" as an adjective, lemma and all). */
export const mediating = (t: Token | undefined) => !!t && (MEDIATING.test(t.lemma) || /^(?:brokered|mediated|facilitated|brokering|mediating|facilitating|brokers|mediates)$/.test(t.lower));
export const LETTING_VERBS = new Set(['allow', 'permit', 'enable', 'let', 'help', 'force', 'compel', 'encourage', 'invite', 'persuade', 'cause', 'lead', 'prompt', 'push', 'spur', 'drive', 'move', 'authorise', 'authorize', 'use', 'employ', 'enlist', 'hire', 'recruit']);
/** Verbs that blame their object for an act named after "of" or "for": "accused Israel of the strike". */
export const BLAMING_VERBS = new Set(['accuse', 'blame', 'punish', 'avenge', 'hold']);
/** Verbs that link an actor to an act, and so blame it: "linked Indian agents to the murder". */
export const LINKING_VERBS = /^(?:link|tie|connect)$/;
/** Judging verbs that report rather than judge: "reported the attack", "confirmed the strike". */
export const REPORTING_LEMMAS = new Set(['report', 'confirm', 'investigate', 'deny']);
/** Nouns of a hostile act ("the attack on", "the killing of"). */
export const HOSTILE_ACT = /^(?:attacks?|cyberattacks?|killings?|bombings?|assaults?|strikes?|murders?|assassinations?|shelling|raids?|invasion|abductions?|kidnappings?|arrests?|detentions?|detainments?|storming|shootings?|massacres?|incursions?|seizure|incidents?|break-in|intrusions?|annexation|occupation|offensive|blockade|bombardment|aggression|violations)$/; // (and "ceasefire violations")
/** Nouns whose source a "from" phrase names: "protests from Beijing", "support from Moscow". */
export const FROM_SOURCE = /^(?:auspices|aegis|sponsorship|patronage|protests?|protestations?|criticism|condemnation|rebukes?|reprimand|backlash|outcry|pressure|threats?|warnings?|objections?|complaints?|opposition|support|backing|aid|assistance|help|funding|financing|delivery|deliveries|supply|supplies|shipments?|sales?|arms|weapons|transfers?|expulsions?|mediation)$/; // (and "the expulsion of the Argentine diplomatic corps from Bogota": who expels from where they were)
/** Prepositions that bring in a noun's other party when its entry names none. */
export const DEFAULT_NOUN_PREPS = ['with', 'against', 'on', 'to', 'toward', 'towards'];
/** Goods that move between states, whose origin is a state's: "banana imports from Dar es Salaam", "a ban on imports of Zambian beer". */
export const GOODS_NOUN = /^(?:imports?|exports?|goods|products|produce|shipments?|cargo|consignments?|supplies|grain|wheat|maize|corn|food|foodstuffs|beef|pork|poultry|fish|seafood|fruit|vegetables|wine|oil|gas|coal|steel|timber)$/; // (and commodities: "its embargo on grain supplies from Ukraine")
/** For a verb, "in" and "of" lead to places and parts, not targets ("in Riyadh", "one of"). */
export const VERB_TARGET_PREP = new Set(['with', 'on', 'against', 'to', 'toward', 'towards', 'from', 'at', 'into', 'upon', 'onto', 'between', 'behind']);
/** Nouns that take the actor right after them as their other party ("U.S. ally Japan", "foes Iran and Israel"). */
export const APPOSITION_NOUN = /^(?:ally|allies|partner|partners|friend|friends|foe|foes|rival|rivals|adversary|adversaries|enemy|enemies|arch-rival|arch-rivals|arch-enemy|arch-foe)$/;
/** Words before "to" or "of" that make a cause of them: "due to", "in response to", "because of". */
export const COMPOUND_CAUSE = /^(?:due|owing|thanks|response|addition|according|contrary|prior|because|instead|regardless|spite|view|light|lieu|favour|favor|behalf|terms|part)$/;
export const MISSION_NOUN = /^(?:embass(?:y|ies)|consulates?|missions?|offices?|ambassadors?|envoys?|diplomats?)$/;
/** Prepositions of phrases that stand beside a clause rather than complete its verb. */
/** Participles after which "in" brings in a state the subject is in: "locked in a dispute", "embroiled in a row". */
export const IN_STATE = /^(?:locked|embroiled|engaged|involved|mired|entangled|caught|deadlocked|enmeshed|bogged)$/;
export const ADJUNCT_PREP = new Set(['in', 'during', 'amid', 'amidst', 'after', 'since', 'over', 'despite', 'following', 'before', 'because', 'throughout', 'under', 'within', 'at', 'by', 'for', 'of']);
/** Reporting verbs that act on the subject of what they report: "warned that Saudi Arabia would pay". */
export const REPORTER_ACTS = new Set(['warn', 'threaten', 'claim', 'allege', 'accuse', 'charge', 'blame', 'deny', 'demand', 'insist', 'complain']); // ("complained that Turkey monopolises the waters": a complaint is against the one it tells of)
export const SUBJECT_PRONOUN = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
/** A group that stands for actors named elsewhere (before this sentence, or by what a word refers to). */
export const standIn = (ids: readonly string[]): ActorGroup => ({ ids: [...ids], first: -1, end: -1, possessive: false, place: false, demonym: false });
/** A state's means of force: "its F-16 jets", "their troops". */
/** Words for a truce (a ceasefire, an armistice), as the nouns of nounIdioms.ts name one. */
export const TRUCE_NOUN = /^(?:ceasefire|cease-fire|truce|armistice)$/;
export const FORCE_NOUN = /^(?:jets?|warplanes?|planes|aircraft|drones?|troops|forces|army|navy|soldiers|warships?|ships|vessels?|boats|gunboats?|frigates?|destroyers?|submarines?|bombers?|guards|marines|commandos|artillery|missiles?|rockets?|tanks|fighters|helicopters?|defences|defenses)$/;
/** What is fired or launched: "fired 100 missiles". */
export const PROJECTILES = /^(?:missiles?|rockets?|drones?|shells|mortars?|projectiles?|bombs?|salvos?|barrages?|volleys?)$/;
/** Words after a comma that bring in examples of the noun before it: ", including Argentina and Chile". */
export const EXAMPLE_WORD = /^(?:including|notably|especially|particularly|chiefly|mainly|principally)$/;
/** Nouns of a step one actor took, judged by another later: "Guyana called the vote an existential threat". */
export const MOVE_TOLD = /^(?:vote|referendum|election|elections|move|decision|law|plan|measure|measures|step|steps|announcement|deployment|test|launch|declaration|policy|bill|remarks|comments|statement|visit|exercises|drills)$/;
/** Measures one state imposes on another, named in a trigger. */
export const MEASURE = /\b(?:sanction|sanctions|penalties|tariffs?|ban|bans|banned|banning|embargo|restrictions|measures|boycott|blockade|closure|closures)\b/i;
/** "Baghdad recalled its ambassador after Iran's state-backed media said it had hit": who speaks is the owner of the speaker right before the verb of saying at `verb`. */
export function speakerOwner(tokens: readonly Token[], groups: readonly ActorGroup[], verb: number): ActorGroup | undefined {
  let k = verb - 1;
  // (Past a short form in brackets: "Ukraine's Security Service (SBU) declared".)
  if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(') k -= 3;
  while (k > 0 && (['NOUN', 'ADJ', 'PROPN'].includes(tokens[k]?.pos ?? '') || tokens[k]?.text === '-' || (tokens[k]?.text !== ',' && tokens[k - 1]?.text === '-'))) k--;
  return k < verb - 1 || (/^['’]s?$/.test(tokens[verb - 1]?.text ?? '') && !/^(?:claims?|reports?)$/.test(tokens[verb]?.lower ?? '') && !ACCUSING_NOUN.test(tokens[verb]?.lower ?? '')) ? groups.find((g) => g.possessive && !g.place && g.end === k + 1) : undefined; // (or the possessor right before: "Chile's announcement that"; not an accusation's, whose "it" is the accused: "Bogota's accusation that it was involved")
}

/** True when the group is who speaks: "Pakistani officials said", "the Egyptian ministry stated", ", according to Egypt". */
export function speaks(tokens: readonly Token[], g: ActorGroup): boolean {
  for (let k = g.end; k < tokens.length && k < g.end + 7; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB') return REPORTING.has(t.lemma) || t.lemma === 'tell';
    if (!['NOUN', 'ADJ', 'PROPN', 'ADV', 'AUX', 'PART'].includes(t.pos) && !(t.lower === 'of' && k > g.end && tokens[k - 1]?.pos === 'NOUN') && !(t.text === ',' && tokens[k + 1]?.pos === 'VERB' && tokens.slice(Math.max(0, g.first - 1), k).some((x) => x.text === ','))) break; // (past the comma that closes an aside the speaker stands in: '"...," Jeppe Kofod, the Danish foreign minister, said'; and the "of" of a title: "Danish minister of foreign affairs")
  }
  const before = tokens.slice(Math.max(0, g.first - 3), g.first).filter((t) => t.pos !== 'DET' && t.pos !== 'ADJ');
  const last = before[before.length - 1];
  return (last?.lower === 'to' && before[before.length - 2]?.lower === 'according') || (last?.pos === 'VERB' && REPORTING.has(last.lemma) && before[before.length - 2]?.text === ',');
}
/** Verbs whose object is a topic, not an act of the subject's: "discussed the war in Gaza", "are watching the rapprochement". */
const TOPIC_VERBS = /^(?:discuss|watch|monitor|follow|observe|debate|review|spark|trigger|ignite)$/; // (and what set it off: "the attack that sparked the war in Gaza" is no party to the war)
/** A verb whose object is an act the subject judges or discusses, not one it does ("condemned the attack", "discussed the war"). */
export const judgesOrDiscusses = (lemma: string) => JUDGING_VERBS.has(lemma) || TOPIC_VERBS.test(lemma);
/** "Rabat's position on the conflict in Western Sahara": an act after a noun of stance, comment or talks and "on" is what it is about, no act of the clause's subject. */
export const topicNounBefore = (tokens: readonly Token[], from: number) => {
  const k = pastWords(tokens, from - 1, ['DET', 'ADJ']);
  return /^(?:on|about|regarding|towards|toward)$/.test(tokens[k]?.lower ?? '') && /^(?:positions?|stances?|views?|policy|policies|approach|comments?|remarks|statements?|reports?|resolutions?|debates?|briefings?|questions?|line|talks|negotiations|dialogue|summits?|conferences?|mediators?|mediation|envoys?)$/.test(tokens[k - 1]?.lower ?? ''); // (and what talks or a go-between are about: "hosted talks on the war in Sudan", "the mediator on the conflict in Yemen")
};

/**
 * The dictionary's blocks of verbs of thinking, learning and introducing (CAMEO 040): they consult
 * someone only when they name whom ("He introduced an austerity programme", "guards heard an
 * explosion", "takes five days to think about it" address no other of the pair).
 */
export const UNADDRESSED_BLOCK = /^(?:CONSIDER|HEAR|INTRODUCE)$/;

/** People and firms an act can be addressed to, that are no state: "welcomes foreign companies". */
export const THIRD_PARTY = /^(?:companies|firms|agencies|ministries|departments|people|public|citizens|residents|population|investors|businesses|corporations|tourists|visitors|students|refugees|migrants|journalists|workers|foreigners|travellers|travelers|pilgrims|fans|athletes|scientists|experts|countries|states|nations|governments|ones|others|law|laws|rules|norms|obligations|resolutions|principles|standards|regulations|protests|demonstrations|protesters|demonstrators|activists|rallies|marches)$/; // (and "distanced themselves from the protests": the people in the street, not the other state; "directed government agencies to", "encouraged people to": one's own)

/** How many quotation marks (and, with `adverbs`, adverbs) stand right before token `i`, up to three: 'of "unilaterally" inviting'. */
export function quotesAndAdverbsBefore(tokens: readonly Token[], i: number, adverbs: boolean): number {
  let n = 0;
  while (n < 3 && (/^["“”'‘’]$/.test(tokens[i - 1 - n]?.text ?? '') || (adverbs && tokens[i - 1 - n]?.pos === 'ADV'))) n++;
  return n;
}

/** True when the noun starting at `from` is what is protested or answered: "in protest at the war", "in response to the strikes", "condemnation of the invasion". */
export function protestedAct(tokens: readonly Token[], from: number): boolean {
  const k = pastWords(tokens, from - 1, ['DET', 'ADJ'], 0);
  return /^(?:at|against|over|to|of)$/.test(tokens[k]?.lower ?? '') && /^(?:protest|protests|response|reaction|condemnation|opposition|outrage|retaliation)$/.test(tokens[k - 1]?.lower ?? '');
}

/** "(ties have soured again) over Burundi's involvement in the DRC", "after Ndayishimiye took power": the sentence names its actors only in a phrase of the reason (after "over", "amid" or "despite") or of the time one of them took office (two who did are a pair: "cooled after Erdogan and Mitsotakis came to power"), not as a pair of its own. */
export function onlyInReason(tokens: readonly Token[], groups: readonly { first: number; end: number; ids: readonly string[] }[]): boolean {
  const incidental = (g: { first: number; end: number; ids: readonly string[] }) => {
    let k = g.first - 1;
    while (k >= 0 && tokens[k]?.pos !== 'VERB' && tokens[k]?.pos !== 'AUX' && tokens[k]?.text !== ',' && !/^(?:over|amid|amidst|despite)$/.test(tokens[k]?.lower ?? '')) k--;
    const tookOffice = g.ids.length === 1 && /^(?:after|since|when|before|until)$/.test(tokens[g.first - 1]?.lower ?? '') && /^(?:take|come|assume|win|become)$/.test(tokens[g.end]?.lemma ?? '');
    // ("Tensions rose in September 2015, when Russia began air strikes to support Assad": the actors of a clause of time or cause after a comma.)
    const comma = tokens.slice(0, g.first).map((t) => t.text).lastIndexOf(',');
    const cause = comma > 0 && /^(?:when|after|because|since|following)$/.test(tokens[comma + 1]?.lower ?? '');
    return tookOffice || cause || /^(?:over|amid|amidst|despite)$/.test(tokens[k]?.lower ?? '');
  };
  return groups.length > 0 && groups.every(incidental);
}
/** Offices and titles: passed before a name ("signed by President Putin") and before their state's "of" ("the President of Mozambique", "the government of Niger"). */
export const OFFICE_TITLE = /^(?:presidents?|prime|ministers?|chancellor|king|queen|emir|sultan|sheikh|premiers?|secretary|undersecretary|deputy|vice|leaders?|government|counterparts?)$/; // (and plurals, and a counterpart: "invited the counterparts of Rwanda and Burundi")

/** Participles of mediating, hosting or backing that, opening a sentence with their agent, describe its subject: "Brokered by Brazil, Guyana and Venezuela met". */
/** "A coalition led by Saudi Arabia attacked", "a coalition of Arab states led by Egypt and Syria": the "led" at k, before "by", of a body of forces or states, whose leader acts through it. */
export const ledBy = (tokens: readonly Token[], k: number) => /^(?:led|headed|spearheaded|commanded)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'by' && /^(?:coalitions?|alliances?|blocs?|forces|troops|armies|army|states|countries|nations|powers|delegations?|missions?)$/.test(tokens[k - 1]?.lower ?? '');
export const OPENING_AGENT = /^(?:brokered|mediated|hosted|backed|supported|sponsored|organi[sz]ed|convened|facilitated|funded|armed|pressured|pressed|threatened|sanctioned|condemned|critici[sz]ed)$/;
/** The state's own people and bodies after "its" or "their": "its intelligence chief", "their juntas". */
export const OWN_AGENT = /^(?:juntas?|governments?|leaders?|rulers?|authorities|presidents?|ministers?|chiefs?|officials|diplomats|envoys?|ambassadors?|military|army|navy|intelligence|ministry|regime)$/;

/**
 * True when `group` names whom staff after a preposition work for, so that it may be a subject there: "officials in
 * Ankara", "a spokesperson for the Ukrainian Ministry of Foreign Affairs", "diplomats at the Iranian embassy". Not the
 * host of staff a state before the noun owns: "the diplomats at the Iranian embassy in Algeria" are Iran's.
 */
export function staffOf(tokens: readonly Token[], groups: readonly ActorGroup[], group: ActorGroup): boolean {
  const prep = tokens[group.first - 1]?.lower ?? '', k = pastWords(tokens, group.first - 1, ['DET']);
  const atEmbassy = tokens[k]?.lower === 'at' && STAFF.test(tokens[k - 1]?.lower ?? '') && /^(?:embassy|consulate|mission)$/.test(tokens[group.end]?.lower ?? '');
  return atEmbassy || ((prep === 'in' || prep === 'from') && STAFF.test(tokens[group.first - 2]?.lower ?? '') && !groups.some((h) => h.end === group.first - 2)) || (tokens[k]?.lower === 'for' && /^(?:spokesperson|spokesman|spokeswoman)$/.test(tokens[k - 1]?.lower ?? ''));
}

export { ACCUSING_NOUN } from './clauses';
/** The latest actor before token `at` that is not the accuser: whom "it" after a noun of accusing stands for. */
export const accusedBefore = (groups: readonly ActorGroup[], at: number, accuser: ActorGroup | null) => [...groups].reverse().find((g) => g.end <= at && !g.place && !g.descriptor && !g.ids.some((id) => accuser?.ids.includes(id))) ?? null;

/** "EU envoy Miroslav Lajcak and US diplomat Gabriel Escobar met": two states' agents, each with its words, joined by "and" as one subject that opens the clause. */
export function coordinatedAgents(tokens: readonly Token[], from: number, first: ActorGroup, second: ActorGroup): boolean {
  // (Past an opening adjunct of time or place and its comma, with no verb: "One hundred and fifty years ago, on March 30, 1867, U.S. Secretary of State William H. Seward and Russian envoy Stoeckl signed".)
  const lead = tokens.slice(from, first.first), comma = lead.findLastIndex((t) => t.text === ',');
  const opening = comma > 0 && lead.slice(0, comma).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
  if (!(opening ? lead.slice(comma + 1) : lead).every((t) => t.pos === 'DET')) return false;
  const between = tokens.slice(first.end, second.first), and = between.findIndex((t) => t.lower === 'and');
  // (Past an envoy's host and a hyphenated name: "Qatari envoy to India Mohammed Al-Jabir and Monaco ambassador Didier Gamerdinger presented".)
  const envoyTo = (t: Token, j: number) => (t.lower === 'to' && /^(?:envoys?|ambassadors?)$/.test(between[j - 1]?.lower ?? '')) || (t.text === '-' && between[j - 1]?.end === t.start);
  return and > 0 && between.every((t, j) => j === and || (j < and ? ['NOUN', 'PROPN', 'DET', 'ADJ'].includes(t.pos) || t.text === ',' || envoyTo(t, j) : t.pos === 'DET' || /^(?:his|her)$/.test(t.lower))) && between.slice(0, and).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN'); // (and "her" before a counterpart: "Spain's foreign minister and her Moroccan counterpart met")
}

/** "because of" or "due to" (or "owing to") right before token `k`: a reason's words. */
export const becauseOf = (tokens: readonly Token[], k: number): boolean => (tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'because') || (tokens[k - 1]?.lower === 'to' && /^(?:due|owing)$/.test(tokens[k - 2]?.lower ?? ''));

/** "met his Russian counterpart ... amid a decadeslong territorial dispute": a dispute over land or sea that names no party, told as the circumstance of an act, is the pair's the sentence tells, as relations are ("amid Somalia's border dispute" names its own). */
export function unnamedDispute(tokens: readonly Token[], head: number, groups: readonly ActorGroup[]): boolean {
  if (!/^(?:dispute|disputes|row|feud|quarrel|clashes|skirmishes|fighting)$/.test(tokens[head]?.lower ?? '')) return false;
  const before = tokens.slice(Math.max(0, head - 3), head);
  // (Only as the circumstance of another act: "amid", "despite"; "the border dispute has pitted Guyana against Venezuela" names its parties.)
  // (Or what came before it: "After a week of deadly border clashes, Pakistan and Afghanistan have agreed to a ceasefire"; not past a place named after it.)
  return before.some((t) => /^(?:territorial|border|boundary|maritime|island|islands|sovereignty)$/.test(t.lower)) && tokens.slice(Math.max(0, head - 7), head).some((t) => /^(?:amid|amidst|despite|after|following)$/.test(t.lower)) && !groups.some((g) => g.end > head - 7 && g.first < head) && !(tokens[head + 1]?.pos === 'ADP' && groups.some((g) => g.first === head + 2 || g.first === head + 3));
}

/** Vehicles and routes, whose "between" or "from" names where they go, not a party. */
export const ROUTE_NOUN = /^(?:flights?|planes?|aircraft|airliners?|jets?|routes?|services|trains?|ferry|ferries|voyages?)$/;

/** Participles of trade that describe goods: "palm oil imported from Malaysia". */
export const GOODS_PARTICIPLE = /^(?:imported|exported|produced|grown|made|sourced|shipped|bought|purchased|manufactured)$/;

/** "a note to Germany": the one a message is sent to, who is not the subject of a participle after it. */
export function messagedTo(tokens: readonly Token[], g: ActorGroup): boolean {
  return tokens[g.first - 1]?.lower === 'to' && /^(?:note|notes|letter|letters|message|messages|memo|memorandum|request|cable|notice)$/.test(tokens[g.first - 2]?.lower ?? '');
}

/** What one party says of another, which a third may deny ("an assertion dismissed by Moscow"). */
export const CHARGE_NOUN = /^(?:assertion|assertions|claim|claims|accusation|accusations|allegation|allegations|charge|charges)$/;
/** Acts of holding people, whose agent, when none is named, is the state they are held in. */
export const CUSTODY = /^(?:detain|arrest|hold|jail|imprison|sentence|convict|execute)$/;

/** Roles one state has toward another that several of one side share: investors, donors, creditors. */
export const ONE_SIDED_ROLE = /^(?:investors?|donors?|creditors?|lenders?|suppliers?|buyers?|customers?|importers?|patrons?|benefactors?)$/;

/** "may escalate the matter to ECOWAS, the African Union or the ICJ": where a matter is taken is a forum, no target. */
export function isForum(tokens: readonly Token[], group: ActorGroup): boolean {
  const to = pastWords(tokens, group.first - 1, ['DET']);
  return tokens[to]?.lower === 'to' && /^(?:matter|case|issue|dispute|complaint|question)$/.test(tokens[to - 1]?.lower ?? '');
}

// (The shapes of phrases, moved to phraseShapes.ts, are still to be had from here.)
export { adjunctComma, disputedPlace, linkedTo, listedAgents, nameAsideAt, otherSideUnnamed, purposeBefore, recognisedAs, strandedPartner } from './phraseShapes';
