// What the words before a trigger named by a noun do to it ("suspended military cooperation", "to
// end their dispute", "raised fears of a new conflict", "called for talks"): the verb that governs the
// noun, found past its modifiers, ends, settles, prevents, intends or only asks for what it names.
import { pastDescribing, pastWords, type Token } from './tokens';
import type { Trigger } from './trigger';
import type { CameoLexicon } from './cameoLexicon';
import { wordReading } from './wordReading';
import { COURT_WORDS, HOME_ORDER, onDispute } from './triggerWords';
import { TRUCE_NOUN } from './pairingWords';
import { ENDING_VERBS, FAILED_VERBS, INTENT_VERBS, LOSING, MODAL_VERB, NEGATION, NOT, PREVENTING_VERBS, SETTLING_VERBS, askedFor, intentOf, wordBefore } from './verbContext';

/** The words that negate the verb right after them ("did not", "never", "won't"). */

/** Reads a noun trigger (or an idiom that is no verb) in the words before it; sets its stance, code, intent or negation. */
export function readNounInContext(trig: Trigger, tokens: readonly Token[], kept: readonly Trigger[], lexicon: CameoLexicon, clauseOf: (i: number) => { from: number; to: number }, askedFrom: (i: number) => number): void {
  const own = clauseOf(trig.head);
  // ("Congress Poland was left out of the treaty because the Germans refused": a deal one is left out of, naming no parties of its own, is none of one's.)
  if (/ (?:left|kept|shut) out of (?:the |this |that )?$| excluded from (?:the |this |that )?$/.test(` ${tokens.slice(Math.max(0, trig.from - 5), trig.from).map((t) => t.lower).join(' ')} `) && !/^(?:between|with|signed|by|among|of)$/.test(tokens[trig.to]?.lower ?? '')) trig.negated = true;
  // ("The Treaty of Paris was signed by France and Spain": a named instrument's name, "of" and a place, is no party; its parties are looked for after it.)
  if (/^(?:Treaty|Agreement|Accords?|Convention|Pact|Protocol)$/.test(tokens[trig.head]?.text ?? '') && trig.to === trig.head + 1 && tokens[trig.to]?.lower === 'of' && tokens[trig.to + 1]?.pos === 'PROPN') for (trig.to += 1; tokens[trig.to]?.pos === 'PROPN'; ) trig.to++;
  // ("a row between France and Britain which almost led to a full-scale war": a war almost brought about was not fought; the pair stood at the brink, tense, as for a verb of force (nearWords.ts).)
  const nearly = tokens.findLastIndex((t, k) => k >= trig.from - 8 && k < trig.from && /^(?:almost|nearly)$/.test(t.lower));
  if (trig.stance === 'hostile' && nearly >= 0 && tokens[nearly + 1]?.pos === 'VERB' && tokens.slice(nearly + 1, trig.from).every((t) => !/^[,;:.]$/.test(t.text))) Object.assign(trig, { stance: 'tense', code: '138', why: '"almost led to a full-scale war": a war almost brought about was not fought; the pair stood at the brink, tense' });
  // (And talks "to solve", "to resolve" or "to settle" something: "Negotiations between Gambia and Senegal to solve the blocking of cross-border transport"; or to restore what was stopped: "in discussions to restart border trade".)
  const toSettle = tokens.slice(trig.to, Math.min(own.to, trig.to + 8)).some((t, k, all) => t.lower === 'to' && /^(?:solve|resolve|settle|end|defuse|overcome|restart|resume|restore|reopen|revive|normali[sz]e|mend|repair|rebuild)$/.test(all[k + 1]?.lower ?? ''));
  // (Or talks on keeping a truce: "consultations on maintaining and fully implementing the ceasefire" settle the fighting it stopped.)
  const onTruce = /^(?:on|over|about|regarding|concerning)$/.test(tokens[trig.to]?.lower ?? '') && tokens.slice(trig.to + 1, trig.to + 9).some((t, k, all) => TRUCE_NOUN.test(t.lower) && !all.slice(0, k).some((x) => /^[.;:]$/.test(x.text)));
  if (trig.code === '046' && trig.stance === 'cooperative' && (onDispute(tokens, trig.to, own.to) || toSettle || onTruce)) Object.assign(trig, { stance: 'warming', why: '"talks between Egypt and Ethiopia over the disputed dam": talks to settle a dispute are warming between its parties (the conventions)' });
  // ("an increasingly vitriolic dialogue between the diplomats of the two states": talks told as bitter are a quarrel, tense, as a war of words is.)
  if (trig.code === '046' && /^(?:vitriolic|acrimonious|bitter|heated|angry|hostile|testy|fractious|stormy|ill-tempered|rancorous|venomous)$/.test(tokens[pastWords(tokens, trig.head - 1, ['ADV'])]?.lower ?? '')) {
    Object.assign(trig, { stance: 'tense', why: '"an increasingly vitriolic dialogue": talks told as bitter are a quarrel, tense' });
    for (const k of kept) if (k !== trig && k.kind === 'verb' && k.code === '046' && k.head < trig.from && k.head >= trig.from - 3) k.negated = true; // (and the verb that holds them is no meeting of its own: "held acrimonious talks")
  }
  // ("rescinded each other's favored export partner status": a status taken away is the act's object, no partnership told.)
  if (trig.stance === 'cooperative' && tokens[trig.to]?.lower === 'status' && tokens.slice(Math.max(0, trig.from - 7), trig.from).some((t) => t.pos === 'VERB' && ENDING_VERBS.has(t.lemma))) trig.negated = true;
  // ("bogged down in colonial wars in Angola and Mozambique", "the wars in Iraq and Afghanistan": wars told only by the places they are fought in name no sides; the places are no pair. Not "the war in Yemen between ...", "its war in Gaza".)
  const owner = tokens[pastWords(tokens, trig.from - 1, ['ADJ'])];
  if (/^(?:wars|conflicts)$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.to]?.lower === 'in' && tokens[trig.to + 1]?.pos === 'PROPN' && owner?.pos !== 'PROPN' && !/^(?:['’]s|its|their|his|her)$/.test(owner?.lower ?? '') && !tokens.slice(trig.to, own.to).some((t) => /^(?:between|with|against|on|by)$/.test(t.lower))) trig.negated = true;
  // ("We firmly oppose any acts that stoke and drive up tensions": trouble told of any act at all is no one's.)
  const anyAct = tokens.slice(Math.max(0, trig.from - 8), trig.from).findIndex((t, j, all) => /^(?:that|which)$/.test(t.lower) && all[j - 1]?.pos === 'NOUN' && /^(?:any|all)$/.test(all[pastWords(all, j - 2, ['ADJ'], 0)]?.lower ?? ''));
  if ((trig.stance === 'tense' || trig.stance === 'hostile') && anyAct >= 0 && !tokens.slice(Math.max(0, trig.from - 8) + anyAct, trig.from).some((t) => /^[.;:]$/.test(t.text))) trig.negated = true;
  // ("visited Rwanda and DRC as part of mediation of political and military tensions in the region": tensions a go-between mediates are others', none of its own, unless their pair follows.)
  if (trig.mutual && (trig.stance === 'tense' || trig.stance === 'hostile') && tokens.slice(Math.max(0, trig.from - 6), trig.from).some((t, j, all) => /^(?:mediation|mediating|mediate|mediated)$/.test(t.lower) && /^(?:of|in)$/.test(all[j + 1]?.lower ?? '')) && !/^(?:between|with|among)$/.test(tokens[trig.to]?.lower ?? '')) trig.negated = true;
  // ("the trade section of the Russian embassy", "to steal trade secrets": trade that only names the kind of an office or a secret is no trade between states.)
  if (/^(?:trade|commerce)$/.test(tokens[trig.head]?.lower ?? '') && trig.to === trig.head + 1 && /^(?:section|sections|secrets?|representatives?|mission|offices?|ministers?|ministry|unions?|unionists?|fairs?|shows?|marks?|schools?|attach[eé]s?|commissioners?|journal)$/.test(tokens[trig.to]?.lower ?? '')) trig.negated = true;
  // ("social media discussions disparaging her", "panel discussions", "a TV debate": talk among the public or at a forum, named by where it is held, is no talks between states.)
  if (/^(?:discussions?|debates?|conversations?|talks|dialogue)$/.test(tokens[trig.head]?.lower ?? '') && /^(?:media|online|internet|forum|panel|television|tv|radio|podcast|dinner-table|kitchen-table)$/.test(tokens[trig.head - 1]?.lower ?? '')) trig.negated = true;
  // ("mediated multiple ceasefire rounds", "a ceasefire proposal", "truce talks": a truce that only names the kind of talks or plan is not had; those who hold or mediate them have made none.)
  if (TRUCE_NOUN.test(tokens[trig.head]?.lower ?? '') && trig.to === trig.head + 1 && /^(?:talks|negotiations|rounds?|proposals?|plans?|framework|efforts?|bids?|push|mediation|mediators|negotiators|envoys?|terms|conditions|demands?|offers?|drafts?)$/.test(tokens[trig.to]?.lower ?? '')) trig.negated = true;
  // ("threatened the US with a nuclear strike against Israel": force one is threatened with is a threat of it (CAMEO 138), tense, not done.)
  const threatWith = pastWords(tokens, trig.from - 1, ['DET', 'ADJ', 'NOUN', 'NUM'], 0);
  if (trig.stance === 'hostile' && tokens[threatWith]?.lower === 'with' && tokens.slice(Math.max(0, threatWith - 6), threatWith).some((t) => t.pos === 'VERB' && /^(?:threaten|menace)$/.test(t.lemma))) Object.assign(trig, { stance: 'tense', code: '138', why: 'force one is threatened with is a threat of it (CAMEO 138), not done' });
  // ("crisis talks", "a crisis meeting": a word of trouble that names the kind of talks is no trouble between those who hold them.)
  if (trig.stance === 'tense' && trig.to === trig.head + 1 && /^(?:talks|meetings?|summit|session|diplomacy)$/.test(tokens[trig.to]?.lower ?? '')) trig.negated = true;
  // ("the restoration of constitutional government", "the restoration of order": a state of affairs restored at home, no relations restored.)
  const restored = pastDescribing(tokens, trig.to + 1);
  if (/^(?:restoration|resumption|re-establishment|reestablishment)$/.test(tokens[trig.head]?.lower ?? '') && tokens[trig.to]?.lower === 'of' && HOME_ORDER.test(tokens[restored]?.lower ?? '')) trig.negated = true;
  // (Past the first of two nouns the negation governs: "has no rivalry or tension with Israel".)
  const prev = /^(?:or|nor)$/.test(tokens[trig.from - 1]?.lower ?? '') && tokens[trig.from - 2]?.pos === 'NOUN' && /^(?:no|without)$/.test(tokens[trig.from - 3]?.lower ?? '') ? tokens[trig.from - 3] : tokens[trig.from - 1]?.pos === 'PROPN' && tokens[trig.from - 2]?.lower === 'any' ? tokens[trig.from - 2] : tokens[trig.from - 1]; // (past a name: "any US attack on the group would not go without a response")
  // ("no talks", "without support", "any intervention would be", "a proposed trade treaty": not had; but "no love lost" is an idiom of its own.)
  const modified = tokens[trig.from - 2]?.lower === 'no' && (['NOUN', 'ADJ'].includes(tokens[trig.from - 1]?.pos ?? '') || /ing$/.test(tokens[trig.from - 1]?.lower ?? '')); // (and past one word that says what kind: "have no fishing accord", "has no extradition treaty with")
  if (modified || (prev && /^(?:no|without|any)$/.test(prev.lower) && !(prev.lower === 'no' && tokens[trig.head]?.lower === 'love' && tokens[trig.head + 1]?.lower === 'lost')) || /^(?:rather than|instead of)$/.test(`${tokens[trig.from - 2]?.lower} ${prev?.lower}`)) trig.negated = true; // ("partners rather than rivals")
  // (Not when that plan is called off: "scrapped a planned trip" ends it, below.) (Nor the verb right after a name: "China planned measures against" is the measures' intent.)
  if (/^(?:proposed|planned|potential|prospective|possible|would-be|mooted|future)$/.test(tokens.slice(Math.max(0, trig.from - 3), trig.from).findLast((x) => x.pos !== 'NOUN' && !(x.pos !== 'DET' && /^[A-Z]/.test(x.text)))?.lower ?? '') && !(tokens[trig.from - 1]?.pos === 'VERB' && tokens[trig.from - 2]?.pos === 'PROPN') && !ENDING_VERBS.has(tokens.slice(Math.max(0, trig.from - 4), trig.from).find((x) => x.pos === 'VERB')?.lemma ?? '')) trig.negated = true;
  // ("raised fears of a new conflict with Eritrea", "could pave the way for a peace treaty": feared or to come, not had.)
  const hyphen = (t: Token) => t.pos === 'PUNCT' && t.text !== '-'; // (past a hyphenated word: "fears of a full-scale war")
  const o = pastWords(tokens, trig.from - 1, ['DET', 'ADJ', 'PUNCT'], 0, hyphen), n = pastWords(tokens, trig.from - 1, ['DET', 'ADJ', 'NOUN', 'PUNCT'], 0, hyphen); // (n: past nouns too, "on the verge of a border conflict")
  if ((trig.stance === 'hostile' && [o, n].some((k) => tokens[k]?.lower === 'of' && /^(?:fears?|risks?|danger|prospects?|spectre|specter|possibility|chances?|likelihood|odds|brink|verge|hotbed|hotbeds)$/.test(tokens[k - 1]?.lower ?? ''))) || (/^(?:for|to)$/.test(tokens[o]?.lower ?? '') && /^(?:way|path|road|door|prelude|recipe|obstacles?|hurdles?|barriers?|impediments?|roadblocks?|block)$/.test(tokens[o - 1]?.lower ?? ''))) trig.negated = true; // (and "on the brink of war", "a hotbed of war", "a recipe for war"; "the main obstacle to a peace deal": not had either)
  // ("shared concerns about the security pact", "sounded the alarm over the deal": a deal someone is worried about is not theirs; not "concerns about its deal", nor one with its own pair, "the pact between China and Fiji".)
  let q = trig.from - 1;
  while (q > 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[q]?.pos ?? '') && tokens[q]?.lower !== 'about') q--;
  if ((trig.stance === 'cooperative' || trig.stance === 'warming') && !tokens.slice(q, trig.from).some((t) => /^(?:its|their|our)$/.test(t.lower)) && !/^(?:between|with)$/.test(tokens[trig.to]?.lower ?? '') && /^(?:about|over|at|regarding)$/.test(tokens[q]?.lower ?? '') && /^(?:concerns?|worries|fears|alarm|objections?|criticism|opposition|reservations|doubts|misgivings|disappointment|unease|anxiety)$/.test(tokens[q - 1]?.lower ?? '')) trig.negated = true;
  // ("Armenia's boycott of the last CSTO summit in Minsk": a meeting one stays away from is none one holds.)
  const b = pastWords(tokens, trig.from - 1, ['DET', 'ADJ', 'PROPN', 'NUM'], 0);
  if (tokens[b]?.lower === 'of' && /^(?:boycotts?|snubs?|skipping|absence|avoidance|walkout)$/.test(tokens[b - 1]?.lower ?? '') && (trig.stance === 'cooperative' || trig.stance === 'warming')) trig.negated = true;
  // ("ordered a thorough investigation into the attack on Azerbaijan's embassy": an act investigated is none of the investigator's, and no agent is told.)
  if (trig.stance === 'hostile' && /^(?:into|of)$/.test(tokens[o]?.lower ?? '') && /^(?:investigations?|probes?|inquiry|inquiries|enquiry|enquiries)$/.test(tokens[o - 1]?.lower ?? '') && !tokens.slice(trig.to, trig.to + 6).some((t) => t.lower === 'by')) trig.negated = true;
  // ("recalled their ambassadors from Israel due to the hostilities in Gaza": fighting named as a cause, by where it is, is not the subject's.)
  if (trig.stance === 'hostile' && tokens[trig.to]?.lower === 'in' && ((tokens[o]?.lower === 'to' && /^(?:due|owing)$/.test(tokens[o - 1]?.lower ?? '')) || (tokens[o]?.lower === 'of' && tokens[o - 1]?.lower === 'because'))) trig.negated = true;
  if (onlyExpected(trig, tokens)) trig.negated = true;
  // ("While Baku and Moscow are not close allies": what the subject is said not to be, it is not.)
  const notBe = pastWords(tokens, trig.from - 1, ['ADJ', 'ADV', 'DET']);
  if ((/^(?:not|never|n't)$/.test(tokens[notBe]?.lower ?? '') && /^(?:be|remain|become)$/.test(tokens[notBe - 1]?.lemma ?? '')) || (tokens[notBe]?.lemma === 'be' && /^(?:not|never|n't)$/.test(tokens[notBe - 1]?.lower ?? ''))) trig.negated = true; // (and "have never been enemies")
  // ("During the meeting, the Russian side said": a meeting told before, named again as the time of what follows, is no new event.)
  if (trig.from === 2 && /^(?:during|at|after|following|before)$/.test(tokens[0]?.lower ?? '') && tokens[1]?.lower === 'the' && tokens[trig.to]?.text === ',' && (trig.code ?? '').startsWith('04')) trig.negated = true;
  // ("ban entry to individuals close to the Russian president", "sources close to the talks": people said to be close to someone are no relation of the clause's subject.)
  if (/^(?:close|closer)$/.test(tokens[trig.head]?.lower ?? '') && /^(?:individuals|people|persons|figures|businessmen|oligarchs|officials|sources|aides|associates|allies|families|relatives|companies|firms|entities|groups|circles|insiders)$/.test(tokens[trig.head - 1]?.lower ?? '')) trig.negated = true;
  // ('settled the largely good-natured "whiskey war"', 'the "Cod War"': a war in quotation marks, named by what it was over, is a dispute so named, not fighting.)
  if (trig.stance === 'hostile' && /^wars?$/.test(tokens[trig.head]?.lower ?? '') && ['NOUN', 'PROPN'].includes(tokens[trig.head - 1]?.pos ?? '') && /^["“'‘]$/.test(tokens[trig.head - 2]?.text ?? '')) Object.assign(trig, { stance: 'tense', code: '110', why: 'a "war" in quotation marks, named by what it was over, is a dispute so named (CAMEO 110), not fighting' });
  // ("was summoned in consultation", "recalled its ambassador for consultations", "should return to Serbia for further consultations": the recall's purpose, no talks between states; not "with" someone.)
  if (/^consultations?$/.test(tokens[trig.head]?.lower ?? '') && /^(?:for|in)$/.test(tokens[o]?.lower ?? '') && tokens[trig.to]?.lower !== 'with' && tokens.slice(Math.max(0, o - 8), o).some((t) => /^(?:recall|summon|call|return)$/.test(t.lemma) || t.lower === 'home')) trig.negated = true;
  // ("a refugee crisis along the Uganda-DRC border", "the humanitarian crisis in Gaza": a crisis of people or of money is none between states.)
  if (/^(?:crisis|crises)$/.test(tokens[trig.head]?.lower ?? '') && /^(?:refugee|migrant|migration|humanitarian|health|economic|financial|debt|energy|food|housing|climate|political|constitutional|hostage|fuel|cost-of-living|banking|currency)$/.test(tokens[trig.head - 1]?.lower ?? '')) trig.negated = true;
  // ("normalised ties within the framework of the so-called Abraham accords", "in line with the 1965 treaty": the frame an act is done in is no act of its own.)
  let f = trig.from - 1;
  while (f > 0 && (['DET', 'ADJ', 'PROPN', 'VERB', 'NUM', 'ADV'].includes(tokens[f]?.pos ?? '') || tokens[f]?.text === '-')) f--;
  if (/^(?:framework|terms|accordance|line|pursuant) (?:of|with|to)$/.test(`${tokens[f - 1]?.lower} ${tokens[f]?.lower}`)) trig.negated = true;
  // ("suggested that a Chinese attack on Taiwan could pose a threat": an indefinite act that only could do something is imagined, not had.)
  let modal = trig.to;
  while (modal <= trig.to + 6 && modal < tokens.length && tokens[modal]?.pos !== 'VERB' && tokens[modal]?.pos !== 'AUX') modal++;
  const det = pastWords(tokens, trig.from - 1, ['ADJ', 'PROPN', 'NOUN'], 0);
  // (Nor a renewed one with no article: "Renewed conflict between Ethiopia and Eritrea would undo the deal".)
  const renewed = !/^(?:the|this|that|these|those|its|their|his|her|our)$/.test(tokens[det]?.lower ?? '') && tokens.slice(det, trig.from).some((t) => /^(?:renewed|fresh|new|further|wider|another)$/.test(t.lower));
  if (trig.stance === 'hostile' && (/^(?:a|an)$/.test(tokens[det]?.lower ?? '') || renewed) && modal <= trig.to + 6 && /^(?:could|would|might|may)$/.test(tokens[modal]?.lower ?? '')) trig.negated = true;
  // ("trumpeting war if Uganda does not vacate the island", "military action unless it withdraws": force told with its condition right after is threatened, not used.)
  if (trig.stance === 'hostile' && trig.code && /^(?:if|unless)$/.test(tokens[trig.to]?.lower ?? '')) Object.assign(trig, intentOf(trig.code, trig.stance), { intent: true });
  // ("removed South Korea from its whitelist of trusted trading partners": a list's kind, no relation held.)
  let l = trig.from - 1;
  while (l > 0 && ['ADJ', 'NOUN', 'VERB'].includes(tokens[l]?.pos ?? '') && l >= trig.from - 3) l--;
  const listed = /^(?:list|lists|whitelist|white-list|blacklist|roster)$/.test((/^["“”']$/.test(tokens[l - 1]?.text ?? '') ? tokens[l - 2] : tokens[l - 1])?.lower ?? '');
  if (trig.stance === 'cooperative' && tokens[l]?.lower === 'of' && listed) trig.negated = true;
  // ("Vucic called a meeting of his security cabinet": a meeting of one government's own body, told by its owner, relates no one.)
  const body = tokens[trig.head + 1]?.lower === 'of' && /^(?:his|her|its|their|the)$/.test(tokens[trig.head + 2]?.lower ?? '') ? [3, 4, 5].find((d) => /^(?:cabinet|government|council|parliament|party|ministers|staff|generals|commanders|advisers|advisors|aides|officials)$/.test(tokens[trig.head + d]?.lower ?? '') && tokens.slice(trig.head + 3, trig.head + d).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN')) : undefined;
  if (body !== undefined && /^(?:meeting|meetings|session|sessions)$/.test(tokens[trig.head]?.lower ?? '') && !/^(?:of|from|with)$/.test(tokens[trig.head + body + 1]?.lower ?? '') && (tokens[trig.head + 2]?.lower !== 'the' || /^(?:cabinet|government)$/.test(tokens[trig.head + body]?.lower ?? ''))) trig.negated = true;
  // "promised the annexation", "threatened sanctions": a noun in the object of a verb of intent.
  // (After "to" a word is a verb, whatever the tagger says: "to de-escalate the tensions".)
  let governing: Token | undefined;
  // ("broke ties with Israel in repudiation and condemnation of the offensive", "cut ties with Tehran in support of Saudi Arabia": a noun of manner after "in" stands in an adjunct; no verb governs it.)
  const manner = /^(?:protests?|condemnation|denunciation|repudiation|rejection|response|retaliation|reprisal|solidarity|reaction|defiance|opposition|support|backing|sympathy)$/.test(tokens[trig.head]?.lower ?? '') && (tokens[trig.from - 1]?.lower === 'in' || (tokens[trig.from - 1]?.lower === 'and' && tokens[trig.from - 3]?.lower === 'in' && tokens[trig.from - 2]?.pos === 'NOUN'));
  // (Past a long modifier: "suspended a 20-year-old friendship treaty", "ended a year-long crisis".)
  for (let k = trig.from - 1, seen = 0; !manner && k >= clauseOf(trig.head).from && seen < 5 && !governing; k--) {
    const t = tokens[k] as Token;
    // (Past an aside of when it takes effect: "revoked, with immediate effect, the military cooperation agreement".)
    const effect = tokens[k]?.text === ',' ? k - 1 : k;
    if (tokens[effect]?.lower === 'effect' && tokens[effect - 1]?.lower === 'immediate' && tokens[effect - 2]?.lower === 'with') {
      k = tokens[effect - 3]?.text === ',' ? effect - 3 : effect - 2;
      continue;
    }
    // (Not past a cause: "stopped seeking compensation because of pressure from Moscow" stops no pressure; "severed all ties with Qatar over accusations it supported terrorism" ends no accusations.)
    if (/^(?:because|due|owing|amid|amidst|despite|over|after|following)$/.test(t.lower)) break;
    // ("puts an end to a decade-long dispute", "brought an end to the war": an end put to it ends it, as "ended" does.)
    // (So does calling it off: "calling off the bloody war between India and Pakistan".)
    if (t.lower === 'off' && tokens[k - 1]?.lemma === 'call') {
      governing = { ...(tokens[k - 1] as Token), lemma: 'end' };
      break;
    }
    // (And an end marked or heralded: "the signing marked the end of centuries of conflict between the two nations"; not "since the end of the war", a time.)
    if ((t.lower === 'to' && tokens[k - 1]?.lower === 'end' && /^(?:an|the)$/.test(tokens[k - 2]?.lower ?? '') && /^(?:put|bring)$/.test(tokens[k - 3]?.lemma ?? '')) || (t.lower === 'of' && tokens[k - 1]?.lower === 'end' && tokens[k - 2]?.lower === 'the' && /^(?:mark|signal|herald|spell)$/.test(tokens[k - 3]?.lemma ?? ''))) {
      governing = { ...(tokens[k - 1] as Token), lemma: 'end' };
      break;
    }
    // (Not a verb inside a compound modifier: "scrap a military intelligence-sharing pact".)
    // (Or a headline's verb the tagger read as a noun: "Morocco and Spain end crisis".)
    if ((t.pos === 'VERB' && tokens[k - 1]?.text !== '-') || (tokens[k - 1]?.lower === 'to' && t.pos !== 'DET') || (t.pos === 'NOUN' && wordReading(tokens, k, lexicon, false).isVerbToken)) governing = t;
    // (Nor past a noun right before an article, which ends another phrase: "to end the agreement marks a low point" ends no low point.)
    else if (t.pos === 'NOUN' && /^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) break;
    // ("ended a security and defence cooperation agreement": nor the "and" of two modifiers.)
    // (A hyphenated modifier counts as one word: "cancel a long-standing defence cooperation agreement".)
    // (Nor a quantity's words: "ended a number of military co-operation agreements".)
    else if (!/^[-–]$/.test(t.text) && tokens[k + 1]?.text !== '-' && !quantityWord(tokens, k) && !(t.pos === 'CCONJ' && ['NOUN', 'ADJ'].includes(tokens[k - 1]?.pos ?? '') && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? ''))) seen++;
  }
  // ("scrapped its planned visit", "suspended all planned events in collaboration with": past a participle that describes the noun, to an ending verb before it; the plan is no act of its own.)
  const participle = governing ? tokens.indexOf(governing) : -1;
  const before = tokens[participle - 2];
  if (governing && /(?:ed|en)$/.test(governing.lower) && (/^(?:a|an|the|its|his|her|their|all|any|several|many|some|various|multiple|other|further)$/.test(tokens[participle - 1]?.lower ?? '') || tokens[participle - 1]?.pos === 'NUM') && before?.pos === 'VERB' && ENDING_VERBS.has(before.lemma)) { // (and "cancelled several planned meetings")
    governing = before;
    for (const k of kept) if (k !== trig && k.head === participle) k.absorbed = true;
  }
  // ("threatened to launch a new ground offensive": the verb that governs the noun is itself intended.)
  const gi = governing ? tokens.indexOf(governing) : -1;
  // ("Moldova has been heavily exposed to the war in neighbouring Ukraine", "suffered from the conflict in Sudan": a conflict one is exposed to or suffers, with no agent named, is no conflict of one's own.)
  const fromOf = pastWords(tokens, trig.from - 1, ['DET', 'ADJ']), fallout = /^(?:from|of)$/.test(tokens[fromOf]?.lower ?? '') && /^(?:fallout|spillover|spill-over|repercussions|consequences|effects)$/.test(tokens[fromOf - 1]?.lower ?? ''); // (and its fallout: "grappling with the fallout from the war in Ukraine")
  if (trig.stance === 'hostile' && (fallout || (governing && /^(?:expose|suffer|affect|impact|grapple|cope|weather|endure)$/.test(governing.lemma))) && !tokens.slice(fallout ? fromOf : gi + 1, trig.from).some((x) => x.pos === 'PROPN' || /^['’]s$/.test(x.lower)) && !tokens.slice(trig.to, trig.to + 3).some((x) => /^(?:by|waged|launched|fought|against)$/.test(x.lower))) trig.negated = true; // (not one waged by someone named: "the war waged by Russia against its neighbor")
  // (Not a naming: "what observers called a proxy war between Eritrea and Ethiopia" is a war so named; "called for war" is a call.)
  const naming = governing?.lemma === 'call' && !/^(?:for|on|upon)$/.test(tokens[gi + 1]?.lower ?? '');
  // (Also after "agreed to", a request or a promise "to", and a second "and to": "agreed to the Western leaders' request to enter the war", "agreed to have free governments ... and to enter the war".)
  const intends = (k: number) => INTENT_VERBS.has(tokens[k]?.lemma ?? '') || /^(?:agree|request|promise|pledge|plan|offer|proposal|commitment|bid)$/.test(tokens[k]?.lemma ?? '');
  const chained = tokens[gi - 2]?.lower === 'and' && tokens.slice(Math.max(0, gi - 12), gi - 2).some((x, j, all) => x.lower === 'to' && intends(Math.max(0, gi - 12) + j - 1) && !all.slice(j).some((y) => y.text === ',' || y.pos === 'AUX'));
  if (governing && !naming && (INTENT_VERBS.has(governing.lemma) || (tokens[gi - 1]?.lower === 'to' && (intends(gi - 2) || chained) && tokens.slice(gi + 1, trig.from).every((x) => x.pos !== 'ADP'))) && trig.code) Object.assign(trig, { intent: true }, intentOf(trig.code, trig.stance));
  // "suspended military cooperation", "called off the talks": the relation named is ended, not had (CAMEO 16: halting aid, talks or cooperation reduces relations: tense); "to end their dispute", "eased tensions": ending a conflict is a step towards better relations.
  // ("would not abandon its support": an ending that is not done ends nothing.)
  const g = governing ? tokens.indexOf(governing) : -1;
  // ("welcomed any effort to end the war", "discussed efforts to secure a ceasefire", "urged a truce", "called for talks": only hoped for or sought.)
  // ("has no intentions of engaging in conflict with Eritrea": what one has no intention of doing is not done.)
  const noIntention = /\bno (?:intentions?|plans?|desire|wish|interest) (?:of|to)(?: [\w-]+){1,3}$/.test(tokens.slice(Math.max(0, trig.from - 6), trig.from).map((t) => t.lower).join(' '));
  const anyPlan = noIntention || g >= 0 && ((tokens[g - 1]?.lower === 'to' && tokens.slice(Math.max(0, g - 5), g - 1).some((t) => t.lower === 'any' || (/^(?:efforts?|attempts?|bid|push|drive)$/.test(t.lower) && trig.stance === 'warming'))) || ((trig.stance === 'warming' || trig.stance === 'cooperative') && /^(?:urge|demand|call|appeal|press|push)$/.test(tokens[g]?.lemma ?? '') && (/^(?:urge|demand)$/.test(tokens[g]?.lemma ?? '') || tokens[g + 1]?.lower === 'for')));
  // ("has refused to join Western sanctions against Russia": what one refuses to take part in is not had; not a judgement refused: "refused to condemn Russia's invasion of Ukraine" leaves the invasion had.)
  // ("has not been able to establish contact with Yemen": what a state could not do is not done either.)
  const unable = tokens[g - 1]?.lower === 'to' && (tokens[g - 2]?.lower === 'unable' || (tokens[g - 2]?.lower === 'able' && tokens.slice(Math.max(0, g - 6), g - 2).some((t) => NEGATION.has(t.lower))));
  const refused = g >= 0 && tokens[g - 1]?.lower === 'to' && (FAILED_VERBS.has(tokens[g - 2]?.lemma ?? '') || unable) && !/^(?:condemn|criticise|criticize|denounce|censure|blame)$/.test(tokens[g]?.lemma ?? '');
  // ('to stop "encouraging war" in Ukraine': what a stopped verb governs is not had either.)
  const up = wordBefore(tokens, g);
  const stopped = g >= 0 && tokens[up]?.pos === 'VERB' && (ENDING_VERBS.has(tokens[up]?.lemma ?? '') || PREVENTING_VERBS.has(tokens[up]?.lemma ?? ''));
  // ("has rejected talks over North Macedonia's entry", "vetoed a deal with Chile", "ruled out negotiations with the US": friendly relations refused are not had; the refusal is read on its own.)
  if (governing && (/^(?:reject|refuse|veto|rebuff|spurn|block)$/.test(governing.lemma) || (governing.lemma === 'rule' && tokens[gi + 1]?.lower === 'out')) && (trig.stance === 'cooperative' || trig.stance === 'warming')) trig.negated = true;
  // ("The issue of enrichment has stalled U.S.-Saudi nuclear negotiations for years": talks stalled or derailed leave their parties at odds, as talks that fail do.)
  else if (governing && /^(?:stall|derail|scuttle|torpedo|paralyse|paralyze|deadlock)$/.test(governing.lemma) && /^(?:talks|negotiations|dialogue)$/.test(tokens[trig.head]?.lower ?? '')) Object.assign(trig, { stance: 'tense', code: '120', why: '"the issue has stalled U.S.-Saudi negotiations": talks stalled or derailed leave their parties at odds, tense' });
  // ("dialogue between the two countries to normalize ties had been halted": talks that are the subject of a passive halt or stall leave their parties at odds, as talks stalled do.)
  else if (/^(?:talks|negotiations|dialogue)$/.test(tokens[trig.head]?.lower ?? '') && tokens.slice(trig.to, own.to).some((t, k, all) => /^(?:halt|stall|suspend|freeze|derail|break)$/.test(t.lemma) && /(?:ed|en|n)$/.test(t.lower) && /^(?:been|was|were|is|are)$/.test(all[k - 1]?.lower ?? ''))) Object.assign(trig, { stance: 'tense', code: '120', why: '"dialogue ... had been halted": talks halted or stalled leave their parties at odds' });
  // ("has never stopped its hostile actions against Algeria", "did not cease carrying out attacks": an act never stopped goes on; nothing ends or negates it.)
  const goesOn = (k: number) => k >= 0 && /^(?:stop|cease)$/.test(tokens[k]?.lemma ?? '') && NOT.test(tokens[k - 1]?.lower ?? '');
  if (governing && (goesOn(g) || (tokens[up]?.pos === 'VERB' && goesOn(up)))) return;
  // ("Kyiv has refused to renew the transit agreement with Moscow": refusing to keep or make a deal with a state is a rejection of it (CAMEO 12), as refusing to ratify is.)
  // ("will not renew its agreement with Peru", "its decision to not renew a memorandum with Peru": a deal left to lapse is refused as well.)
  const notRenewed = /^(?:renew|extend)$/.test(tokens[g]?.lemma ?? '') && [g - 1, g - 2].some((k) => NOT.test(tokens[k]?.lower ?? '')) && tokens.slice(g - 2, g).some((t) => /^(?:not|never|n't|to|will|would|did|does|do)$/.test(t.lower));
  // (A deal's name may go on before its party: "a memorandum of understanding with Peru".)
  const partyAt = tokens[trig.to]?.lower === 'of' && tokens[trig.to + 1]?.pos === 'NOUN' ? trig.to + 2 : trig.to;
  if ((refused || notRenewed) && (trig.stance === 'cooperative' || trig.stance === 'warming') && /^(?:renew|extend|sign|ratify|accept|resume|join)$/.test(tokens[g]?.lemma ?? '') && /^(?:with|between)$/.test(tokens[partyAt]?.lower ?? '')) {
    Object.assign(trig, { stance: 'tense', code: '120', why: `"${tokens[g - 2]?.text} ${tokens[g - 1]?.text} ${tokens[g]?.text} ... ${tokens[trig.head]?.text}": refusing a deal with a state rejects it (CAMEO 12)` });
    return;
  }
  // ("would not retract his criticism of New Delhi's decision": what is not taken back stands.)
  // ("will restrict trade from both the countries": trade a restricting verb governs is the verb's to read, no cooperation had.)
  // ("imposed a veto on the talks with Turkey", "a ban on trade with Israel": so is what a veto, ban or embargo is put on.)
  const barredBy = ((p) => /^(?:on|at|against|over)$/.test(tokens[p]?.lower ?? '') && /^(?:veto|vetoes|ban|bans|embargo|moratorium|boycott)$/.test(tokens[p - 1]?.lower ?? ''))(pastWords(tokens, trig.from - 1, ['DET', 'ADJ']));
  if (((g > 0 && /^(?:restrict|limit|curb|ban|block|restrain)$/.test(tokens[g]?.lemma ?? '')) || barredBy) && (trig.stance === 'cooperative' || trig.stance === 'warming')) trig.negated = true;
  // ("Israel is going to be devoid of Turkey's friendship", "he hoped the two could now return to the co-operation": friendship one is without, or only hoped to have again, is not had.)
  const without = tokens.slice(Math.max(0, trig.from - 4), trig.from).some((t, j, all) => /^(?:devoid|deprived|bereft|stripped)$/.test(t.lower) && all[j + 1]?.lower === 'of');
  const hoped = tokens.slice(Math.max(0, trig.from - 14), trig.from).some((t, j, all) => /^(?:hope|wish)$/.test(t.lemma) && t.pos === 'VERB' && all.slice(j + 1).some((x) => /^(?:could|would|can|will|might)$/.test(x.lower)));
  if ((without || hoped) && (trig.stance === 'cooperative' || trig.stance === 'warming')) trig.negated = true;
  // ("France was concerned about war with Britain", "fears of a war with": a war one worries about has not happened.)
  const feared = pastWords(tokens, trig.from - 1, ['DET', 'ADJ']); // (the word before the war's describing words)
  if (trig.kind === 'noun' && trig.stance === 'hostile' && /^(?:war|conflict|invasion|attack|confrontation|clash)$/.test(tokens[trig.head]?.lower ?? '') && /^(?:about|of|over)$/.test(tokens[feared]?.lower ?? '') && /^(?:concerned|worried|fearful|afraid|anxious|fears?|concerns?|worries|worry|risk|threat|prospect|spectre|specter)$/.test(tokens[feared - 1]?.lower ?? '')) trig.negated = true;
  // ("China's trade imbalance with Europe", "the US trade deficit with China": a balance of trade told is no trade done together.)
  if (trig.kind === 'noun' && tokens[trig.head]?.lower === 'trade' && /^(?:imbalances?|deficits?|surplus(?:es)?|gaps?|balance)$/.test(tokens[trig.to]?.lower ?? '')) trig.negated = true;
  // ("made the opening of the border conditional on an Armenian-Azerbaijani peace deal": a deal something waits on is not made.)
  if ((trig.stance === 'cooperative' || trig.stance === 'warming') && trig.kind === 'noun' && tokens.slice(Math.max(0, trig.from - 8), trig.from).some((t, j, all) => /^(?:conditional|contingent|dependent|conditioned)$/.test(t.lower) && /^(?:on|upon)$/.test(all[j + 1]?.lower ?? ''))) trig.negated = true;
  const standing = g > 0 && /^(?:retract|withdraw|recant|rescind|apologi[sz]e)$/.test(tokens[g]?.lemma ?? '') && (trig.stance === 'tense' || trig.stance === 'hostile');
  // ('agreed not to "attack or invade each other or resort to war against each other"': the last of the verbs "not to" governs, after "or".)
  const before16 = tokens.slice(Math.max(0, trig.from - 16), trig.from), notTo = before16.findLastIndex((t, k) => t.lower === 'not' && before16[k + 1]?.lower === 'to');
  const notToOr = notTo >= 0 && before16.slice(notTo + 2).some((t) => /^(?:or|nor)$/.test(t.lower)) && !before16.slice(notTo + 2).some((t) => /^[,.;:]$/.test(t.text) || t.pos === 'AUX');
  // ("the border was never properly demarcated in the 1955 Treaty between Libya and France": a passive's "not" leaves the deal it names with "in" or "under".)
  const passiveIn = g > 1 && tokens.slice(g - 4, g).some((x) => x.lemma === 'be') && tokens.slice(g + 1, trig.from).some((x) => /^(?:in|under|within|through)$/.test(x.lower));
  if (!standing && (anyPlan || refused || stopped || notToOr || (g > 1 && tokens[g - 1]?.lower === 'to' && NOT.test(tokens[g - 2]?.lower ?? '') && tokens.slice(g + 1, trig.from).every((x) => x.pos !== 'ADP')) || askedFor(tokens, trig, askedFrom(trig.head)) || (g > 0 && [g - 1, tokens[g - 1]?.pos === 'ADV' ? g - 2 : g - 1].some((j) => (NOT.test(tokens[j]?.lower ?? '') && !passiveIn) || (/^(?:could|might|may)$/.test(tokens[j]?.lower ?? '') && tokens.slice(g + 1, trig.from).every((x, n) => x.pos !== 'ADP' || (n === 0 && /^(?:off|up|out)$/.test(x.lower)))))))) trig.negated = true; // (nor "have not held peace talks", "would choose not to wage war" (its object only), "could also mark a warming of relations"; "could benefit from the rift" leaves the rift)
  // ("the only basis for resolving the conflict", "a plan for ending the war", "the path of resolving the row": a way to end it, not its end.)
  // (Nor a failure at it, nor the verb's own reading: "the fallout in settling the garbage dispute".)
  // (Nor what was only meant to: "a ruling that was supposed to settle a decades-old dispute has instead riled relations".)
  const failedAt = g > 1 && ((/^(?:in|of)$/.test(tokens[g - 1]?.lower ?? '') && /^(?:failure|fallout|breakdown|collapse|setbacks?|difficult(?:y|ies)|delays?|deadlock|impasse|stalemate)$/.test(tokens[g - 2]?.lower ?? '')) || (tokens[g - 1]?.lower === 'to' && /^(?:supposed|meant|intended)$/.test(tokens[g - 2]?.lower ?? '')));
  if (failedAt) for (const k of kept) if (k.head === g) k.negated = true;
  const hypothetical = g >= 0 && (tokens.slice(Math.max(0, g - 3), g).some((t) => MODAL_VERB.has(t.lower) || NEGATION.has(t.lower)) || (/^(?:for|of)$/.test(tokens[g - 1]?.lower ?? '') && /^(?:basis|way|plan|proposal|framework|roadmap|path|mechanism|hope|hopes|chance|chances|effort|efforts|talks)$/.test(tokens[g - 2]?.lower ?? '')) || failedAt);
  // ("put normalization with Israel on ice", "put the talks on hold": shelving ends as stopping does.)
  const shelved = governing?.lemma === 'put' && tokens.slice(trig.to, trig.to + 6).some((x, j, all) => x.lower === 'on' && /^(?:ice|hold)$/.test(all[j + 1]?.lower ?? ''));
  // ("cutting short a trip to Egypt": a visit cut short was made; it ends nothing between the two.)
  if (governing?.lemma === 'cut' && tokens[g + 1]?.lower === 'short') return;
  // ("The visit ended with a joint statement": what an event ends with concludes it; it is not what is ended.)
  if (governing && /^(?:end|conclude|close|finish|culminate)$/.test(governing.lemma) && /^(?:with|in)$/.test(tokens[g + 1]?.lower ?? '')) return;
  // ("lost contact with Iran": contact lost is ended, when it is what is lost, right after the verb.)
  const lost = LOSING.test(governing?.lemma ?? '') && tokens.slice(g + 1, trig.from).every((t) => t.pos !== 'ADP');
  if (governing && (ENDING_VERBS.has(governing.lemma) || shelved || lost) && (trig.stance === 'cooperative' || trig.stance === 'warming')) {
    // ("will end its extradition treaty with the United States", "said it would scrap the deal": an ending announced, not speculated, is a threat to reduce relations, CAMEO 13; not "could end".)
    const modals = tokens.slice(Math.max(0, g - 3), g);
    const announced = hypothetical && modals.some((t) => /^(?:will|would|shall|'ll)$/.test(t.lower)) && !modals.some((t) => NEGATION.has(t.lower) || /^(?:could|might|may)$/.test(t.lower));
    if (announced) Object.assign(trig, { stance: 'tense', code: '130', intent: true, why: `"${tokens[g - 1]?.text} ${governing.text} ... ${tokens[trig.head]?.text}": an ending announced threatens to reduce relations (CAMEO 13)` });
    else if (hypothetical) trig.negated = true;
    else Object.assign(trig, { stance: 'tense', code: '160', why: `"${governing.text} ... ${tokens[trig.head]?.text}": ending cooperation reduces relations (CAMEO 16)` });
    if (!announced && !hypothetical) for (const k of kept) if (k !== trig && k.head === g && (k.stance === 'cooperative' || k.stance === 'warming')) k.absorbed = true; // ("Khrushchev ended a meeting in Paris with Eisenhower": the verb that ends it is read in the noun, no meeting of its own)
  } else if (governing && SETTLING_VERBS.has(governing.lemma) && (trig.stance === 'tense' || trig.stance === 'hostile') && hypothetical && tokens[g - 1]?.lower === 'for') trig.negated = true;
  // ("led efforts to end the war", "global efforts to halt Russia's war in Ukraine": an end sought, not made; the war is had.)
  else if (governing && (SETTLING_VERBS.has(governing.lemma) || ENDING_VERBS.has(governing.lemma)) && (trig.stance === 'tense' || trig.stance === 'hostile') && tokens[g - 1]?.lower === 'to' && /^(?:efforts?|attempts?|bids?|drive|push|initiatives?|proposals?|plans?)$/.test(tokens[g - 2]?.lower ?? '')) trig.negated = !/^['’]s?$/.test(tokens[trig.from - 1]?.text ?? ''); // (only a war whose maker is named, "Russia's war", is told as had)
  // ("called on both countries to resolve their border dispute": a settlement asked for is not made; the dispute of "their" stays, had by those asked and named, and only theirs: "urged Sudan to resolve the border dispute" does not say with whom.)
  else if (governing && SETTLING_VERBS.has(governing.lemma) && (trig.stance === 'tense' || trig.stance === 'hostile') && askedFor(tokens, { ...trig, stance: 'warming' }, askedFrom(trig.head))) trig.negated = !tokens.slice(g + 1, trig.from).some((t) => t.lower === 'their') || tokens.slice(Math.max(0, g - 8), g).some((t) => /^(?:both|two|them|sides|parties)$/.test(t.lower)); // (named: not "called on both countries", whose pair may be any told before)
  // ("To reduce the incursions of the Islamic State fighters on its territory": attacks warded off are not had, and no peace with their makers.)
  else if (governing && SETTLING_VERBS.has(governing.lemma) && trig.stance === 'hostile' && /^(?:incursions?|attacks?|raids?|strikes?|shelling|bombings?|infiltrations?|invasions?|occupation)$/.test(tokens[trig.head]?.lower ?? '')) trig.negated = true;
  // ("worked to end the war in Ukraine", "efforts to overcome the conflict in Yemen": a conflict told by where it is names none of its sides; those who settle it are often its mediators, at no peace with the place.)
  else if (governing && SETTLING_VERBS.has(governing.lemma) && (trig.stance === 'tense' || trig.stance === 'hostile') && tokens[trig.to]?.lower === 'in' && [trig.to + 1, trig.to + 2].some((k) => tokens[k]?.pos === 'PROPN' && !MONTH_OR_DAY.test(tokens[k]?.text ?? '') && tokens.slice(trig.to + 1, k).every((t) => t.lower === 'the'))) trig.negated = true; // (not a time: "ended a year-long crisis in April")
  // ("a lightning offensive that effectively ended a bloody three-decade standoff": a conflict ended by force is won, no warming between its sides.)
  else if (governing && SETTLING_VERBS.has(governing.lemma) && (trig.stance === 'tense' || trig.stance === 'hostile') && /^(?:offensives?|war|wars|attacks?|invasion|assault|operation|campaign|victory|conquest)$/.test(tokens[pastWords(tokens, g - 1, ['ADV', 'PRON', 'DET'])]?.lower ?? '')) trig.negated = true;
  // ("agreed to set aside the dispute", "shelved their differences": a dispute put aside is settled for now, as one ended is.)
  else if (governing && (SETTLING_VERBS.has(governing.lemma) || toCourt(tokens, governing.lemma, trig.to) || governing.lemma === 'shelve' || (/^(?:set|put|lay|push)$/.test(governing.lemma) && tokens[g + 1]?.lower === 'aside')) && (trig.stance === 'tense' || trig.stance === 'hostile') && !hypothetical) // (a conflict told by what it did is settled in the verb: "to settle a dispute that erupted into artillery fire" settles none of the fire)
    for (const k of toldByWhatItDid(trig, tokens) ? kept.filter((k) => k.head === g && k.kind === 'verb') : [trig]) Object.assign(k, { stance: 'warming', code: '037', mutual: k === trig ? k.mutual : true, why: `"${governing.text} the ${tokens[trig.head]?.text}": settling a conflict is warming` });
  // "cut back on drone strikes", "halted the attacks", "to avoid clashes": what is stopped or
  // prevented is not had (and preventing a conflict is often a third party's act, no warming of its sides).
  // (Not a measure broken, which stays in force: "without violating US energy sanctions on Caracas".)
  // (Nor a war named by its sides, which was fought whoever avoided it: "abandoned its ally, Russia, to avoid the Russo-Japanese War of 1904".)
  else if (governing && (ENDING_VERBS.has(governing.lemma) || PREVENTING_VERBS.has(governing.lemma)) && !(/^(?:violate|breach|break)$/.test(governing.lemma) && /^(?:sanctions|embargo(?:es)?|bans?|restrictions|blockade)$/.test(tokens[trig.head]?.lower ?? '')) && !(PREVENTING_VERBS.has(governing.lemma) && tokens[trig.head]?.text === 'War' && tokens.slice(Math.max(0, trig.head - 4), trig.head).some((t) => t.text === '-'))) trig.negated = true;
}

/** "agreed to submit their border dispute to the International Court of Justice", "hand the dispute over to the ICJ": a dispute its parties refer to a court or to arbiters is on its way to a settlement (a suit one side files is "a case against"). */
/** "to the court", "over to the ICJ", "to arbitrators": where a dispute is taken. */
const TO_COURT = new RegExp(`^(?:over )?to (?:the )?(?:[a-z]+ )?(?:${COURT_WORDS})\\b`);
const toCourt = (tokens: readonly Token[], lemma: string, to: number) => /^(?:submit|refer|hand|take|bring|put|send)$/.test(lemma) && TO_COURT.test(tokens.slice(to, to + 6).map((t) => t.lower).join(' '));

/** 'a fresh Azerbaijani attack on Armenia was "very likely"', 'made a peace treaty between the two nations "simply not possible"': an act only expected, or said to be impossible, has not happened (not "likely to continue"). */
export function onlyExpected(trig: Trigger, tokens: readonly Token[]): boolean {
  let e = trig.to;
  while (e < trig.to + 8 && (['ADP', 'DET', 'PROPN', 'ADJ', 'NOUN', 'NUM', 'CCONJ'].includes(tokens[e]?.pos ?? '') || tokens[e]?.lemma === 'be' || /^["“”']$/.test(tokens[e]?.text ?? '') || (tokens[e]?.pos === 'ADV' && tokens[e]?.lower !== 'not'))) e++;
  // (The run's last word, a predicate: not "an attack on an unlikely target".)
  const last = tokens.slice(trig.to, e).findLast((t) => t.pos !== 'ADV' && !/^["“”']$/.test(t.text));
  const judged = last?.pos === 'ADJ' ? last.lower : '';
  const said = tokens[e]?.lower === 'not' ? `not ${tokens.slice(e + 1, e + 3).find((t) => t.pos !== 'ADV' && !/^["“”']$/.test(t.text))?.lower}` : judged;
  // ('recognition of Israel by Saudi Arabia is "inescapable"': what is bound to come has not come, whatever its stance.)
  return e > trig.to && tokens[e]?.lower !== 'to' && (/^(?:impossible|unlikely|not possible|not likely|not feasible)$/.test(said) || /^(?:inevitable|inescapable|imminent)$/.test(judged) || (trig.stance === 'hostile' && /^(?:likely|possible|expected|probable)$/.test(judged)));
}

const QUANTITY = /^(?:number|series|couple|host|raft|range|handful|set|batch|string|slew|pair|part|parts|portion|portions)$/; // (and "suspend part of a military agreement")
/** Months and days, which the tagger may read as names. */
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** True when the word at k is part of "a number of", "a series of" before a noun. */
function quantityWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.lower ?? '';
  return (t === 'of' && QUANTITY.test(tokens[k - 1]?.lower ?? '')) || (QUANTITY.test(t) && tokens[k + 1]?.lower === 'of') || (/^(?:a|an|the)$/.test(t) && QUANTITY.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of');
}

/** A conflict told by what it did, its trigger running on to a verb of its own ("a border dispute that erupted into artillery fire"): what settles it is the settling verb's act, not the conflict's. */
const toldByWhatItDid = (trig: Trigger, tokens: readonly Token[]) => tokens.slice(trig.head + 1, trig.to).some((t) => t.pos === 'VERB');
