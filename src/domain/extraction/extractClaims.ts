// Article text -> actors and claims, sentence by sentence: find the actors (actorFinder.ts) and
// gather them into groups (actorGroups.ts), tag the words (a Tagger), cut the sentence into clauses
// (clauses.ts), find the words that name events or states of relations (triggers.ts: the CAMEO
// dictionary and idioms.ts), pair the actors each one joins (pairing.ts), and read the certainty
// (certainty.ts) and the date (resolveTime.ts). Every claim keeps its sentence, with offsets into
// the original text, as evidence, and its trigger words and CAMEO code. Pure: text in, data out.
import { findTimes, type FoundTime } from '../claims/resolveTime';
import { paragraphTime, sinceClauses, whenOf, yearsBefore } from './whenOfClaim';
import type { ActorFinder, Mention } from './actorFinder';
import { type ActorGroup, actorGroups, mentionsOnTokens } from './actorGroups';
import type { CameoLexicon } from './cameoLexicon';
import { ALLEGING, attributionOf, certaintyOf } from './certainty';
import { splitClauses } from './clauses';
import { attacksPerson } from './attacksOnPeople';
import { type Discourse, type Pairing, SentencePairing } from './pairing';
import { LINKING_VERBS, onlyInReason, strandedPartner, TRUCE_NOUN, unnamedDispute } from './pairingWords';
import { originalSpan, readableText } from './readableText';
import { inDateline, splitSentences } from './sentences';
import { pastWords, type Tagger, type Token } from './tokens';
import { inCondition, MODAL_VERB } from './verbContext'; import { DISPUTE_NOUN } from './relationTriggers';
import { findTriggers, type Trigger } from './triggers';
import { tagSentences } from './tagSentences';
import { answeredAct, ownedAct, sentAway, underMeasures } from './answeredActs';
import { armsInArticleWar, armsInWar, forcesAtWar, jointAttackers } from './armsInWar';
import { FOLLOWING_SUIT, followedSuit, joinedActs, joinedInActs, likewiseActs, ordinalAfter, suitActs } from './joinedBy';
import { breakBefore, disputeBefore, liftedMeasure, liftingTimes, lifts, measureBefore, MEASURE_LIFTED, talksAtOdds, warBefore, withdrawnWithEnding } from './settledDisputes';
import { shortFormMentions } from './shortForms'; import { quoteSpeakers } from './quoteSpeakers'; import { pronounPartners } from './pronounPartners';
import { listedClauseTargets, tellsTime, twoNamed } from './twoNamed';
import { namedPactParties } from './namedPacts';
import { noteSentence } from './sentenceNotes';
import { toldActs } from './toldActs'; import { protestMeetings } from './protestMeetings'; import { describesOnly } from './roleOwner';
import { talksHosts, thirdPartyOfTalks } from './talksHosts'; import { votedOn } from './votedMotions';
import { ofBeforeAnd, topicAfter, verbOfObject, withinBody } from './nounInClause';
import { pairKey } from '../relations/pairKey';
import { articleActors, type ExtractedActor, type ExtractedClaim, type Extraction, type ExtractionInput } from './extractedClaim';
import { dealOfSides, relationsWithOne } from './pairsTold';
import { RELATION_WORDS, REFERS_BACK, groupAnaphora, STANDS_FOR_TERRITORY, TOLD_DEAL, TOLD_ACT, TOLD_MOVE, MEDIATION, ADDRESSED, AGENT_START, bareAgents, noteAgents, RECENT_SENTENCES, describedActors } from './referredActors';
export type { ExtractedActor, ExtractedClaim, Extraction, ExtractionInput };
export { toClaim } from './extractedClaim';

/** What extraction reads with: the actors, a tagger, the CAMEO lexicon. */
export interface Readers {
  finder: ActorFinder;
  tagger: Tagger;
  lexicon: CameoLexicon;
}

export interface ExtractionOptions {
  /** Told how far reading has got, every few hundred sentences (for a progress bar). */
  onProgress?: (sentencesRead: number, sentences: number) => void;
}

export function extractClaims(input: ExtractionInput, readers: Readers, options: ExtractionOptions = {}): Extraction {
  const { published } = input;
  const readable = readableText(input.text);
  const text = readable.text;
  // The original text's words between two offsets of the readable text: a claim's trigger.
  const wordsOf = (start: number, end: number) => {
    const w = originalSpan(readable, start, end);
    return { trigger: input.text.slice(w.start, w.end), triggerStart: w.start, triggerEnd: w.end };
  };
  // Where the body starts in the readable text: what is left of the text before it.
  const bodyStart = readableText(input.text.slice(0, input.bodyStart ?? 0)).text.length;
  const foundByName = readers.finder.find(text, { published });
  const found = [...foundByName, ...shortFormMentions(text, foundByName)].sort((x, y) => x.start - y.start); // ("Rwanda's Defence Forces (RDF)" ... "the RDF")
  const mentions = found.filter((m) => m.start >= bodyStart && !inDateline(text, m.start));
  // The two actors a headline names, when it names two: whom "the two countries" of the first lines stands for ("Qatar and Bahrain agree to resume ties" ... "the two states decided"). The headline itself makes no claim.
  const headlined = [...new Set(found.filter((m) => m.start < bodyStart && !readers.finder.info.get(m.id)?.organisation).map((m) => m.id))];
  const times = findTimes(text.slice(bodyStart), { published }).map((t) => ({ ...t, start: t.start + bodyStart, end: t.end + bodyStart }));
  const claims: ExtractedClaim[] = [];
  const discourse: Discourse = { subject: null, target: null, pair: null, sets: new Map(), actTargets: toldActs(text, found, readers.finder) };
  let mi = 0;
  let ti = 0;
  // Each sentence with its mentions, and whether it can hold a claim at all: a claim needs two actors, so a sentence that names fewer
  // (the office holders of one state count as that state) needs a word that brings in another ("it", "their", "the two countries",
  // "relations"). Only those are tagged and read: this is most of extraction's speed.
  const sentences = splitSentences(text, bodyStart).map((sentence) => {
    while (mi < mentions.length && (mentions[mi] as Mention).start < sentence.start) mi++;
    const here: Mention[] = [];
    for (let k = mi; k < mentions.length && (mentions[k] as Mention).start < sentence.end; k++) here.push(mentions[k] as Mention);
    const actors = new Set(here.map((m) => m.id)).size;
    const worth = actors >= 2 || REFERS_BACK.test(sentence.text) || MEASURE_LIFTED.test(sentence.text) || (actors === 1 && (ADDRESSED.test(sentence.text) || AGENT_START.test(sentence.text) || TOLD_ACT.test(sentence.text) || TOLD_MOVE.test(sentence.text) || TOLD_DEAL.test(sentence.text) || MEDIATION.test(sentence.text) || FOLLOWING_SUIT.test(sentence.text)));
    // (The one actor a sentence names, if one: whose "the vote" the next sentence may judge.)
    return { sentence, here, worth, lone: actors === 1 ? here[0]?.id : undefined };
  });
  const tokensOf = tagSentences(text, sentences, readers.tagger, readers.lexicon), speakers = quoteSpeakers(sentences);
  let read = 0;
  // The actors of the latest sentences, most recent last: what "the kingdom" may stand for.
  const recent: string[][] = [];
  // The state each agent word was last given ("Niger's junta"): whom "The junta ..." speaks for.
  const agentOwners = new Map<string, string[]>();
  // Claims made so far of each pair of states (sorted ids joined by "|"), one a sentence.
  const pairCounts = new Map<string, number>();
  const remember = (ids: readonly string[]) => {
    recent.push([...ids]);
    if (recent.length > RECENT_SENTENCES) recent.shift();
  };
  if (headlined.length === 2) {
    discourse.pair = [headlined[0] as string, headlined[1] as string];
    remember(headlined);
  }
  // Whether the sentence before told a hostile act or named one ("the raid"): what "it" may stand for; and the latest sentence's claims ("They were joined by Croatia").
  let actNamed = false, claimsBefore: ExtractedClaim[] = [], actsBefore: ExtractedClaim[] = [];
  for (const [index, { sentence, here, worth }] of sentences.entries()) {
    if (options.onProgress && ++read % 200 === 0) options.onProgress(read, sentences.length);
    discourse.actJustNamed = actNamed; discourse.quoteSpeaker = speakers[index];
    actNamed = TOLD_ACT.test(sentence.text);
    // ("Venezuela held a referendum. Guyana called the vote a threat": the one actor of the sentence before.)
    discourse.loneActor = sentences[index - 1]?.lone;
    if (!worth) {
      if (here.length > 0) {
        remember(here.map((m) => m.id));
        // "Russia massed troops near the border. The troops crossed ...": who the next sentence's agents are.
        const first = here.find((m) => !readers.finder.info.get(m.id)?.organisation);
        if (first) discourse.subject = [first.id];
      }
      continue;
    }
    const s = sentence.text;
    // Tokens with offsets into the readable text, and the mention each belongs to. ("In 1977, Begin invited Sadat": a leader's name the tagger reads as a verb is a name; so is a word of a state's name or seat: "The Holy See is an ally of Taiwan".)
    const tagged = tokensOf(index), on = mentionsOnTokens(tagged, here);
    const tokens = tagged.map((t, k) => (t.pos === 'VERB' && /^(?:person|name|seat)$/.test(on[k]?.kind ?? '') && /^[A-Z]/.test(t.text) ? { ...t, pos: 'PROPN' as const } : t));
    const info = (id: string) => readers.finder.info.get(id);
    const described = describedActors(
      tokens,
      recent,
      groupAnaphora(tokens, discourse, actorGroups(tokens, on), (id) => info(id)?.neighbours ?? [], (id) => info(id)?.organisation === true, (kind) => readers.finder.statesOf(kind), recent),
      (id) => (info(id)?.organisation ? ['organisation'] : STANDS_FOR_TERRITORY.has(id) ? [] : (info(id)?.kinds ?? [])), // (the Palestinian Authority is no "militant group")
      (id) => info(id)?.borders ?? [],
      discourse.subject, (id) => info(id)?.neighbours ?? [],
    );
    const groups = pronounPartners(tokens, bareAgents(tokens, discourse, described.groups, agentOwners), discourse.subject); // ("he and Biden": the pronoun's actor joins the name)
    noteAgents(tokens, groups, agentOwners);
    remember(groups.flatMap((g) => g.ids));
    if (groups.length === 0 && !discourse.pair) continue;
    const inGroup = new Uint8Array(tokens.length);
    for (const g of groups) for (let k = g.first + 1; k < g.end; k++) inGroup[k] = 1;
    const clauses = splitClauses(tokens, (i) => inGroup[i] === 1);
    // A sentence that names someone ambiguously ("its neighbour" with two) takes no partner from the sentences before.
    const pairing = new SentencePairing(tokens, groups, clauses, described.unresolved ? { ...discourse, pair: null } : discourse);
    const clauseOf = (i: number) => clauses[pairing.clauseIndexOf(i)] as { from: number; to: number };
    const triggers = findTriggers(tokens, readers.lexicon, clauseOf).filter((t) => t.compound || !groups.some((g) => !g.anaphor && g.first < t.head && t.head < g.end)); // (no word of a name: "the Shanghai Cooperation Organisation"; but a backer's compound in one: "the Iranian-backed group")
    for (const t of triggers) if (attacksPerson(t, tokens, on)) Object.assign(t, { stance: 'tense', code: '111', why: 'an attack on a person named, with no force, is criticism (CAMEO 111)' });
    while (ti < times.length && (times[ti] as FoundTime).start < sentence.start) ti++;
    const sentenceTimes: FoundTime[] = [];
    for (let k = ti; k < times.length && (times[k] as FoundTime).start < sentence.end; k++) if ((times[k] as FoundTime).end <= sentence.end) sentenceTimes.push(times[k] as FoundTime);
    const lead = sentenceTimes.length === 0 ? paragraphTime(text, times, sentence.start, ti) : undefined; // (a timeline's entry: "September 2020 - ...")
    if (lead) sentenceTimes.push(lead);
    const sentenceClaims: ExtractedClaim[] = [], aside = new Set<ExtractedClaim>(); // (aside: claims told in a relative clause, which say what an actor is, not what the sentence is about)
    const seen = new Set<string>();
    let firstSubject: ActorGroup | null = null, teller: string[] | undefined;
    // The actors the sentence names (not places or descriptions, not organisations).
    const named = [...new Set(groups.filter((g) => !g.place && !g.descriptor).flatMap((g) => g.ids))].filter((id) => !readers.finder.info.get(id)?.organisation);
    // Triggers of the idiom list that the sentence's structure does not pair (below).
    const unpaired: Trigger[] = [];
    const claimsOf = (trigger: Trigger, paired: Pairing) => {
      firstSubject ??= paired.subject;
      const pairs: [string, string, boolean][] = [];
      if (paired.within) {
        const ids = paired.sources;
        for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i] as string, ids[j] as string, false]);
      } else for (const a of paired.sources) for (const b of paired.targets) pairs.push([a, b, !trigger.mutual]);
      const head = tokens[trigger.head] as Token, from = tokens[trigger.from] as Token;
      const to = tokens[Math.max(trigger.to, trigger.wordsTo ?? 0) - 1] as Token;
      const clause = clauses[pairing.clauseIndexOf(trigger.head)]!;
      // ("accused Pakistan of carrying out air strikes", "accused Israel of the strike", "of using Hezbollah to attack": the act is alleged too.)
      const ofAct = (['of', 'for'].includes(tokens[trigger.head - 1]?.lower ?? '') && /ing$/.test(head.lower)) || (tokens[trigger.head - 1]?.lower === 'having' && ['of', 'for'].includes(tokens[trigger.head - 2]?.lower ?? '')) || tokens.slice(Math.max(clause.from, trigger.from - 6), trigger.from).some((t, j, all) => (trigger.kind === 'noun' && (t.lower === 'of' || t.lower === 'for')) || (tokens[trigger.from - 1]?.lower === 'to' && /ing$/.test(t.lower) && all[j - 1]?.lower === 'of') || (trigger.kind === 'noun' && t.lower === 'to' && tokens.slice(clause.from, trigger.from).some((v) => LINKING_VERBS.test(v.lemma)))) || (tokens[trigger.from - 1]?.lower === 'to' && tokens.slice(Math.max(clause.from, trigger.from - 10), trigger.from).some((t, j, all) => /^(?:using|allowing|helping|enabling|enlisting|employing|letting|forcing)$/.test(t.lower) && all[j - 1]?.lower === 'of')); // (and "of using its ally Hezbollah to deliver weapons")
      const andOf = ofBeforeAnd(tokens, trigger.kind === 'verb' ? trigger.head : verbOfObject(tokens, trigger, clause)); // ("of supporting rebels and seeking ties with": the second gerund is alleged too)
      const before = tokens.slice(andOf >= 0 ? 0 : clause.from, trigger.head);
      const accuser = ofAct || andOf >= 0 ? (before.findLast((t) => t.pos === 'VERB' && ALLEGING.has(t.lemma)) ?? before.find((t) => t.pos === 'VERB') ?? null) : null;
      const certainty = paired.alleged ? 'alleged' : certaintyOf({ sentence: s, tokens, clause, head: trigger.head, accuser });
      if (pairs.length > 0) teller = pairing.tellerOf(clause, pairs.flatMap(([a, b]) => [a, b])); // (for a denial in the next sentence)
      let shared: { span: { start: number; end: number }; words: ReturnType<typeof wordsOf>; when: string | null } | undefined;
      for (const [a, b, directed] of pairs) {
        if (a === b) continue;
        const infoA = readers.finder.info.get(a);
        const infoB = readers.finder.info.get(b);
        // Two names of one territory make no pair ("Palestine" and the Palestinian Authority); a state and an armed group on its soil do ("Sudan's army blamed the RSF").
        const oneTerritory = infoA?.home != null && infoA.home === infoB?.home;
        const stateAndGroup = oneTerritory && (a === infoA.home) !== (b === infoB?.home) && !STANDS_FOR_TERRITORY.has(a === infoA.home ? b : a);
        if (!infoA || !infoB || (oneTerritory && !stateAndGroup)) continue;
        // One claim per pair and stance in a sentence ("Japan supported Australia at the summit").
        const key = `${pairKey(a, b)}|${trigger.stance}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // (What every pair of the trigger shares, found once, for the first pair kept.)
        const told = (shared ??= { span: originalSpan(readable, sentence.start, sentence.end), words: wordsOf(from.start, to.end), when: ((w) => yearsBefore(tokens, trigger.from, w) ?? w)(whenOf(trigger.stance === 'warming' && lifts(head.lower) ? liftingTimes(tokens, sentenceTimes) : sentenceTimes, head.start, s, published, sinceClauses(tokens, clauses, trigger.head))) }); // (not the time a lifted measure started: "lifted a restriction ..., in place since 1992")
        sentenceClaims.push({
          a,
          b,
          directed,
          stance: trigger.stance,
          when: told.when,
          certainty,
          attribution: attributionOf(s),
          evidence: input.text.slice(told.span.start, told.span.end),
          start: told.span.start,
          end: told.span.end,
          ...told.words,
          code: trigger.code,
        }); if (clause.kind === 'relative') aside.add(sentenceClaims.at(-1)!);
      }
    };
    for (const trigger of triggers) {
      if (trigger.negated || trigger.absorbed || inCondition(tokens, trigger.head, clauseOf)) continue;
      // "Relations had been slowly improving": relations with no actor of their own are the pair's before. Not when they have a pair of their own the finder does not know ("the gap between rich nations and Moscow").
      const truce = trigger.kind === 'noun' && (TRUCE_NOUN.test(tokens[trigger.head]?.lower ?? '') || (tokens[trigger.head]?.lower === 'peace' && /^(?:treaty|accord|agreement|deal)$/.test(tokens[trigger.head + 1]?.lower ?? ''))) && !tokens.slice(Math.max(0, trigger.from - 5), trigger.from).some((t, j) => /^(?:until|unless|if|before|demand|demanded|demands|call|calls|called|urged|urge)$/.test(t.lower) || (j > 0 && (t.pos === 'VERB' || t.pos === 'AUX'))) && !(trigger.to < tokens.length && /^(?:violations?|breaches?)$/.test(tokens[trigger.to]?.lower ?? '')); // ("an armistice was reached in June of 1935": a truce with no parties told is the pair's the article is about; not one asked or waited for, nor one a verb acts on, "agreed to extend the ceasefire")
      const unnamed = unnamedDispute(tokens, trigger.head, groups) || truce, relations = (trigger.code === null || unnamed) && (RELATION_WORDS.test(tokens[trigger.head]?.lower ?? '') || unnamed || (trigger.stance === 'warming' && DISPUTE_NOUN.test(tokens[trigger.head]?.lower ?? '') && !tokens.slice(trigger.head, trigger.to).some((t) => MODAL_VERB.has(t.lower))) || (/^(?:borders?|frontiers?)$/.test(tokens[trigger.head]?.lower ?? '') && trigger.stance === 'tense')) && !['with', 'between', 'among', 'within', 'inside'].includes(tokens[trigger.end]?.lower ?? '') && !withinBody(tokens, trigger) && !groups.some((g) => g.end === trigger.from || (g.ids.length === 1 && g.first > trigger.head && g.first <= trigger.head + 8 && tokens[g.first - 1]?.lower === 'in') || topicAfter(tokens, trigger, g.first)); // (nor "amid Somalia tensions", "tensions have been growing in recent days in South Sudan": one state's own; and "their land border has been closed"; nor "tensions over Taiwan": what they are over is no party)
      // (The pair this sentence already named comes first: "The two countries had restored ties after years of tension"; so do the two states it names: "Relations have been strained since Maldivian ministers mocked Modi".)
      // (Or the pair the article is about, when the sentence names one of it: "Relations deteriorated further, leading Mitsotakis to announce" after a sentence on a deal with a third state.)
      const acted = sentenceClaims.findLast((c) => !describesOnly(c)); // (not a role that only describes: "China and US-ally the Philippines, adding strain to deteriorating relations" are China's and the Philippines')
      const ownPair = acted ? [acted.a, acted.b] : named.length === 2 && !onlyInReason(tokens, groups.filter((g) => !g.place && !g.descriptor)) ? named : discourse.topicPair && named.some((id) => discourse.topicPair!.includes(id)) ? discourse.topicPair : discourse.pair;
      // ("signed an agreement with Israel on the normalization of relations": what an agreement or talks are on is between their parties.)
      const agreedOn = trigger.kind === 'noun' && trigger.mutual && /^(?:on|for|about)$/.test(tokens[pastWords(tokens, trigger.from - 1, ['DET', 'ADJ'])]?.lower ?? '') ? sentenceClaims.findLast((c) => !c.directed && (c.code === '057' || (c.code ?? '').startsWith('04'))) : undefined;
      // ("The blockade was lifted in 2021": a measure told before is lifted by its makers, from the one it was on.)
      const lifted = liftedMeasure(trigger, tokens, () => [...claims, ...sentenceClaims]);
      if (lifted) {
        Object.assign(trigger, { stance: 'warming', code: lifted.code, to: lifted.to });
        for (const { a, b } of lifted.pairs) claimsOf(trigger, { sources: [a], targets: [b], within: false, subject: null });
        continue;
      }
      const truceOf = named.length === 2 ? named : discourse.pair;
      const paired = votedOn(trigger, tokens, groups, triggers, (at) => pairing.subjectOf(pairing.clauseIndexOf(at), at)) ?? thirdPartyOfTalks(trigger, tokens, groups, discourse.pair, (at) => pairing.subjectOf(pairing.clauseIndexOf(at), at)) ?? namedPactParties(trigger, tokens, groups) ?? strandedPartner(tokens, groups, trigger, clauses[pairing.clauseIndexOf(trigger.head)]!, ((own) => own.parent === null ? null : pairing.subjectOf(own.parent, own.from))(clauses[pairing.clauseIndexOf(trigger.head)]!)) ?? pairing.pair(trigger) ?? (relations && (truce ? truceOf : ownPair) ? { sources: [...((truce ? truceOf : ownPair) ?? [])], targets: [], within: true, subject: null } : null) ?? (agreedOn ? { sources: [agreedOn.a, agreedOn.b], targets: [], within: true, subject: null } : null) ?? answeredAct(trigger, { tokens, groups, triggers, reactions: sentenceClaims, isOrganisation: (id) => info(id)?.organisation === true }) ?? ownedAct(trigger, { tokens, groups }) ?? underMeasures(trigger, { tokens, groups }) ?? dealOfSides(trigger, tokens, groups) ?? relationsWithOne(trigger, tokens, groups, discourse.subject);
      const accused = paired ? null : pairing.accusedOfAct(trigger); // ("Turkish officials believe the journalist was murdered by Saudi agents": an accusation)
      if (paired) claimsOf(sentAway(trigger, paired, { tokens, groups }) ?? trigger, paired);
      else if (accused) claimsOf(accused.onTeller ? trigger : { ...trigger, stance: 'tense', code: '112', why: 'a hostile act on no state, told by one state of another\'s agents, accuses them (CAMEO 112)' }, accused);
      // (Not a name: "since the Korean War" names no war between the sentence's states.) (Nor "the attack", "the strike": an act told before, whose agent need not be either state here.)
      else if ((trigger.slots !== undefined || (trigger.kind === 'verb' && (trigger.code ?? '').startsWith('045'))) && !(trigger.head > 0 && /^[A-Z]/.test(tokens[trigger.head]?.text ?? '')) && !(trigger.kind === 'noun' && trigger.stance === 'hostile' && /^(?:the|this|that)$/.test(tokens[trigger.from - 1]?.lower ?? ''))) unpaired.push(trigger);
    }
    // When the sentence's structure pairs nothing, a phrase of the idiom list in a sentence that names exactly two actors relates those two (twoNamed.ts).
    if (sentenceClaims.length === 0 && new Set(groups.filter((g) => !g.place && !g.descriptor && !tellsTime(tokens, g)).flatMap((g) => g.ids).filter((id) => named.includes(id))).size === 2) { // (not counting a state whose fall tells the time)
      const two = twoNamed(unpaired.filter((t) => t.slots !== undefined), { tokens, groups, clauses, clauseIndexOf: (i) => pairing.clauseIndexOf(i), isOrganisation: (id) => info(id)?.organisation === true });
      for (const trigger of two.triggers) claimsOf(trigger, { sources: two.parties, targets: [], within: true, subject: null });
    } else for (const listed of listedClauseTargets(unpaired, sentenceClaims, { tokens, clauses, clauseIndexOf: (i) => pairing.clauseIndexOf(i), subjectOf: (c, at) => pairing.subjectOf(c, at) })) claimsOf(listed.trigger, listed.paired); // (or a measure of a listed clause that names no one it is on: listedClauses.ts)
    // (The words of one token, for a claim made of what the sentence tells before its act: settledDisputes.ts.)
    const wordsAt = (k: number) => wordsOf(tokens[k]!.start, tokens[k]!.end);
    // Restoring ties and friendship in one breath is a restoration: warming, not also cooperative.
    // (Not an easing beside a deal: "signed a trade agreement, removing tariffs" is an agreement too.)
    const warm = new Set(sentenceClaims.filter((c) => c.stance === 'warming' && !/^08(?!7)/.test(c.code ?? '')).map((c) => pairKey(c.a, c.b)));
    sentenceClaims.splice(0, sentenceClaims.length, ...withdrawnWithEnding(protestMeetings(sentenceClaims, tokens))); // (a withdrawal told with the end of a partnership)
    sentenceClaims.splice(0, sentenceClaims.length, ...joinedActs([...joinedInActs(ordinalAfter(likewiseActs(sentenceClaims, tokens, groups), tokens, groups), tokens, groups), ...armsInWar(sentenceClaims), ...jointAttackers(sentenceClaims), ...disputeBefore(sentenceClaims, tokens, wordsAt), ...warBefore(sentenceClaims, tokens, wordsAt), ...breakBefore(sentenceClaims, tokens, wordsAt), ...measureBefore(sentenceClaims, tokens, wordsAt, sentenceTimes), ...talksHosts(sentenceClaims, tokens, groups, wordsAt)], claimsBefore)); // ("weapons to Russia for its war in Ukraine": hostile to the enemy too; "They were joined by Croatia", ", as did Cyprus": Croatia, Cyprus did what they did)
    const suit = followedSuit(tokens, groups); // ("Saudi Arabia banned imports from Lebanon. Bahrain and Kuwait followed suit.": the latest directed acts short of force, by them too)
    if (suit && !sentenceClaims.some((c) => suit.ids.includes(c.a))) { const span = originalSpan(readable, sentence.start, sentence.end); sentenceClaims.push(...suitActs(actsBefore, suit.ids, { evidence: input.text.slice(span.start, span.end), start: span.start, end: span.end, ...wordsOf(tokens[suit.at]!.start, tokens[suit.to - 1]!.end), when: sentenceTimes.length > 0 ? whenOf(sentenceTimes, tokens[suit.at]!.start, s, published) : null, certainty: 'stated', attribution: attributionOf(s) })); }
    if (sentenceClaims.some((c) => c.directed && c.stance !== 'hostile')) actsBefore = sentenceClaims.filter((c) => c.directed && c.stance !== 'hostile');
    if (sentenceClaims.length > 0) claimsBefore = sentenceClaims;
    // (Only words of friendship give way, not acts: "moved closer to Russia, signing a defence deal with Moscow".)
    claims.push(...sentenceClaims.filter((c) => !(c.stance === 'cooperative' && !/^(?:057|06|07|033)/.test(c.code ?? '') && warm.has(pairKey(c.a, c.b)))));
    // What the next sentence may refer back to (sentenceNotes.ts).
    if (noteSentence(discourse, { tokens, groups, clauses, pairing, sentenceClaims, aside, named, firstSubject, teller }, pairCounts, (id) => readers.finder.info.get(id)?.organisation === true)) actNamed = true;
  }

  // (Over the whole article: talks between a pair it tells at odds, before or after, are warming.)
  const settled = armsInArticleWar(forcesAtWar(talksAtOdds(claims)));
  const actors = articleActors(settled, mentions, (m) => { const span = originalSpan(readable, m.start, m.end); return input.text.slice(span.start, span.end); }, (id) => readers.finder.info.get(id)?.home ?? null);
  return { actors, claims: settled };
}
