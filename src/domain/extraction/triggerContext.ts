// What the words around a trigger make of it, once the triggers of a sentence are found (triggers.ts): a favour withdrawn, forces that clash, an attack on words,
// what a rejected text, an ended plan, a closed airspace or a claim about oneself does to the act named, the former enemies who are no longer, and acts no one does (unownedActs.ts). Each rule says why in its comment; each has a test.
import { pastWords, type Token } from './tokens';
import { peacefulCrossing, unownedAct } from './unownedActs';
import type { Trigger } from './trigger';
import { FORCE_NOUN } from './pairingWords';
import { ENDING_VERBS, intentOf, NEGATION, NOT, SETTLING_VERBS } from './verbContext';
import { onlyExpected } from './nounContext';
import { COURT_WORDS, onDispute } from './triggerWords';
import { BOYCOTT_WHY } from './boycotts';
import { askedToDo } from './demandsToStop';
import { readNearWords } from './nearWords';

/** What is said or decided, not struck: "an attack on the new law". */
/** A word for a court or arbiters. */
const COURT_WORD = new RegExp(`^(?:${COURT_WORDS})$`);
const SAID_OR_DECIDED = /^(?:laws?|legislation|bills?|policy|policies|decisions?|plans?|remarks|comments|statements?|stance|position|rhetoric|reforms?|amendments?|rules?|ruling|resolution|proposals?|measures?|conduct|record|government)$/;

/** Nouns of measures short of force, whose "targeting" names whom they are aimed at. */
const MEASURE_NOUN = /^(?:sanctions|measures|restrictions|tariffs|curbs|embargo|embargoes|bans?|laws?|legislation|bills?|rules|regulations|controls|penalties|campaign|probe|investigation|policies|policy)$/;

/** Backing a group: "financing terrorist organisations to harm", "arming rebels to attack". */
const PROXY_BACKING = /^(?:arm|fund|finance|financing|back|support|sponsor|train|equip|bankroll|supply)$/;

/** Armed or clandestine groups a state may back against another. */
const ARMED_GROUP = /^(?:organi[sz]ations?|groups?|militants|rebels|insurgents|militias?|separatists|terrorists|fighters|proxies|movements?|gangs|mercenaries|cells|networks?)$/;

/** Things decided or agreed, which may let a state do something: "the decision to end the agreement would allow". */
const MOVE_OR_DEAL = /^(?:decision|move|step|plan|deal|agreement|accord|treaty|pact|change|reform|law|ruling)$/;

/** People on the move: what they cross is no state's act. */
const MOVERS = /^(?:migrants|refugees|immigrants|seekers|asylum-seekers|people|civilians|smugglers|traffickers|tourists|pilgrims|workers|families|children|minors|crowds|protesters|demonstrators|importers|exporters|traders|trucks|lorries|drivers|vehicles|goods|cargo|cargoes|shipments|travellers|travelers|passengers)$/;
/** Nouns of stopping what follows them: "a ban on flights", "the suspension of talks", "an end to cooperation". */
const STOPPING_NOUN = /^(?:bans?|suspensions?|halt|moratorium|freeze|end|cessation|cancellation|termination|embargo|embargoes|restrictions?|curbs?)$/;

/** Crimes and scourges states fight, together or alone, that are no state. */
const SCOURGE = /^(?:smuggling|trafficking|terrorism|crime|crimes|piracy|scams?|fraud|drugs|narcotics|haze|poverty|pandemic|corruption|extremism|laundering|cybercrime|poaching|diseases?|malaria|inflation|wildfires?|insurgency|militancy|radicali[sz]ation|gangs|cartels|traffickers|smugglers|criminals)$/;

/** Verbs of what one has not got: support they govern is not given. */
const NEEDING = /^(?:need|require|seek|want|lack|court|request|solicit|crave)$/;

export function readInContext(trig: Trigger, tokens: readonly Token[]): void {
  const told = trig.code; // (an intended act read anew here stays intended: the last line)
  // ("Greece recognizes as its only difference with its neighbour the delimitation": recognising something as so, in the active with "as" right after, is no recognition of a state.)
  // (Nor recognising a thing: '"We are recognizing a simple reality," President Carter said', "recognised the importance of".)
  let thing = trig.head + 1;
  while (['DET', 'ADJ'].includes(tokens[thing]?.pos ?? '')) thing++;
  if (trig.kind === 'verb' && /^recogni[sz]e$/.test(tokens[trig.head]?.lemma ?? '') && ((tokens[trig.head + 1]?.lower === 'as' && tokens[trig.head - 1]?.lemma !== 'be' && !trig.passive) || /^(?:reality|realities|need|needs|fact|facts|truth|importance|value|role|contributions?|efforts?|progress|problems?|mistakes?|concerns?|interests?|challenges?|difficulties|achievements?|significance|benefits?|advantages?|potential)$/.test(tokens[thing]?.lower ?? ''))) trig.negated = true; else if (trig.kind === 'verb' && /^(?:recogni[sz]e|declare)$/.test(tokens[trig.head]?.lemma ?? '') && /\bas an? (?:persona non grata|(?:not |un)acceptable person)\b/.test(tokens.slice(trig.head + 1, trig.head + 30).map((t) => t.lower).join(' '))) Object.assign(trig, { code: '174', stance: 'tense', why: '"recognizes the staff member of the Russian Federation\'s interests section ... as a persona non grata": an envoy so named, however far the name runs, is expelled (CAMEO 174)' });
  readNearWords(trig, tokens);
  if (unownedAct(trig, tokens) || peacefulCrossing(trig, tokens) || (trig.code === '061' && tokens[trig.head]?.lemma === 'order' && tokens[trig.to]?.lower === 'to' && tokens[trig.to + 1]?.pos === 'VERB')) trig.negated = true; // (and "ordered Ukrainian airlines and planes to avoid": an order to do something is no purchase)
  // ("a rally to gather support for a referendum": support gathered for a cause is no act toward a state.)
  // (Nor "a referendum on boosting Erdogan's powers": a leader's powers at home, boosted, are no help to his state from another.)
  if (trig.kind === 'verb' && /^(?:boost|expand|increase|extend|strengthen|enhance|broaden)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.head + 1, trig.head + 5).some((t) => /^(?:powers|power|authority|grip|rule|mandate|term|presidency|hold)$/.test(t.lower))) trig.negated = true;
  if (trig.kind === 'verb' && /^(?:gather|garner|muster|drum|whip)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:support|backing|votes)$/.test(tokens[tokens[trig.head + 1]?.lower === 'up' ? trig.head + 2 : trig.head + 1]?.lower ?? '')) trig.negated = true;
  // ("boycotted palm oil imported from Malaysia": a participle of trade after the goods it describes is no act of its own.)
  if (trig.kind === 'verb' && /ed$/.test(tokens[trig.head]?.lower ?? '') && /^(?:import|export|produce|grow|make|source|ship|buy|purchase|sell|supply|manufacture)$/.test(tokens[trig.head]?.lemma ?? '') && tokens[trig.head - 1]?.pos === 'NOUN' && /^(?:from|by|in|to)$/.test(tokens[trig.head + 1]?.lower ?? '')) trig.negated = true;
  // ("India has given a shock to Malaysia": a blow dealt is no gift.)
  if (trig.kind === 'verb' && (trig.stance === 'cooperative' || trig.stance === 'warming') && /^(?:give|deal|deliver)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.head + 1, trig.head + 4).some((t) => /^(?:shock|blow|setback|jolt|slap|snub)$/.test(t.lower))) trig.negated = true;
  // ("Paris supported overthrown President Mohamed Bazoum", "to reinstate ousted leader Bazoum": a participle that describes a leader, after a verb, a determiner or a preposition, is no act told here.)
  if (trig.kind === 'verb' && /(?:ed|en|wn)$/.test(tokens[trig.head]?.lower ?? '') && /^(?:president|leader|prime|premier|king|ruler|government|regime|dictator|monarch|emir|chancellor)$/.test(tokens[trig.head + 1]?.lower ?? '') && ['VERB', 'DET', 'ADP'].includes(tokens[trig.head - 1]?.pos ?? '')) trig.negated = true;
  // ("said it would not lift its sanctions on Libya", "will not end US sanctions": a measure a state will not lift stays, tense.)
  if (trig.negated && trig.stance === 'warming' && trig.kind === 'verb' && /^(?:lift|end|ease|remove|scrap|drop)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:not|n't|never)$/.test(tokens[trig.head - 1]?.lower ?? '') && tokens.slice(trig.head + 1, trig.head + 5).some((t) => /^(?:sanctions|embargo|embargoes|ban|bans|restrictions|tariffs|blockade)$/.test(t.lower))) Object.assign(trig, { negated: false, stance: 'tense', code: '160', why: 'a measure a state will not lift stays in force, tense' });
  // ("the two countries went from semi-friendly neighbors to having no ambassadors": a change of state, no journey.)
  if (trig.kind === 'verb' && /^(?:go|move|shift)$/.test(tokens[trig.head]?.lemma ?? '') && tokens[trig.head + 1]?.lower === 'from' && !['PROPN', 'DET'].includes(tokens[trig.head + 2]?.pos ?? '')) trig.negated = true;
  // ("cut trade ties with Peru", "a suspension of commercial ties": ties of one kind ended are a reduction of relations (CAMEO 16), tense; only a break of relations is severed, by the conventions.)
  if (trig.stance === 'severed' && tokens.slice(trig.from, trig.to).some((t, j, all) => /^(?:trade|commercial|economic|business|financial|cultural|sporting|sports|military|defence|defense|security|academic|energy)$/.test(t.lower) && /^(?:ties|relations|links|contacts)$/.test(all[j + 1]?.lower ?? ''))) Object.assign(trig, { stance: 'tense', code: '160' });
  // ("sent arms to the border with Bolivia": arms sent to a border are a show of force there (CAMEO 154), not aid.)
  if (trig.code === '072' && tokens[trig.to - 1]?.lower === 'to' && /^(?:border|borders|frontier|front|frontline|region)$/.test(tokens[tokens[trig.to]?.pos === 'DET' ? trig.to + 1 : trig.to]?.lower ?? '')) Object.assign(trig, { code: '154', stance: 'tense' });
  // ("shot down a Russian warplane, inviting sharp reaction from Putin": a reaction invited is provoked, no invitation.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'invite' && /^(?:reactions?|responses?|criticism|condemnation|backlash|retaliation|rebukes?|anger|ire|scrutiny|protests?|outrage|ridicule)$/.test(tokens[thing]?.lower ?? '')) trig.negated = true;
  // ("The Czech Republic turned to the EU court": turning to a court seeks no state's help.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'turn' && tokens[trig.head + 1]?.lower === 'to' && tokens.slice(trig.head + 2, trig.head + 7).some((t) => COURT_WORD.test(t.lower))) trig.negated = true;
  // ("interested in reaching agreement with the Czech Republic regarding the Turów mine dispute", "wants to reach a deal with Peru over the maritime dispute": a deal sought on a dispute is talks to settle it, warming (the conventions).)
  const sought = trig.kind === 'verb' && /^(?:reach|seek|negotiate|strike|work)$/.test(tokens[trig.head]?.lemma ?? '') && (/ing$/.test(tokens[trig.head]?.lower ?? '') || tokens[trig.head - 1]?.lower === 'to');
  if (sought && trig.stance === 'cooperative' && tokens.slice(trig.from, trig.to).some((t) => /^(?:agreements?|deals?|accords?|settlement|compromise)$/.test(t.lower)) && onDispute(tokens, trig.to, trig.to + 14)) Object.assign(trig, { stance: 'warming', why: 'a deal sought on a dispute is talks to settle it, warming between its parties' });
  // ("would not allow the US ambassador to enter the country": entry refused is a step back from the one refused, as "barred" is (CAMEO 16).)
  if (trig.kind === 'verb' && trig.negated && /^(?:allow|permit|let)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(Math.max(0, trig.head - 3), trig.head).some((t) => NEGATION.has(t.lower))) {
    let to = trig.head + 1;
    while (to < trig.head + 10 && ['PROPN', 'DET', 'NOUN', 'ADJ', 'PRON', 'ADP', 'PART'].includes(tokens[to]?.pos ?? '') && !(tokens[to]?.lower === 'to' && !['PROPN', 'DET'].includes(tokens[to + 1]?.pos ?? ''))) to++; // (past an envoy's post: "the US Ambassador to Managua to enter")
    if (to > trig.head + 1 && tokens[to]?.lower === 'to' && /^(?:enter|land|dock|return|join)$/.test(tokens[to + 1]?.lemma ?? '')) Object.assign(trig, { negated: false, stance: 'tense', code: '160', mutual: false, why: '"would not allow ... to enter", "won\'t allow Sweden to join the alliance": entry or membership refused reduces relations with the one refused (CAMEO 16)' });
  }
  // ("financing terrorist organisations to harm Algeria", "armed militants to attack Iraq": a group backed in order to strike a state is a proxy against it; backing it is hostile toward that state, by the conventions.)
  if (trig.kind === 'verb' && (trig.stance === 'tense' || trig.stance === 'hostile') && tokens[trig.from - 1]?.lower === 'to') {
    let v = trig.from - 2;
    while (v > trig.from - 7 && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[v]?.pos ?? '')) v--;
    if (v < trig.from - 2 && ARMED_GROUP.test(tokens[trig.from - 2]?.lower ?? '') && PROXY_BACKING.test(tokens[v]?.lemma ?? '') && ['VERB', 'NOUN'].includes(tokens[v]?.pos ?? '')) Object.assign(trig, { stance: 'hostile', code: null, why: `"${tokens[v]?.text} ... to ${tokens[trig.head]?.text}": a group backed to strike a state is a proxy against it, hostile (the conventions)` });
  }
  // ('the refusal of the French ambassador in Niamey to respond to an invitation" from the minister for a meeting': what is in a refusal's "to" is not had.)
  const r = tokens.slice(0, trig.from).findLastIndex((t, k) => k >= trig.from - 20 && /^(?:refusal|failure|reluctance|unwillingness)$/.test(t.lower));
  const inRefusal = tokens.slice(r + 1, trig.from);
  if (r >= 0 && (trig.stance === 'cooperative' || trig.stance === 'warming') && (inRefusal.some((t, j) => t.pos === 'VERB' && inRefusal[j - 1]?.lower === 'to') || tokens[trig.from - 1]?.lower === 'to') && inRefusal.every((t, j) => (t.pos !== 'VERB' || inRefusal[j - 1]?.lower === 'to') && t.pos !== 'AUX' && t.text !== ',')) trig.negated = true;
  // ("the Serbian-led troops intervened in Croatia", "intervened militarily", "special forces troops from Britain, Italy and France had intervened": forces that intervene in a state use force there (CAMEO 19), not the aid the dictionary reads.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'intervene' && (FORCE_NOUN.test(tokens[trig.head - 1]?.lower ?? '') || tokens[trig.head + 1]?.lower === 'militarily' || tokens.slice(Math.max(0, trig.head - 16), trig.head).some((t, j, all) => FORCE_NOUN.test(t.lower) && all[j + 1]?.lower === 'from' && all.slice(j + 1).every((x) => x.pos !== 'VERB')))) Object.assign(trig, { stance: 'hostile', code: '190', why: 'forces that intervene in a state use force there (CAMEO 19)' });
  // ("breaking agreements between the two countries": an agreement broken is told by its noun, ended; no force the dictionary reads in "break".)
  if (trig.kind === 'verb' && trig.stance === 'hostile' && /^(?:break|breach|violate)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:agreements?|accords?|treaty|treaties|deals?|pacts?|commitments?|promises?|obligations?|understandings?)$/.test(tokens.slice(trig.head + 1, trig.head + 4).find((t) => t.pos === 'NOUN')?.lower ?? '')) trig.negated = true;
  // ("destroys the relations of trust and cooperation": relations destroyed are told by their noun, reduced; no force the dictionary reads in "destroy".)
  if (trig.kind === 'verb' && /^(?:destroy|wreck|ruin)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.head + 1, trig.head + 6).some((t) => /^(?:relations|ties|relationship|cooperation|trust|partnership|friendship)$/.test(t.lower))) trig.negated = true;
  // ("insisted it was acting on national security grounds": insisting on what the insister itself is or does is asserting it, no demand; "insisted that Israel must withdraw" is one.)
  const self = tokens[trig.head + 1]?.lower === 'that' ? trig.head + 2 : trig.head + 1;
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'insist' && /^(?:it|they|he|she|we)$/.test(tokens[self]?.lower ?? '') && /^(?:was|is|were|are|had|has|have|did|does)$/.test(tokens[self + 1]?.lower ?? '')) trig.negated = true;
  // ("sending police to the Solomon Islands after rioting in the capital": riots are crowds', no state's act on another.)
  if (trig.code?.startsWith('145') && /^riot(?:s|ing|ed|ers)?$/.test(tokens[trig.head]?.lower ?? '')) trig.negated = true;
  // ("The Soviet Union backed down about the Cuban missiles": backing down is yielding, no support.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'back' && /^(?:down|off|away)$/.test(tokens[trig.head + 1]?.lower ?? '')) trig.negated = true;
  // ("the country was planning measures against up to $3 billion of U.S. imports": a plan of measures is the measures' intent, no cooperation the dictionary reads in "plan".)
  if (trig.kind === 'verb' && trig.stance === 'cooperative' && /^(?:plan|prepare|consider|weigh|mull|draft)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.head + 1, trig.head + 4).some((t) => /^(?:measures|restrictions|sanctions|tariffs|duties|countermeasures|retaliation|curbs|bans?)$/.test(t.lower))) trig.negated = true;
  // ("said the decision to end the agreement would allow Chad to redefine its partnerships": what a decision or a move lets a state do is no act of one state on another.)
  if (trig.kind === 'verb' && /^(?:allow|enable|permit|let)$/.test(tokens[trig.head]?.lemma ?? '')) {
    let k = trig.head - 1;
    while (k > 0 && ['AUX', 'ADV', 'PART'].includes(tokens[k]?.pos ?? '')) k--;
    let j = k;
    while (j > 0 && j > k - 14 && !(tokens[j]?.pos === 'VERB' && tokens[j - 1]?.lower !== 'to') && !/^(?:,|that|which)$/.test(tokens[j]?.lower ?? '')) j--;
    // (Not a decision to allow, which the decider does: "the decision in July to allow Taiwan to open an office".)
    const decidedTo = (n: number) => tokens[trig.head - 1]?.lower === 'to' && tokens.slice(j + 1 + n + 1, trig.head - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
    if (tokens.slice(j + 1, k + 1).some((t, n, all) => MOVE_OR_DEAL.test(t.lower) && all[n - 1]?.pos === 'DET' && !decidedTo(n))) trig.negated = true;
  }
  // ("the government in Freetown invited Guinean troops to help secure the border": forces invited in are military cooperation (CAMEO 062), no talks; so not the warming of talks between a pair at odds.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'invite' && FORCE_NOUN.test(tokens.slice(trig.head + 1, trig.head + 4).find((t) => t.pos === 'NOUN')?.lower ?? '')) Object.assign(trig, { code: '062', stance: 'cooperative', why: '"invited Guinean troops": forces invited in are military cooperation (CAMEO 062)' });
  // ("The deal has angered Moscow": a deal that angers or alarms a state is judged by it, not made with it.)
  if (trig.kind === 'noun' && trig.stance === 'cooperative' && /^(?:anger|upset|alarm|irritate|infuriate|enrage|worry|provoke|antagonise|antagonize|alienate)$/.test(tokens.slice(trig.to, trig.to + 3).find((t) => t.pos === 'VERB')?.lemma ?? '') && !tokens.slice(Math.max(0, trig.from - 4), trig.from).some((t) => t.pos === 'PROPN')) trig.negated = true; // (but a deal its pair names is theirs: "a China-Solomon Islands security pact, which alarmed Australia")
  // ("until Washington has met Pyongyang's conditions": conditions or demands met are satisfied, no meeting.)
  if (tokens[trig.head]?.lemma === 'meet' && /^(?:conditions|demands|requirements|obligations|targets|criteria|expectations|needs|standards|deadlines?|commitments|terms)$/.test(tokens.slice(trig.head + 1, trig.head + 5).find((t) => t.pos === 'NOUN')?.lower ?? '')) trig.negated = true;
  // ("soldiers moving closer to Thai military positions": closer to a place or a force is a movement on the ground, no warming.)
  if (trig.code === '050' && /^(?:move|edge|draw|advance|come|get)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:positions?|lines?|borders?|posts?|bases?|troops|forces|soldiers|outposts?|territory|trenches|frontline|front)$/.test(tokens.slice(trig.to, trig.to + 5).find((t) => t.pos === 'NOUN')?.lower ?? '')) trig.negated = true;
  // ("Iran's ambassador, who was visiting his home country": a trip home is no visit to a state.)
  if ((trig.code ?? '').startsWith('04') && /^(?:his|her|its|their) (?:own )?(?:home country|homeland|native|home|own country)\b/.test(tokens.slice(trig.to, trig.to + 3).map((t) => t.lower).join(' '))) trig.negated = true;
  // ("removed South Korea from its list of trusted trading partners": off a list of favour is a sanction.)
  if (trig.code === '081' && tokens.slice(trig.head, Math.min(tokens.length, trig.to + 4)).some((t) => /^(?:trusted|preferred|favoured|favored|white|whitelist|partners)$/.test(t.lower))) {
    Object.assign(trig, { stance: 'tense', code: '163', why: 'taking a state off a list of trusted partners withdraws a favour: a sanction (CAMEO 163)' });
  }
  // ('did not justify killing "millions of innocents"': an act that something would or would not justify is not told as done.)
  if (trig.kind === 'verb' && /ing$/.test(tokens[trig.head]?.lower ?? '') && /^(?:justify|excuse|condone|warrant|legitimi[sz]e)$/.test(tokens[trig.from - 1]?.lemma ?? '')) trig.negated = true;
  // ("the accord that helped end Sudan's decades-long civil war": a war within one state is no war between it and another.)
  if (trig.kind === 'noun' && /^wars?$/.test(tokens[trig.head]?.lower ?? '') && tokens.slice(Math.max(0, trig.head - 3), trig.head).some((t) => t.lower === 'civil')) trig.negated = true;
  // ("was abusing its role as an administering power", "exploited its position": a role or a power misused is no force used.)
  if (trig.kind === 'verb' && trig.stance === 'hostile' && /^(?:abuse|misuse|exploit|overstep|overreach)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:role|roles|power|powers|position|authority|status|mandate|privileges?|office|influence|veto|rights?|immunity|presidency|chairmanship)$/.test(tokens.slice(trig.to, trig.to + 3).find((t) => t.pos === 'NOUN')?.lower ?? '')) trig.negated = true;
  // ("a plan to give more autonomy to Western Sahara": self-rule granted to a land is its status, no act toward it.)
  // (Its object, past words that only qualify it: not "endorsed Morocco's autonomy plan", a plan of a state.)
  if (trig.kind === 'verb' && trig.stance === 'cooperative') {
    let object = trig.to;
    while (object < trig.to + 3 && ['DET', 'ADJ', 'ADV'].includes(tokens[object]?.pos ?? '')) object++;
    if (/^(?:autonomy|self-rule|self-government|self-governance|devolution)$/.test(tokens[object]?.lower ?? '')) trig.negated = true;
  }
  // ("Chinese and Indian troops clashed": forces that clash fight (CAMEO 190); it is not words.)
  // ("Chinese warplanes harassed Australian patrol aircraft": force used on another's forces.) (Not coast guards, whose clashes are tense.)
  const forces = tokens.slice(Math.max(0, trig.head - 6), trig.head + 5); // ("the troops of India and China clashed")
  if (((trig.code === '110' && tokens[trig.head]?.lemma === 'clash') || /^harass/.test(tokens[trig.head]?.lower ?? '')) && forces.some((t) => FORCE_NOUN.test(t.lower) || /^(?:militarily|armed)$/.test(t.lower)) && !forces.some((t) => t.lower === 'coast')) Object.assign(trig, { stance: 'hostile', code: '190', why: 'forces that clash fight, or harass another\'s forces: CAMEO 190' });
  if (trig.stance === 'hostile' && trig.kind === 'noun' && tokens.slice(trig.to, trig.to + 9).some((t, j, all) => t.lower === 'coast' && /^guards?$/.test(all[j + 1]?.lower ?? ''))) Object.assign(trig, { stance: 'tense', code: '130', why: '"clashes between Chinese and Vietnamese coast guard vessels": confrontations of coast guards are grey-zone pressure, tense by the conventions' });
  // ("the former enemies", "one-time allies": a relation that was, named to say it is over.)
  // ("Talks between the two countries, which had been under way for a decade, were paused", "the deal was scrapped":
  // what is ended, in the passive, is ended.)
  if (trig.kind === 'noun' && (trig.stance === 'cooperative' || trig.stance === 'warming') && !trig.negated) {
    let k = trig.to;
    // (Past a participle right after the noun: "Flights carrying Russians to Georgia will be halted".)
    for (; k < Math.min(tokens.length, trig.to + 24) && (tokens[k]?.pos !== 'VERB' || (k === trig.to && /(?:ing|ed)$/.test(tokens[k]?.lower ?? ''))); k++) {
      if (tokens[k]?.text !== ',' && tokens[k]?.text !== ';') continue;
      if (tokens[k]?.text === ';' || !/^(?:which|who|that)$/.test(tokens[k + 1]?.lower ?? '')) break;
      // (Past an aside: to the comma that closes it.)
      const close = tokens.findIndex((t, j) => j > k + 1 && t.text === ',');
      if (close < 0) break;
      k = close;
    }
    const v = tokens[k];
    // (Past an adverb: "Trade between the two nations has been fully suspended".)
    let be = k - 1;
    while (tokens[be]?.pos === 'ADV' && !NEGATION.has(tokens[be]?.lower ?? '')) be--;
    // (And "is over": "The military cooperation between the two nations is over".)
    const over = tokens.slice(trig.to, k).findIndex((t) => t.lemma === 'be' && t.pos === 'AUX') + trig.to;
    if (over >= trig.to && tokens[over + 1]?.lower === 'over' && /^(?:[.,;]|and|but|now)$/.test(tokens[over + 2]?.lower ?? '.')) Object.assign(trig, { stance: 'tense', code: '160', why: 'cooperation that is over reduces relations (CAMEO 16)' });
    else if (v?.pos === 'VERB' && ENDING_VERBS.has(v.lemma) && /(?:ed|en)$/.test(v.lower) && /^(?:was|were|been|be|is|are|being)$/.test(tokens[be]?.lower ?? '')) {
      Object.assign(trig, { stance: 'tense', code: '160', why: `"${tokens[trig.head]?.text} ... ${v.text}": cooperation ended reduces relations (CAMEO 16)` });
    }
  }
  // ("has edged the two countries closer to a full-blown war": drawing closer to a war is no warming.)
  if (trig.stance === 'warming' && tokens.slice(trig.head, trig.to).some((t) => /^(?:closer|close)$/.test(t.lower)) && tokens.slice(trig.to, trig.to + 6).some((t) => /^(?:war|wars|conflict|confrontation|hostilities|fighting|brink|collision|clash|showdown)$/.test(t.lower))) trig.negated = true;
  // ('the envoy is being called back to Jakarta for "consultations"': an envoy recalled for consultations consults at home, with no other state.)
  if (trig.kind === 'noun' && /^consultations?$/.test(tokens[trig.head]?.lower ?? '') && tokens.slice(Math.max(0, trig.from - 10), trig.from).some((t) => /^(?:recall|summon)$/.test(t.lemma) || /^(?:back|home)$/.test(t.lower))) trig.negated = true;
  // ("a waterway that passes under a newly built Russian bridge": passing under, over or through a place yields nothing.)
  if (tokens[trig.head]?.lemma === 'pass' && trig.kind === 'verb' && /^(?:under|over|through|along|beneath|across|near|between)$/.test(tokens[trig.head + 1]?.lower ?? '')) trig.negated = true;
  // ("Vietnam is usually careful about comments against China": what one is careful about or wary of is not done.)
  const about = pastWords(tokens, trig.from - 1, ['DET', 'ADJ']);
  if (/^(?:about|of|with)$/.test(tokens[about]?.lower ?? '') && /^(?:careful|cautious|wary)$/.test(tokens[about - 1]?.lower ?? '')) trig.negated = true;
  // ("who abruptly announced his resignation last week in a television appearance from the kingdom": a leader's own resignation yields to no other state.)
  if (/^083/.test(trig.code ?? '') && tokens.slice(trig.head, trig.head + 4).some((t) => /^(?:resign|resigns|resigned|resigning|resignation)$/.test(t.lower))) trig.negated = true;
  // ("all governments gather information on each other": gathering information or intelligence is no meeting.)
  if (/^04/.test(trig.code ?? '') && /^(?:gather|collect)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:information|intelligence|data|evidence)$/.test(tokens[trig.head + 1]?.lower ?? '')) trig.negated = true;
  // ("groups of migrants have begun to cross the Moroccan-Spanish border": people on the move who cross a border make no incursion.)
  if (trig.code === '190' && /^(?:cross|enter|breach)$/.test(tokens[trig.head]?.lemma ?? '') && MOVERS.test(tokens.slice(Math.max(0, trig.head - 8), trig.head).findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN')?.lower ?? '')) trig.negated = true;
  // (Nor do they visit: "the large number of vehicles loaded with cheap fuel arriving in Tunisia"; nor a state's people, named by their demonym: "Rwandans going into Uganda have been detained".)
  if (trig.code === '042' && tokens[trig.head]?.lemma === 'arrive' && tokens.slice(Math.max(0, trig.head - 8), trig.head).some((t) => t.pos === 'NOUN' && MOVERS.test(t.lower))) trig.negated = true;
  if (/^04/.test(trig.code ?? '') && /^(?:go|travel|come|move|cross|flee|arrive)$/.test(tokens[trig.head]?.lemma ?? '') && tokens[trig.head - 1]?.pos === 'PROPN' && /(?:ans|ese|is)$/.test(tokens[trig.head - 1]?.text ?? '')) trig.negated = true;
  // ("would defend itself", "to defend our sovereignty", "protect their citizens": support given to what is one's own
  // relates to no other state.)
  // (Nor "to protect the interests of domestic farm industries": the home market's.)
  if (trig.kind === 'verb' && trig.stance === 'cooperative' && /^(?:defend|protect|safeguard|uphold|preserve|guard)$/.test(tokens[trig.head]?.lemma ?? '') && (/^(?:itself|themselves|ourselves|himself|herself|our|its|their|own)$/.test(tokens[trig.head + 1]?.lower ?? '') || tokens.slice(trig.head + 1, trig.head + 6).some((t) => /^(?:domestic|local|home)$/.test(t.lower)))) trig.negated = true;
  // ("Ecuador's president defended the raid": justifying one's own act supports no one.)
  if (trig.kind === 'verb' && trig.stance === 'cooperative' && /^(?:defend|justify)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.head + 1, trig.head + 4).some((t) => /^(?:raid|attack|strike|strikes|arrest|detention|operation|incursion|decision|move|action|actions)$/.test(t.lower))) trig.negated = true;
  // ("agreeing to prioritise efforts to combat drug smuggling, human trafficking, online scams": a fight against a crime or a scourge is on no state.)
  // (So is stepping up the fight: "step up efforts to combat drug trafficking", which the dictionary reads as a threat of force.)
  const fightsScourge = (k: number) => /^(?:combat|fight|tackle|counter|battle|curb|crack|eradicate|stamp)$/.test(tokens[k]?.lemma ?? '') && tokens.slice(k + 1, k + 5).some((t) => SCOURGE.test(t.lower));
  if (trig.kind === 'verb' && (trig.stance === 'hostile' || trig.stance === 'tense') && [0, 1, 2, 3, 4, 5, 6].some((d) => fightsScourge(trig.head + d))) trig.negated = true;
  // ("Russia removed its troops from Syria": one's own forces taken out are no expulsion of another's.)
  if (trig.code === '174' && tokens.slice(trig.from, trig.to).some((t) => /^(?:its|their|our|his|her)$/.test(t.lower)) && /^(?:troops|forces|soldiers|contingent|personnel)$/.test(tokens[trig.to - 1]?.lower ?? '')) trig.negated = true;
  // ("not in conformity with good neighbourly relations", "contrary to friendly relations": a norm an act is said to break is no relation held; not an instrument whose signing is told, "contrary to the 1972 agreement, signed between India and Pakistan".)
  if (trig.kind === 'noun' && (trig.stance === 'cooperative' || trig.stance === 'warming') && !/^(?:signed|concluded)$/.test(tokens[tokens[trig.to]?.text === ',' ? trig.to + 1 : trig.to]?.lower ?? '') && /\b(?:not in (?:conformity|keeping|line) with|contrary to|inconsistent with|incompatible with|at odds with|in violation of|in breach of)(?: \S+){0,2}$|\bunequal$/.test(tokens.slice(Math.max(0, trig.from - 7), trig.from).map((t) => t.lower).join(' '))) trig.negated = true; // (nor "unequal treaties", imposed, no agreement)
  // ("vetoed a resolution condemning Israel", "rejected the ruling favouring Manila": what a rejected text says is not said by the one who rejects it.)
  if (trig.kind === 'verb' && /ing$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.head - 1]?.pos === 'NOUN' && tokens.slice(Math.max(0, trig.head - 6), trig.head - 1).some((t) => t.pos === 'VERB' && /^(?:reject|veto|block|oppose|dismiss|scrap|overturn)$/.test(t.lemma))) trig.negated = true;
  // ("renewed his government's attack on a new property law in Poland", "a scathing attack on Israeli policy": an attack on words or measures is criticism (CAMEO 111).)
  if (trig.kind === 'noun' && trig.stance === 'hostile' && /^(?:attacks?|assaults?|onslaught|broadside|salvo)$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.to]?.lower === 'on' && SAID_OR_DECIDED.test(tokens.slice(trig.to + 1, trig.to + 7).find((t, j, all) => t.pos === 'NOUN' && all[j + 1]?.pos !== 'NOUN')?.lower ?? '')) Object.assign(trig, { stance: 'tense', code: '111', why: 'an attack on a law, a policy or words is criticism (CAMEO 111)' });
  // ("will do nothing to ease tension with North Korea", "did little to improve ties": what is done nothing for is not done.)
  if (trig.kind === 'verb' && tokens[trig.from - 1]?.lower === 'to' && /^(?:nothing|little)$/.test(tokens[trig.from - 2]?.lower ?? '') && tokens[trig.from - 3]?.lemma === 'do') trig.negated = true;
  // ("Pakistan claimed that it had shot down two Indian jets", "claimed that its military does not target Ukrainian cities", "claimed that he is in their custody": claiming one's own act, or a person's state, is telling it, no accusation; so is "they claimed to have contributed", an infinitive of the claimant's own.)
  if (trig.kind === 'verb' && /^claim(?:s|ed|ing)?$/.test(tokens[trig.head]?.lower ?? '') && (/^(?:it|they|we|he|she|its|their|our)$/.test(tokens[trig.head + (tokens[trig.head + 1]?.lower === 'that' ? 2 : 1)]?.lower ?? '') || (tokens[trig.head + 1]?.lower === 'to' && ['VERB', 'AUX'].includes(tokens[trig.head + 2]?.pos ?? '')))) trig.negated = true;
  // ("shut down its airspace to commercial flights", "banned trade": what is closed to or barred is not had, within six words; and
  // what one is barred from doing, further on: "Russian airlines are prohibited from carrying out air transportation (including commercial flights)".)
  if (trig.kind === 'noun' && trig.stance === 'cooperative' && tokens.slice(Math.max(0, trig.from - 10), trig.from).some((t, j, all) => t.pos === 'VERB' && ((j >= all.length - 6 && /^(?:close|shut|ban|bar|deny)$/.test(t.lemma)) || (/^(?:prohibit|forbid|bar|ban)$/.test(t.lemma) && all[j + 1]?.lower === 'from')))) trig.negated = true;
  // ("whose backing Sweden needs", "Kyiv needs Western support": support needed, sought or lacked is not given.)
  if ((trig.kind === 'noun' || /^(?:whose|['’]s)$/.test(tokens[trig.from - 1]?.lower ?? '')) && trig.stance === 'cooperative' && /^(?:support|backing|approval|blessing|consent|endorsement|help|assistance)$/.test(tokens[trig.head]?.lower ?? '') && (tokens.slice(Math.max(0, trig.from - 5), trig.from).findLast((t) => t.pos === 'VERB')?.lemma.match(NEEDING) || (tokens[trig.from - 1]?.lower === 'whose' && tokens.slice(trig.to, trig.to + 4).find((t) => t.pos === 'VERB')?.lemma.match(NEEDING)))) trig.negated = true;
  // ("to gain entry to the alliance", "its membership in the alliance": an alliance one enters is a body, no alliance of the states told.)
  if (trig.kind === 'noun' && /^(?:alliance|bloc|coalition|grouping)$/.test(tokens[trig.head]?.lower ?? '') && /^(?:entry|accession|membership|admission|bid|application) (?:to|into|in|of|for)(?: the| this| that)?(?: \S+)?$/.test(tokens.slice(Math.max(0, trig.from - 5), trig.from).map((t) => t.lower).join(' ').replace(/^.*?(?=\b(?:entry|accession|membership|admission|bid|application)\b)/, ''))) trig.negated = true;
  // ("a ban on importing Zambian beer", "restrictions on selling arms to": what a measure bars is not done.)
  if (trig.stance === 'cooperative' && /ing$/.test(tokens[trig.head]?.lower ?? '') && trig.from === trig.head && /^(?:on|against)$/.test(tokens[trig.from - 1]?.lower ?? '') && /^(?:bans?|embargo(?:es)?|restrictions?|prohibitions?|curbs?|moratorium|limits?|sanctions)$/.test(tokens[trig.from - 2]?.lower ?? '')) trig.negated = true;
  // ("China and Bhutan don't have diplomatic relations": relations not had are absent, a break by the conventions, as "have no diplomatic relations" is; had, they tell no act: "Taiwan now has formal diplomatic relations with only 14 nations".)
  if (tokens[trig.head]?.lemma === 'have' && /^(?:relations|ties)$/.test(tokens[trig.to - 1]?.lower ?? '') && !tokens.slice(trig.from, trig.to).some((t) => t.lower === 'no')) { // (the idiom reads severed; "have normal diplomatic relations" are relations had, cooperative)
    if (tokens.slice(trig.head + 1, trig.to).some((t) => NOT.test(t.lower))) trig.negated = true; const kind = !trig.negated && tokens.slice(trig.head + 1, trig.to).some((t) => /^(?:normal|good|friendly|close|cordial|warm|strong|excellent|full)$/.test(t.lower)); // (and a negation inside the words: "have never had full diplomatic relations")
    if (kind) Object.assign(trig, { stance: 'cooperative', code: null });
    else trig.negated = !trig.negated;
  }
  if (trig.kind === 'verb' && trig.stance === 'hostile' && /^(?:plots?|rings?|networks?|schemes?|conspirac(?:y|ies)|cells?|gangs?)$/.test(tokens.slice(trig.to, trig.to + 5).find((t, j, all) => t.pos === 'NOUN' && !(all[j + 1]?.pos === 'NOUN'))?.lower ?? '')) trig.negated = true; // ("had broken up a plot by two men linked to the Iranian government": force on a plot, a ring or a network is police work, no attack on a state)
  // ("had been illegally buying maize from Zambian farms": what is done against the law is no cooperation.)
  if (trig.stance === 'cooperative' && tokens.slice(Math.max(0, trig.from - 2), trig.from).some((t) => /^(?:illegally|unlawfully|illicitly)$/.test(t.lower))) trig.negated = true;
  // ("struck to stop further JeM attacks", "to halt Russian attacks": stopping another's attacks is no de-escalation of one's own; "stop its attacks" is.)
  if ((trig.code ?? '').startsWith('087') && trig.kind === 'verb') {
    const object = tokens.slice(trig.to, trig.to + 5);
    const hit = object.findIndex((t) => /^(?:attacks?|strikes?|raids?|shelling|aggression|incursions?|offensive)$/.test(t.lower));
    if (hit > 0 && object.slice(0, hit).some((t) => t.pos === 'PROPN') && !object.slice(0, hit).some((t) => /^(?:its|their|our)$/.test(t.lower))) trig.negated = true;
  }
  // ("declared a halt to its talks with Japan", "the suspension of cooperation", "a temporary ban on passenger flights between Russia and Georgia": a noun of
  // stopping before cooperation ends it, between its own pair (CAMEO 16). Not a conflict settled: "put an end to the dispute" (037).)
  const base = Math.max(0, trig.from - 4 - 2 * tokens.slice(Math.max(0, trig.from - 6), trig.from).filter((t) => t.text === '-').length); // (past a hyphened compound's parts: "the end of the intelligence-sharing pact")
  const ending = trig.kind === 'noun' && (trig.stance === 'cooperative' || trig.stance === 'warming') && trig.code !== '037' ? tokens.slice(base, trig.from).findIndex((t, j, all) => STOPPING_NOUN.test(t.lower) && /^(?:to|of|in|on)$/.test(all[j + 1]?.lower ?? '')) : -1;
  // (Nor one lifted: "lifted a restriction on defence cooperation with Azerbaijan" is read at "lifted".)
  const lifted = ending >= 0 && tokens.slice(Math.max(0, base + ending - 4), base + ending).some((t) => t.pos === 'VERB' && SETTLING_VERBS.has(t.lemma));
  if (ending >= 0 && !lifted) Object.assign(trig, { stance: 'tense', code: '160', why: `"${tokens[base + ending]?.text} ${tokens[base + ending + 1]?.text} ... ${tokens[trig.head]?.text}": cooperation halted, banned or suspended reduces relations (CAMEO 16)` });
  // ("it is impossible to discuss a document with a state that ...", "was unable to meet": what cannot be done is not done.)
  if (trig.kind === 'verb' && tokens[trig.from - 1]?.lower === 'to' && (/^(?:impossible|unable|unwilling|powerless)$/.test(tokens[trig.from - 2]?.lower ?? '') || (tokens[trig.from - 2]?.lower === 'able' && tokens.slice(Math.max(0, trig.from - 6), trig.from - 2).some((t) => /^(?:not|n't|never)$/.test(t.lower))))) trig.negated = true; // (and "haven't been able to establish contact")
  // ("Russia must apologize to Azerbaijan", "they should restore ties": what a state must or should do is asked of it, not done (demandsToStop.ts); a stance it must take, "must defend against Pyongyang", is taken.)
  if (trig.stance !== 'tense' && askedToDo(trig, tokens)) trig.negated = true;
  // ("gave Kenyan diplomats seven days to leave the country": a time limit to leave is an expulsion (CAMEO 174), not a gift.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'give' && tokens.slice(trig.to, trig.to + 10).some((t, j, all) => /^(?:days|hours|weeks|deadline)$/.test(t.lower) && all[j + 1]?.lower === 'to' && /^(?:leave|depart|quit|exit)$/.test(all[j + 2]?.lower ?? ''))) Object.assign(trig, { stance: 'tense', code: '174', why: 'a time limit to leave the country is an expulsion (CAMEO 174)' });
  // ("would withdraw its troops from Somalia, raising concerns that the gains could be undone": what an act raises is others' worry, told as its consequence, not a protest by its doer.)
  if (trig.kind === 'verb' && /^(?:raising|sparking|stoking|fuelling|fueling|prompting|triggering)$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.head - 1]?.lower === ',' && tokens.slice(trig.head + 1, trig.head + 4).some((t, j, all) => /^(?:concerns?|fears?|worries|questions|doubts|alarm)$/.test(t.lower) && all[j + 1]?.lower === 'that')) trig.negated = true;
  // ("decided to revoke the permission for the operation of the U.S. Consulate General in Chengdu": a mission's licence withdrawn closes it, severed as closing it is.)
  if (/^(?:withdraw|revoke|rescind|cancel|pull)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.head + 1, trig.head + 4).some((t) => /^(?:consent|permission|approval|accreditation|licen[cs]e)$/.test(t.lower)) && tokens.slice(trig.head + 2, trig.head + 14).some((t) => /^(?:embassy|consulate|consulate-general|mission|office)$/.test(t.lower))) Object.assign(trig, { stance: 'severed', code: '161', why: 'withdrawing the consent for a mission closes it (severed, as closing it is)' });
  // ("China notified the U.S. Embassy that it would revoke ...", "informed Kenya of its decision to": what is told is the act; telling it is no cooperation.)
  if (trig.kind === 'verb' && /^(?:notify|inform)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.to, trig.to + 8).some((t) => t.lower === 'that' || t.lower === 'of')) trig.negated = true;
  // ("China welcomed the decision to sever ties with Taiwan": a decision judged, with no owner named, is another's: not the judge's act.)
  if (tokens[trig.from - 1]?.lower === 'to' && /^(?:decision|move|choice|step|plan|bid)$/.test(tokens[trig.from - 2]?.lower ?? '') && tokens[trig.from - 3]?.lower === 'the' && /^(?:welcome|commend|praise|hail|applaud|appreciate|salute|condemn|criticise|criticize|denounce|deplore|regret|slam|reject|oppose|support|back|endorse)$/.test(tokens.slice(Math.max(0, trig.from - 6), trig.from - 3).findLast((t) => t.pos === 'VERB')?.lemma ?? '')) trig.negated = true;
  // ("withdraw personnel from its embassy in the Solomon Islands": people pulled out of a mission are a recall (tense), not a military de-escalation.)
  if ((trig.code ?? '').startsWith('087') && tokens.slice(trig.to, trig.to + 6).some((t, j, all) => t.lower === 'from' && /^(?:its|their|the)$/.test(all[j + 1]?.lower ?? '') && /^(?:embassy|embassies|mission|missions|consulate|consulates)$/.test(all[j + 2]?.lower ?? ''))) Object.assign(trig, { stance: 'tense', code: '161', why: 'staff withdrawn from a mission: a recall reduces relations (tense by the conventions)' });
  // ("Oman and Qatar have both called for restraint": "have ... called" is a perfect tense, no call held.)
  if (trig.code === '040' && tokens[trig.head]?.lemma === 'have' && /ed$/.test(tokens[trig.to - 1]?.lower ?? '')) trig.negated = true;
  // ("have supported rival Islamist-leaning factions": "rival" before a noun says the factions compete, not that the subjects do.)
  if (trig.kind === 'noun' && /^rival$/.test(tokens[trig.head]?.lower ?? '') && (['ADJ', 'NOUN'].includes(tokens[trig.head + 1]?.pos ?? '') || tokens[trig.head + 2]?.text === '-')) trig.negated = true;
  // ("summoned the Israeli ambassador for a meeting later that day": the meeting is the summons, no talks of its own.)
  if (trig.kind === 'noun' && /^(?:meeting|talks)$/.test(tokens[trig.head]?.lower ?? '') && tokens.slice(Math.max(0, trig.from - 4), trig.from).some((t) => t.lower === 'for') && tokens.slice(Math.max(0, trig.from - 12), trig.from).some((t) => t.lemma === 'summon')) trig.negated = true;
  // ("the circumstances leading up to the incident": what came before, no lead taken with anyone.)
  if (tokens[trig.head]?.lemma === 'lead' && tokens[trig.head + 1]?.lower === 'up' && tokens[trig.head + 2]?.lower === 'to') trig.negated = true;
  // ("leading the Indonesian Foreign Ministry to issue a protest": what makes another act is no act of its own; the act it leads to is.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'lead' && tokens.slice(trig.head + 1, trig.head + 14).some((t, j, all) => t.lower === 'to' && all[j + 1]?.pos === 'VERB' && all.slice(0, j).some((x) => x.pos === 'PROPN' || /^(?:it|them|him|her)$/.test(x.lower)) && all.slice(0, j).every((x) => x.pos !== 'VERB' && x.pos !== 'ADP'))) trig.negated = true;
  // ("a missile bringing down the U.S. Navy RQ-4A Global Hawk": what is brought down is no gift, whatever it is called.)
  if (trig.stance === 'cooperative' && tokens[trig.head]?.lemma === 'bring' && tokens[trig.head + 1]?.lower === 'down') trig.negated = true;
  // ("should pay a high price for visiting Taiwan": a price to be paid is a threat told by another, no payment.)
  if (tokens[trig.head]?.lemma === 'pay' && tokens.slice(trig.head + 1, trig.head + 6).some((t) => /^prices?$/.test(t.lower))) trig.negated = true; // (past quotation marks: 'pay a “heavy price”')
  // ("would charge a fee that would be relatively low for the U.S.": a price charged is no charge laid against anyone.)
  const charged = tokens[trig.head]?.lemma === 'charge' ? tokens.findIndex((t, k) => k > trig.head && !['DET', 'ADJ', 'NUM'].includes(t.pos)) : -1;
  if (charged > 0 && /^(?:fees?|prices?|rents?|tolls?|interest|duties|tariffs?|levies|money|premiums?)$/.test(tokens[charged]?.lower ?? '')) trig.negated = true;
  // ("Eritrea's arch-foe Ethiopia": a prefix joined by a hyphen is part of the word.)
  if (tokens[trig.from - 1]?.text === '-' && tokens[trig.from - 2]?.lower === 'arch') trig.from -= 2;
  // ("100 Russian prisoners of war", "war prisoners": prisoners named by a war fight none.)
  if (/^wars?$/.test(tokens[trig.head]?.lower ?? '') && ((tokens[trig.head - 1]?.lower === 'of' && /^(?:prisoners?|pows?)$/.test(tokens[trig.head - 2]?.lower ?? '')) || /^(?:prisoners?|veterans?|memorials?|graves|cemetery|dead)$/.test(tokens[trig.head + 1]?.lower ?? ''))) trig.negated = true;
  // ("Russia released 100 Ukrainian prisoners in exchange for 100 Russian prisoners": a release in exchange is a swap, a deal between the two (CAMEO 057), as "swap prisoners" is.)
  if (/^(?:release|free)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.head + 1, trig.head + 12).some((t, j, all) => t.lower === 'exchange' && all[j - 1]?.lower === 'in' && all[j + 1]?.lower === 'for')) Object.assign(trig, { stance: 'cooperative', code: '057', mutual: true, why: 'a release in exchange for others is a prisoner swap, a deal between two states (CAMEO 057)' });
  // ("Nigeria has gone a step further by recalling": going further is no visit; nor is "going to" before a verb, the future: "what is going to happen next".)
  if (tokens[trig.head]?.lemma === 'go' && (tokens.slice(trig.head + 1, trig.head + 4).some((t) => /^(?:further|farther)$/.test(t.lower)) || (trig.kind === 'verb' && tokens[trig.head + 1]?.lower === 'to' && tokens[trig.head + 2]?.pos === 'VERB' && tokens[trig.head + 2]?.lower !== 'war'))) trig.negated = true;
  // ("the presidents of Rwanda, Malawi and Congo pulling out of the conference": leaving a gathering is no meeting of those who leave.)
  const gathering = (t: Token) => /^(?:conference|summit|forum|event|games|tournament|competition|ceremony)$/.test(t.lower);
  const leaving = (k: number) => /^(?:pull|walk|drop)$/.test(tokens[k]?.lemma ?? '') && tokens[k + 1]?.lower === 'out';
  if ((leaving(trig.head) && tokens.slice(trig.head + 2, trig.head + 6).some(gathering)) || (gathering(tokens[trig.head] as Token) && [2, 3, 4, 5].some((d) => leaving(trig.from - d) && tokens[trig.from - d + 2]?.lower === 'of'))) trig.negated = true; // (nor the summit left)
  // ("sanctions targeting Russian banks", "a law targeting Chinese apps": what a measure is aimed at is not struck; the measure names the act.)
  if (trig.kind === 'verb' && trig.stance === 'hostile' && tokens[trig.head]?.lemma === 'target' && MEASURE_NOUN.test(tokens[trig.head - 1]?.lower ?? '')) trig.negated = true;
  if (trig.kind === 'noun' && /^(?:former|erstwhile|onetime|one-time|ex)$/.test(tokens[trig.from - 1]?.lower ?? '') && /^(?:foes?|enemies|enemy|rivals?|adversar(?:y|ies)|allies|ally|partners?)$/.test(tokens[trig.head]?.lower ?? '')) trig.negated = true;
  if (trig.why === BOYCOTT_WHY) trig.negated = false; // (a boycott's negation is the boycott: "decided not to participate in the inauguration")
  if (trig.kind === 'verb' && /^(?:make|render)$/.test(tokens[trig.head]?.lemma ?? '') && onlyExpected(trig, tokens)) trig.negated = true; // ("made peace impossible")
  // ("hours before Blinken was to depart for Beijing": arranged in the past and not done, unlike "will visit".)
  if (trig.kind === 'verb' && tokens[trig.head - 1]?.lower === 'to' && /^(?:was|were)$/.test(tokens[trig.head - 2]?.lower ?? '')) trig.negated = true;
  // ("as Prime Minister Sharif's plane entered Saudi airspace": a leader's flight, no incursion.)
  if (trig.stance === 'hostile' && tokens[trig.head]?.lemma === 'enter' && /^(?:plane|aircraft|airliner|flight|jet)$/.test(tokens[trig.head - 1]?.lower ?? '') && /^['’]s$/.test(tokens[trig.head - 2]?.lower ?? '')) trig.negated = true;
  if (trig.intent && trig.code && trig.code !== told) Object.assign(trig, intentOf(trig.code, trig.stance)); // ("ECOWAS has threatened to intervene militarily in Niger": an intended act read anew here as another act is that act intended, not done.)
}
