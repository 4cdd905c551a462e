// The words in a sentence that name an event or a state of relations: verbs of the CAMEO dictionary (coded by their patterns),
// and the nominal forms and idioms of idioms.ts. Each trigger carries its CAMEO code, its stance, whether it is the same both
// ways, and what the words around it do to it: a passive, a negation, a future or a threat ("will", "threatened to").
// The parts: trigger.ts (the type), triggerWords.ts (idioms, judgements, envoys), idiomMatch.ts (slot matching), relationTriggers.ts (relations that changed,
// states of relations), munitionFire.ts (fire told by where it fell), hostedVisits.ts (a guest received by name), boycotts.ts, demandsToStop.ts and pricesThreatened.ts (acts told by a negation, a request or a price to pay), verbContext.ts (negation, modality, intent, demands), nounContext.ts (what the verb that governs a noun makes of it) and triggerContext.ts (what the words around a found trigger make of it).
import type { CameoLexicon } from './cameoLexicon';
import { afterHyphen, isTimeWord, pastWords, type Token } from './tokens';
import { wordReading } from './wordReading';
import type { Trigger } from './trigger';
export type { Trigger };
import { MISSION_WORD } from './idiomWords';
import { hostedVisits } from './hostedVisits';
import { munitionFire } from './munitionFire';
import { BACKING, articleStance, BY_HEAD, discussesDispute, namesAKind, DEFAULTS, CONFLICT_HEAD, OFFICE_AFTER, judgementAt, envoyPassives, CANDIDATE_WORDS, fromPlace, inInstitutionName, orderedBy, restoresOrder } from './triggerWords';
import { matchIdiom, slotMatches } from './idiomMatch';
import { readInContext } from './triggerContext';
import { permittedActs } from './permittedActs'; import { lightVerbsAbsorbed } from './verbDefaults';
import { readNounInContext } from './nounContext';
import { boycotts } from './boycotts';
import { pricesThreatened } from './pricesThreatened';
import { DEMAND_TO_STOP_WHY, PRESSED_MEASURE_WHY, askerOfMeasure, demandsForWithdrawal, demandsToStop } from './demandsToStop';
import { contestedBetweenAt, relationChangeAt, relationStateAt } from './relationTriggers';
import { APPEAL_VERBS, AFTER_GERUND, MODAL_OR_TO, previousWord, wordBefore, ENDING_VERBS, SETTLING_VERBS, ASKING_VERBS, verbContext, askedFor, isAppeal, verbBeforeObject, intentOf, barredFrom, conditionAfterModal } from './verbContext';

/** Every trigger in a sentence's tokens, left to right; where two overlap, the longer wins. */
export function findTriggers(tokens: readonly Token[], lexicon: CameoLexicon, clauseOf: (i: number) => { from: number; to: number }): Trigger[] {
  // ("called on both to show restraint and resolve their dispute": a clause of "and" and a bare verb shares the request before it.)
  const askedFrom = (i: number) => (({ from }) => (from > 0 && /^(?:and|or)$/.test(tokens[from]?.lower ?? '') && tokens[from + 1]?.pos === 'VERB' ? clauseOf(from - 1).from : from))(clauseOf(i));
  const found: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Most words can start no trigger: pass over them before any other work.
    if (!CANDIDATE_WORDS.has(t.lower) && !CANDIDATE_WORDS.has(t.lemma) && !lexicon.hasForm(t.lower) && !lexicon.hasForm(t.lemma)) continue;
    const { from, to } = clauseOf(i);
    // "Saudi-led", "U.S.-backed": a verb inside a compound adjective names no event of its own, but "Iran-backed" says who stands behind whom.
    const inCompound = afterHyphen(tokens, i);
    const backing = inCompound && !/^(?:invasions?|attacks?|offensives?|coups?|wars?|strikes?|raids?|operations?|incursions?|bombings?|campaigns?|insurgency|insurrection|uprising)$/.test(tokens[i + 1]?.lower ?? '') ? BACKING[t.lower] : undefined; // (not an act of force: "the US-supported invasion of Cuba" is the backer's act, no support of its target)
    if (backing) {
      found.push({ kind: 'verb', head: i, end: i + 1, from: i - 2 >= 0 ? i - 2 : i, to: i + 1, code: backing, stance: 'cooperative', mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: /^(?:brokered|mediated)$/.test(t.lower) ? '"a Russian-brokered ceasefire": a mediator is cooperative with each party' : '"the Iran-backed Houthis": the backer supports the backed', compound: true });
      continue;
    }
    const { prevPos, nextPos, ed, nounish, isVerbToken, verbLike, isNounToken } = wordReading(tokens, i, lexicon, inCompound);
    // A judgement ("Russia's move was unacceptable"), wherever the word stands so.
    const judgement = judgementAt(tokens, i);
    if (judgement) {
      const { entry, verb, to: end } = judgement;
      found.push({ kind: 'verb', head: i, end, from: i, to: end, code: entry.code, stance: entry.stance, mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: entry.why, judgement: { verb } });
      continue;
    }
    // Idioms first: they are more specific than the dictionary.
    let idiomHit: Trigger | null = null;
    // (A verb of the idioms the dictionary lacks, after "to" or a modal, whatever the tagger says: "agreed to de-escalate"; or right after a name and before its object: "The U.S. unfroze $6 billion"; or a participle after a comma: ", alarming Australia".)
    const bareVerb = !inCompound && nounish && ((!t.lower.endsWith('s') && (MODAL_OR_TO.has(previousWord(tokens, i)) || /^help(?:s|ed|ing)?$/.test(previousWord(tokens, i)))) || (prevPos === 'PROPN' && ['DET', 'NUM', 'SYM', 'PRON'].includes(nextPos)) || (t.lower.endsWith('ing') && tokens[i - 1]?.text === ',' && AFTER_GERUND.has(nextPos)));
    const afterOwner = /^(?:its|their|his|her|our)$/.test(tokens[i - 1]?.lower ?? '');
    for (const c of idiomsAt(t)) {
      // (A noun idiom may open with a preposition of its own: "at odds"; or with a verb's form that the words after make a noun's: "competing claims", "run-ins".)
      const phrase = (t.pos === 'ADP' || (t.pos === 'VERB' && c.idiom.kind === 'noun')) && (c.slots[0] ?? []).some((alt) => alt.startsWith(`${t.lower}_`));
      // (A word the tagger took for a noun but that stands as a verb is read as one: "Erdogan visits Athens".)
      if (c.idiom.kind === 'verb' ? !(isVerbToken || (verbLike && c.slots.length > 1 && !afterOwner) || bareVerb) : !((isNounToken && !(isVerbToken && t.pos !== 'VERB')) || phrase)) continue; // (not a noun after its owner: "its conflicts with Azerbaijan")
      const end = matchIdiom(c.slots, tokens, i, to);
      if (end < 0) continue;
      // ("Nicaragua's Government of Reconciliation and National Unity", "the Ministry for Peace": a capitalised noun in the name of an institution is no event.)
      if (c.idiom.kind === 'noun' && /^[A-Z]/.test(t.text) && inInstitutionName(tokens, i)) continue;
      // ("dismissed reports about the North's troop deployment": denying what is told about a state is no answer to an accuser.)
      if (c.idiom.code === '120' && /^(?:reports?|claims?|allegations?|accusations?)$/.test(tokens[end - 1]?.lower ?? '') && /^(?:about|on|that)$/.test(tokens[end]?.lower ?? '') && !tokens.slice(i, end).some((x) => /^['’]s?$/.test(x.lower))) continue; // (not "rebutting China's claims that": the accuser's)
      // ("discussing mechanisms to reduce regional tensions", "amid global tensions", "world tensions", "Cold War-era tensions": tensions placed elsewhere, or in an era, are not the pair's.)
      if (tokens.slice(i, end).some((x, j) => /^tensions?$/.test(x.lower) && (tokens.slice(Math.min(pastWords(tokens, i + j - 1, ['ADJ', 'CCONJ']) + 1, i + j - 1), i + j).some((m) => /^(?:regional|global|international|domestic|internal|ethnic|sectarian|communal|social|geopolitical|world|worldwide|era)$/.test(m.lower)) || tokens.slice(Math.max(0, i + j - 4), i + j).some((m, k, all) => m.lower === 'cold' && all[k + 1]?.lower === 'war'))) && !/^(?:between|with|among)$/.test(tokens[end]?.lower ?? '')) continue; // (past other describing words: "ethnic and political tensions that plagued Nigeria")
      if (/^tensions?$/.test(tokens[end - 1]?.lower ?? '') && tokens.slice(Math.max(0, i - 3), i).some((x) => /^(?:amid|amidst)$/.test(x.lower)) && tokens[end]?.lower === 'in' && tokens[end + 1]?.lower === 'the' && /^(?:region|area|world|indo|asia|pacific|gulf|middle|mideast|balkans|caucasus|sahel|horn|arctic|mediterranean|peninsula|strait|straits|continent)$/.test(tokens[end + 2]?.lower ?? '')) continue; // ("signed a pact amid rising tensions in the Indo-Pacific": the region's, told as the setting)
      if (tokens[end - 1]?.lower === 'against' && /^(?:backdrop|background)$/.test(tokens[end]?.pos === 'DET' ? (tokens[end + 1]?.lower ?? '') : (tokens[end]?.lower ?? ''))) continue; // ("set against the backdrop of a war": a setting, no one set against anyone)
      if (c.idiom.code?.startsWith('15') && tokens.slice(i, end).some((x) => x.lower === 'joint')) continue; // ("conducted joint drills near the border": cooperation, not a show of force)
      if (tokens[end - 1]?.lower === 'interests' && tokens.slice(i + 1, end - 1).some((x) => /^(?:national|own|its|their|our|his|her|vital|core|security|economic)$/.test(x.lower))) continue; // ("acted within its sovereign rights to protect national interests": one's own interests, no protecting power for another state)
      if (tokens[end]?.lower === 'that' && ((c.idiom.mutual && c.idiom.kind === 'verb') || (c.idiom.kind === 'noun' && c.idiom.code?.startsWith('13')))) continue; // ("arguing that it did not": saying, not a dispute; "a warning that it must defend its ally": what is warned is read in its own clause)
      // ("ending a four-year trade dispute": a verb's object that heads a conflict noun is that conflict's.)
      if (c.idiom.kind === 'verb' && CONFLICT_HEAD.test(tokens[end]?.lower ?? '') && !CONFLICT_HEAD.test(tokens[end - 1]?.lower ?? '')) continue;
      // A strict noun is the act only with its preposition right after ("measures against"). (Past a noun coordinated with the last: "drones and missiles at Israel".)
      let prepAt = end;
      while (tokens[prepAt]?.pos === 'CCONJ' && tokens[prepAt + 1]?.pos === 'NOUN') prepAt += 2;
      if (tokens[prepAt]?.lower === 'from' && !c.idiom.preps?.includes('from')) prepAt = fromPlace(tokens, prepAt); // (Past an origin: "migrants from Syria into Finland"; past where they are put: "has 1,500 troops stationed in Niger".)
      else if (/^(?:stationed|based|deployed|positioned|garrisoned)$/.test(tokens[prepAt]?.lower ?? '')) prepAt++;
      else if (tokens[prepAt]?.lower === 'of' && tokens[prepAt + 1]?.pos === 'PROPN' && !c.idiom.preps?.includes('of')) do prepAt++; while (tokens[prepAt]?.pos === 'PROPN'); // (past the name of what is handed over: "the territory of Western Sahara to Morocco")
      if (c.idiom.strict && !(c.idiom.preps ?? []).includes(tokens[prepAt]?.lower ?? '')) continue;
      // "trade war", "trade dispute": the noun describes a conflict, not cooperation; "trade minister", "aid agency": an office.
      if (c.idiom.kind === 'noun' && ((c.idiom.stance === 'cooperative' && (CONFLICT_HEAD.test(tokens[end]?.lower ?? '') || (tokens[end]?.lower === 'and' && [2, 3].some((d) => CONFLICT_HEAD.test(tokens[end + d]?.lower ?? '') && tokens.slice(end + 1, end + d).every((x) => x.pos === 'ADJ' || x.pos === 'NOUN'))))) || OFFICE_AFTER.test(tokens[end]?.lower ?? '') || (tokens[end]?.lower === 'and' && OFFICE_AFTER.test(tokens[end + 2]?.lower ?? '')))) continue; // (and "trade and agriculture ministers", "a trade and diplomatic dispute")
      // "war crimes", "war games", "attack helicopters", "conflict resolution": a noun of force before another noun only describes it.
      if (c.idiom.kind === 'noun' && c.idiom.stance === 'hostile' && tokens[end]?.pos === 'NOUN' && /^(?:crimes?|criminals?|games|veterans?|chest|footing|helicopters?|aircraft|jets?|drones?|submarines?|dogs?|memorial|museum|cemetery|correspondents?|reporters?|zone|room|torpedo|force|group|weapons?|arms|missiles?|capabilit(?:y|ies)|resolution|prevention|management|mediators?|zones|studies|researchers?)$/.test(tokens[end]?.lower ?? '')) continue;
      // ("the war-torn country", "conflict-hit regions": a noun of force in a compound adjective only describes.)
      if (c.idiom.kind === 'noun' && c.idiom.stance === 'hostile' && tokens[end]?.text === '-' && /^(?:torn|ravaged|hit|stricken|ridden|weary|scarred|battered|wracked|racked|affected|damaged)$/.test(tokens[end + 1]?.lower ?? '')) continue;
      // ("exchanged prisoners of war", "the laws of war": a noun of force after "of" may only name a kind; "prisoners-of-war" too.)
      if (c.idiom.kind === 'noun' && c.idiom.stance === 'hostile' && namesAKind(tokens, i)) continue;
      const headEnd = i + (slotMatches(c.slots[0] as string[], tokens, i) || 1);
      if (idiomHit && (end - i < idiomHit.to - idiomHit.from || (end - i === idiomHit.to - idiomHit.from && c.slots.length <= (idiomHit.slots ?? 0)))) continue; // (The longer match wins; of two as long, the one with more words of its own: "sign a peace deal".)
      idiomHit = { kind: c.idiom.kind, head: i, end: headEnd, from: i, to: end, code: c.idiom.code, stance: c.idiom.stance, mutual: c.idiom.mutual, passive: false, negated: false, intent: false, absorbed: false, why: c.idiom.why, slots: c.slots.length, ...(c.idiom.preps ? { preps: c.idiom.preps } : {}) };
    }
    // "Ties soured", "relations have improved", "tensions eased": relations that changed (relationTriggers.ts); before an idiom of the verb with relations as its subject ("Trade relations between Pakistan and Afghanistan have resumed their regular operations").
    const changed = relationChangeAt(tokens, i, from, { isVerbToken, nounish, ed });
    if (idiomHit && !(idiomHit.kind === 'verb' && changed)) {
      found.push(idiomHit);
      // ("switched recognition from Taiwan to China": the state left, after "from", is broken with, as "ended ties with Taiwan, switching allegiance to Beijing" is; not while the switch is only talked of: "discussed switching allegiance from China to Taiwan".)
      if (idiomHit.code === '054' && tokens[idiomHit.to]?.lower === 'from' && !/^(?:discuss|explore)$/.test(tokens[idiomHit.from - 1]?.lemma ?? '') && !isTimeWord(tokens[idiomHit.to + 1])) found.push({ ...idiomHit, code: '161', stance: 'severed', preps: ['from'], why: 'recognition switched away from a state breaks relations with it' });
      continue;
    }
    if (changed) {
      // The noun's own reading ("talks": cooperation) gives way to what happened to it.
      for (let f = found.length - 1; f >= 0; f--) if (found[f]?.head === changed.head || (found[f]?.kind === 'noun' && found[f]?.to === changed.head)) found.splice(f, 1); // (and a noun that only says what kind they are: "trade relations")
      found.push(changed);
      continue;
    }
    // ("the islands are disputed between China and Japan": before the dictionary's verb of a dispute, which would want an agent.)
    const contested = contestedBetweenAt(tokens, i);
    if (contested) {
      found.push(contested);
      continue;
    }
    if (isVerbToken) {
      // ("would lead to a resumption of talks": causation, not the intent to cooperate a pattern reads; "was met with concern", "would meet with reciprocity": a reception, no meeting.)
      const causes = /^inhabit/.test(t.lower) || restoresOrder(tokens, i) || ((t.lemma === 'lead' || t.lemma === 'contribute' || t.lower === 'according') && tokens[i + 1]?.lower === 'to') || (t.lemma === 'meet' && ((tokens[i + 1]?.lower === 'with' && (tokens[i - 1]?.lemma === 'be' || /^(?:resistance|opposition|criticism|reciprocity|scepticism|skepticism|silence|anger|outrage|condemnation|approval|praise|success|failure|disapproval|hostility|indifference|protests?|reactions?|responses?|rejection|resentment|alarm|concern|dismay)$/.test(tokens.slice(i + 2, i + 5).find((x) => x.pos === 'NOUN')?.lower ?? ''))) || tokens.slice(i + 1, i + 5).some((x) => /^(?:standards?|requirements?|criteria|targets?|demands?|conditions?|needs|obligations?|expectations?|deadlines?|goals?|thresholds?|norms?)$/.test(x.lower)))) || (t.lemma === 'come' && tokens[i + 1]?.lower === 'to' && /^(?:power|office|terms)$/.test(tokens[i + 2]?.lower ?? '')) || (t.lemma === 'set' && tokens[i + 1]?.lower === 'off' && ['DET', 'ADJ', 'NOUN'].includes(tokens[i + 2]?.pos ?? '')) || (t.lemma === 'hail' && tokens[i + 1]?.lower === 'from') || (/^(?:dismiss|overturn)$/.test(t.lemma) && /^(?:reports?|claims?|rumou?rs?|stories|allegations?|accounts?|rulings?|decisions?|verdicts?|orders?|judgments?|judgements?)$/.test(tokens.slice(i + 1, i + 4).find((x) => x.pos === 'NOUN')?.lower ?? '')); // (nor "came to power"; nor "setting off a furious reaction from Trump", a cause, not a departure; nor "whose parents hailed from India", an origin, no praise; nor "claiming it meets international safety standards", standards met, no meeting; nor "dismissed reports about", a denial; nor "according to", a source; nor "overturned a ruling", a court's; nor "the Somalis inhabiting the Ogaden", people living where they live)
      const lookup = causes ? null : lexicon.eventAt(tokens, i, from, to);
      const listed = lookup ? DEFAULTS.get(lookup.verb.lemma) : undefined;
      const correction = listed?.unmatched && lookup?.matched ? undefined : listed; // (some only where no pattern matched)
      const event = correction && lookup ? { ...lookup, code: correction.code } : lookup;
      // ("met Biden at the White House": the dictionary's "meet ... at" is an intent to meet (036); a meeting told as done is a meeting (040). A future or a plan makes it an intent again below.)
      if (event?.code === '036' && /^(?:meet|talk|negotiate|confer)$/.test(event.verb.lemma.split(' ')[0] ?? '') && !/^(?:meet|talk|negotiate|confer)$/.test(t.lower)) event.code = '040';
      // ("deployed a vessel to join the standoff with the Philippines": joining a conflict is no meeting; the conflict's noun is read.)
      if (event?.code && t.lemma === 'join' && /^(?:standoffs?|stand-offs?|fighting|fights?|conflicts?|battles?|offensives?|blockades?|wars?|disputes?)$/.test(tokens.slice(i + 1, i + 4).find((x) => x.pos === 'NOUN')?.lower ?? '')) continue;
      if (event?.code) {
        let stance = correction?.stance ?? articleStance(event.code);
        // CAMEO 161 joins reducing and breaking relations; with no words of a break (idioms.ts) it is a reduction.
        if (event.code.startsWith('161') && stance === 'severed') stance = 'tense';
        if (stance) found.push({ kind: 'verb', head: i, end: i + 1, from: i, to: i + 1, code: event.code, stance, mutual: event.mutual, passive: false, negated: false, intent: false, absorbed: false, why: `CAMEO dictionary, ${event.verb.block} block`, block: event.verb.block });
        continue;
      }
    }
    // "strained ties", "ties are strained": a state of relations (relationTriggers.ts).
    const state = relationStateAt(tokens, i);
    if (state) found.push(state);
  }
  found.push(...pricesThreatened(tokens), ...envoyPassives(tokens), ...munitionFire(tokens), ...boycotts(tokens), ...demandsToStop(tokens), ...demandsForWithdrawal(tokens), ...hostedVisits(tokens));
  // The longer of two overlapping triggers wins.
  found.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const kept: Trigger[] = [];
  // (But for the break that goes with a switch of recognition, on the same words: above.)
  // (Nor for the act an accusation links a state to, its last word: "linked Indian agents to the murder of".)
  // (And a mediator's compound inside a deal: "signed a United States-brokered peace agreement" is the deal, and the mediation too.)
  const companion = (f: Trigger, k: Trigger) => (f.code === '161' && k.code === '054' && f.from === k.from && f.to === k.to) || (k.code === '112' && k.kind === 'verb' && f.kind === 'noun' && f.stance === 'hostile' && f.head === k.to - 1) || (f.compound === true && k.compound !== true && k.from < f.from && f.to <= k.to);
  for (const f of found) if (!kept.some((k) => f.from < k.to && k.from < f.to && !companion(f, k))) kept.push(f);
  kept.sort((a, b) => a.head - b.head);
  permittedActs(kept, tokens); lightVerbsAbsorbed(kept, tokens); // ("allowed Taiwan to set up an office": the allower's act; "conducted precise strikes": the strikes')
  // What the words left of each verb do to it.
  for (const trig of kept.filter((t) => !t.threat)) { // (a price to pay is read whole: pricesThreatened.ts)
    // ("waged a proxy war in Yemen", "fought a war with Eritrea": the war names the act and its parties; the verb is light; not "waged war on Ukraine".)
    // ("Trump ordered a missile strike on a Syrian airbase": the strike is the act, the order only its start.)
    // ("Slovakia is weighing the possibility of stopping electricity supplies to Ukraine": what is weighed is intended, the weighing no consultation.)
    if (trig.kind === 'verb' && /^(?:weigh|consider|mull|contemplate|explore|study|discuss)$/.test(tokens[trig.head]?.lemma ?? '') && tokens[trig.head + 1]?.lower === 'the' && /^(?:possibility|option|idea|prospect)$/.test(tokens[trig.head + 2]?.lower ?? '') && tokens[trig.head + 3]?.lower === 'of') {
      trig.absorbed = true;
      for (const k of kept) if (k.head === trig.head + 4 && k.code && !k.intent) Object.assign(k, { intent: true }, intentOf(k.code, k.stance));
    }
    // ("Ukrainian intelligence claimed that Russia has high hopes": a claim is an accusation only of a hostile or tense act it reports, "claimed that Ukrainian drones had attacked Grozny".)
    if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'claim' && tokens[trig.head + 1]?.lower === 'that' && !kept.some((k) => k.head > trig.head && k.kind === 'verb' && (k.stance === 'tense' || k.stance === 'hostile')) && !tokens.slice(trig.head + 2).some((x, j, all) => /^(?:not|never|n't|failed|refused)$/.test(x.lower) && !/^(?:aimed|directed|targeted|intended)$/.test(all[j + 1]?.lower ?? ''))) trig.absorbed = true; // (nor of a failure: "claimed that its guards did not try to stop him"; but "claimed that the summit is not aimed at China" assures)
    // ("where the north-west of Ethiopia's Amhara region meets Sudan's Gedaref state", "the borders of Greece and Macedonia meet in the water": places that meet hold no meeting.)
    if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'meet' && (tokens[clauseOf(trig.head).from]?.lower === 'where' || /^(?:regions?|areas?|borders?|frontiers?|rivers?|territor(?:y|ies)|provinces?|breadbasket|coasts?|seas?|mountains?|valleys?|lines?|roads?|railways?|highways?|boundar(?:y|ies))$/.test(tokens.slice(clauseOf(trig.head).from, trig.head).findLast((x) => x.pos === 'NOUN')?.lower ?? ''))) trig.negated = true;
    // ("The United States joined Ukraine and South Korea to accuse North Korea", "joined France in condemning": joining others in an act is doing it beside them, no act toward them.)
    if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'join') {
      let k = trig.head + 1;
      while (k < trig.head + 9 && (['PROPN', 'DET', 'CCONJ'].includes(tokens[k]?.pos ?? '') || tokens[k]?.text === ',')) k++;
      if (k > trig.head + 1 && ((tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB') || (tokens[k]?.lower === 'in' && /ing$/.test(tokens[k + 1]?.lower ?? '')))) trig.absorbed = true;
    }
    // ("went on to accuse the Netherlands", "The statement goes on: ...": going on is continuing to speak or act, no meeting.)
    if (trig.kind === 'verb' && tokens[trig.head]?.lemma === 'go' && tokens[trig.head + 1]?.lower === 'on' && (/^[:"“,]$/.test(tokens[trig.head + 2]?.text ?? '') || (tokens[trig.head + 2]?.lower === 'to' && tokens[trig.head + 3]?.pos === 'VERB') || /ing$/.test(tokens[trig.head + 2]?.lower ?? ''))) trig.absorbed = true;
    // ("signed an executive order authorising sanctions against Turkish officials": the sanctions are the act, their authorisation no permission granted.)
    if (trig.kind === 'verb' && /^(?:authori[sz]e|approve|permit)$/.test(tokens[trig.head]?.lemma ?? '') && kept.some((k) => k.kind === 'noun' && (k.stance === 'tense' || k.stance === 'hostile') && k.from > trig.head && k.from <= trig.head + 3)) trig.absorbed = true;
    if (trig.kind === 'verb' && ((/^(?:fight|wage|order|organi[sz]e|mount|stage)$/.test(tokens[trig.head]?.lemma ?? '') && kept.some((k) => k.kind === 'noun' && k.stance === 'hostile' && k.from > trig.head && k.from <= trig.head + 4 && (tokens[trig.head]?.lemma === 'order' || !/^(?:on|against)$/.test(tokens[k.to]?.lower ?? '')))) || (orderedBy(tokens, trig.head) && kept.some((k) => k.kind === 'noun' && k.stance === 'hostile' && k.to <= trig.head && trig.head - k.to <= 8)))) trig.absorbed = true; // (and after it: "an attack on Iraq ordered by Bush")
    // ("its defence commitments extend to armed attacks on Philippine vessels", whatever the tagger reads "attacks" as: what a treaty would cover has not happened.)
    const to = tokens.slice(Math.max(0, trig.from - 4), trig.from).findLastIndex((x) => x.lower === 'to');
    if (to >= 0 && trig.stance === 'hostile' && /^(?:extend|apply|cover)$/.test(tokens[Math.max(0, trig.from - 4) + to - 1]?.lemma ?? '')) trig.negated = true;
    const own = clauseOf(trig.head);
    // ("The move did not mean Greece was severing relations", "does not mean that they will normalise ties": what is said not to follow is not had.)
    if (tokens.slice(Math.max(0, own.from - 5), trig.from).some((x, j, all) => /^(?:mean|signal|imply|indicate|amount)$/.test(x.lemma) && x.pos === 'VERB' && /^(?:not|n't|never)$/.test(all[j - 1]?.lower ?? ''))) trig.negated = true;
    const asSubject = (trig.kind === 'noun' || /ing$/.test(tokens[trig.head]?.lower ?? '')) && tokens.slice(own.from, trig.from).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX'); // ("a deal with the kingdom would be historic", "would consider supplying arms": supposed, not had; not "warned Taiwan would pay")
    const modal = asSubject ? tokens.slice(trig.to, own.to).findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX') + trig.to : -1; // (then "be": "talks would resume" still will)
    if ((modal >= trig.to && /^(?:would|could|might)$/.test(tokens[modal]?.lower ?? '') && tokens[modal + 1]?.lower === 'be') || /^(?:consider|weigh|contemplate|mull)$/.test(tokens[trig.from - 1]?.lemma ?? '') || tokens.slice(own.from, trig.from).some((x) => x.lower === 'whether')) trig.negated = true; // (nor what is asked "whether" it is)
    if (trig.kind !== 'verb' && !(trig.kind === 'noun' && tokens[trig.head]?.pos === 'VERB')) {
      readNounInContext(trig, tokens, kept, lexicon, clauseOf, askedFrom);
      continue;
    }
    const { from } = own;
    const ctx = verbContext(tokens, trig.from, from);
    if (/ing$/.test(tokens[trig.head]?.lower ?? '') && ENDING_VERBS.has(tokens[trig.from - 1]?.lemma ?? '') && (trig.stance === 'cooperative' || trig.stance === 'warming')) Object.assign(trig, { stance: 'tense', code: '160', why: '"stopped supplying gas": ending cooperation reduces relations (CAMEO 16)' });
    // "gave no date", "offered no support": an object with "no" is an act not done.
    const noObject = (tokens[trig.to]?.lower === 'no' && tokens[trig.to + 1]?.pos !== 'PUNCT' && tokens[trig.to + 1]?.lower !== 'longer') || (trig.stance !== 'severed' && tokens.slice(trig.head + 1, trig.to).some((x) => x.lower === 'no')); // (or inside its words: "reached no agreement"; "have no diplomatic ties" is severed)
    // ("demanded that Sweden crack down before it will approve the bid", "would back down once Niamey reopened its border": what will be done, or done first, on a condition is not done.)
    const conditional = (ctx.intent && /^(?:before|until|unless|if|once)$/.test(tokens[from]?.lower ?? '')) || conditionAfterModal(tokens, from, clauseOf);
    // ("withdrew the trade status it had granted Pakistan": what a clause about the object of an ending
    // verb says was given is what ends, not a cooperation now.)
    let r = trig.from - 1;
    if (tokens[r]?.pos === 'AUX' && /^(?:had|has|have)$/.test(tokens[r]?.lower ?? '')) r--;
    const endedObject = (trig.stance === 'cooperative' || trig.stance === 'warming') && /^(?:it|they)$/.test(tokens[r]?.lower ?? '') && tokens[r - 1]?.pos === 'NOUN' && tokens.slice(Math.max(0, r - 10), r - 1).some((x) => x.pos === 'VERB' && ENDING_VERBS.has(x.lemma));
    const sought = trig.stance === 'warming' && ctx.matrix !== null && (ENDING_VERBS.has(tokens[trig.head]?.lemma ?? '') || SETTLING_VERBS.has(tokens[trig.head]?.lemma ?? '')) && /^(?:efforts?|attempts?|bids?|push|drive|initiatives?)$/.test(tokens[ctx.matrix]?.lower ?? '') && tokens[ctx.matrix + 1]?.lower !== 'by' && !(tokens[ctx.matrix - 1]?.pos === 'PROPN' || /^['’]s?$/.test(tokens[ctx.matrix - 1]?.text ?? '')); // ("global efforts to halt Russia's war in Ukraine": an end that others' efforts seek is not made; not "a push by Japan to ease tensions", its own)
    trig.negated = trig.negated || (ctx.negated && !barredFrom(tokens, trig, from, true)) || ctx.failed || ctx.asked || noObject || conditional || endedObject || sought || barredFrom(tokens, trig, from);
    trig.passive = ctx.passive;
    // "does not recognise Kosovo", "refused to recognise": refusing recognition is tense by the conventions.
    // ("has not approved Sweden's accession", "refused to ratify": withholding consent is a rejection.)
    // "agreed not to threaten or use force against each other": a promise to refrain from conflict is a step back from it (CAMEO 087), as de-escalating is.
    // ("agreed on Thursday not to": past a time; the acts after "not to" stay negated.)
    const refrain = /^(?:agree|pledge|promise|vow)$/.test(tokens[trig.head]?.lemma ?? '') && trig.kind === 'verb' ? [1, 2, 3, 4].map((d) => trig.head + d).find((j) => (/^(?:not|never)$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'to') || (tokens[j]?.lemma === 'refrain' && tokens[j - 1]?.lower === 'to' && tokens[j + 1]?.lower === 'from')) : undefined; // (and "agreed to refrain from threats and violence")
    if (refrain !== undefined && !ctx.negated && ['threaten', 'use', 'attack', 'fight', 'interfere', 'target', 'strike', 'invade', 'escalate', 'deploy', 'resort', 'threat', 'violence', 'force', 'hostility', 'aggression'].includes(tokens[refrain + 2]?.lemma ?? '')) {
      Object.assign(trig, { stance: 'warming', code: '0874', mutual: true, why: 'a promise not to use force or threaten is a de-escalation' });
      continue;
    }
    // ("moved 30,000 troops into Belarus for the drills": forces sent for exercises are military cooperation (CAMEO 062), not an invasion.)
    const forDrills = trig.stance === 'hostile' && /^(?:move|send|deploy|dispatch|station|bring)$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(trig.to, clauseOf(trig.head).to).some((x, j, all) => /^(?:drills|exercises|manoeuvres|maneuvers|training)$/.test(x.lower) && all.slice(Math.max(0, j - 3), j).some((y) => y.lower === 'for'));
    if (forDrills) {
      Object.assign(trig, { stance: 'cooperative', code: '062', why: 'forces moved into a state for joint drills are military cooperation (CAMEO 062)' });
      continue;
    }
    // ("would not normalise its own ties with Damascus": refusing to normalise is a refusal too; a condition or a demand is none.)
    if (trig.negated && !conditional && !ctx.asked && (/^(?:recogni[sz]e|approve|ratify|endorse|normali[sz]e)$/.test(tokens[trig.head]?.lemma ?? '') || (ctx.failed && (/^(?:sign|renew|extend)$/.test(tokens[trig.head]?.lemma ?? '') || (trig.stance === 'warming' && /^(?:hand|cede|return|give|transfer)$/.test(tokens[trig.head]?.lemma ?? '')))))) { // (and refusing to sign or renew a deal with it, or to yield to it what it claims: "refused to hand over control to Cameroon")
      // ("would no longer recognise Taiwan as a separate country": recognition withdrawn is derecognition, severed by the conventions.)
      const noLonger = /^recogni[sz]e$/.test(tokens[trig.head]?.lemma ?? '') && tokens.slice(Math.max(0, trig.head - 3), trig.head).some((x, j, all) => x.lower === 'longer' && all[j - 1]?.lower === 'no');
      if (noLonger) Object.assign(trig, { negated: false, stance: 'severed', code: '161', why: '"would no longer recognise Taiwan": recognition withdrawn is derecognition, severed by the conventions' });
      else Object.assign(trig, { negated: false, stance: 'tense', code: '120', why: 'refusing to recognise a state, to normalise ties with it, or to approve what it asks, is tense toward it' });
      continue;
    }
    // "ordered Canada to cut its diplomatic staff", "asked Kenya to recall its envoy": a demand on the object is the demander's pressure on it (CAMEO 10); the demand verb is the head, its subject and object the pair.
    const asked = ctx.demand !== null && ASKING_VERBS.has(tokens[ctx.demand]?.lemma ?? '');
    const demanded = ctx.demand !== null && !trig.negated && trig.code !== null && (!asked || trig.stance === 'tense' || trig.stance === 'severed' || trig.code.startsWith('087'));
    // "pushed its two allies to mend ties", "urged both sides to resume talks": pressing others to get on
    // is an appeal (CAMEO 02), not a demand on them; the pusher makes no claim, and what is asked
    // ("urged China to lift the ban") has not happened.
    // ("called on the United States to stop supplying weapons": past a verb between "to" and the act.)
    // (Past quotation marks too: 'to stop "encouraging war"'.)
    const before = wordBefore(tokens, trig.from);
    // (And the means of what is asked: "called on the US to stop encouraging war by supplying weapons".)
    if (!demanded && trig.kind === 'verb' && ((tokens[before - 1]?.lower === 'to' && tokens[before]?.pos === 'VERB') || tokens[before]?.lower === 'by' || (tokens[before]?.lower === 'and' && tokens[before - 1]?.text !== ',' && tokens[trig.head]?.lower === tokens[trig.head]?.lemma)) && (trig.stance === 'cooperative' || trig.stance === 'warming') && askedFor(tokens, trig, tokens[before]?.lower === 'and' ? 0 : from)) trig.negated = true; // (and a second bare verb of what is asked: "warned the French to give up their campaign and withdraw from Egypt")
    if (!demanded && tokens[trig.from - 1]?.lower === 'to' && (trig.stance === 'cooperative' || trig.stance === 'warming')) {
      const appeal = verbBeforeObject(tokens, trig.from - 1, from);
      if (appeal !== null) for (const k of kept) if (k !== trig && k.head === appeal && k.code?.startsWith('10') && k.why !== DEMAND_TO_STOP_WHY && !(trig.code?.startsWith('08') && /^(?:demand|order|force|compel)$/.test(tokens[appeal]?.lemma ?? ''))) k.absorbed = true; // (a demand to stop stays: "asked Montevideo to step back in its decision")
      if ((appeal !== null && isAppeal(tokens, appeal)) || askedFor(tokens, trig, from)) trig.negated = true;
    }
    // ("demanded that Washington stop arming the island": what is demanded has not happened; nor "demonstrators demanding it annul the treaty and close the embassy", a bare verb after the demand's pronoun.)
    const demandAt = Math.max(0, trig.from - 10);
    if (trig.kind === 'verb' && tokens.slice(demandAt, trig.from).some((t, j) => (t.pos === 'VERB' || (/^(?:demands|urges|requests|insists)$/.test(t.lower) && /^(?:and|or)$/.test(tokens[demandAt + j - 1]?.lower ?? ''))) && /^(?:demand|insist|urge|ask|request|press)$/.test(t.pos === 'VERB' ? t.lemma : t.lower.replace(/s$/, '')) && (tokens[demandAt + j + 1]?.lower === 'that' || (/^(?:it|them|him|her)$/.test(tokens[demandAt + j + 1]?.lower ?? '') && tokens[demandAt + j + 2]?.pos === 'VERB' && tokens[demandAt + j + 2]?.lower === tokens[demandAt + j + 2]?.lemma)))) trig.negated = true;
    // ("protests calling on the authorities to close the Israeli embassy": an act asked of no one named is not done, nor a demand between states.)
    if (!demanded && trig.kind === 'verb' && tokens[trig.from - 1]?.lower === 'to' && tokens.slice(from, trig.from - 1).some((t, j) => isAppeal(tokens, from + j) && /^(?:urge|ask|call|appeal|implore|beg|exhort|encourage|request)$/.test(t.lemma))) trig.negated = true;
    const asker = trig.negated && !demanded && trig.kind === 'verb' ? askerOfMeasure(tokens, trig) : -1; // (but who presses for a measure against a state is at odds with it)
    if (asker >= 0) Object.assign(trig, { negated: false, intent: false, code: '110', stance: 'tense', matrix: asker, why: PRESSED_MEASURE_WHY });
    if (demanded && ctx.demand !== null) {
      for (const k of kept) if (k !== trig && k.head === ctx.demand) k.absorbed = true;
      // ("ordered China to close its consulate in Houston": a host's order to close another's mission closes it.)
      if (trig.stance === 'severed' && /^(?:order|tell|instruct|direct|command)$/.test(tokens[ctx.demand]?.lemma ?? '') && tokens.slice(trig.from, trig.to).some((t) => MISSION_WORD.test(t.lower))) {
        Object.assign(trig, { head: ctx.demand, end: ctx.demand + 1, from: ctx.demand, intent: false, passive: false, why: `"${tokens[ctx.demand]?.text} ... to ${tokens[trig.head]?.text}": an order to close a mission closes it` });
        continue;
      }
      Object.assign(trig, { head: ctx.demand, end: ctx.demand + 1, from: ctx.demand, code: '100', stance: 'tense', intent: false, passive: false, why: `"${tokens[ctx.demand]?.text} ... to ${tokens[trig.head]?.text}": a demand on another state is pressure on it (CAMEO 10)` });
      continue;
    }
    // ("has pushed its two allies to overcome their differences": pressing others to make peace is an appeal (CAMEO 02), no demand on them, when what is asked is to settle or get on.)
    if (trig.kind === 'verb' && (trig.code ?? '').startsWith('10') && APPEAL_VERBS.has(tokens[trig.head]?.lemma ?? '') && trig.why !== DEMAND_TO_STOP_WHY) { // (a demand to stop what the other does stays one: demandsToStop.ts)
      const to = tokens.findIndex((x, j) => j > trig.head && j <= trig.head + 6 && x.lower === 'to');
      if (to > 0 && (SETTLING_VERBS.has(tokens[to + 1]?.lemma ?? '') || /^(?:mend|reconcile|improve|restore|normali[sz]e|cooperate|work|talk|negotiate|agree|find|overcome|bridge|resume)$/.test(tokens[to + 1]?.lemma ?? ''))) trig.negated = true;
    }
    // ("in a move likely to irritate Beijing": an anger foreseen is not felt.)
    if (ctx.intent && /^(?:anger|irritate|annoy|upset|alarm|infuriate|antagonise|antagonize|provoke|offend)$/.test(tokens[trig.head]?.lemma ?? '')) trig.negated = true;
    if (ctx.intent && trig.code) {
      const intent = intentOf(trig.code, trig.stance);
      trig.intent = true;
      trig.code = intent.code;
      trig.stance = intent.stance;
    }
    // "threatened to cut ties", "agreed to restore ties": the complement carries the event, and its
    // verb hands it the subject; "refused to sign" keeps the refusal and drops the signing.
    const matrix = ctx.matrix === null || ctx.failed ? undefined : kept.find((k) => k.head === ctx.matrix);
    // (Not a promise to refrain, read above: "agreed not to use force" stays the de-escalation.)
    if (matrix && !(trig.negated && matrix.code === '0874')) matrix.absorbed = true;
    if (ctx.matrix !== null) trig.matrix = ctx.matrix;
  }
  // "holding talks to defuse the situation", "negotiations to end the dispute": talks to settle a
  // dispute are warming between its parties (the conventions), not only meeting.
  for (const trig of kept.filter((t) => !t.threat)) {
    readInContext(trig, tokens);
    if (trig.stance !== 'cooperative' || !(trig.code ?? '').startsWith('04')) continue;
    const words = tokens.slice(trig.from, Math.max(trig.to, trig.head + 1));
    // (Past the parties: "open to dialogue with Burundi to resolve the issues".)
    let to = trig.to;
    while (to < trig.to + 6 && (tokens[to]?.pos === 'PROPN' || tokens[to]?.pos === 'DET' || /^(?:with|between|and)$/.test(tokens[to]?.lower ?? ''))) to++;
    if ((words.some((t) => /^(?:talks|negotiations|dialogue|consultations)$/.test(t.lower)) && tokens[to]?.lower === 'to' && SETTLING_VERBS.has(tokens[to + 1]?.lemma ?? '')) || discussesDispute(tokens, trig)) {
      Object.assign(trig, { stance: 'warming', why: `"${tokens[trig.head]?.text} ... ${tokens[to]?.lower === 'to' ? `to ${tokens[to + 1]?.text}` : 'disputed'}": talks to settle a dispute, or on what is disputed, are warming between its parties` });
    }
    // ("indirect talks between Iran and the United States", "negotiations ... mediated by Qatar": talks that need a go-between are talks to settle a dispute; so are talks held "to discuss steps toward repairing" relations.)
    else if ((words.some((t) => /^(?:talks|negotiations|dialogue)$/.test(t.lower)) && (tokens[trig.from - 1]?.lower === 'indirect' || tokens.slice(trig.to, trig.to + 20).some((t, k, all) => /^(?:mediated|brokered|facilitated)$/.test(t.lower) && all[k + 1]?.lower === 'by'))) || (words.some((t) => /^(?:talks|negotiations|dialogue|meetings?|consultations|discussions)$/.test(t.lower)) && tokens.slice(trig.to, trig.to + 18).some((t, k, all) => all[k - 1]?.lower !== 'not' && all.slice(0, k).some((x) => x.lower === 'to') && /^(?:repair|restor|normali[sz]|mend|re-?establish|rapprochement|reconcil)/.test(t.lower)))) {
      Object.assign(trig, { stance: 'warming', why: 'indirect talks, held through a go-between, are talks to settle a dispute, warming between its parties' });
    }
  }
  return kept;
}

/** The idioms a token may start: those keyed on its form and, when its lemma differs, those keyed on the lemma ("downing": a noun of its own, and the verb "down"). */
function idiomsAt(t: Token) {
  const own = BY_HEAD.get(t.lower) ?? [], lemma = t.lemma !== t.lower ? (BY_HEAD.get(t.lemma) ?? []) : [];
  return lemma.length === 0 ? own : own.length === 0 ? lemma : [...new Set([...own, ...lemma])];
}
