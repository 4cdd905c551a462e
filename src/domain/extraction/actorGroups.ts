// The actors of one sentence, laid over its tokens and gathered into groups: a list ("Saudi Arabia,
// Egypt, the UAE and Bahrain") is one group of four; an office holder joins their state ("Ethiopia's
// Prime Minister Abiy Ahmed" is Ethiopia once); a possessor gives way to an actor it owns ("Yemen's
// Houthi rebels" are the Houthis). A group remembers whether it is a possessor ("Mexico's
// ambassador") and whether it names a place rather than an actor ("talks in Riyadh").
import type { Mention } from './actorFinder';
import { pastWords, type Token } from './tokens';
import { doneToAfter, insurgentsOf, migrantsFrom, landAttacked, peopleSupported, tradedGoods, violenceAgainstNationals, visaRuleFor } from './peopleNamed';

/** Events held somewhere: "a White House ceremony", "the Kremlin meeting". */
const GATHERING = /^(?:ceremony|ceremonies|summit|meeting|conference|event|briefing|reception|forum|session|dinner|signing|gathering|news|press|visit|talks)$/;

export interface ActorGroup {
  ids: string[];
  /** First token of the group. */
  first: number;
  /** Token just past the group (past a possessive "'s"). */
  end: number;
  /** True when the group owns what follows ("Mexico's ambassador", "the United States' commitment"). */
  possessive: boolean;
  /** True when it stands after "in" or "at" as a place: a capital or seat named as where things happen. */
  place: boolean;
  /** True when every mention in it is a demonym ("Egyptian and Turkish officials"). */
  demonym: boolean;
  /** True when it only describes the next actor ("U.S." in "U.S. foe Iran"): neither subject nor object. */
  descriptor?: boolean;
  /** True for "the two countries", "both sides": a group that stands for actors named before. */
  anaphor?: boolean;
  /** For a set one word names joined to another actor ("these nations and Algeria"): the two sides, between which its pairs run. */
  sides?: [string[], string[]];
}

/** Nouns that make the actor before them a description of the actor after ("NATO ally Turkey", "Polisario backer Algeria"). */
/** Plurals a list of states may stand in apposition to at a sentence's end: "inside other neighbours, Iraq and Syria." */
export const APPOSED_NOUN = /^(?:neighbou?rs|allies|partners|rivals|adversaries|enemies|countries|states|nations|powers)$/;
/** Whether an apposition of APPOSED_NOUN closes at `end`: the sentence's end, or a list's next member after ", and" and its preposition ("support from the two powers, the USSR and China, and from Cuba"). */
/** Where an apposition opened by the comma at `comma` names its first actor, past "the" ("the two powers, the USSR and China"). */
export const appositionStart = (tokens: readonly Token[], comma: number) => comma + (tokens[comma + 1]?.lower === 'the' ? 2 : 1);
export const appositionClosesAt = (tokens: readonly Token[], end: number) => /^(?:[.;]|)$/.test(tokens[end]?.text ?? 'x') || (tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'and' && tokens[end + 2]?.pos === 'ADP');
export const DESCRIPTOR_NOUN = /^(?:ally|allies|partner|partners|friend|friends|foe|foes|rival|rivals|adversary|adversaries|enemy|enemies|arch-rival|arch-enemy|arch-foe|neighbou?r|client|proxy|backer|backers|patron|patrons|sponsor|sponsors)$/;

/** Nouns after a demonym that make it mean people, not the state ("Iraqi migrants"). */
const PEOPLE_NOUN =
  /^(?:fighters|mercenaries|militants?|rebels?|insurgents?|(?:counter-)?revolutionar(?:y|ies)|paramilitar(?:y|ies)|[eé]migr[eé]s|jihadists?|separatists?|militias?|guerrillas?|pirates|gunmen|bandits|traffickers|criminals|gangs?|volunteers|exiles|defectors|prisoners|detainees|hostages|smugglers|employees?|businessm[ae]n|executives?|engineers?|scientists?|academics?|migrants?|refugees?|asylum|people|citizens?|nationals?|workers?|students?|tourists?|civilians?|communit(?:y|ies)|jews|muslims|christians|fans|players?|athletes?|sportsm[ae]n|sportswomen|olympians?|team|families|descent|origin|diaspora|immigrants?|expatriates?|children|women|men|woman|man|girls?|boys?|journalists?|pilgrims?|fishermen|crew|crews|sailors|passengers|residents|population|voters|opposition|dissidents?|activists?|environmentalists?|farmers|traders?|merchants?|vendors?|shopkeepers?|truckers|protesters|demonstrators|crowds?|mobs?|rioters|hackers|resistance|groups?|movement|factions?|language|literature|food|cuisine|market|markets|economy|media|press|newspapers?|television|tv|radio|broadcasters?|outlets|reporters|language|island|islands|region|side|colony|colonies|protectorate|red)$/; // (and a national society of the Red Cross or the Red Crescent: "the Danish Red Cross")
// ("Ruto and his Tanzanian counterpart Hassan": a leader and his counterpart are a list.)
const JOINER = new Set([',', 'and', 'or', '&', 'as', 'well', 'the', 'both', 'his', 'her']);
const PLACE_PREPOSITION = new Set(['in', 'inside', 'near', 'outside', 'across', 'throughout', 'within']);
/** People named by where they come from, whose list of states is one list: "In October 1925 representatives from Britain, France and Germany met". */
const PEOPLE_FROM = /^(?:representatives|delegates|delegations|ministers|officials|leaders|envoys|diplomats|negotiators|heads|emissaries)$/;
const LAND_NOUN = /^(?:borders?|frontiers?|soil|territory|territories|coast|coastline|waters|airspace|side|mainland|islands?|regions?|provinces?|city|capital|town|villages?)$/;
/** Agents of a state named by their office alone: "The ministry said", "The troops crossed", "Niger junta orders". */
export const AGENT_WORDS = 'ministry|minister|government|ambassador|embassy|army|military|troops|forces|commandos|paratroopers|president|premier|spokesman|spokeswoman|spokesperson|regime|authorities|leadership|navy|administration|junta|cabinet|delegation|service';
export const AGENT_NOUN = new RegExp(`^(?:${AGENT_WORDS})$`);
/** People who act for the state they are "in": "officials in Ankara", "lawmakers in Fornost". */
export const STAFF = /^(?:officials?|diplomats?|authorities|government|leaders?|leadership|counterparts?|ministers?|ministry|regime|administration|envoys?|ambassadors?|embassy|negotiators?|lawmakers|legislators|politicians|activists|forces|troops|soldiers|military|police|people|protesters|demonstrators|juntas?|rulers|governments|regimes)$/;
const TITLE_WORD = /^(?:prime|minister|president|vice|foreign|defence|defense|secretary|state|king|queen|crown|prince|emir|sheikh|chancellor|supreme|leader|ambassador|counterpart|premier|pm|then|envoy|top|diplomat|spokesman|spokeswoman|spokesperson|official|officials|head|chief|deputy|of|the|affairs|general|army|military|'s|'|-)$/;

/** The mention each token belongs to, if any. */
export function mentionsOnTokens(tokens: readonly Token[], mentions: readonly Mention[]): (Mention | undefined)[] {
  const on: (Mention | undefined)[] = new Array(tokens.length);
  let k = 0;
  for (const m of mentions) {
    while (k < tokens.length && (tokens[k] as Token).end <= m.start) k++;
    for (let j = k; j < tokens.length && (tokens[j] as Token).start < m.end; j++) on[j] = m;
  }
  return on;
}

/** Groups of actors in a sentence, left to right. */
/** Words for a crowd whose people a demonym after "of" names: "a mob of Iranians" (not a number of people, whom violence may be done to: "killed thousands of Libyans"). */
const CROWD = /^(?:mob|mobs|crowd|crowds|throng|throngs|horde|hordes|gang|gangs)$/;

export function actorGroups(tokens: readonly Token[], on: readonly (Mention | undefined)[]): ActorGroup[] {
  const groups: ActorGroup[] = [];
  let i = 0, originsEnd = 0;
  while (i < tokens.length) {
    const m = on[i];
    if (!m) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && on[end] === m) end++;
    // ("asylum seekers, mostly from Iraq, Yemen and Syria, have arrived": where migrants come from is no actor, as in "Iraqi migrants"; nor the rest of its list.)
    if (migrantsFrom(tokens, i) || (originsEnd > 0 && i > originsEnd && tokens.slice(originsEnd, i).every((t) => /^(?:,|and|or)$/.test(t.lower)))) {
      i = originsEnd = end;
      continue;
    }
    // ("the destroyer USS John Finn": a demonym that is a surname, after a first name, is a person's, no state.)
    if (m.kind === 'demonym' && /^(?:Finn|Dane|Swede|Pole|Turk|Scot|English|French|German|Welsh|Irish|Dutch)$/.test(m.text) && tokens[i - 1]?.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(tokens[i - 1]?.text ?? '') && !on[i - 1]) {
      i = end;
      continue;
    }
    // A demonym before a word for people is not the state ("Iraqi migrants").
    // ("Palestinian militants" are no Authority's.)
    // ("ethnic Albanian mayors", "ethnic Germans and Hungarians", "mostly Kosovo Albanians", "Bosnian Serbs", "a mob of Iranians", "German-speaking people": a people, not a state.)
    const ethnic = m.kind === 'demonym' && (tokens[i - 1]?.lower === 'ethnic' || (/^(?:and|or)$/.test(tokens[i - 1]?.lower ?? '') && on[i - 2]?.kind === 'demonym' && tokens[i - 3]?.lower === 'ethnic' && /s$/.test(tokens[end - 1]?.lower ?? '')) || (tokens[end]?.text === '-' && tokens[end + 1]?.lower === 'speaking') || (/s$/.test(tokens[end - 1]?.lower ?? '') && tokens[i - 1]?.lower === 'of' && CROWD.test(tokens[i - 2]?.lower ?? '')) || (/s$/.test(tokens[end - 1]?.lower ?? '') && (tokens[i - 1]?.pos === 'PROPN' || on[i - 1]?.kind === 'demonym')));
    // (But "the Cambodian side started to open fire", "the Chinese side said": a side that acts is its state; not "on the Ukrainian side of the border".)
    // (Nor one a verb acts on: "urges the Vietnamese side to immediately stop".)
    // (Nor a side met or dealt with, "cooperation with the Russian side", or one a deal is signed on, "On the Qatari side, the MoU was signed by"; not "on the Russian side of the border".)
    const sideDealtWith = tokens[end]?.lower === 'side' && tokens[i - 1]?.lower === 'the' && tokens[end + 1]?.lower !== 'of' && (/^(?:with|to|from|by|for)$/.test(tokens[i - 2]?.lower ?? '') || (tokens[i - 2]?.lower === 'on' && /^(?:,|by)$/.test(tokens[end + 1]?.lower ?? '')));
    const sideActs = tokens[end]?.lower === 'side' && tokens[i - 1]?.lower === 'the' && ((tokens[i - 2]?.pos !== 'ADP' && (tokens[end + 1]?.pos === 'VERB' || tokens[end + 1]?.pos === 'AUX' || tokens[i - 2]?.pos === 'VERB')) || sideDealtWith);
    // (Past an adjective or two: "Kyrgyz civil activists", "Iraqi young migrants".)
    let noun = end;
    while (noun < end + 2 && tokens[noun]?.pos === 'ADJ' && !on[noun]) noun++;
    if (((m.kind === 'demonym' || /^Palestinians?$/.test(m.text) || (m.kind === 'name' && /^(?:citizens|residents|nationals|athletes|tourists|fans)$/.test(tokens[noun]?.lower ?? ''))) && PEOPLE_NOUN.test(tokens[noun]?.lower ?? '') && !sideActs && !violenceAgainstNationals(tokens, i, noun) && !tradedGoods(tokens, i, noun) && !visaRuleFor(tokens, i, noun) && !landAttacked(tokens, i, noun) && !peopleSupported(tokens, i, noun)) || ethnic) {
      i = end;
      continue;
    }
    // ("the Riyadh-led coalition's war in Yemen": a coalition a state leads owns what it owns, as the state would.)
    if (tokens[end]?.text === '-' && tokens[end + 1]?.lower === 'led' && /^(?:coalition|alliance|bloc|forces?|mission)$/.test(tokens[end + 2]?.lower ?? '') && /^['’]s?$/.test(tokens[end + 3]?.lower ?? '')) end += 3;
    const possessive = /^'s?$/.test(tokens[end]?.lower ?? '') || tokens[end]?.lower === '’s';
    // ("support for Burundi's Red Tabara rebels": a state's rebels, dissidents or exiles stand against it, not for it.)
    if (possessive && insurgentsOf(tokens, end + 1)) {
      i = end;
      continue;
    }
    // "talks in Riyadh" names a place; "officials in Ankara" names the state.
    const before = tokens[i - 1]?.lower ?? '';
    // "on Russian borders", "near the Lithuanian border": a demonym before a word for land or sea
    // after a preposition names where, not who.
    // (Not when the land names a measure: "due to the Indian airspace ban on Pakistani flights" is India's ban; nor a body that guards it: "the Kyrgyz border service", "Kyrgyz border guards".) (A province recognised is none of the state: "to recognize the southern Serbian province".)
    // (Nor the city of a mission: "closed its consulate in the Russian city of Yekaterinburg" is a consulate in Russia.)
    const inAt = pastWords(tokens, i - 1, ['DET', 'ADJ']), mission = tokens[inAt]?.lower === 'in' && /^(?:embassy|embassies|consulate|consulates|mission|missions)$/.test(tokens[inAt - (tokens[inAt - 1]?.lower === 'general' ? 2 : 1)]?.lower ?? '');
    const land = m.kind === 'demonym' && LAND_NOUN.test(tokens[end]?.lower ?? '') && !mission && !sideDealtWith && !/^(?:bans?|closures?|restrictions?|blockade|service|guards?|police|forces|troops|patrols?|officials|authorities)$/.test(tokens[end + 1]?.lower ?? '') && (/^(?:on|along|near|at|to|in|into|across|from|towards?|inside|within)$/.test(tokens[inAt]?.lower ?? '') || /^recogni[sz]e$/.test(tokens[pastWords(tokens, i - 1, ['DET', 'ADJ', 'NOUN'])]?.lemma ?? ''));
    // ("At the White House" is a place too; "fired at Seoul" is not.)
    // (A city or region of places.ts is only ever a place.)
    // ("at a White House ceremony", "during a Kremlin briefing": a seat that names where an event is held.)
    // ("agreed to meet in St Vincent", "talks in Qatar": a state named as where people meet.)
    // ("when they met at the 76th United Nations General Assembly": a body named as the gathering where people meet; "members of the Russian Mission at the United Nations": where a mission sits.)
    const at = pastWords(tokens, i - 1, ['DET', 'ADJ', 'NUM', 'PRON']);
    const bodyVenue = m.kind !== 'demonym' && tokens[at]?.lower === 'at' && (/^(?:mission|missions|delegation)$/.test(tokens[at - 1]?.lower ?? '') || GATHERING.test(tokens[end]?.lower ?? '') || (tokens[end]?.lower === 'general' && tokens[end + 1]?.lower === 'assembly') || tokens[end]?.lower === 'headquarters' || (tokens[end - 1]?.lower === 'assembly' && tokens[end - 2]?.lower === 'general'));
    const venue = ((m.kind === 'capital' || m.kind === 'seat') && tokens[i - 1]?.pos === 'DET' && /^(?:at|in|during|after|before|on)$/.test(tokens[i - 2]?.lower ?? '') && GATHERING.test(tokens[end]?.lower ?? '')) || (m.kind === 'name' && before === 'in' && /^(?:meet|talk|summit|gather|convene|conference|negotiation)$/.test(tokens[i - 2]?.lemma ?? '') && tokens[end]?.lower !== 'and');
    // ("recalled its ambassador from Tel Aviv", "its embassy in Tel Aviv": the city of the embassy stands for its state.)
    const embassyCity = m.kind === 'place' && /^(?:from|in|to)$/.test(before) && /^(?:ambassadors?|envoys?|embassy|embassies|diplomats?|mission|consulate|chargé)$/.test(tokens[i - 2]?.lower ?? '');
    // ("signed the Treaty of Montevideo", "the Final Act of Helsinki": a city that names an instrument is where it was made, no party to it.)
    // ("hostilities were formally terminated at Bangkok", "signed at Paris": a capital after "at" and a participle of an event is where it happened; not one fired or aimed at.)
    const eventAt = m.kind === 'capital' && before === 'at' && tokens[i - 2]?.pos === 'VERB' && /(?:ed|en)$/.test(tokens[i - 2]?.lower ?? '') && !/^(?:fired|aimed|pointed|launched|targeted|hurled|lobbed|directed|angered|shouted|jeered|lashed|struck|hit)$/.test(tokens[i - 2]?.lower ?? '');
    const instrumentCity = before === 'of' && m.kind !== 'name' && m.kind !== 'demonym' && /^(?:Treaty|Agreement|Accords?|Act|Protocol|Declaration|Convention|Pact|Peace|Charter|Conference|Congress)$/.test(tokens[i - 2]?.text ?? '');
    // ("resolved differences concerning influence in various countries including Egypt, Morocco ...": states given as examples of where something is are places.)
    const listedAt = before === 'including' ? i - 1 : before === 'as' && tokens[i - 2]?.lower === 'such' ? i - 2 : -1;
    const exampleOfWhere = listedAt > 1 && /^(?:countries|states|nations|places|regions|territories|areas)$/.test(tokens[listedAt - 1]?.lower ?? '') && /^(?:in|across|throughout)$/.test(tokens[pastWords(tokens, listedAt - 2, ['DET', 'ADJ', 'NUM'])]?.lower ?? '');
    // ("began to grow opium in present day Bangladesh", "in what is now Bangladesh", "a swath of territory comprising today's Syria, Lebanon": a land named by the state it lies in today is where, in a history.)
    const nowNamed = /\b(?:in|into|from|across|comprising|including|covering|spanning|encompassing) (?:present(?: -)? day|modern(?: -)? day|modern|today 's|what is (?:now|today)) $/.test(`${tokens.slice(Math.max(0, i - 5), i).map((t) => t.lower).join(' ')} `);
    const cityState = m.kind === 'name' && tokens[i - 1]?.pos === 'PROPN' && PLACE_PREPOSITION.has(tokens[i - 2]?.lower ?? '') && !/^['’]s$/.test(tokens[end]?.lower ?? ''); // ("met in Reykjavík Iceland": a state named right after a city is where too)
    const place = (m.kind === 'place' && !embassyCity) || land || venue || bodyVenue || instrumentCity || eventAt || exampleOfWhere || nowNamed || cityState || ((PLACE_PREPOSITION.has(before) && (m.kind === 'capital' || m.kind === 'seat')) || (before === 'the' && tokens[i - 2]?.lower === 'at' && m.kind === 'seat')) && (!STAFF.test(tokens[i - 2]?.lower ?? '') || /^(?:via|through)$/.test(tokens[pastWords(tokens, i - 3, ['DET', 'PRON', 'ADJ'])]?.lower ?? '')); // (a mission a message only goes through is where: "lodged a protest via its embassy in Beijing")
    const last = groups[groups.length - 1];
    const between = ((b) => (b[0]?.text === '(' && b[2]?.text === ')' && /^[A-Z]{2,6}$/.test(b[1]?.text ?? '') ? b.slice(3) : b))(last ? tokens.slice(last.end, i) : []); // (past the last name's abbreviation in brackets: "the Republic of the Marshall Islands (RMI), the Republic of Palau")
    // ("the United Arab Emirates (UAE) and Oman": a short name in brackets after the long one is the same actor; the list goes on past it, or ends: "Jordan, Israel and the United Arab Emirates (UAE) signed".)
    if (last && last.ids.at(-1) === m.id && between.length === 1 && between[0]?.text === '(' && tokens[end]?.text === ')') {
      last.end = end + 1;
      i = end + 1;
      continue;
    }
    // ("landed in Tokyo, North Korea fired": a place, then the subject of the next clause, is no list.)
    const subjectAfterPlace = last?.place && !place && (tokens[end]?.pos === 'VERB' || tokens[end]?.pos === 'AUX');
    // ("could hit Athens, and Turkish fighter jets violated": a name and a demonym before a noun are no list.)
    // ("U.S. and Israeli strikes", with no comma, is one list.)
    const mixed = last && m.kind === 'demonym' && !last.demonym && tokens[end]?.pos === 'NOUN' && between.some((t) => t.text === ',') && !TITLE_WORD.test(tokens[end]?.lower ?? ''); // (but an office after the demonym names the next leader of a list: "German Chancellor Angela Merkel, French President Emmanuel Macron and ...")
    // ("Israel and Iran-backed Hezbollah": a name before "-backed" describes what follows it; it joins no list.)
    const describing = tokens[end]?.text === '-' && /(?:ed|^ally|^allies|^partner|^proxy|^friendly)$/.test(tokens[end + 1]?.lower ?? '') && tokens[end]?.start === tokens[end - 1]?.end; // (and "China and US-ally the Philippines")
    // ("as" joins only in "as well as": "visits Athens as Greece and Turkey seek" is no list.)
    const asAlone = between.some((t) => t.lower === 'as') && !between.some((t) => t.lower === 'well');
    // ("with help from France and Jordan, the Israeli military said": the speaker after a comma is no list's.)
    let e = end;
    while (e < end + 3 && (tokens[e]?.pos === 'ADJ' || tokens[e]?.pos === 'NOUN' || (tokens[e]?.pos === 'PROPN' && /^(?:Foreign|Ministry|Office|Defence|Defense|Affairs|Department)$/.test(tokens[e]?.text ?? '')))) e++; // (and "the Serbian Foreign Ministry said")
    const speakerAfter = between.some((t) => t.text === ',') && tokens[e]?.pos === 'VERB' && /^(?:say|tell|add|announce|report|confirm|state)$/.test(tokens[e]?.lemma ?? '');
    // ("sanctions on Niger, and Nigeria cut off exports": one actor, ", and", then a subject and its verb, is a new clause.)
    const newClause = last && last.ids.length === 1 && ((between.some((t) => t.text === ',') && between.some((t) => t.lower === 'and')) || (between[0]?.lower === 'and' && between.slice(1).every((t) => TITLE_WORD.test(t.lower)) && /^(?:from|to|with|on|against|in|for)$/.test(tokens[pastWords(tokens, last.first - 1, ['DET'])]?.lower ?? '') && tokens.slice(0, last.first).some((t) => t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(tokens[end]?.lower ?? '')) || (between.length === 1 && between[0]?.lower === 'and' && !possessive && ((v1, v2) => v1?.pos === 'VERB' && v2?.pos === 'VERB' && tokens[end + 1]?.lower !== 'by' && (/ing$/.test(v1.lower) ? /ing$/.test(v2.lower) : !/ing$/.test(v2.lower) && v1.lower !== v1.lemma && v2.lower !== v2.lemma))(tokens[pastWords(tokens, last.first - 1, ['DET'])], tokens[end]))) && (tokens[end]?.pos === 'VERB' || tokens[end]?.pos === 'AUX'); // (or, with no comma, after the object of a preposition: "recalled its envoy from France and Italy expelled two Spanish diplomats"; or after a verb's object, before a verb of the same form: "backing South Korea and China supporting North Korea")
    // ("Despite pressure from Washington, India has continued": an opening adjunct's actor, then the subject.)
    // ("Germany, Ukraine's second-largest donor,": a possessive after a lone comma opens an apposition, not a list.)
    const apposition = possessive && between.length === 1 && between[0]?.text === ',';
    // ("After Russia invaded Ukraine, Turkey found itself": an opening subordinate clause's object and the main clause's subject are no list; so does an opening participle's: "Recognizing that the Red Army was in occupation of most of Poland, Churchill and Roosevelt agreed", past the main subject's own "and".)
    let mainEnd = end;
    if (/ing$/.test(tokens[0]?.lower ?? '') && tokens[0]?.pos === 'VERB' && tokens[end]?.lower === 'and' && on[end + 1]) for (mainEnd = end + 1; on[mainEnd]; ) mainEnd++;
    const agentVerb = m.kind === 'demonym' && tokens[end]?.pos === 'NOUN' && (['VERB', 'AUX'].includes(tokens[end + 1]?.pos ?? '') || (AGENT_NOUN.test(tokens[end]?.lower ?? '') && ['VERB', 'AUX'].includes(tokens.slice(end + 1, end + 8).find((t) => !['NOUN', 'PROPN', 'ADP'].includes(t.pos))?.pos ?? ''))); // (and an opening past participle's, before a demonym's agent: "Questioned about Bosnia joining NATO, the Russian ambassador made")
    const subordinateEnds = last && between[0]?.text === ',' && (between.length === 1 || (between.length === 2 && between[1]?.lower === 'the' && agentVerb)) && (/^(?:when|after|as|since|because|while|once|before|although|though|if|until)$/i.test(tokens[0]?.lower ?? '') || (/ing$/.test(tokens[0]?.lower ?? '') && tokens[0]?.pos === 'VERB') || (/ed$/.test(tokens[0]?.lower ?? '') && tokens[0]?.pos === 'VERB' && agentVerb)) && tokens.slice(0, last.first).some((t) => t.pos === 'VERB') && (tokens[mainEnd]?.pos === 'VERB' || tokens[mainEnd]?.pos === 'AUX' || agentVerb);
    // ("India had recognized Bangladesh, Islamabad broke off relations": two names a lone comma splits, the first the object of a verb before it and the second a verb's subject, are two clauses, no list.)
    const commaSplice = last && last.ids.length === 1 && !last.possessive && between.length === 1 && between[0]?.text === ',' && (tokens[end]?.pos === 'VERB' || tokens[end]?.pos === 'AUX') && !/ing$/.test(tokens[end]?.lower ?? '') && tokens.slice(0, last.first).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower));
    // (Nor past the comma of an adjunct that opens the sentence: "In Brazil, Guyana and Venezuela met", "Brokered by Brazil, Guyana and Venezuela met";
    // but not a list the adjunct holds, which a comma closes: "Claimed by China, Vietnam and Taiwan, they ...".)
    const opensSentence = (adjunct: ActorGroup) => {
      let run = end;
      for (let afterAnd = false; !afterAnd && (tokens[run]?.text === ',' || tokens[run]?.lower === 'and') && on[run + 1]; ) for (afterAnd = tokens[run++]?.lower === 'and'; on[run]; ) run++;
      const before = tokens.slice(0, adjunct.first - 1);
      // (Or a longer phrase that a preposition opens: "In a break with the wider EU, Poland, Hungary and Slovakia have announced". Not a plural noun the tagger capitalised at the start: "Ministers from Guinea, Liberia and Sierra Leone agreed".)
      return tokens[run]?.text !== ',' && tokens[0]?.pos !== 'DET' && !(tokens[0]?.pos === 'PROPN' && /s$/.test(tokens[0].lower) && tokens[1]?.pos === 'ADP') && (before.every((t, k) => ['ADP', 'ADV', 'PROPN', 'NUM', 'DET'].includes(t.pos) || (k === 0 && t.pos === 'VERB' && /ed$/.test(t.lower))) || (tokens[0]?.pos === 'ADP' && before.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',')));
    };
    // ("Despite the objections of Beijing, Czech Senate President Milos Vystrcil led": so is a demonym before its noun.)
    const prep = last ? pastWords(tokens, last.first - 1, ['DET', 'ADJ']) : -1; // (past "the wider")
    const afterAdjunct = last && between[0]?.text === ',' && (between.length === 1 || (between.length === 2 && between[1]?.lower === 'the')) && !(/^(?:from|of)$/.test(tokens[last.first - 1]?.lower ?? '') && PEOPLE_FROM.test(tokens[last.first - 2]?.lower ?? '')) && (tokens[last.first - 1]?.pos === 'ADP' || (tokens[prep]?.pos === 'ADP' && opensSentence(last))) && (tokens[end]?.pos === 'VERB' || tokens[end]?.pos === 'AUX' || (m.kind === 'demonym' && (tokens[end]?.pos === 'NOUN' || tokens[end]?.pos === 'PROPN')) || opensSentence(last));
    // ("Qatar, along with Egypt and the United States, has been trying": one list.)
    // ("Along with the United States and Egypt, Qatar has led efforts": so are partners fronted before the subject's comma.)
    const frontedAlong = last && !last.possessive && between.length === 1 && between[0]?.text === ',' && /^(?:along|together) with$/.test(tokens.slice(0, 2).map((t) => t.lower).join(' ')) && tokens.slice(2, last.first).every((t) => t.pos === 'DET');
    if (frontedAlong) {
      groups.pop();
      groups.push({ ids: [...new Set([...last.ids, m.id])], first: i, end: possessive ? end + 1 : end, possessive, place: false, demonym: false });
      i = end;
      continue;
    }
    const alongWith = last && !last.possessive && between.length <= 3 && /^(?:, )?(?:along|together) with$|^, like$/.test(between.map((t) => t.lower).join(' ')); // (and "China, like Russia, Serbia and dozens of other countries, does not recognize": those it is likened to act with it)
    // ("between Addis Ababa and the breakaway region of Somaliland": a land named by what it is, after "and", is the list's next.)
    const landOf = last && !last.possessive && !place && between.length >= 4 && between.length <= 7 && between[0]?.lower === 'and' && between[1]?.lower === 'the' && between.at(-1)?.lower === 'of' && /^(?:region|republic|territory|province|enclave|kingdom|emirate|state|nation)$/.test(between.at(-2)?.lower ?? '') && between.slice(2, -2).every((t) => t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NOUN' || t.text === '-' || (t.pos === 'PROPN' && !on[tokens.indexOf(t)])); // (and "Iran and the Sunni kingdom of Saudi Arabia", "Venezuela and the twin-island nation of Trinidad and Tobago")
    // ("forged similar agreements with Australia in 2022 and Britain in 2023": past the year of each.)
    const yearEach = last && !last.possessive && !last.place && !place && (between.length === 3 || (between.length === 4 && between[2]?.text === ',')) && between[0]?.lower === 'in' && /^(?:19|20)\d\d$/.test(between[1]?.text ?? '') && between.at(-1)?.lower === 'and'; // (and "with Australia in 2022, and Britain last year")
    // ("Foreign Ministers Neneh MacDouall-Gaye of Gambia and Mankeur Ndiaye of Senegal met": people named with their states, one list.)
    const personOf = last && !last.possessive && !last.place && !place && tokens[last.first - 1]?.lower === 'of' && between.length >= 3 && between.length <= 6 && between[0]?.lower === 'and' && between.at(-1)?.lower === 'of' && between.slice(1, -1).every((t) => t.pos === 'PROPN' || t.text === '-');
    // ("Ilham Aliyev, the president of Azerbaijan, and Nikol Pashinyan, the prime minister of Armenia, will meet": an aside that names the office and state of the one before restates him; the list goes on past it.)
    const restated = last && !last.possessive && !last.place && !place && last.ids[last.ids.length - 1] === m.id && between.length >= 3 && between.length <= 7 && between[0]?.text === ',' && between.at(-1)?.lower === 'of' && between.slice(1, -1).every((t) => t.lower === 'the' || TITLE_WORD.test(t.lower)) && tokens[end]?.text === ',';
    if (restated) {
      last.end = end;
      i = end;
      continue;
    }
    if (alongWith || landOf || yearEach || personOf) {
      if (!last.ids.includes(m.id)) last.ids.push(m.id);
      last.end = possessive ? end + 1 : end;
      last.possessive = possessive;
      i = end;
      continue;
    }
    // ("Greece and Turkey, NATO allies that ...": a name before a describing noun after a lone comma opens an apposition.)
    // (Or an owner's: "Morocco and Algeria, the Polisario's main backer".)
    const describes = (between.length === 1 && between[0]?.text === ',' && DESCRIPTOR_NOUN.test(tokens[end]?.lower ?? '')) || (possessive && between[0]?.text === ',' && between.slice(1).every((t) => t.lower === 'the') && tokens.slice(end + 1, end + 4).some((t) => DESCRIPTOR_NOUN.test(t.lower) || /^(?:backer|backers|sponsor|supporter|patron)$/.test(t.lower)));
    // ("Mitsotakis and President Tayyip Erdogan met": an office title after "and" is part of the next name; so after a comma in a list of titled names: "President Ashraf Ghani, PM Sheikh Hasina".)
    const titled = (between.length >= 2 && between.length <= 4 && (between[0]?.lower === 'and' || (between[0]?.text === ',' && last !== undefined && TITLE_WORD.test(tokens[last.first - 1]?.lower ?? ''))) && between.slice(1).every((t) => TITLE_WORD.test(t.lower) && t.lower !== 'of')) || (last !== undefined && !last.possessive && between.length >= 3 && between.length <= 5 && /^(?:,|and)$/.test(between[0]?.lower ?? '') && between.at(-1)?.lower === 'of' && /^(?:king|queen|emir|sultan|president|prime|crown|amir)$/.test(between[1]?.lower ?? '') && between.slice(1, -1).every((t) => TITLE_WORD.test(t.lower) || t.lower === 'the')); // (and "leaders of Russia, China, King of Saudi Arabia, the United Arab Emirates": an office of the next name, inside a list)
    // ("Saudi Arabia and arch-rival Iran agreed": a describing noun after "and" is part of the next name.)
    // (Or "and non-Gulf Egypt", "and neighbouring Azerbaijan": one word describing the next name.)
    const describedNext = between.length >= 2 && between.length <= 5 && between[0]?.lower === 'and' && ((between.slice(1).every((t) => t.text === '-' || /^(?:arch|longtime|long-time|old|bitter|regional|fellow)$/.test(t.lower) || DESCRIPTOR_NOUN.test(t.lower)) && between.slice(1).some((t) => DESCRIPTOR_NOUN.test(t.lower))) || (between.length === 2 && /^(?:non-.*|neighbou?ring)$/.test(between[1]?.lower ?? '')) || (between.length === 4 && between[2]?.text === '-' && /^(?:majority|dominated|populated|rich|poor|speaking)$/.test(between[3]?.lower ?? ''))); // (and a compound of who lives there: "Iran and Sunni-majority Saudi Arabia resumed")
    // ("Russia's invasion of Ukraine and Kazakhstan's refusal", "Russia's war in Ukraine and Trump's threat": a possessive after "and" past the object of a noun's "of", "in" or "on" opens a noun phrase of its own.)
    const ownPhrase = possessive && last !== undefined && !last.possessive && (tokens[last.first - 1]?.lower === 'of' || (/^(?:in|on|against)$/.test(tokens[last.first - 1]?.lower ?? '') && tokens[last.first - 2]?.pos === 'NOUN')) && between.length === 1 && between[0]?.lower === 'and';
    const joined = last && !last.possessive && !ownPhrase && !(m.kind === 'demonym' && last.ids.includes(m.id) && between.length === 1 && between[0]?.text === ',') && !describes && !subjectAfterPlace && !mixed && !asAlone && !describing && !speakerAfter && !newClause && !afterAdjunct && !apposition && !subordinateEnds && !commaSplice && between.length > 0 && ((between.length <= 3 && between.every((t) => JOINER.has(t.lower)) && between.some((t) => t.lower !== 'the')) || titled || describedNext); // (not the state's own demonym after a lone comma, which opens a new phrase: "in central Italy, Italian Prime Minister Conte thanked")
    const adjacent = last && !last.possessive && between.length === 0;
    const sameHolder = last && last.ids[last.ids.length - 1] === m.id && between.length <= 5 && between.every((t) => TITLE_WORD.test(t.lower) || t.pos === 'PROPN');
    const owned = last && last.possessive && last.end === i && last.ids.length === 1;
    const group: ActorGroup = { ids: [m.id], first: i, end: possessive ? end + 1 : end, possessive, place, demonym: m.kind === 'demonym' };
    // "NATO ally Turkey": NATO describes Turkey; it stands alone and joins no list.
    // ("the only EU member to maintain ties": an organisation before a word for its members only describes them.)
    // ("NATO allies that came close to war", "its EU partners": an organisation's allies are its members.)
    const ofMembers = m.kind === 'organisation' && /^(?:member|members|states|countries|nations|membership|accession|candidate|ally|allies|partner|partners)$/.test(tokens[end]?.lower ?? '');
    // ("the Iran-backed Houthis fired", "an Iranian-backed rebel group": the backer only describes who acts.)
    // ("Pro-China President Mohamed Muizzu", "an anti-Russia rally": a stance toward the actor describes who or what follows, which is no act on it.)
    const leaning = /^(?:pro|anti)-./i.test(tokens[i]?.text ?? '') || (tokens[i - 1]?.text === '-' && /^(?:pro|anti)$/i.test(tokens[i - 2]?.text ?? ''));
    // (And the first of two backers with one participle: "a US- and France-brokered ceasefire".) (And groups said to be tied to an actor, "Islamic State-linked groups"; not a ship so tied, "an Israeli-linked cargo ship", the state's; and the holder of an actor named after it, "the U.S.-held Philippines"; and the leader of an effort others make, after a preposition: "are, in a China-led effort, re-establishing ties".)
    const backerOf = (tokens[end]?.text === '-' && (/^(?:backed|supported|sponsored|funded|financed|armed|aligned|allied|brokered|mediated)$/.test(tokens[(/^(?:and|or)$/.test(tokens[end + 1]?.lower ?? '') && tokens[end + 3]?.text === '-' ? end + 4 : end + 1)]?.lower ?? '') || (/^(?:held|occupied|controlled|administered|ruled)$/.test(tokens[end + 1]?.lower ?? '') && on[end + 2] !== undefined && on[end + 2]?.kind !== 'place') || (/^(?:linked|affiliated|inspired|connected)$/.test(tokens[end + 1]?.lower ?? '') && /^(?:groups?|militants?|militias?|fighters|organi[sz]ations?|networks?|cells?|factions?|outfits?)$/.test(tokens[end + 2]?.lower ?? '')) || (tokens[end + 1]?.lower === 'led' && /^(?:efforts?|initiatives?|push|drive|process|campaign)$/.test(tokens[end + 2]?.lower ?? '') && tokens[pastWords(tokens, i - 1, ['DET', 'ADJ'])]?.pos === 'ADP'))) || leaning;
    // ("offered asylum to Peru's former president", "former Peruvian President Castillo": who held an office no longer acts for the state, nor does the one named after it: "Former Slovak prime minister Robert Fico".)
    const former = (k: number) => /^(?:former|ex|ousted|deposed|exiled|toppled|late)$/.test(tokens[k]?.lower ?? '');
    const formerHolder = (possessive && former(end + 1) && (TITLE_WORD.test(tokens[end + 2]?.lower ?? '') || tokens[end + 2]?.pos === 'PROPN')) || (m.kind === 'person' && ((k) => { while (k > 0 && (TITLE_WORD.test(tokens[k]?.lower ?? '') || on[k]?.kind === 'demonym')) k--; return k < i - 1 && former(k); })(i - 1)) || (m.kind !== 'organisation' && former(i - 1) && TITLE_WORD.test(tokens[end]?.lower ?? ''));
    // ("a Japanese development summit for Africa", "the Japan-Africa forum": whose summit it is, not a party to what is done at it; "the question of Western Sahara": what is talked of, no one who acts.)
    const hostsMeeting = !possessive && m.kind !== 'organisation' && (/^(?:summit|forum|conference)$/.test(tokens.slice(end, end + 3).find((t) => t.pos !== 'NOUN' || /^(?:summit|forum|conference)$/.test(t.lower))?.lower ?? '') || (tokens[end]?.text === '-' && /^(?:Africa|Europe|Asia|Arab|Latin|Pacific|Caribbean|Nordic|Gulf|Central)$/.test(tokens[end + 1]?.text ?? '')));
    const talkedOf = (tokens[i - 1]?.lower === 'of' && /^(?:question|issue)$/.test(tokens[i - 2]?.lower ?? '')) || (m.kind === 'demonym' && /^(?:minority|minorities|diaspora)$/.test(tokens[end]?.lower ?? '')); // (and a kin people in another state, "recognise a Bulgarian minority": no act on the state)
    // ("Russian cooperation with U.S. allies": after a preposition, a state's allies are others, unnamed; not the state.)
    const alliesOf = m.kind !== 'organisation' && !possessive && (tokens[i - 1]?.pos === 'ADP' || /^(?:have|has|had)$/.test(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.pos === 'VERB' || (tokens[i - 1]?.lower === 'and' && m.kind !== 'demonym')) && /^(?:allies|partners|friends|proxies)$/.test(tokens[end]?.lower ?? '') && !on[end + 1]; // (and after a verb or "and": "have alarmed US allies", "tensions between China and US allies"; not a demonym's: "the Dutch and Belgian allies met")
    // ("Some Nigerians have attacked businesses", "800,000 Nigerians reside in South Africa": a plural demonym counted is people, no state, when they act; not when something is done to them: "Five Americans were detained in Iran".)
    if (m.kind === 'demonym' && /s$/.test(tokens[end - 1]?.lower ?? '') && (tokens[i - 1]?.pos === 'NUM' || /^(?:some|many|several|few|most|thousands|hundreds|dozens|millions)$/.test(tokens[i - 1]?.lower ?? '')) && ((tokens[end]?.pos === 'AUX' && tokens[end]?.lemma !== 'be') || (tokens[end]?.pos === 'VERB' && !/(?:ed|en)$/.test(tokens[end]?.lower ?? ''))) && !doneToAfter(tokens, end)) { // (nor "Five Americans detained in Iran", "Two Canadians have landed after being detained")
      i = end;
      continue;
    }
    // ("the Netherlands-based ICJ", "a London-based rights group": where a body sits, no state that acts.)
    const basedIn = (tokens[end]?.text === '-' && /^(?:based|headquartered)$/.test(tokens[end + 1]?.lower ?? '')) || (/^(?:based|headquartered)$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.pos === 'NOUN' && !/^(?:government|administration|authorities|regime|forces|army)$/.test(tokens[end + 1]?.lower ?? '') && ['DET', 'ADJ', 'PUNCT'].includes(tokens[i - 1]?.pos ?? '')); // (and without the hyphen: "The Hamburg, Germany based tribunal")
    // ("a Hamas-style invasion of northern Israel": what an act is like names no one who does it; "a Syria-bound tanker": nor does where a craft is headed.)
    const styleOf = tokens[end]?.text === '-' && /^(?:style|type|like|bound)$/.test(tokens[end + 1]?.lower ?? '');
    if ((!possessive && DESCRIPTOR_NOUN.test(tokens[end]?.lower ?? '') && on[end + 1]) || ofMembers || backerOf || styleOf || basedIn || formerHolder || alliesOf || hostsMeeting || talkedOf) {
      groups.push({ ...group, descriptor: true });
      i = end;
      continue;
    }
    // "Lebanese Hezbollah", "Yemeni Houthis": a demonym before a non-state actor describes it.
    const described = last && adjacent && last.demonym && last.ids.length === 1 && m.kind === 'non-state';
    // "Sweden's NATO membership bid": an organisation after a possessive describes what the state owns.
    if (owned && m.kind === 'organisation') {
      i = end;
      continue;
    }
    if (described) {
      last.ids = [m.id];
      last.end = group.end;
      last.possessive = possessive;
      last.demonym = false;
    } else if (last && !last.descriptor && (sameHolder || owned)) {
      // "Ethiopia's Prime Minister Abiy Ahmed", "Yemen's Houthi rebels": one actor, the one named last;
      // but a person is the possessor's ("Jordan's King Abdullah").
      if (owned && m.kind !== 'person') last.ids = [m.id];
      last.end = group.end;
      last.possessive = possessive;
      last.demonym = last.demonym && group.demonym;
    } else if (last && !last.descriptor && (joined || adjacent) && !place) {
      if (!last.ids.includes(m.id)) last.ids.push(m.id);
      // ("agreements between Russia and the European Union, Russia and Norway, Russia and Denmark": a state named again beside each other is paired with each, not they with each other.)
      if ((m.id === last.ids[0] && last.ids.length >= 2) || (last.sides?.[0].length === 1 && last.sides[0][0] === last.ids[0])) last.sides = [[last.ids[0] as string], last.ids.slice(1)];
      last.end = group.end;
      last.possessive = possessive;
      last.demonym = last.demonym && group.demonym;
    } else groups.push(group);
    i = end;
  }
  // ("a Kosovo Serb party", "the Kosovo Albanian leaders": a people named by where it lives and who it is, no state.)
  for (const g of groups) if (!g.demonym && g.ids.length === 1 && tokens[g.end]?.pos === 'PROPN' && !on[g.end] && /^(?:party|parties|community|communities|minority|minorities|leaders?|politicians?|lawmakers|population|majority|municipalities|enclaves?)$/.test(tokens[g.end + 1]?.lower ?? '')) g.descriptor = true;
  return groups;
}
