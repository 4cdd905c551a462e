// Actors a sentence refers to without naming them: "the two countries", "both sides", "the kingdom"
// (anaphora resolved to earlier actors only when that is unambiguous, groups the article named and
// expands), agents with no state of their own ("the ambassador", "the foreign ministry") given the
// state the article gave them, and actors described rather than named. extractClaims.ts asks it of
// each sentence, with what the sentences before left (the Discourse).
import { type ActorGroup, AGENT_NOUN, AGENT_WORDS, appositionStart, DESCRIPTOR_NOUN } from './actorGroups';
import { type Discourse } from './pairing';
import { HOSTING_VERBS } from './pairingWords'; import { WAY_OUT } from './talksHosts';
import { findDescriptions, resolveDescription } from './descriptions';
import { tellersEnvoys } from './tellersEnvoys'; import { speakerCountry } from './speakerCountry';
import type { Token } from './tokens'; import { homeOf, isStateId } from '../claims/actors';

/** "the two countries", "both sides", "each other", "the three nations": the last pair or set of that size. */
/** "the two Koreas", "the two Sudans": the states of a divided name. */
const DIVIDED: Record<string, readonly [string, string]> = { koreas: ['PRK', 'KOR'], sudans: ['SDN', 'SSD'], congos: ['COD', 'COG'] };

export const GROUP_WORDS = /^(?:countries|nations|states|superpowers|sides|governments|delegations|neighbou?rs|leaders|presidents|premiers|ministers|counterparts|capitals|rivals|allies|parties|powers|foes|adversaries|enemies|peoples|partners|members)$/;
export const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** The words such a phrase starts with. */
export const ANAPHOR_START = new Set(['the', 'all', 'both', 'each', 'one', 'our', 'their', 'its', 'those', 'these']);
export const RELATION_WORDS = /^(?:relations|ties|relationship|tensions?)$/;
/** Words through which a sentence can take an actor from the ones before it. */
export const REFERS_BACK = /\b(?:(?:those|these) (?:countries|nations|states|governments)|it|its|they|their|them|he|she|his|her|we|our|two|three|four|five|both|each other|one another|neighbou?rs|warring|relations|ties|relationship|tensions?|kingdom|emirate|sultanate|monarchy|island|archipelago|city-state|republic|king|emir|sultan|monarch|crown prince|neighbou?r|neighbou?ring|bloc|alliance|grouping|organi[sz]ation|group|militia|movement|rebels|militants|the (?:leaders|presidents|premiers|counterparts|parties|countries|nations))\b/i;

/** Words for a group that only states make up: "the two countries", "both nations". */
const STATE_WORDS = /^(?:countries|nations|states|superpowers|governments|capitals)$/;
const describedRivals = (tokens: readonly Token[], i: number) => [2, 3].find((d) => /^(?:rivals|foes|adversaries|neighbou?rs)$/.test(tokens[i + d]?.lower ?? '') && tokens.slice(i + 1, i + d).every((x) => x.pos === 'ADJ' || x.pos === 'PROPN')) ?? 0; // (how far after "the", past one or two describing words, rivals or neighbours stand: "the Latin American neighbors"; 0 when not)
const HOSTILE_PARTICIPLE = /^(?:occupied|invaded|attacked|annexed|seized|captured|bombed|shelled|blockaded|conquered|taken)$/; // (participles of force, whose "by" names a side, no go-between: "occupied by Israel in 1967 ... when the two sides signed")
const SUPERPOWERS = new Set(['USA', 'RUS', 'CHN']); // (the states called superpowers: the United States, the Soviet Union, Russia's id, and China)

/** Regions whose states news names as one group: "the Baltic states", "the Nordic countries", "the Gulf states". */
const REGION_GROUPS: Record<string, string> = { baltic: 'baltic', nordic: 'nordic', scandinavian: 'nordic', gulf: 'gulf' };

export function groupAnaphora(tokens: readonly Token[], discourse: Discourse, groups: ActorGroup[], bordersOf: (id: string) => readonly string[], isOrganisation: (id: string) => boolean, statesOf: (kind: string) => readonly string[] = () => [], recent: readonly (readonly string[])[] = []): ActorGroup[] {
  const extra: ActorGroup[] = [];
  // Organisations that only describe the group ("the two NATO allies"): dropped for it.
  const describing = new Set<ActorGroup>();
  // (Not past a pair the last sentence had for its subject: "Tokyo and Manila are negotiating ... The two signed".)
  const subjectPair = discourse.subject?.length === 2 ? (discourse.subject as [string, string]) : null;
  // (Not for what is between the two: "Bolivia and Cuba also acted against Chile ... the crisis between the two countries" is Peru's with Chile, the pair told, not two who acted alike.)
  const ids = (n: number, between = false) => (n === 2 ? ((between ? null : subjectPair) ?? discourse.topicPair ?? discourse.pair) : discourse.sets.get(n)) ?? null;
  const bordering = ([a, b]: readonly [string, string]) => bordersOf(a).includes(b); // ("the two neighbours": the latest pair that shares a border, when the latest pair does not)
  // The latest pair told before that fits.
  const latestPair = (fits: (pair: readonly [string, string]) => boolean) => [...(discourse.pairs ?? [])].reverse().find(fits);
  const namedBorder = () => [...recent].reverse().flatMap((ids) => ids.flatMap((a) => ids.filter((b) => b !== a && bordersOf(a).includes(b)).map((b) => [a, b] as [string, string]))).at(0); // (or two neighbours the latest sentences named: "Modi's visit to Tashkent and the likelihood that he will meet Pakistan's Sharif ... the war between the neighbours")
  const neighbours = () => (discourse.pair && bordering(discourse.pair) ? discourse.pair : (latestPair(bordering) ?? namedBorder() ?? discourse.pair));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as Token;
    // ("mediating between Qatar and four Arab states": a bare count of three or more after "and", "between" or "with" stands for the set of that many told before.)
    const bareCount = /^(?:and|between|with)$/.test(a.lower) && (COUNT[tokens[i + 1]?.lower ?? ''] ?? 0) >= 3;
    const country = speakerCountry(tokens, groups, i); if (country) { extra.push(country); continue; } // ("Ali said a Venezuelan vessel had entered his country's waters": the speaker's, speakerCountry.ts)
    if (!ANAPHOR_START.has(a.lower) && !bareCount) continue;
    // "the two Koreas": both states of a divided name.
    const halves = a.lower === 'the' && tokens[i + 1]?.lower === 'two' ? DIVIDED[tokens[i + 2]?.lower ?? ''] : a.lower === 'the' && tokens[i + 1]?.lower === 'inter-korean' ? DIVIDED.koreas : undefined; // (and "the inter-Korean pact": between the two, as the next word's)
    if (halves) {
      extra.push({ ids: [...halves], first: tokens[i + 1]?.lower === 'two' ? i : i + 1, end: tokens[i + 1]?.lower === 'two' ? i + 3 : i + 2, possessive: false, place: false, demonym: false, anaphor: true });
      continue;
    }
    // "accused the Baltic states of discrimination": every state of the region (not in a list, whose pairs would be among them).
    const listed = /^(?:and|or|,)$/.test(tokens[i - 1]?.lower ?? '') || /^(?:and|or|,)$/.test(tokens[i + 3]?.lower ?? '');
    const kind = a.lower === 'the' && !listed && /^(?:states|countries|nations)$/.test(tokens[i + 2]?.lower ?? '') ? REGION_GROUPS[tokens[i + 1]?.lower ?? ''] : undefined;
    const region = kind ? statesOf(kind) : [];
    if (region.length >= 2) {
      extra.push({ ids: [...region], first: i, end: i + 3, possessive: false, place: false, demonym: false });
      continue;
    }
    const b = tokens[i + 1] as Token;
    // "cut ties with Malaysia over the latter's decision": the last of the two states named before it
    // in the sentence ("the former", the one before that); not a description ("the former colony").
    if (a.lower === 'the' && /^(?:latter|former)$/.test(b.lower) && !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[i + 2]?.pos ?? '')) {
      const named = [...new Set(groups.filter((g) => g.end <= i && !g.place && !g.descriptor).flatMap((g) => g.ids))];
      const id = named.length >= 2 ? named[named.length - (b.lower === 'latter' ? 1 : 2)] : undefined;
      const possessive = /^['’]s$/.test(tokens[i + 2]?.lower ?? '');
      if (id) extra.push({ ids: [id], first: i, end: possessive ? i + 3 : i + 2, possessive, place: false, demonym: false, anaphor: true });
      continue;
    }
    let end = -1;
    let n = 2;
    // "the two countries", "the two nuclear-armed neighbours": up to three describing words before the noun.
    // (A name among them says which: "the three Sahel countries", "the two Gulf states".)
    const noun = COUNT[b.lower] ? [2, 3, 4, 5].find((d) => GROUP_WORDS.test(tokens[i + d]?.lower ?? '') && tokens.slice(i + 2, i + d).every((x) => x.pos === 'ADJ' || x.text === '-' || x.pos === 'VERB' || x.pos === 'NOUN' || x.pos === 'PROPN')) : undefined;
    // "the two countries", "our two nations", "their three governments".
    // ("its two allies": two others than the owner, as "Washington ... pushed its two allies".)
    if ((['the', 'all', 'our', 'their', 'its'].includes(a.lower) || bareCount) && noun !== undefined) {
      end = i + noun + 1;
      n = COUNT[b.lower] as number;
    } else if (a.lower === 'the' && b.lower === 'two' && tokens[i + 2]?.text !== '-' && (!tokens[i + 2] || ['PUNCT', 'ADP', 'CCONJ', 'VERB', 'AUX'].includes(tokens[i + 2]!.pos) || (tokens[i + 2]!.pos === 'ADV' && ['VERB', 'AUX'].includes(tokens[i + 3]?.pos ?? '')))) end = i + 2;
    // ("talks between the two,", "the two agreed", "the two later repaired ties": "two" alone is the pair; not "the two-year-old conflict".)
    else if (a.lower === 'both' && GROUP_WORDS.test(b.lower)) end = i + 2;
    // ("India's Jaishankar said ..., while China's Wang Yi said .... But in a phone call both men promised": the two who spoke for the pair, as subject.)
    // (And "the leaders agreed", after the two were named: "in the presence of Indian President Mukherjee and his Vietnamese counterpart".)
    else if ((a.lower === 'both' || (a.lower === 'the' && /^(?:leaders|presidents|premiers|counterparts)$/.test(b.lower) && !/^(?:say|tell|add|note|write)$/.test(tokens[i + 2]?.lemma ?? ''))) && /^(?:men|women|ministers|presidents|premiers|counterparts|leaders)$/.test(b.lower) && ['VERB', 'AUX', 'ADV'].includes(tokens[i + 2]?.pos ?? '')) [end, n] = [i + 2, a.lower === 'the' && (discourse.lastSet?.length ?? 0) > 2 && (discourse.pair ?? []).every((id) => discourse.lastSet!.includes(id)) ? discourse.lastSet!.length : 2]; // (the three or more the sentences before last named, whose pair is among them: "the leaders of El Salvador, Nicaragua, and Honduras signed ... The leaders labeled"; not the speakers of a quotation: '"We are determined to keep supporting Ukraine," the leaders said')
    else if ((a.lower === 'each' && b.lower === 'other') || (a.lower === 'one' && b.lower === 'another')) {
      // ("the rule of how countries deal with each other": countries in general, the clause's own subject; no pair named before.)
      const generic = [1, 2, 3, 4].some((d) => GROUP_WORDS.test(tokens[i - d]?.lower ?? '') && /s$/.test(tokens[i - d]?.lower ?? '') && !/^(?:the|two|three|four|both|these|those|our|their|its|all|neighbouring|neighboring)$/.test(tokens[i - d - 1]?.lower ?? '') && tokens[i - d - 1]?.pos !== 'PROPN');
      if (generic) continue;
      // ("Mali, Niger and Burkina Faso pledged to defend each other": the list before it, however long.)
      end = i + 2;
      n = [...groups, ...extra].filter((g) => g.end <= i && g.ids.length >= 2).sort((x, y) => x.end - y.end).pop()?.ids.length ?? 2;
    }
    else if (a.lower === 'the' && (/^neighbou?rs$/.test(b.lower) || (/^(?:countries|nations|parties)$/.test(b.lower) && ['VERB', 'AUX'].includes(tokens[i + 2]?.pos ?? '')))) end = i + 2; // (and "the countries broke off their diplomatic ties", "the parties reached a ceasefire agreement", as subject)
    // ("as the regional rivals explore restoring ties", "the Latin American neighbors had largely resolved their conflict": the pair, past one or two describing words.)
    else if (a.lower === 'the' && (b.pos === 'ADJ' || b.pos === 'PROPN') && describedRivals(tokens, i) > 0) end = i + 1 + describedRivals(tokens, i);
    // "withdrawing its diplomats from those countries": the latest set of three or more.
    else if ((a.lower === 'those' || a.lower === 'these') && GROUP_WORDS.test(b.lower) && discourse.lastSet) {
      end = i + 2;
      n = discourse.lastSet.length;
    }
    // "relations between the nuclear-armed Asian giants": "between" says there are two.
    else if (a.lower === 'the' && tokens[i - 1]?.lower === 'between') {
      const d = [1, 2, 3, 4, 5, 6].find((j) => GROUP_WORDS.test(tokens[i + j]?.lower ?? '') || /^giants$/.test(tokens[i + j]?.lower ?? ''));
      if (d !== undefined && tokens.slice(i + 1, i + d).every((x) => x.pos === 'ADJ' || x.pos === 'PROPN' || x.text === '-' || x.pos === 'VERB' || x.pos === 'NOUN') && tokens[i + d + 1]?.lower !== 'of') end = i + d + 1; // (not "between the governments of Tanzania and Rwanda", named right after)
    }
    if (end > 0 && tokens[end]?.text === ',' && groups.some((g) => g.first === appositionStart(tokens, end) && g.ids.length === n)) continue; // (named in an apposition right after: "support from the two communist powers, the USSR and China")
    // A list of that many actors earlier in the sentence comes first: "visits to Greece and Turkey ... encouraged both countries".
    // (Not the hosts of what is between them: "Iraq and Oman, which hosted talks between the rivals".) (A pair named after "between" hosts nothing: "Oman, an intermediary between Washington and Tehran, hosted talks between the two".)
    const hosts = (g: ActorGroup) => tokens[g.first - 1]?.lower !== 'between' && tokens.slice(g.end, i).some((t) => HOSTING_VERBS.has(t.lemma));
    // (Nor the mediators after "by": "talks mediated by Qatar and Turkey, following fighting between the neighbours".)
    const agents = (g: ActorGroup) => (tokens[g.first - 1]?.lower === 'by' && !(tokens[g.first - 2]?.pos === 'VERB' && HOSTILE_PARTICIPLE.test(tokens[g.first - 2]?.lower ?? ''))) || (tokens[g.first - 1]?.lower === 'involving' && /^(?:mediation|efforts?)$/.test(tokens[g.first - 2]?.lower ?? '')) || (a.lower === 'the' && b.lower === 'leaders'); // (and "the leaders" stand for no states their own sentence names: "With North Korea and China in mind, the leaders agreed")
    const earlier = end > 0 ? [...groups].reverse().find((g) => g.end <= i && g.ids.length === n && !hosts(g) && !agents(g) && !(n === 2 && /^neighbou?rs$/.test(tokens[end - 1]?.lower ?? '') && !bordering(g.ids as [string, string]))) : undefined; // ("neighbours" only two that are: not "protest from Tokyo and Washington amid a dispute between the Asian neighbours")
    // ("Turkey agreed to lift its veto over Finland and Sweden's bid, after the three countries signed": the
    // states named before it in the sentence, when they are that many.)
    // (Two too: "Farrell met his Chinese counterpart, as the two countries work to repair ties", "France will close its embassy in Niger after the coup and strained relations between the two countries".)
    // (Not those who appeal to them: "Gonsalves communicated with President Ali, urging both nations to resume efforts" are the two told before, Ali's and another.)
    const appealed = /^(?:urge|encourage|implore|exhort)$/.test(tokens[i - 1]?.lemma ?? '') || (tokens[i - 1]?.lower === 'on' && tokens[i - 2]?.lemma === 'call');
    const namedBefore = end > 0 && !earlier && !appealed ? [...new Set(groups.filter((g) => g.end <= i && !g.place && !g.descriptor && !hosts(g) && !agents(g)).flatMap((g) => g.ids).filter((id) => !isOrganisation(id)))] : [];
    // ("talks between the warring parties": the pair told at war, or no one.)
    const warring = end > 0 && tokens.slice(i, end).some((t) => /^(?:warring|belligerent|fighting|feuding)$/.test(t.lower));
    const told = end > 0 ? (earlier?.ids ?? (namedBefore.length === n ? namedBefore : null) ?? (warring ? (discourse.warring ?? null) : n === 2 && tokens[end - 1]?.lower === 'sides' && discourse.atOdds && (discourse.oddsAge ?? 0) < 2 ? discourse.atOdds : n === 2 && /^neighbou?rs$/.test(tokens[end - 1]?.lower ?? '') ? neighbours() : ids(n, tokens[i - 1]?.lower === 'between'))) : null;
    const ofStates = STATE_WORDS.test(tokens[end - 1]?.lower ?? ''); // ("military cooperation between the two countries": states only, never an armed group or a body the sentences before named; then the latest pair of states)
    // ("the grave stand-off between the two superpowers": of the powers named, the latest pair of them.)
    const superpowers = tokens[end - 1]?.lower === 'superpowers' && n === 2 ? (latestPair((p) => p.every((id) => SUPERPOWERS.has(id))) ?? null) : undefined;
    const homes = earlier || namedBefore.length === n ? undefined : told?.map((id) => homeOf(id) ?? id); // (else, for a pair the sentences before told, the states its armed groups are anchored in: "clashes between Iranian border guards and Taliban forces. ... tensions between the two countries")
    const found = superpowers !== undefined ? superpowers : told && ofStates && !told.every(isStateId) ? (n === 2 ? (latestPair((p) => p.every(isStateId)) ?? (homes && new Set(homes).size === 2 && homes.every(isStateId) ? homes : null)) : null) : told;
    const inside = groups.filter((g) => g.first < end && i < g.end);
    // ("the two NATO allies", "between the U.S. allies": a name that only says whose allies they are.)
    const onlyDescribing = inside.every((g) => i < g.first && g.end < end && (g.ids.every(isOrganisation) || (g.end === end - 1 && DESCRIPTOR_NOUN.test(tokens[g.end]?.lower ?? ''))));
    if (found && onlyDescribing) {
      for (const g of inside) describing.add(g);
      const possessive = /^'s?$/.test(tokens[end]?.lower ?? '');
      extra.push({ ids: [...found], first: bareCount ? i + 1 : i, end: possessive ? end + 1 : end, possessive, place: false, demonym: false, anaphor: true });
    }
  }
  extra.push(...tellersEnvoys(tokens, groups));
  if (extra.length === 0) return groups;
  // "the three nations and Australia": a resolved group joins the list it stands in.
  const merged: ActorGroup[] = [];
  for (const g of [...groups.filter((x) => !describing.has(x)), ...extra].sort((x, y) => x.first - y.first)) {
    const last = merged[merged.length - 1];
    const between = last ? tokens.slice(last.end, g.first) : [];
    if (last && !last.possessive && !last.place && !g.place && !last.descriptor && between.length > 0 && between.length <= 2 && between.every((t) => /^(?:,|and|the)$/.test(t.lower)) && between.some((t) => t.lower !== 'the') && !(g.anaphor && between[0]?.text === ',' && ['VERB', 'AUX'].includes(tokens[g.end]?.pos ?? '') && ['ADP', 'SCONJ'].includes(tokens[0]?.pos ?? '') && !tokens.slice(1, last.first).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower))))) { // (not across the comma that ends an opening adjunct: "After mediation by Ethiopia, the two states agreed")
      // (A set one word names, beside another actor, keeps the two sides: "tensions between these nations and Algeria" are not among the nations.)
      const set = (x: ActorGroup) => x.anaphor === true && x.ids.length >= 2;
      const sides: [string[], string[]] | undefined = !last.sides && set(last) !== set(g) && !g.ids.some((id) => last.ids.includes(id)) ? [last.ids, g.ids] : undefined;
      merged[merged.length - 1] = { ...last, ids: [...new Set([...last.ids, ...g.ids])], end: g.end, possessive: g.possessive, ...(sides ? { sides } : {}) };
    } else merged.push(g);
  }
  return merged;
}

/** Verbs of joining or leaving a body: "join the alliance" relates no one to anyone. */
export const JOINING = /^(?:join|rejoin|leave|quit|exit|enter)$/;
/** Non-state actors that stand for their territory's state in a relation (the Palestinian Authority for Palestine). */
export const STANDS_FOR_TERRITORY = new Set(['pa']);

/** A dispute or an agreement told before, mediated or judged by one actor: "Kuwait mediated in the dispute", "Tokyo was concerned by the deal" (or "the surprise deal"). */
export const TOLD_DEAL = /\b(?:the|this|their)\s+(?:[a-z-]+\s+)?(?:dispute|conflict|crisis|row|rift|standoff|deal|agreement|accord|pact|rapprochement|normali[sz]ation|treaty)\b/i;
/** A mediator named with no pair of its own: "The decision followed mediation by Qatar" mediates the pair told before. */
export const MEDIATION = new RegExp(String.raw`\b(?:mediation|mediated|brokered)\s+by\b|\b(?:under|with|through|via)\s+(?:the\s+)?\S+(?:\s+\S+)?\s+mediation\b|-(?:brokered|mediated)\b|\bas\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:mediators?|intermediary|go-between)\b|\b(?:mediat(?:ed|es|ing|e)|broker(?:ed|s|ing)?|host(?:ed|s|ing)?|chair(?:ed|s|ing)?|attend(?:ed|s|ing)?|facilitat(?:ed|es|ing|e)|moderat(?:ed|es|ing|e)|conven(?:ed|es|ing|e)|overs(?:aw|ees|eeing|ee|een))\s+(?:the|these|those|this|that|their|a|an|mediation|peace|ceasefire)\s+(?:[\w-]+\s+)?(?:talks|negotiations|meetings?|summit|conferences?|dialogue|discussions|consultations|rounds?|ceasefire|cease-fire|truce|armistice|deal|agreement|accord|${WAY_OUT})\b|\b(?:offer(?:ed|s|ing)?|propos(?:ed|es|ing|e))\s+(?:to\s+mediate|mediation)\s*[.;]`, 'i'); // (and mediation offered with no parties named: "Ecuador offered mediation.")
/** An act told before, judged by one actor: "Russia called the strike a violation" (pairing.ts: toldActAgents). */
export const TOLD_ACT = /\b(?:the|this|that)\s+(?:[\w"“”-]+\s+){0,3}?(?:attacks?|strikes?|airstrikes?|bombings?|raids?|killings?|shelling|invasion|assault|incursions?|annexation|occupation|offensive|blockade|bombardment|seizure|storming|incidents?)\b/i;

/** A step one actor took, told before and judged: "Guyana called the vote an existential threat" (actsJudged.ts: toldActAgents). */
export const TOLD_MOVE = /\b(?:the|this|that)\s+(?:[\w"“”-]+\s+){0,2}?(?:vote|referendum|elections?|move|decision|law|plan|measures?|steps?|announcement|deployment|test|launch|declaration|policy|bill|remarks|comments|statement|visit|exercises|drills)\b/i;

/** Words by which one actor addresses another without naming it (pairing.ts): worth reading a sentence of one actor for. */
export const ADDRESSED = /\b(?:regret|condemn|dismiss|protest|criticis|criticiz|welcom|prais|warn|accus|reject|denounc|slam|express|urg|demand|thank|congratulat|summon|blam|threat|apolog|deplor|lament|hail|den(?:y|ie)|concern|alarmed|troubled|worried|dismayed|disturbed|outraged|retaliat|aveng|punish|open(?:ed|s|ing)? fire|fir(?:ed|ing) first|attack(?:ed|ing)? first|(?:suspend|halt|cancel|postpon|call(?:ed|s|ing)? off|br(?:oke|eaks?|eaking) off)\w*\s+(?:[\w-]+\s+){0,3}(?:talks|dialogue|negotiations)|(?:declar|announc)\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:cease-?fire|truce)|(?:re-?open|clos)\w*\s+(?:[\w-]+\s+){0,3}(?:border|crossing|frontier)s?\b)/i;

/** The same, at the start of a sentence's text, before it is tagged: whether to read it at all. */
export const AGENT_START = new RegExp(`^\\W*The\\s+(?:[\\w']+\\s+){0,3}?(?:${AGENT_WORDS})\\b`, 'i');
export const AGENT_MODIFIER = /^(?:foreign|defence|defense|interior|prime|deputy|top|country's|nation's|state|armed|military|air|coast|border)$/;

/**
 * A sentence that opens with an agent named by its office alone ("The foreign ministry accused
 * Berlin ...") speaks for the subject of the sentences before, when that is one actor.
 */
export function bareAgents(tokens: readonly Token[], discourse: Discourse, groups: ActorGroup[], owners: ReadonlyMap<string, string[]>): ActorGroup[] {
  // ("On Monday, the foreign ministry summoned", "According to local media, the ministry ...": past an opening adjunct and its comma.)
  const comma = tokens[0]?.pos === 'ADP' || tokens[0]?.pos === 'VERB' ? tokens.findIndex((t, j) => j < 10 && t.text === ',') : -1;
  const at = comma > 0 && tokens[comma + 1]?.lower === 'the' && !groups.some((g) => g.first < comma) ? comma + 1 : 0;
  if (tokens[at]?.lower !== 'the') return laterAgents(tokens, groups, owners);
  let k = at + 1;
  while (k < at + 4 && AGENT_MODIFIER.test(tokens[k]?.lower ?? '')) k++;
  // (A name in the phrase says whose it is: "The Sudanese army", "The army of Sudan" are read as names.)
  if (groups.some((g) => g.first <= k + 1 && g.first >= at)) return groups;
  // ("The Ministry of Foreign Affairs (DFA)": a ministry named by its office is the foreign ministry.)
  const office = /^(?:ministry|department)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of' && /^(?:Foreign|External|Defence|Defense|Interior|Home)$/.test(tokens[k + 2]?.text ?? '') ? (/^(?:Affairs|Relations)$/.test(tokens[k + 3]?.text ?? '') ? k + 3 : k + 2) : k;
  const noun = office > k ? 'ministry' : (tokens[k]?.lower ?? '');
  if (!AGENT_NOUN.test(noun) || (office === k && tokens[k + 1]?.lower === 'of') || tokens[office + 1]?.pos === 'PROPN') return groups;
  // ("Niger's junta ... The junta has revoked": the state the article gave that agent to, first.)
  let subject = owners.get(noun) ?? (discourse.subject?.length === 1 ? discourse.subject : null);
  // ("French soldiers left Niger ... The junta ordered the French ambassador to leave": an agent of the
  // state the sentence acts on is not that state; the other of the pair told before is.)
  const named = (id: string) => groups.some((g) => g.ids.includes(id));
  const other = discourse.pair?.find((id) => !named(id));
  if (subject && !owners.has(noun) && named(subject[0] as string) && other && discourse.pair?.includes(subject[0] as string)) subject = [other];
  if (!subject) return laterAgents(tokens, groups, owners);
  return laterAgents(tokens, [{ ids: [...subject], first: at, end: office + 1, possessive: false, place: false, demonym: false }, ...groups], owners);
}

/**
 * "Egypt, which backs the army, ...": later in a sentence, an agent the article gave to one state
 * ("Sudan's army") is that state's (only an agent it was given, never a guess).
 */
export function laterAgents(tokens: readonly Token[], groups: ActorGroup[], owners: ReadonlyMap<string, string[]>): ActorGroup[] {
  let out = groups;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]?.lower !== 'the') continue;
    let k = i + 1;
    while (k < i + 4 && AGENT_MODIFIER.test(tokens[k]?.lower ?? '')) k++;
    const noun = tokens[k]?.lower ?? '', owner = out.findLast((g) => g.end <= i && g.ids.length === 1 && !g.place && tokens.slice(g.first + 1, g.end + 1).some((t) => t.lower === noun))?.ids ?? owners.get(noun); // (the sentence's own first: "meeting with Singapore Ambassador Jaya Ratnam, Phuc appreciated the ambassador's contribution")
    if (!owner || !AGENT_NOUN.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.pos === 'PROPN' || out.some((g) => g.first <= k && i <= g.end)) continue;
    if (/^(?:embassy|mission)$/.test(tokens[k]?.lower ?? '') && tokens.slice(Math.max(0, i - 12), i).some((t, j) => /^(?:ambassadors?|envoys?|consuls?)$/.test(t.lower) && out.some((g) => g.end === Math.max(0, i - 12) + j && g.ids.join() !== owner.join()))) continue; // ("to recall the Israeli ambassador from Paraguay and close the embassy": the mission of an envoy the sentence has just named is that envoy's, not one the article gave before.)
    out = [...out, { ids: [...owner], first: i + 1, end: k + 1, possessive: false, place: false, demonym: false }].sort((a, b) => a.first - b.first);
  }
  return out;
}

/** Agents the sentence gives a state: "Niger's junta", "the Russian foreign ministry" (noun -> the state). */
export function noteAgents(tokens: readonly Token[], groups: readonly ActorGroup[], owners: Map<string, string[]>): void {
  for (const g of groups) {
    if (g.place || g.ids.length !== 1) continue;
    let k = g.end;
    while (k < g.end + 3 && AGENT_MODIFIER.test(tokens[k]?.lower ?? '')) k++;
    const noun = tokens[k]?.lower ?? '', title = tokens[g.first - 1]?.text ?? '';
    if (AGENT_NOUN.test(noun) || /^(?:President|Premier)$/.test(title)) owners.set(AGENT_NOUN.test(noun) ? noun : title.toLowerCase(), g.ids); // (and the title before a name: "President Pranab Mukherjee ... the President")
    // ("Iranian Foreign Ministry spokesperson Nasser Kanaani ... the spokesman said": a spokesperson, by any of the words for one, and past the ministry.)
    if (/^spokes(?:man|woman|person)$/.test(noun) || /^spokes(?:man|woman|person)$/.test(tokens[k + 1]?.lower ?? '')) for (const w of ['spokesman', 'spokeswoman', 'spokesperson']) owners.set(w, g.ids);
  }
}

/** How many sentences back a description ("the kingdom") looks for the actor it stands for. */
export const RECENT_SENTENCES = 8;

/**
 * Groups for the descriptions in a sentence that stand for one recent actor ("the kingdom", "the
 * island nation"), and whether some description fit no one actor (the sentence names someone, but not whom).
 */
export function describedActors(
  tokens: readonly Token[],
  recent: readonly (readonly string[])[],
  groups: ActorGroup[],
  kindsOf: (id: string) => readonly string[],
  bordersOf: (id: string) => readonly string[],
  subject: readonly string[] | null,
  neighboursOf: (id: string) => readonly string[] = bordersOf,
): { groups: ActorGroup[]; unresolved: boolean } {
  const inGroup = (i: number) => groups.some((g) => g.first <= i && i < g.end);
  const found = findDescriptions(tokens, inGroup);
  const described: ActorGroup[] = [];
  for (const d of found) {
    // Earlier in this sentence first, then the sentences before, most recent first.
    const before = groups.filter((g) => g.end <= d.first).flatMap((g) => g.ids).reverse();
    // (Then, last, an actor later in the same sentence: "accusing its southern neighbour ..., a charge Porto-Novo denies".)
    const later = groups.filter((g) => g.first >= d.end).flatMap((g) => g.ids);
    const candidates = [...before, ...[...recent].reverse().flat(), ...later];
    let id: string | null;
    if (d.neighbour) {
      // "Algeria ... accusing its neighbour": the one recent state that borders the sentence's subject.
      // (With a pronoun for subject, "It accused its neighbour", the subject of the sentences before.)
      // (When the first is a pair, the nearest single actor before: "Kenya and Somalia restored ties, a year
      // after Mogadishu severed them accusing its neighbour".)
      const first = groups.find((g) => g.end <= d.first && !g.place && !g.descriptor);
      const nearest = groups.filter((g) => g.end <= d.first && !g.place && !g.descriptor && g.ids.length === 1).at(-1);
      // (The nearest actor before it that a verb follows, its clause's subject, first: "The bloc imposed
      // sanctions on Niger, and Nigeria cut off exports to its neighbour".)
      // (Not an object before a complement: "keep its border with Benin closed".)
      const verbAfter = groups.filter((g) => g.end <= d.first && !g.place && !g.descriptor && g.ids.length === 1 && (tokens[g.end]?.pos === 'VERB' || tokens[g.end]?.pos === 'AUX') && tokens[g.first - 1]?.pos !== 'ADP').at(-1);
      const owner = verbAfter?.ids ?? (first && first.ids.length > 1 ? nearest?.ids : first?.ids) ?? subject;
      const of = owner && owner.length === 1 ? (owner[0] as string) : null;
      const fits = of ? [...new Set(candidates.filter((c) => c !== of && bordersOf(of).includes(c)))] : [];
      const sentencesBack = (x: string) => (before.includes(x) ? -1 : ((k) => (k < 0 ? Infinity : k))([...recent].reverse().findIndex((ids) => ids.includes(x)))), across = Math.min(...candidates.filter((c) => of && c !== of && neighboursOf(of).includes(c) && !bordersOf(of).includes(c)).map(sentencesBack));
      id = fits.length === 1 && !(across < sentencesBack(fits[0] as string)) ? (fits[0] as string) : null; // (not when a state across a strait from it was named nearer: "Yoon's trip to the neighboring nation" after Kishida, with North Korea further back, is no trip to the North)
    } else if (d.pointed) {
      const here = new Set(groups.filter((g) => g.end <= d.first).flatMap((g) => g.ids));
      id = [...recent].reverse().flat().find((x) => isStateId(x) && !here.has(x)) ?? null;
    } else if (d.other) {
      const named = groups.filter((g) => g.end <= d.first && !g.place && !g.descriptor);
      const others = [...new Set(named.slice(1).flatMap((g) => g.ids))].filter((x) => !named[0]?.ids.includes(x));
      id = others.length === 1 && isStateId(others[0] as string) ? (others[0] as string) : null;
    } else {
      // (An actor later in its sentence only when none before fits: "The West African country and its allies Burkina Faso and Niger" is the one named before.)
      const earlier = candidates.slice(0, candidates.length - later.length);
      const fits = (x: string) => d.kinds.every((any) => any.some((k) => kindsOf(x).includes(k)));
      id = resolveDescription(d.kinds, earlier, kindsOf) ?? (earlier.some(fits) ? null : resolveDescription(d.kinds, later, kindsOf));
    }
    if (id) described.push({ ids: [id], first: d.first, end: d.end, possessive: d.possessive, place: false, demonym: false });
  }
  return { groups: described.length === 0 ? groups : [...groups, ...described].sort((a, b) => a.first - b.first), unresolved: described.length < found.length };
}
