// Readings of the few words right around a trigger that say what it names is not the act it reads
// (readInContext in triggerContext.ts asks them early): good will told in a claim called false, craft
// that travel (and travel from a state, an envoy leaving his post: no visit), allies a verb goes after, bases an attack is on, concerns that "surround", cooperation
// a lifted restriction was on, deals or meetings still to come or told as a cause; and "its own"
// staff withdrawn, a recall. Each has a test.
import { pastDescribing, pastWords, type Token } from './tokens';
import type { Trigger } from './trigger';
import { attackOrWar, disputedPlace, FOLLOWERS, FORCE_NOUN, linkedTo } from './pairingWords';
import { intentOf } from './verbContext';

/** A mission's people, whom "its own" may stand for after withdrawing. */
const STAFF_NOUN = /^(?:advis[eo]rs|attach[eé]s|diplomats|envoys|ambassadors?|staff|personnel|officials|officers)$/;
/** Craft, traffic and private travellers, which travel without being a state's visit. */
const TRAFFIC_NOUN = /^(?:aircraft|airplanes?|planes?|flights?|navigation|traffic|ships?|vessels?|boats?|trains?|trucks?|lorries|cargo|goods|shipments?|tankers?|convoys?|passengers|travell?ers|citizens|nationals|residents|tourists|visitors|pilgrims|expatriates)$/; // (and private people: "urged its citizens living in or visiting China")

/** What is said, which may "target" or "hit" a state without force ("his remarks targeted Israel"). */
const SPEECH_NOUN = /^(?:remarks|comments|criticism|rhetoric|statements?|speech|speeches|words|tirade|tweets?|posts?|editorials?|insults|accusations)$/;

/** Nouns of an instrument that may be named for peace ("a peace agreement", 'the "peace roadmap" joint declaration'). */
const PEACE_INSTRUMENT = /^(?:declarations?|agreements?|accords?|deals?|pacts?|treat(?:y|ies)|roadmaps?)$/;

/** Sets what the words around `trig` make of it (see above). */
export function readNearWords(trig: Trigger, tokens: readonly Token[]): void {
  // ("expose Iran's false allegations regarding its keenness to establish good relations": good will that a claim called false tells of is not had.)
  const falseClaim = tokens.slice(Math.max(0, trig.from - 8), trig.from).findLastIndex((t, j, all) => /^(?:allegations?|claims?|assertions?|pretensions?)$/.test(t.lower) && /^(?:false|baseless|fabricated|untrue|bogus|hollow|empty)$/.test(all[j - 1]?.lower ?? '') && /^(?:regarding|about|of|over|that|on)$/.test(all[j + 1]?.lower ?? '') && !all.slice(j).some((x) => /^[,;:.]$/.test(x.text)));
  if (falseClaim >= 0 && (trig.stance === 'cooperative' || trig.stance === 'warming')) trig.negated = true;
  // ("both countries can resume aerial reconnaissance and surveillance operations around the border": watching or fighting taken up again is no tie restored.)
  if (trig.stance === 'warming' && /^(?:resume|restart)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.head + 1, trig.to).some((t) => /^(?:reconnaissance|surveillance|combat|offensive|bombing|strikes?|spying)$/.test(t.lower))) trig.negated = true;
  // ("expressed his \"deepest regrets\" to Congo for his country's colonial abuses": regret for one's own country's deeds is an apology (CAMEO 055), not the disapproval the dictionary reads in "regret".)
  const regret = trig.code?.startsWith('11') && tokens.slice(trig.from, trig.to).some((t) => /^(?:regret|regrets|remorse)$/.test(t.lower));
  const forOwn = regret ? [0, 1, 2, 3, 4, 5, 6, 7, 8].map((d) => trig.to + d).findIndex((k) => /^(?:for|over)$/.test(tokens[k]?.lower ?? '') && (/^(?:its|their|our)$/.test(tokens[k + 1]?.lower ?? '') || (/^(?:his|her|my)$/.test(tokens[k + 1]?.lower ?? '') && /^(?:country|nation|government|own|people|forces|troops|army|ancestors?|predecessors?)$/.test(tokens[k + 2]?.lower ?? '')))) : -1; // (its own deeds, or a person's country's)
  if (forOwn >= 0) Object.assign(trig, { code: '055', stance: 'warming', why: 'regret for one\'s own country\'s deeds is an apology (CAMEO 055)' });
  if (trig.code === '150' && tokens[trig.head]?.lemma === 'call' && tokens[trig.head + 1]?.lower === 'up' && tokens[trig.head + 2]?.pos === 'PROPN') Object.assign(trig, { code: '040', stance: 'cooperative', why: '"Modi called up Sharif": a leader called up is telephoned, a consultation (CAMEO 040), not forces mobilised' });
  if (trig.kind === 'noun' && trig.stance === 'cooperative' && /^(?:issues|problems|matters|questions|frictions|disputes|irritants)$/.test(tokens[trig.to]?.lower ?? '')) trig.negated = true; // ("is looking into trade issues between the sides": the act's noun describes problems, no act)
  // ("pushed strongly for \"greater engagement\" with Pakistan": pressing for contact or ties with a state is no demand on it.)
  if (trig.kind === 'verb' && (trig.code ?? '').startsWith('10') && ((f) => tokens[f]?.lower === 'for' && tokens.slice(f + 1, f + 6).some((t, j, all) => /^(?:engagement|contacts?|ties|relations|dialogue|cooperation|partnership|rapprochement)$/.test(t.lower) && (all[j + 1]?.lower === 'with' || (/^["”']$/.test(all[j + 1]?.text ?? '') && all[j + 2]?.lower === 'with'))))(trig.to + (tokens[trig.to]?.pos === 'ADV' ? 1 : 0))) trig.negated = true;
  // ("transferred the sovereignty over Macau, its last overseas territory, to the People's Republic of China": the land the yielding is "over" or "of" is what is yielded; the party is the one after "to".)
  if (trig.code === '084' && /^(?:sovereignty|control)$/.test(tokens[trig.to - 1]?.lower ?? '') && /^(?:over|of)$/.test(tokens[trig.to]?.lower ?? '')) {
    let k = trig.to + 1;
    while (k < trig.to + 14 && tokens[k] && tokens[k]!.lower !== 'to' && !['VERB', 'AUX'].includes(tokens[k]!.pos) && !/^[.;:]$/.test(tokens[k]!.text)) k++;
    if (tokens[k]?.lower === 'to' && ['PROPN', 'DET'].includes(tokens[k + 1]?.pos ?? '')) trig.to = k + 1;
  }
  // ("withdraw from an international treaty allowing observation flights": what a treaty or deal allows or gives, told by a participle right after it, is what it says, no act of the clause's subject.)
  if (trig.kind === 'verb' && trig.head === trig.from && /ing$/.test(tokens[trig.head]?.lower ?? '') && /^(?:treaty|treaties|pact|pacts|agreement|agreements|accord|accords|deal|deals|convention)$/.test(tokens[trig.head - 1]?.lower ?? '')) trig.negated = true;
  // ("luring away each other's allies": the allies of each of a pair are others, no bond between the pair; not after a copula, "are each other's closest allies".)
  if (/^(?:all(?:y|ies)|partners?|friends?|supporters?|backers?|clients?)$/.test(tokens[trig.head]?.lower ?? '')) {
    const eachOther = pastWords(tokens, trig.from - 1, ['ADJ']) - 1;
    if (/^['’]s?$/.test(tokens[eachOther + 1]?.text ?? '') && /^(?:other|another)$/.test(tokens[eachOther]?.lower ?? '') && !/^(?:be|remain|become)$/.test(tokens[eachOther - 2]?.lemma ?? '')) trig.negated = true;
  }
  // ("Palau voted with Israel and the United States against the resolution": those who vote together are no pair, as co-signers of a statement are not (the conventions).)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'vote' && tokens[trig.to]?.lower === 'with') trig.negated = true;
  // ("the vote has given Cuba an annual stage": what a vote, a ruling or a report does is no act of a state's; none is its subject.)
  const bySubject = trig.kind === 'verb' ? pastWords(tokens, trig.from - 1, ['AUX', 'ADV']) : -1;
  if (bySubject >= 0 && /^(?:vote|votes|resolution|resolutions|ruling|verdict|report|reports|survey|poll|study)$/.test(tokens[bySubject]?.lower ?? '') && /^(?:the|this|that|its|their)$/.test(tokens[bySubject - 1]?.lower ?? '')) trig.negated = true;
  // ("refused to apologise, defending the right of free speech": a right, a freedom or a principle defended or upheld is no party defended.)
  if (trig.kind === 'verb' && /^(?:defend|uphold|champion)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:right|rights|freedom|freedoms|principle|principles|values|liberty|liberties)$/.test(tokens[pastDescribing(tokens, trig.head + 1)]?.lower ?? '')) trig.negated = true;
  // ("the revolution led by Fidel Castro", "a delegation led by its foreign minister", "Egypt, headed by Anwar Sadat": who leads, heads or rules something is no act toward anyone.)
  if (trig.kind === 'verb' && /^(?:led|headed|chaired|ruled|governed|helmed)$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.head + 1]?.lower === 'by') trig.negated = true;
  // ("accusing its neighbour of supporting rebels who carried out attacks on its soil": backing an armed group that attacks a state is hostile to that state, as military help to one side of a war is to its enemy (the conventions); the accuser's "its" is its target, pairing.ts.)
  if (trig.kind === 'verb' && trig.stance === 'cooperative' && /^(?:back|support|arm|fund|finance|train|sponsor|harbor|harbour|shelter|host)$/.test(tokens[trig.head]?.lemma ?? '') && armedGroupAgainstOwn(tokens, trig.head) > 0) trig.stance = 'hostile';
  // ("as Barbados begins a new chapter in its history": a fresh start in one's own history is no turn in relations with anyone.)
  if (/^(?:chapter|page|era|phase|start)$/.test(tokens[trig.to - 1]?.lower ?? '') && tokens[trig.to]?.lower === 'in' && /^(?:its|their|his|her)$/.test(tokens[trig.to + 1]?.lower ?? '') && /^(?:history|own|life|development|past)$/.test(tokens[trig.to + 2]?.lower ?? '')) trig.negated = true;
  // ("coordination meetings to follow up on issues related to the return of Syrian refugees, border control": what issues are related to is a topic, no act.)
  if (trig.kind === 'noun') {
    const about = pastWords(tokens, trig.from - 1, ['DET', 'ADJ', 'PROPN']);
    if (/^(?:to|concerning|regarding)$/.test(tokens[about]?.lower ?? '') && /^(?:issues|matters|questions|topics|subjects|files|affairs)$/.test(tokens[tokens[about]?.lower === 'to' ? about - 2 : about - 1]?.lower ?? '') && (tokens[about]?.lower !== 'to' || /^(?:related|relating|pertaining)$/.test(tokens[about - 1]?.lower ?? ''))) trig.negated = true;
  }
  // ("The India-Pakistan war goes on": "go on" is to continue, no visit or meeting.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'go' && /^(?:on|ahead)$/.test(tokens[trig.head + 1]?.lower ?? '') && !/^(?:to|with)$/.test(tokens[trig.head + 2]?.lower ?? '')) trig.negated = true;
  // ("Erdogan said he wanted to see the ambassadors ... declared persona non grata": an act wished done to others, in the passive, is intended, not done.)
  if (trig.kind === 'verb' && trig.code && wishedPassive(tokens, trig.head) >= 0) Object.assign(trig, intentOf(trig.code, trig.stance), { intent: true });
  // ("forcing the British, French and Israelis to withdraw": making a state do something is coercion short of force (CAMEO 17), tense; "forced the landing of a flight" stays force.)
  if (trig.kind === 'verb' && trig.stance === 'hostile' && tokens[trig.head]?.lemma === 'force' && tokens.slice(trig.head + 1, trig.head + 12).some((t, j, all) => t.lower === 'to' && all[j + 1]?.pos === 'VERB')) Object.assign(trig, { stance: 'tense', why: 'forcing a state to act is coercion short of force, tense' });
  // ("The verbal attack from Erdogan targeted Israel's military actions": words that target or hit a state are criticism of it (CAMEO 111), no force.)
  if (trig.kind === 'verb' && trig.stance === 'hostile' && /^(?:target|hit|attack|assail|blast)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(Math.max(0, trig.from - 6), trig.from).some((t, j, all) => SPEECH_NOUN.test(t.lower) || (t.lower === 'verbal' && /^(?:attacks?|assaults?|broadsides?)$/.test(all[j + 1]?.lower ?? '')))) Object.assign(trig, { stance: 'tense', code: '111', why: 'words that target a state criticise it (CAMEO 111)' });
  // ("the invasion of Ukraine, backed by Belarus", "the attacks on Israel sponsored by Iran": backing an attack takes part in it, hostile toward whom it strikes, as military help to one side of a war is toward its enemy (the conventions).)
  const attackBacked = trig.kind === 'verb' && trig.stance === 'cooperative' && /ed$/.test(tokens[trig.head]?.lower ?? '') && /^(?:back|sponsor|support|fund|finance|bankroll|arm|aid|assist|orchestrate)$/.test(tokens[trig.head]?.lemma ?? '') && tokens[trig.head + 1]?.lower === 'by';
  const attackAt = attackBacked ? tokens.slice(Math.max(0, trig.head - 6), trig.head).findLastIndex((t) => attackOrWar(t.lower)) + Math.max(0, trig.head - 6) : -1;
  if (attackAt >= 0 && tokens.slice(attackAt + 1, trig.head).every((t, j, all) => ['PROPN', 'DET', 'ADJ', 'PART'].includes(t.pos) || /^(?:of|on|against|in|into)$/.test(t.lower) || (t.text === ',' && j === all.length - 1))) Object.assign(trig, { stance: 'hostile', code: '190', why: `"${tokens[attackAt]?.text} ... ${tokens[trig.head]?.text} by": backing an attack takes part in it, hostile toward whom it strikes` });
  // ("Macau was settled by Portuguese merchants in 1535": a land settled by people is peopled, no dispute settled.)
  if (tokens[trig.head]?.lemma === 'settle' && tokens.slice(trig.head + 1, trig.head + 5).some((t) => /^(?:merchants|traders|colonists|settlers|farmers|immigrants|migrants|missionaries|pioneers|families|fishermen|explorers|tribes|peoples?)$/.test(t.lower))) trig.negated = true;
  // ("Armenia and Azerbaijan fought for 35 years", "they fought in 2020": fighting with no object, of two or more together, is between them, as "clashed" is.)
  if (trig.kind === 'verb' && trig.stance === 'hostile' && /^(?:fight|battle|skirmish)$/.test(tokens[trig.head]?.lemma ?? '') && trig.to === trig.head + 1 && (!tokens[trig.to] || ['ADP', 'PUNCT', 'ADV', 'NUM', 'SCONJ', 'CCONJ'].includes(tokens[trig.to]!.pos)) && !/^(?:against|with|off|back|on|alongside)$/.test(tokens[trig.to]?.lower ?? '') && !(tokens[trig.to]?.lower === 'for' && tokens[trig.to + 1]?.pos !== 'NUM' && !/^(?:years|decades|months|weeks|days|centuries|generations|a|more|over|nearly|almost|about|some|several|many)$/.test(tokens[trig.to + 1]?.lower ?? ''))) trig.mutual = true; // (not "fought for independence")
  // ('signed the "peace roadmap" joint declaration': an instrument named for peace is a peace agreement, warming between former foes, as "a peace deal" is. Not "a joint declaration for peace and economic agreements with Washington", whose partner may be another's.)
  // (And a verb of signing whose object is such an instrument: "have signed the text of a peace agreement".)
  const signedPeace = trig.kind === 'verb' && /^(?:sign|ink|initial|conclude)$/.test(tokens[trig.head]?.lemma ?? '') ? tokens.slice(trig.head + 1, trig.head + 8).findIndex((t, k, all) => t.lower === 'peace' && PEACE_INSTRUMENT.test(all[k + 1]?.lower ?? '') && all.slice(0, k).every((x) => x.pos !== 'VERB' && !/^[,;:.]$/.test(x.text))) : -1;
  const instrument = signedPeace >= 0 ? trig.head + signedPeace + 2 : trig.to - 1;
  if (trig.stance === 'cooperative' && PEACE_INSTRUMENT.test(tokens[instrument]?.lower ?? '') && tokens.slice(Math.max(0, instrument - 5), instrument).some((t, k, all) => t.lower === 'peace' && all.slice(k + 1).every((x) => ['ADJ', 'NOUN', 'PUNCT', 'PROPN'].includes(x.pos) && !/^[,;:.]$/.test(x.text)))) Object.assign(trig, { stance: 'warming', code: '057', why: 'an instrument named for peace is a peace agreement (CAMEO 057), warming between former foes, as "a peace deal" is' });
  // ("raise the risk of a tariffs war erupting between the two countries", "fears of fighting breaking out": what is feared to happen, told by a gerund after the feared thing, has not.)
  const feared = trig.kind === 'verb' && /ing$/.test(tokens[trig.head]?.lower ?? '') ? pastWords(tokens, trig.from - 1, ['DET', 'ADJ', 'NOUN'], 0) : -1;
  if (feared > 0 && tokens[feared]?.lower === 'of' && /^(?:risks?|fears?|dangers?|spectre|specter)$/.test(tokens[feared - 1]?.lower ?? '')) trig.negated = true;
  // ("launched missiles toward several Israeli cities": weapons fired toward a state's towns or forces strike them (CAMEO 195), hostile; toward the state alone they may be a test, a show of force.)
  const toward = trig.code === '150' && /^(?:fire|launch)$/.test(tokens[trig.head]?.lemma ?? '') ? [trig.to - 1, trig.to].find((k) => /^towards?$/.test(tokens[k]?.lower ?? '')) : undefined;
  if (toward !== undefined && /^(?:cities|towns|villages|targets|positions|bases|settlements|homes|areas|troops|forces)$/.test(tokens[pastDescribing(tokens, toward + 1) + (tokens[pastDescribing(tokens, toward + 1)]?.pos === 'PROPN' ? 1 : 0)]?.lower ?? '')) Object.assign(trig, { stance: 'hostile', code: '195', why: 'weapons fired toward a state\'s towns or forces strike them (CAMEO 195)' });
  // ("to shoot down drones entering Polish airspace": a participle of moving after things no one is named for, with no owner before them, is no state's act.)
  if (trig.kind === 'verb' && /^(?:entering|crossing|violating|breaching|penetrating|straying|flying)$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.head - 1]?.pos === 'NOUN' && ['DET', 'ADP', 'PART', 'NUM', 'VERB'].includes(tokens[trig.head - 2]?.pos ?? '') && !/^['’]s?$/.test(tokens[trig.head - 2]?.text ?? '')) trig.negated = true;
  // ("in response to new US government-funded research claiming China had deliberately held back water": a claim a study or a report makes is no state's accusation.)
  if (/^(?:claiming|alleging|accusing|suggesting|saying|asserting)$/.test(tokens[trig.head]?.lower ?? '') && /^(?:research|reports?|study|studies|findings|paper|papers|analysis|analyses|articles?|documents?|data|survey|surveys|investigations?)$/.test(tokens[trig.head - 1]?.lower ?? '')) trig.negated = true;
  // ("took over from Japan as the largest lender": one that takes over "from" another succeeds it, no occupation.)
  if (trig.code === '192' && tokens[trig.head + 1]?.lower === 'over' && tokens[trig.to]?.pos !== 'PROPN') trig.negated = true; // (nor what is no state named right after: "to take over the base")
  // ("France primarily dismissed any participation with the attack": denying one's own part in an act is no rejection of anyone.)
  if (/^(?:dismiss|deny|reject)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:participation|involvement|role|part|responsibility|complicity)$/.test(tokens[pastDescribing(tokens, trig.head + 1)]?.lower ?? '')) trig.negated = true;
  // ("Sukarno promptly affirmed his intention to 'crush Malaysia'": a verb whose object is an intention to do something says only that; the act intended is read in its own words.)
  const intended = trig.head + (/^(?:its|his|her|their|our)$/.test(tokens[trig.head + 1]?.lower ?? '') ? 2 : 1);
  if (trig.kind === 'verb' && (trig.stance === 'cooperative' || trig.stance === 'warming') && /^(?:intention|intentions|intent|plan|plans|determination|resolve|readiness|willingness|desire|wish)$/.test(tokens[pastDescribing(tokens, intended)]?.lower ?? '') && tokens[pastDescribing(tokens, intended) + 1]?.lower === 'to') trig.negated = true;
  // ("proposing a Mexican-German alliance in the case of war between the United States and Germany": what is provided for "in case of" it has not happened.)
  if (/^(?:hostile|tense)$/.test(trig.stance) && /\bin (?:the )?(?:case|event) of (?:an? |the )?$/.test(`${tokens.slice(Math.max(0, trig.from - 5), trig.from).map((t) => t.lower).join(' ')} `)) trig.negated = true;
  // ("the Rio Grande was established as the dividing line between Texas and Mexico": a line that divides is a border, no division between the two.)
  if (tokens[trig.head]?.lower === 'dividing' && /^(?:lines?|walls?|borders?|boundar(?:y|ies))$/.test(tokens[trig.head + 1]?.lower ?? '')) trig.negated = true;
  // ("which went against the terms of the treaty", "he came to realize that": going against or beyond something, or coming to do it, is no visit.)
  if ((tokens[trig.head]?.lemma === 'go' && /^(?:against|beyond)$/.test(tokens[trig.head + 1]?.lower ?? '')) || (tokens[trig.head]?.lemma === 'come' && tokens[trig.head + 1]?.lower === 'to' && tokens[trig.head + 2]?.pos === 'VERB')) trig.negated = true;
  // ("faced the threat of an expanding Germany": a participle between an article and a state's name describes the state, no act.)
  if (trig.kind === 'verb' && trig.from === trig.head && /^(?:a|an|the)$/.test(tokens[trig.head - 1]?.lower ?? '') && /(?:ing|ed)$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.head + 1]?.pos === 'PROPN' && /^[A-Z]/.test(tokens[trig.head + 1]?.text ?? '') && ['PUNCT', 'ADP', 'CCONJ', 'VERB', 'AUX'].includes(tokens[trig.head + 2]?.pos ?? '')) trig.negated = true;
  // ("soon to be signified by the establishing of the Soviet Union", "the founding of Yugoslavia": a state founded is made, no act toward it; not "the establishment of diplomatic relations".)
  const founded = /^(?:establish|found|create|form|proclaim)/.test(tokens[trig.head]?.lemma ?? '') && tokens[trig.head + 1]?.lower === 'of' ? trig.head + (tokens[trig.head + 2]?.lower === 'the' ? 3 : 2) : -1;
  if (founded > 0 && /^[A-Z]/.test(tokens[founded]?.text ?? '') && !tokens.slice(founded, founded + 5).some((t) => /^(?:ties|relations|links|embassy|embassies|consulates?|offices?)$/.test(t.lower))) trig.negated = true;
  // ("keen for improved relations ..., given an increasingly assertive China": "given" after a comma, before what it names, means "considering", no gift.)
  if (tokens[trig.head]?.lower === 'given' && (trig.head === 0 || tokens[trig.head - 1]?.text === ',') && /^(?:an?|the|its|their|his|her|this|that|these|those|growing|increasing|rising)$/.test(tokens[trig.head + 1]?.lower ?? '')) trig.negated = true;
  // ("a Pakistan-India relationship that is free of tensions": what a relation is free of, or is without, it has not.)
  if ((trig.stance === 'tense' || trig.stance === 'hostile') && trig.kind === 'noun' && ((tokens[trig.from - 1]?.lower === 'of' && /^(?:free|absence|devoid|lack)$/.test(tokens[trig.from - 2]?.lower ?? '')) || tokens[trig.from - 1]?.lower === 'without')) trig.negated = true;
  // (Stop 44's reading stands: a war a state is "on the brink of" is none had, and no brinkmanship told: only being brought or drawn "to" the brink is.)
  if (trig.code === '138' && /^brink$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.from - 2]?.lower === 'on') trig.negated = true;
  // ("The two nations almost engaged in a military conflict": force almost used was not; the pair stood at the brink, tense.)
  const nearly = tokens.slice(Math.max(0, trig.from - 6), trig.from).findLastIndex((t) => /^(?:almost|nearly)$/.test(t.lower));
  if (trig.stance === 'hostile' && nearly >= 0 && tokens.slice(Math.max(0, trig.from - 6) + nearly + 1, trig.from).every((t) => !/^[,;:.]$/.test(t.text)) && tokens[Math.max(0, trig.from - 6) + nearly + 1]?.pos === 'VERB') Object.assign(trig, { stance: 'tense', code: '138', why: '"almost engaged in a military conflict": force nearly used is brinkmanship, tense' });
  // ("the largest combat forces sent to Asia since the Vietnam War": a named war after "since" tells the time, no war of the sentence's states.)
  if (/^War$/.test(tokens[trig.head]?.text ?? '') && tokens.slice(Math.max(0, trig.head - 5), trig.head).some((t, j, all) => t.lower === 'since' && all.slice(j + 1).every((x) => x.pos === 'DET' || x.pos === 'PROPN' || x.pos === 'ADJ' || x.text === '-'))) trig.negated = true;
  // ("Germany ceded Alsace-Lorraine to France", "gave up Alsace-Lorraine to France", and the state first: "Russia ceded the Qing Empire almost all lands along the upper Amur": land yielded "to" a state is a return of territory (CAMEO 084), warming by the idioms' convention, no aid.)
  const yielded = /^(?:cede|surrender|relinquish)$/.test(tokens[trig.head]?.lemma ?? '') ? trig.head + 1 : /^(?:give|hand)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:up|over)$/.test(tokens[trig.head + 1]?.lower ?? '') ? trig.head + 2 : -1;
  // (Or after the one it goes to: "Mexico ceded to the Americans almost half of its territory".)
  const toFirst = yielded > 0 && tokens[yielded]?.lower === 'to' ? tokens.findIndex((t, k) => k > yielded + 1 && k <= yielded + 10 && /^(?:territor(?:y|ies)|lands?|colonies|provinces?|regions?|islands?)$/.test(t.lower)) : -1;
  if (toFirst > 0 && trig.stance === 'cooperative') Object.assign(trig, { stance: 'warming', code: '084', why: 'land ceded or given up "to" a state is a return of territory (CAMEO 084), warming by the idioms\' convention, no aid' });
  const land = yielded > 0 ? pastDescribing(tokens, yielded + (/^(?:its|her|his|their)$/.test(tokens[yielded]?.lower ?? '') ? 1 : 0)) : -1;
  if (land > 0 && trig.stance === 'cooperative' && (tokens[land]?.pos === 'PROPN' || /^(?:territor(?:y|ies)|lands?|colonies|provinces?|regions?|islands?|part|parts)$/.test(tokens[land]?.lower ?? '')) && (tokens.slice(land, land + 16).some((t) => t.lower === 'to') || (tokens[land]?.pos === 'PROPN' && tokens.slice(land + 1, land + 9).some((t) => /^(?:territor(?:y|ies)|lands?|provinces?|regions?|islands?|colon(?:y|ies))$/.test(t.lower))))) Object.assign(trig, { stance: 'warming', code: '084', why: 'land ceded or given up "to" a state is a return of territory (CAMEO 084), warming by the idioms\' convention' });
  // ("discussed strategy for ending the war": a strategy for ending a war is planned by one side against another, no peace between the planners.)
  if (trig.stance === 'warming' && /\bstrateg(?:y|ies) for(?: \S+){0,2}$/.test(tokens.slice(Math.max(0, trig.from - 5), trig.from).map((t) => t.lower).join(' '))) trig.negated = true;
  // ("Ugandans traveling for essential purposes were cleared to cross into Rwanda": only forces that cross into a state make an incursion.)
  if (trig.code === '190' && tokens[trig.head]?.lemma === 'cross' && tokens[trig.head + 1]?.lower === 'into' && !tokens.slice(Math.max(0, trig.head - 14), trig.head).some((t) => FORCE_NOUN.test(t.lower) || /^(?:troop|militants|vehicles|units|officers|personnel|armou?r|battalions?|brigades?|columns?|convoys?|systems)$/.test(t.lower))) trig.negated = true;
  // ("Kosovo declared itself independent": a state that declares itself so recognises no one; its declaration is read apart.)
  if (tokens[trig.head]?.lemma === 'declare' && tokens.slice(trig.from, trig.to).some((t) => /^(?:itself|themselves)$/.test(t.lower))) trig.negated = true;
  // ("the operation of the base was under threat, with contested sovereignty": what is "under threat" from no one named is in danger, no one's threat; "under threat from X" is X's.)
  if (/^threats?$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.from - 1]?.lower === 'under' && !/^(?:from|by)$/.test(tokens[trig.to]?.lower ?? '')) trig.negated = true;
  // ("to visit one of the four disputed islands off Hokkaido claimed by Japan", "plans to visit other disputed islands": a visit to a place told as disputed or taken is no visit to the state that claims it, nor to anyone.)
  if (/^(?:visit|tour|trip|stopover)s?$/.test(tokens[trig.head]?.lemma ?? '') && disputedPlace(tokens, trig.to, trig.to + 6)) trig.negated = true;
  // ('warned that it "reserves" the right to take measures to capture water from Helmand': what a state keeps the right to do it has not done; it is threatened.)
  if (trig.stance === 'hostile' && /\breserve[sd]? the right to\b/.test(tokens.slice(Math.max(0, trig.from - 12), trig.from).filter((t) => !/^["“”']$/.test(t.text)).map((t) => t.lower).join(' ')) && trig.code) Object.assign(trig, { intent: true }, intentOf(trig.code, trig.stance));
  // ("Eswatini is almost entirely surrounded by South Africa": a state another's land lies around is where it is, no encirclement; troops that surround it are.)
  if (/^(?:surround|encircle|enclose)$/.test(tokens[trig.head]?.lemma ?? '') && trig.passive && !tokens.slice(trig.to, trig.to + 6).some((t) => FORCE_NOUN.test(t.lower))) trig.negated = true;
  // ("a history of rivalry going back centuries": what goes back in time is no journey.)
  if (tokens[trig.head]?.lemma === 'go' && tokens[trig.head + 1]?.lower === 'back' && /^(?:centuries|decades|years|generations|millennia|more|over|nearly|almost|some)$/.test(tokens[trig.head + 2]?.lower ?? '')) trig.negated = true;
  // ("should not wait for another disaster to hit one country": an infinitive whose subject after "for" is a natural disaster is the disaster's, no actor's.)
  const forAt = pastWords(tokens, trig.from - 3, ['DET', 'ADJ']);
  if (trig.kind === 'verb' && tokens[trig.from - 1]?.lower === 'to' && /^(?:disasters?|earthquakes?|quakes?|floods?|storms?|hurricanes?|typhoons?|cyclones?|tsunamis?|droughts?|fires?|wildfires?|pandemics?|epidemics?|famines?)$/.test(tokens[trig.from - 2]?.lower ?? '') && tokens[forAt]?.lower === 'for') trig.negated = true;
  // ("launched strikes against targets connected to Houthis": a participle of ties after a noun describes the noun; it is no act.)
  if (trig.kind === 'verb' && linkedTo(tokens, trig.head)) trig.negated = true;
  // ("Beijing has paid only lip service to New Delhi's aspirations": support in words only is none.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'pay' && tokens.slice(trig.head + 1, trig.head + 4).some((t, j, all) => t.lower === 'service' && all[j - 1]?.lower === 'lip')) trig.negated = true;
  // ("France beat Germany 2-1 in the World Cup final": a game's result, told by its score or its contest, is no act of force.)
  if (trig.kind === 'verb' && /^(?:beat|defeat|thrash|trounce|crush|rout|edge|outplay|draw|tie|overcome)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.some((t, j) => /^\d+-\d+$/.test(t.text) || (/^\d+$/.test(t.text) && tokens[j + 1]?.text === '-' && /^\d+$/.test(tokens[j + 2]?.text ?? '')) || /^(?:match|game|semi-final|semifinal|quarter-final|quarterfinal|tournament|championship|league|cup|olympics|goals|innings|wickets)$/.test(t.lower))) trig.negated = true;
  // ("El Salvador and Honduras met in the semi-finals", "prepared to meet each other in World Cup qualifying": teams that meet in a contest hold no meeting of states.)
  if (trig.kind === 'verb' && /^(?:meet|face|play|host)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.to, trig.to + 8).some((t) => /^(?:matches|semi-finals|semifinals|quarter-finals|quarterfinals|finals|qualifying|qualifiers?|play-offs?|playoffs?|fixtures?|cup|olympics|tournament|championship)$/.test(t.lower))) trig.negated = true;
  // ("Kennedy continued to support the plan for overthrowing Castro": backing a plan is no support of whom the plan acts on; the plan's own act is read.)
  const planned = pastDescribing(tokens, trig.head + 1);
  if (trig.kind === 'verb' && trig.stance === 'cooperative' && /^(?:support|back|endorse|approve|favou?r|continue)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:plans?|ideas?|proposals?|efforts?|bids?|campaigns?|schemes?|strateg(?:y|ies)|projects?|operations?)$/.test(tokens[planned]?.lower ?? '') && /^(?:for|to|of)$/.test(tokens[planned + 1]?.lower ?? '') && tokens[planned + 2]?.pos === 'VERB') trig.negated = true;
  // ("the likelihood that he will meet Pakistan President Nawaz Sharif": what is only likely is not had.)
  // ("fears that Nazi Germany could possibly stage an attack": what is feared may happen; not what is feared to have happened.)
  if (tokens.slice(Math.max(0, trig.from - 10), trig.from).some((t, j, all) => all[j + 1]?.lower === 'that' && (/^(?:likelihood|possibility|prospect|prospects|chance|chances|probability)$/.test(t.lower) || (/^(?:fears?|worries|concerns?)$/.test(t.lower) && all.slice(j + 2).some((x) => /^(?:could|might|may|would|will)$/.test(x.lower)))))) trig.negated = true;
  // ("supported an attempt by him to launch a rebellion in Uganda": backing a rebellion or a coup in a state is hostile to it (CAMEO 18), not support of it. Not rebels named as an actor: "backing M23 rebels in the east of the country" is help to the M23, cooperative by the conventions.)
  const rising = tokens.slice(trig.to, trig.to + 10).findIndex((t) => /^(?:rebellions?|insurgency|insurgencies|uprisings?|revolts?|insurrections?|coups?|rebels|insurgents)$/.test(t.lower));
  if (trig.kind === 'verb' && !trig.compound && trig.stance === 'cooperative' && /^(?:support|back|fund|finance|arm|sponsor|aid|help|encourage)$/.test(tokens[trig.head]?.lemma ?? '') && rising >= 0 && /^(?:in|against)$/.test(tokens[trig.to + rising + 1]?.lower ?? '') && tokens[trig.to + rising - 1]?.pos !== 'PROPN') Object.assign(trig, { stance: 'hostile', code: '180', why: '"supported an attempt to launch a rebellion in Uganda": backing a rising in a state is hostile to it (CAMEO 18)' });
  // ("under which Czechoslovakia was compelled to surrender its districts to Germany": what a state is forced to give is no cooperation of its own.)
  if (trig.kind === 'verb' && (trig.stance === 'cooperative' || trig.stance === 'warming') && tokens[trig.from - 1]?.lower === 'to' && /^(?:compelled|forced|coerced|obliged|pressured|pressed)$/.test(tokens[trig.from - 2]?.lower ?? '') && tokens[trig.from - 3]?.lemma === 'be') trig.negated = true;
  // ("close air navigation coming from or heading to the Malian state", "aircraft traveling to or from Mali", "its citizens living in or visiting China": a participle of travel whose subject is craft, traffic or private people tells no state's visit.)
  if (trig.kind === 'verb' && (trig.code ?? '').startsWith('04') && /(?:ing|ed)$/.test(tokens[trig.head]?.lower ?? '') && tokens.slice(Math.max(0, trig.from - 5), trig.from).some((t, j, all) => TRAFFIC_NOUN.test(t.lower) && all.slice(j + 1).every((x) => x.pos === 'VERB' || x.pos === 'ADP' || x.pos === 'CCONJ' || x.pos === 'ADV'))) trig.negated = true;
  // ("condemned the attack, calling it a heinous strike targeting Qatar's sovereignty": force named in what an act is called is that act, told already, not the caller's own.)
  // (Only inside that name, with nothing between but its words: not "calling it a provocation, and bombed Syria".)
  if (trig.stance === 'hostile' && tokens.slice(Math.max(0, trig.from - 8), trig.from).some((t, j, all) => /^(?:call|describe|brand|label|term|dub)$/.test(t.lemma) && /^(?:it|them|this|that)$/.test(all[j + 1]?.lower ?? '') && all.slice(j + 2).every((x) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV'].includes(x.pos) || /^["“”]$/.test(x.text)))) trig.negated = true;
  // ("was able to save a great deal of expense for both the United States and Denmark": "a great deal of" is a quantity, no agreement.)
  if (tokens[trig.head]?.lower === 'deal' && /^(?:great|good|fair)$/.test(tokens[trig.head - 1]?.lower ?? '') && tokens[trig.head + 1]?.lower === 'of') trig.negated = true;
  // ("two countries called Japan and South Korea, who live close to each other in Asia": closeness where one lives or lies is nearness, no friendship.)
  if (trig.kind === 'noun' && /^(?:close|closer)$/.test(tokens[trig.head]?.lower ?? '') && /^(?:live|lie|sit|locate|situate)$/.test(tokens[pastWords(tokens, trig.from - 1, ['ADV', 'AUX'])]?.lemma ?? '')) trig.negated = true;
  // ("Two Vietnamese fishing boats entered Malaysian waters": force or an incursion by fishermen, smugglers or tourists, named right before it, is no state's.)
  if (trig.kind === 'verb' && trig.stance === 'hostile' && tokens.slice(Math.max(0, trig.from - 5), trig.from).some((t, j, all) => FOLLOWERS.test(t.lower) && all.slice(j + 1).every((x) => x.pos === 'NOUN' || x.pos === 'ADV'))) trig.negated = true;
  // ("Nigerian security service agents ... traveled to London": a covert team whose nouns open the sentence makes no visit.)
  if (trig.kind === 'verb' && /^04[23]/.test(trig.code ?? '')) {
    const opening = tokens.findIndex((t) => t.pos === 'NOUN'), openingEnd = opening < 0 ? -1 : tokens.findIndex((t, j) => j > opening && t.pos !== 'NOUN');
    if (openingEnd > 0 && openingEnd <= trig.from && /^(?:agents|operatives|spies|commandos|assassins|hitmen|kidnappers|saboteurs)$/.test(tokens[openingEnd - 1]?.lower ?? '')) trig.negated = true;
  }
  // ("appeared at the scene after travelling overland from Germany", "Karamanlis returned from Paris": where one comes from is no one visited.)
  if (trig.kind === 'verb' && /^04/.test(trig.code ?? '') && /^(?:travel|fly|drive|come|head|return)$/.test(tokens[trig.head]?.lemma ?? '') && (tokens[trig.head + 1]?.lower === 'from' || (tokens[trig.head + 1]?.pos !== 'PROPN' && tokens[trig.head + 1]?.lower !== 'to' && tokens[trig.head + 2]?.lower === 'from'))) trig.negated = true;
  // ("the Ryanair plane in Minsk, which was flying from Athens to Vilnius": a plane's flight, no one's but a possessor's, is no visit.)
  if (trig.kind === 'verb' && /^04[23]/.test(trig.code ?? '') && /^(?:fly|head|travel)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(Math.max(0, trig.head - 10), trig.head).some((t, j, all) => /^(?:planes?|aircraft|airliners?|jets?|flights?|helicopters?|drones?)$/.test(t.lower) && !/^['’]s$/.test(all[j - 1]?.lower ?? ''))) trig.negated = true;
  // ("Ambassador Sylvain Itte, who had been asked to leave, departed from Niamey": an envoy going away from his post meets no one; the dictionary reads a meeting, 040.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'depart' && tokens.slice(0, trig.head).some((t) => /^(?:ambassador|envoy|diplomat|diplomats|consul|charg[ée]|staff)$/.test(t.lower))) trig.negated = true;
  // ("its alleged military support", "the alleged attack": "alleged" before what it qualifies is no accusation of its own.)
  if (trig.kind === 'verb' && /^alleged$/.test(tokens[trig.head]?.lower ?? '') && /^(?:its|their|his|her|the|an?|this|that|these|those)$/.test(tokens[trig.head - 1]?.lower ?? '') && ['ADJ', 'NOUN'].includes(tokens[trig.head + 1]?.pos ?? '')) trig.negated = true;
  // ("the UAE had intensified its alleged military support to the RSF": help stepped up is the help's to read; no escalation against the one helped.)
  if (trig.kind === 'verb' && (trig.stance === 'tense' || trig.stance === 'hostile') && /^(?:intensify|escalate|increase|step|ramp)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.head + 1, trig.head + 5).some((t) => /^(?:support|aid|backing|assistance|help|cooperation|co-operation|supplies|funding)$/.test(t.lower))) trig.negated = true;
  // ("Turkey has made an Israeli apology a condition of improving diplomatic ties": what is made a condition is not done.)
  // (Nor what it is the condition of: "a condition of improving diplomatic ties".)
  if ((/^(?:a|the)$/.test(tokens[trig.to]?.lower ?? '') && /^(?:condition|precondition|prerequisite)$/.test(tokens[trig.to + 1]?.lower ?? '')) || (/^(?:of|for)$/.test(tokens[trig.from - 1]?.lower ?? '') && /^(?:condition|conditions|precondition|preconditions|prerequisite)$/.test(tokens[trig.from - 2]?.lower ?? ''))) trig.negated = true;
  // ("stood by his recent comments", "stands by its decision": standing by one's own words backs no one.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'stand' && tokens[trig.head + 1]?.lower === 'by' && /^(?:his|her|its|their|our|my)$/.test(tokens[trig.head + 2]?.lower ?? '')) trig.negated = true;
  // ("Speaking to reporters in Langkawi, Malaysia, he said": words to the press or a crowd address no state, wherever they are said.)
  const heard = tokens[tokens[trig.head + 2]?.pos === 'DET' ? trig.head + 3 : trig.head + 2]?.lower ?? '';
  if (trig.kind === 'verb' && /^(?:speak|talk)$/.test(tokens[trig.head]?.lemma ?? '') && tokens[trig.head + 1]?.lower === 'to' && /^(?:reporters|journalists|press|media|newsmen|correspondents|supporters|crowds?|students|lawmakers|parliament|legislators|audiences?)$/.test(heard)) trig.negated = true;
  // ("ordered the expulsion of all Pakistani military advisors ... and will withdraw its own from Islamabad": "its own" after withdrawing stands for the staff just named, a recall, tense.)
  if (trig.kind === 'verb' && /^(?:withdraw|recall|pull)$/.test(tokens[trig.head]?.lemma ?? '') && /^(?:its|their)$/.test(tokens[trig.head + 1]?.lower ?? '') && tokens[trig.head + 2]?.lower === 'own' && !['NOUN', 'ADJ'].includes(tokens[trig.head + 3]?.pos ?? '') && tokens.slice(0, trig.head).some((t) => STAFF_NOUN.test(t.lower))) Object.assign(trig, { stance: 'tense', code: '161', to: trig.head + 3, why: '"expelled their advisors and will withdraw its own": its own staff withdrawn from a state are recalled, tense by the conventions' });
  // ("lifted a restriction on defense cooperation with Azerbaijan": cooperation a measure restricts is not had; the measure and its lifting are the claims.)
  const restricted = trig.kind === 'noun' && trig.stance === 'cooperative' ? pastWords(tokens, trig.from - 1, ['ADJ', 'NOUN']) : -1;
  if (restricted >= 0 && tokens[restricted]?.lower === 'on' && /^(?:restrictions?|bans?|curbs?|limits?|limitations?|embargo|embargoes|moratorium|freeze)$/.test(tokens[restricted - 1]?.lower ?? '') && /^(?:lift|ease|remove|scrap|drop|relax|loosen|end)$/.test(tokens[pastWords(tokens, restricted - 2, ['DET', 'ADJ', 'NUM'])]?.lemma ?? '')) trig.negated = true; // (a ban imposed on it is read in nounContext.ts: relations reduced)
  // ("engaged in a diplomatic tug-of-war to lure allies": allies a verb goes after, with no owner, are others, no alliance of the subjects; not "became allies".)
  if (trig.kind === 'noun' && /^(?:allies|partners|friends)$/.test(tokens[trig.head]?.lower ?? '') && trig.from === trig.head && tokens[trig.from - 1]?.pos === 'VERB' && !/^(?:become|remain|stay|be|seem|make|call|consider)$/.test(tokens[trig.from - 1]?.lemma ?? '')) trig.negated = true;
  // ("led a deadly attack on Israeli military bases": bases an attack is on are its target, no one's bases in another.)
  const struck = trig.kind === 'noun' && trig.code === '062' ? pastWords(tokens, trig.from - 1, ['ADJ', 'DET', 'PROPN', 'NUM']) : -1;
  if (struck >= 0 && /^(?:on|against)$/.test(tokens[struck]?.lower ?? '') && /^(?:attacks?|strikes?|airstrikes?|raids?|assaults?|bombings?|shelling|fire|offensive)$/.test(tokens[pastWords(tokens, struck - 1, ['ADJ'])]?.lower ?? '')) trig.negated = true;
  // ("due to concerns surrounding extensive new agreements": what surrounds a concern or a question is its topic, no encirclement.)
  if (tokens[trig.head]?.lower === 'surrounding' && /^(?:concerns?|questions?|controvers(?:y|ies)|uncertaint(?:y|ies)|debates?|issues?|speculation|secrecy|confusion|circumstances|details|myster(?:y|ies)|rumou?rs?|tensions?|disputes?|rows?|scandals?|allegations?|outcry|fears?|worries|doubts?)$/.test(tokens[trig.head - 1]?.lower ?? '')) trig.negated = true;
  // ("the upcoming defense deal with the United States", "a proposed summit": a deal or meeting still to come is not had.)
  const ahead = trig.kind === 'noun' && (trig.stance === 'cooperative' || trig.stance === 'warming') ? pastWords(tokens, trig.from - 1, ['ADJ', 'NOUN', 'PROPN']) : -1;
  if (ahead >= 0 && tokens.slice(ahead + 1, trig.from).some((t) => /^(?:upcoming|forthcoming|planned|proposed|prospective|potential|possible|future|expected|mooted|envisaged|would-be)$/.test(t.lower))) trig.negated = true;
  // ("in response to the deal, Somalia has recalled its ambassador": a deal told before, named as the cause of what is done, is no deal of the sentence's states; not one with its parties after it.)
  if (trig.kind === 'noun' && trig.code === '057' && /^(?:the|this|that)$/.test(tokens[trig.from - 1]?.lower ?? '') && (/^(?:over|following|against|after)$/.test(tokens[trig.from - 2]?.lower ?? '') || (/^(?:to|of)$/.test(tokens[trig.from - 2]?.lower ?? '') && /^(?:response|reaction|protest|because)$/.test(tokens[trig.from - 3]?.lower ?? ''))) && !/^(?:between|with|among)$/.test(tokens[trig.to]?.lower ?? '')) trig.negated = true;
  // ("13 demands, ranging from closing Al Jazeera to cutting links to the Brotherhood", "demands including downgrading ties with Iran": what a list of demands names is asked, not done.)
  const listed = tokens.slice(Math.max(0, trig.from - 16), trig.from).findLastIndex((t, j, all) => /^(?:demands|conditions|requirements|preconditions)$/.test(t.lower) && /^(?:including|ranging|such|:)$/.test((all[j + 1]?.text === ',' ? all[j + 2] : all[j + 1])?.lower ?? '') && all.slice(j + 1).every((x) => x.pos !== 'AUX' && (x.pos !== 'VERB' || /ing$/.test(x.lower) || x.lower === 'ranging')));
  if (listed >= 0 && /ing$/.test(tokens[trig.kind === 'verb' ? trig.head : trig.from - 1]?.lower ?? '')) trig.negated = true;
  // ("called the attacks a massacre of the Palestinian people", "described the strikes as genocide": a name one gives to acts no one is named for here is a judgement of them, no act of the one who gives it.)
  if (trig.kind === 'noun' && (trig.stance === 'hostile' || trig.stance === 'tense')) {
    let k = /^["“']$/.test(tokens[trig.from - 1]?.text ?? '') ? trig.from - 2 : trig.from - 1; // (past a quotation mark: 'a "massacre')
    const complement = /^(?:a|an|as)$/.test(tokens[k]?.lower ?? ''); // (what it is called, after its object: "called the attacks a massacre"; not the object, "called the shelling an aggressive act")
    k = complement ? k - 1 : k;
    if (tokens[k]?.lower === 'as' || /^(?:a|an)$/.test(tokens[k]?.lower ?? '')) k--;
    const object = k;
    while (k > 0 && ['DET', 'ADJ', 'NOUN'].includes(tokens[k]?.pos ?? '') && k > object - 4) k--;
    if (complement && k < object && tokens[k]?.pos === 'VERB' && /^(?:call|describe|brand|label|term|characteri[sz]e|qualify)$/.test(tokens[k]?.lemma ?? '')) trig.negated = true;
  }
  // ("troops crossed the border, supported by artillery fire and air strikes": help from things, with no one named after "by", is no state's support.)
  if (trig.kind === 'verb' && trig.stance === 'cooperative' && /ed$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.head + 1]?.lower === 'by') {
    let agent = trig.head + 2;
    while (['DET', 'ADJ', 'NUM'].includes(tokens[agent]?.pos ?? '')) agent++;
    const examples = /^(?:countries|states|nations|governments|allies|partners)$/.test(tokens[agent]?.lower ?? '') && (/^(?:including|like)$/.test(tokens[agent + 1]?.lower ?? '') || (tokens[agent + 1]?.lower === 'such' && tokens[agent + 2]?.lower === 'as')); // (not states given by examples: "recognized by some 110 countries such as the United States")
    if (tokens[agent]?.pos === 'NOUN' && !examples && !/^(?:government|army|forces|troops|military|navy|ministry|president|leaders?)$/.test(tokens[agent]?.lower ?? '') && tokens.slice(trig.head + 2, agent).every((t) => t.pos !== 'PROPN')) trig.negated = true;
  }
  // ("respond to requests related to natural disasters, pandemics, or military aggression": force listed among calamities one prepares for is no act.)
  if (trig.kind === 'noun' && trig.stance === 'hostile' && tokens.slice(Math.max(0, trig.from - 8), trig.to + 6).some((t) => /^(?:disasters?|pandemics?|epidemics?|emergenc(?:y|ies)|earthquakes?|floods?|cyclones?|tsunamis?)$/.test(t.lower))) trig.negated = true;
  // ("arrested several people suspected of smuggling": people suspected of what names no state are accused of nothing between states.)
  if (trig.kind === 'verb' && /^(?:suspected|accused)$/.test(tokens[trig.head]?.lower ?? '') && /^(?:people|persons|men|women|individuals|suspects|smugglers|nationals|citizens)$/.test(tokens[trig.head - 1]?.lower ?? '') && tokens[trig.head + 1]?.lower === 'of' && !tokens.slice(trig.head + 2, trig.head + 10).some((t) => t.pos === 'PROPN')) trig.negated = true;
  // ("today we demonstrate the strength of our bonds": showing something is no protest, which takes no object.)
  if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'demonstrate' && ['DET', 'PRON', 'ADJ', 'NOUN'].includes(tokens[trig.head + 1]?.pos ?? '') && !/^(?:outside|near|in|against)$/.test(tokens[trig.head + 1]?.lower ?? '')) trig.negated = true;
  // ("canceled trips to Australia and the United States due to a surge in Covid-19 cases": a visit called off for a cause that is no quarrel says nothing of the pair.)
  if (trig.stance === 'tense' && [trig.head, trig.from - 1, trig.from - 2, trig.from - 3].some((k) => /^(?:cancel|postpone|call|scrap|delay)$/.test(tokens[k]?.lemma ?? '')) && tokens.slice(trig.to, trig.to + 14).some((t, j, all) => /^(?:due|because|amid|owing)$/.test(t.lower) && all.slice(j + 1, j + 8).some((x) => /^(?:covid(?:-19)?|coronavirus|pandemic|omicron|virus|weather|storm|storms|typhoon|hurricane|cyclone|illness|health|scheduling|floods?|earthquake)$/i.test(x.lower)))) trig.negated = true;
  // ("she declined to elaborate on what activities had spurred the decision", "refused to comment": declining to speak is no refusal of anything another state asked.)
  if (trig.kind === 'verb' && /^(?:decline|refuse)$/.test(tokens[trig.head]?.lemma ?? '') && tokens[trig.head + 1]?.lower === 'to' && /^(?:comment|elaborate|say|specify|disclose|discuss|confirm|reveal|answer|speculate|name|identify|detail|explain|give)$/.test(tokens[trig.head + 2]?.lower ?? '')) trig.negated = true;
}

/** "wanted to see the ambassadors of X to be declared persona non grata", "wants the Iranian diplomats expelled": the verb of wishing (its index) whose object a passive participle at `head` tells what is wished done to; else -1. */
export function wishedPassive(tokens: readonly Token[], head: number): number {
  if (!/(?:ed|en|wn)$/.test(tokens[head]?.lower ?? '')) return -1;
  for (let k = head - 1; k >= 0 && k >= head - 40; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' && /^(?:want|wish|like|prefer)$/.test(t.lemma)) return tokens.slice(k + 1, head).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN') ? k : -1;
    if ((t.pos === 'VERB' && !/^(?:see|have|get)$/.test(t.lemma)) || /^[.;:]$/.test(t.text) || (t.pos === 'AUX' && !(t.lemma === 'be' && tokens[k - 1]?.lower === 'to'))) return -1;
  }
  return -1;
}

/** "supporting rebels who carried out attacks on its soil", "a rebel group that has launched deadly attacks on its territory": the index of the "its" whose land the armed group a verb at `head` backs attacks, or -1. */
export function armedGroupAgainstOwn(tokens: readonly Token[], head: number): number {
  const group = tokens.findIndex((t, k) => k > head && k <= head + 4 && (/^(?:rebels|militants|insurgents|militias?)$/.test(t.lower) || (/^groups?$/.test(t.lower) && /^(?:rebel|armed|militant)$/.test(tokens[k - 1]?.lower ?? ''))));
  if (group < 0 || !/^(?:who|that|which)$/.test(tokens[group + 1]?.lower ?? '')) return -1;
  const words = tokens.slice(group + 2, group + 14).map((t) => t.lower).join(' ');
  const m = /\b(?:attacks?|violence) (?:on|in|against) (its|their) (?:soil|territory|land)\b/.exec(words);
  return m ? group + 2 + words.slice(0, m.index).split(' ').filter(Boolean).length + m[0].split(' ').indexOf(m[1] as string) : -1;
}
