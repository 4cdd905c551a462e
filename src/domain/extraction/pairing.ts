// Who does what to whom, following the sentence: for a verb, the source is the actor in subject position of its clause (inherited by
// a coordinated verb or a participle, taken from the actor before "which"/"who" in a relative clause), and the target the actor in
// its object or in a with/on/against/to/from phrase; a passive takes its "by" agent as the source. For a noun ("the expulsion of",
// "tensions between", "the Israel-UAE deal") the actors attach to it: a possessor or a modifier before it, a phrase after it, or
// else the subject of the verb it is the object of.
// Pairing is built in layers, each a class over the one before: sentenceActors.ts (the actors of a sentence and the subject of a clause), actsAround.ts (an act's target and a noun's actors),
// actsJudged.ts (acts told and judged, deals, envoys), passives.ts (participles, passives, fire told by where it fell), and here `pair`, which weighs them for one trigger (words: pairingWords.ts).
import { WEEKDAYS } from '../claims/resolveTime';
import { type ActorGroup, APPOSED_NOUN, DESCRIPTOR_NOUN } from './actorGroups';
import { ALLEGING } from './certainty';
import { type Clause, MOVE_NOUN } from './clauses';
import { pastDescribing, pastWords, type Token } from './tokens';
import type { Trigger } from './triggers';
import { adjunctComma, APPOSITION_NOUN, becauseOf, DISAPPROVING, FROM_SOURCE, messagedTo, protestedAct, HOSTILE_ACT, HOSTING_OR_ATTENDING, isForum, JUDGING_VERBS, judgesOrDiscusses, OPENING_AGENT, ONE_SIDED_ROLE, topicNounBefore, OWNING, quotesAndAdverbsBefore, REPORTER_ACTS, REPORTING_LEMMAS, QUANTITY_OF, THIRD_PARTY, UNADDRESSED_BLOCK } from './pairingWords'; import { attributedTo } from './attributions'; import { absoluteSubject } from './absoluteWith'; import { concernRaisedIn } from './concernRaised'; import { ownedRole } from './roleOwner';
import { asideAfterSubject, gappedTargets, landYieldedTo, likeAnothers, ofBeforeAnd, ownedTiesWith, topicAfter, verbOfObject } from './nounInClause';
import { Passives } from './passives'; import { toldAddressee } from './toldAddressee'; import { mediatedParties, mediatorNamed } from './talksHosts';
import { threatPair } from './pricesThreatened'; import { TIE_WORD } from './triggerWords'; import { NAMED_EXAMPLE } from './listedMembers';
import type { Pairing } from './sentenceActors';
export { type Discourse, type Pairing, speaks } from './sentenceActors';

export class SentencePairing extends Passives {
  pair(trigger: Trigger): Pairing | null {
    const envoy = trigger.envoy ? this.envoyPair(trigger, trigger.envoy.noun, trigger.envoy.fromEnvoyState) : this.bareEnvoyObject(trigger); if (trigger.envoy || envoy) return envoy;
    if (trigger.fire) return this.firedFrom(trigger.fire.from, trigger.fire.into); if (trigger.threat) return threatPair(this.tokens, this.groups, trigger, (at) => this.subjectOf(this.clauseIndexOf(at), at));
    if (trigger.judgement) return this.judgement(trigger, trigger.judgement.verb);
    if (trigger.kind === 'noun' && APPOSITION_NOUN.test(this.tokens[trigger.head]?.lower ?? '') && ((/^(?:their|its)$/.test(this.tokens[trigger.from - 1]?.lower ?? '') && !this.groupAt(trigger.to)) || (this.tokens[trigger.from - 1]?.lower === 'the' && this.groupAt(trigger.to)))) return null; // ("Britain, the US and many of their allies accused Moscow": others; "its ally Japan" names one; "supports the rival RSF": whose rival is not said)
    const c = this.clauseIndexOf(trigger.head);
    const clause = this.clauses[c] as Clause;
    if (trigger.compound) return this.compoundPair(trigger, c); // ("the Iran-backed Houthis", "a Russian-brokered ceasefire")
    const subjected = this.subjectedTo(trigger, c); // ("subjected Tajik villages to intensive shelling", the noun or its gerund)
    if (subjected) return subjected;
    const fronted = this.frontedParticiple(trigger); // ("Backed by the Rwandan army, M23 rebels launched")
    if (fronted) return fronted; const concerned = concernRaisedIn(this.tokens, this.groups, trigger, (at, feeling) => this.subjectOf(this.clauseIndexOf(at), at) ?? this.toldActAgents(this.clauses[this.clauseIndexOf(at)]!.from, at, feeling)); if (concerned) return concerned; // (concern raised "in" a state: concernRaised.ts)
    if (trigger.kind === 'noun') {
      const { before, after, between, by } = this.nounActors(trigger); if (trigger.mutual && before.length === 0 && !between && after && topicAfter(this.tokens, trigger, after.first)) return null; // ("tensions over Taiwan" with no party of their own: what they are over is the topic, not a party; "Serbia's row over Kosovo" is Serbia's with Kosovo)
      if (ONE_SIDED_ROLE.test(this.tokens[trigger.head]?.lower ?? '') && before.length === 1 && before[0]!.ids.length >= 2 && !this.tokens.slice(before[0]!.first, before[0]!.end).some((t) => t.text === '-')) return { sources: after ? before[0]!.ids : [], targets: after?.ids ?? [], within: false, subject: null }; // ("owned by British and French investors": several of one side listed before a one-sided role are no pair; the role is theirs toward what is after it, if anything)
      const allied = this.alliesOf(trigger) ?? this.rivalsNamed(trigger) ?? ownedRole(this.tokens, this.groups, trigger, { coordinated: (g) => this.withCoordinated(g), subjectAt: (at) => this.subjectOf(this.clauseIndexOf(at), at) }); if (allied) return allied; // ("the Malian army and its Russian allies"; "the two adversaries"; "Seoul's overtures to long-time ally Washington", "Vietnam's main partners are", "Iran as Syria's ally": roleOwner.ts)
      if (trigger.mutual && before.length === 0 && !after && !between && this.tokens[trigger.to]?.lower === 'in' && this.tokens[trigger.to + 1]?.lower === 'which') return null; // ("trying to end the row in which Saudi Arabia severed ties with Qatar": a quarrel whose parties a clause after it tells is theirs, told there, not the subject's.)
      const subject = this.subjectOf(c, trigger.from);
      const accusedThere = before.length === 0 && trigger.code === '112' && subject ? this.accusedInClause(trigger, subject) : null;
      if (accusedThere && !accusedThere.ids.some((id) => subject!.ids.includes(id))) return { sources: subject!.ids, targets: accusedThere.ids, within: false, subject };
      // ('the "terrorist attack" by Palestinian militants against Israel': an act whose agent after "by" is no actor is no one's the sentence names.)
      const byAt = trigger.to + (/^["”']$/.test(this.tokens[trigger.to]?.text ?? '') ? 1 : 0); if (!by && trigger.stance === 'hostile' && this.tokens[byAt]?.lower === 'by' && !this.groups.some((g) => g.first > byAt && g.first <= byAt + 2)) return null;
      // ("its role as a mediator between Israel and Hamas": the mediator is cooperative with each of them.)
      if (between && between.ids.length >= 2 && (trigger.code ?? '').startsWith('045')) {
        const mediator = mediatorNamed(this.tokens, trigger, before, subject);
        if (mediator && !mediator.ids.some((id) => between.ids.includes(id))) return { sources: mediator.ids, targets: between.ids, within: false, subject };
      }
      const asMediator = between ? null : this.mediatorByRole(trigger, before, after, subject);
      if (asMediator) return { ...asMediator, subject };
      // ("tensions between these nations and Algeria": a set named by one word, and another beside it, are two sides; the set's members are no pair.)
      if (between?.sides && (this.prepositionBefore(between, trigger.to) === 'between' || this.tokens[trigger.to]?.lower === 'involving')) return { sources: between.sides[0], targets: between.sides[1], within: false, subject };
      if (between && between.ids.length >= 2) return { sources: between.ids, targets: [], within: true, subject };
      // "Poland has been one of Ukraine's strongest supporters", "Colombia is Washington's closest ally", "Turkey has been one of the critics of Israel's offensive": after a copula, the subject is what the noun says of its possessor or its "of".
      const role = /^(?:all(?:y|ies)|partners?|friends?|supporters?|backers?|champions?|investors?|donors?|creditors?|suppliers?|patrons?|guarantors?|protectors?|benefactors?|buyers?|customers?|importers?|foes?|enem(?:y|ies)|rivals?|adversar(?:y|ies)|critics?)$/.test(this.tokens[trigger.head]?.lower ?? '');
      const whose = before.length === 1 && before[0]!.possessive ? before[0]! : before.length === 0 && after && this.tokens[trigger.head + 1]?.lower === 'of' ? after : null;
      if (role && whose && subject && !subject.ids.some((id) => whose.ids.includes(id)) && subject.end <= whose.first && !(whose === before[0] && after?.first === trigger.to)) { // (not when a name follows the role it is: "is the main route to the sea for Chad's ally Libya")
        const between = this.tokens.slice(subject.end, Math.min(whose.first, trigger.from));
        if (between.some((t) => /^(?:be|remain|become)$/.test(t.lemma)) && between.every((t) => t.pos !== 'VERB' || /^(?:be|remain|become)$/.test(t.lemma))) return { sources: subject.ids, targets: whose.ids, within: false, subject };
      }
      // "accusing it of being too close to Iran": what one is accused of being is the accused's.
      const accused = this.accusedOfBeing(trigger, c);
      if (accused && after && !after.ids.some((id) => accused.ids.includes(id))) return { sources: accused.ids, targets: after.ids, within: false, subject: accused };
      // "Tokyo was gravely concerned by the deal": concern at the pair's agreement is on both of the pair.
      if (!after && before.length === 0 && subject && /^(?:by|about|over|at)$/.test(this.tokens[trigger.head + 1]?.lower ?? '')) {
        const deal = this.judgedDeal({ ...trigger, to: trigger.head + 2 }, clause, subject, true);
        if (deal) return { sources: subject.ids, targets: deal.ids, within: false, subject };
      }
      if (before.length >= 2) {
        // "the Israel-UAE deal", "Turkish-Israeli ties": the two modifiers are the pair.
        const ids = before.flatMap((g) => g.ids);
        return { sources: ids, targets: after?.ids ?? [], within: !after, subject };
      }
      if (by && trigger.mutual && by.ids.length >= 2 && !after) return { sources: by.ids, targets: [], within: true, subject };
      const pair = this.discourse.pair, mediator = by && before.length === 0 ? by : !by && before.length === 1 && /^(?:under|with|through|via)$/.test(this.tokens[before[0]!.first - 1]?.lower ?? '') ? before[0]! : null; // (or before it, after "under": "These talks are taking place under U.S. mediation")
      const parties = mediator ? mediatedParties(this.groups, mediator, pair) : null; // ("The decision followed mediation by Qatar": a mediator of no pair named here mediates the pair told before; of the two named here if two are; of none if more: "an appeal of the United States, ... to Serbia and Kosovo to resume dialogue under EU auspices".)
      if (mediator && !after && (trigger.code ?? '').startsWith('045') && parties && !parties.some((id) => mediator.ids.includes(id))) return { sources: mediator.ids, targets: [...parties], within: false, subject };
      // "Tension has been running high between Afghanistan and Pakistan": a state whose pair comes later in its clause.
      const later = trigger.mutual && before.length === 0 && !after ? (this.pairBetweenLater(trigger, clause) ?? (between || by ? null : this.frontedPair(trigger, c))) : null;
      if (later) return { ...later, subject };
      // "Afghanistan and Pakistan, both key U.S. allies", "Britain, a close ally of Canada,": an aside describing the actors before its comma.
      if ((DESCRIPTOR_NOUN.test(this.tokens[trigger.head]?.lower ?? '') || role) && (!after || before.length === 0) && before.length <= 1) {
        const comma = this.tokens.slice(0, trigger.from).map((t) => t.text).lastIndexOf(',');
        const between = comma >= 0 ? this.tokens.slice(comma + 1, trigger.from) : [];
        const antecedent = comma >= 0 ? this.groups.find((g) => g.end === comma) : undefined;
        // ("reviewing its relations with Moscow, its traditional ally": "its" is the clause subject's.)
        const other = before[0] ?? after ?? (/^(?:its|their)$/.test(between[0]?.lower ?? '') && subject && antecedent && !subject.ids.some((id) => antecedent.ids.includes(id)) ? subject : undefined);
        const critic = other && /^critics?$/.test(this.tokens[trigger.head]?.lower ?? ''); // ("Petro, an outspoken critic of Israel's campaign,": Colombia's criticism.)
        // ("in exchange for Alex Saab, a close ally of President Maduro,": an aside on a person who is no actor relates no states; nor past a relative word: "with Russia, a step that NATO allies discussed".)
        if (!antecedent && this.tokens[comma - 1]?.pos === 'PROPN' && !this.groupAt(comma - 1) && /^(?:a|an)$/.test(between[0]?.lower ?? '')) return { sources: [], targets: [], within: false, subject: null };
        const copula = before[0] && !after && subject && !subject.ids.some((id) => before[0]!.ids.includes(id)) && this.tokens.slice(subject.end, before[0].first).some((t) => t.lemma === 'be' || t.lemma === 'remain') && this.tokens.slice(subject.end, before[0].first).every((t) => ['AUX', 'VERB', 'ADJ', 'DET', 'ADV'].includes(t.pos));
        if (copula) return { sources: before[0]!.ids, targets: subject!.ids, within: false, subject }; // ("Both Japan and South Korea are close US allies": what the copula's subject is.)
        if (antecedent && between.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !/^(?:that|which|who|whose)$/.test(t.lower))) return critic ? { sources: antecedent.ids, targets: other.ids, within: false, subject } : { sources: other?.ids ?? antecedent.ids, targets: other ? (antecedent.ids.length > 1 && !/s$/.test(this.tokens[trigger.head]?.lower ?? '') ? antecedent.ids.slice(-1) : antecedent.ids) : [], within: !other, subject }; // (one, the last, for a singular noun: "Morocco and Algeria, the Polisario's main backer")
      }
      // "accused Israel of the consulate strike", "retaliate against Israel for an air strike": the one accused or retaliated against did the act, on what follows it or else on the accuser.
      const actNoun = HOSTILE_ACT.test(this.tokens[trigger.to - 1]?.lower ?? '') && !by, blamedBefore = actNoun ? this.blamedFor(trigger) : null, attributed = actNoun && !blamedBefore ? attributedTo(this.tokens, this.groups, trigger) : null, blamed = blamedBefore ?? attributed; // (or the act first: "attributed the attacks to the RSF", attributions.ts: alleged, as the act of one accused is)
      if (blamed) {
        const victim = after ?? subject;
        if (victim && !victim.ids.some((id) => blamed.ids.includes(id))) return { sources: blamed.ids, targets: victim.ids, within: false, subject, ...(blamed === attributed ? { alleged: true } : {}) };
      }
      // "in their dispute over", "its row with Guyana", "his visit to Seoul": a possessive pronoun is the clause's subject's. ("Egypt, whose relations with Ethiopia are strained": "whose" is the antecedent's, its relative clause's subject.)
      let owner: ActorGroup | null = null, ownerAt = -1;
      for (let k = trigger.from - 1, hyphens = 0; k >= clause.from && k >= trigger.from - 3 - 2 * hyphens; k--) { // (two words more past each hyphen of a compound: "their long-lasting dispute")
        if (/^[-"“”]$/.test(this.tokens[k]?.text ?? '')) hyphens++; // (and past quotation marks: 'over its "disproportionate" attacks')
        const t = this.tokens[k] as Token;
        if (/^(?:a|an)$/.test(t.lower) && /^(?:visits?|trips?|tours?|stopovers?)$/.test(this.tokens[trigger.head]?.lower ?? '')) owner = this.frontedSubject(trigger, c); // ("During a Friday visit to Rome, Turkey's foreign minister said": an opening adjunct's visit is the main clause's subject's.)
        if (/^(?:their|its|whose|his|her)$/.test(t.lower)) [ownerAt, owner] = [k, t.lower === 'their' ? (this.pluralBefore(subject, k) ?? subject) : /^(?:his|her)$/.test(t.lower) ? (this.frontedSubject(trigger, c) ?? subject) : ((t.lower === 'its' && this.tokens[k - 1]?.lower === 'of' ? this.groups.find((g) => g.possessive && g.end === k - 2) : t.lower === 'its' && /^(?:as|and)$/.test(this.tokens[k - 1]?.lower ?? '') ? [...this.groups].reverse().find((g) => g.possessive && g.end < k && g.end >= k - 10) : undefined) ?? subject)]; // ("Ireland's announcement of its support": the possessor of the noun before "of its"; "Iran's power as well as its close alliances": the possessor of the noun its own is set beside.) // ("During his trip to Seoul, Blinken said": an opening adjunct's "his" is the main clause's subject.)
        // ("Washington and Seoul accused Pyongyang of supplying shells to Moscow for its war": "its" is one, the last one named.)
        if (t.lower === 'its' && subject && subject.ids.length >= 2) owner = [...this.groups].reverse().find((g) => g.end <= k && g.ids.length === 1 && !g.place && !g.descriptor) ?? null; if (/^(?:its|their)$/.test(t.lower) && NAMED_EXAMPLE.test(this.tokens[k - 1]?.lower ?? '') && this.tokens[k - 2]?.text === ',') owner = this.groups.find((g) => g.end === k - 2 && !g.place) ?? owner; // (and "concerns about China, including its pressure on Taiwan": the one named before "including")
        // ("measures against Rwanda over its support for the M23", "cut ties with Israel because of its attacks", "criticised Turkey for its trade", "Hungary and Slovakia for their ties": "over its", "for its" after one acted on is its; "backed Azerbaijan in its war": "in its" after one helped; "provided Russia with military support during its war": after aid given, the one given it.)
        if ((/^(?:its|their|his|her)$/.test(t.lower) || (t.lower === 'the' && trigger.mutual)) && (/^(?:over|in|during|for)$/.test(this.tokens[k - 1]?.lower ?? '') || becauseOf(this.tokens, k))) {
          const acted = [...this.groups].reverse().find((g) => g.end <= k - 1 && g.first >= clause.from && !(/^(?:from|by)$/.test(this.tokens[g.first - 1]?.lower ?? '') && /^(?:pressure|criticism|condemnation|protests?|opposition|warnings?|threats?|demands?|calls?|objections?|complaints?|backlash|anger|rebukes?)$/.test(this.tokens[g.first - 2]?.lower ?? '')) && (t.lower === 'their' ? this.withCoordinated(g).ids.length >= 2 : g.ids.length === 1) && !g.place && !g.descriptor && (!g.ids.some((id) => subject?.ids.includes(id)) || (subject?.first ?? -1) < 0 || /^(?:against|on)$/.test(this.tokens[g.first - 1]?.lower ?? ''))); // (the subject too when measures are against it: "sanctions against Russia for its invasion"; or when the subject is only the sentence before's)
          if (acted && this.tokens.slice(0, acted.first).some((x) => x.pos === 'VERB') && (((/^(?:over|for)$/.test(this.tokens[k - 1]?.lower ?? '') || becauseOf(this.tokens, k)) && t.lower !== 'the') || (acted.end === k - 1 && /^(?:back|support|help|aid|assist|arm|join|side|defend)$/.test(this.tokens[acted.first - 1]?.lemma ?? '')) || (t.lower !== 'the' && /^(?:during|in)$/.test(this.tokens[k - 1]?.lower ?? '') && /^(?:support|aid|help|assistance|backing|weapons|arms|ammunition)$/.test(this.tokens[k - 2]?.lower ?? '') && /^(?:provide|give|offer|send|supply|lend|extend)$/.test(this.tokens[acted.first - 1]?.lemma ?? '')))) owner = t.lower === 'their' ? this.withCoordinated(acted) : acted;
        }
        if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'ADV' && t.pos !== 'NUM' && !/^["“”]$/.test(t.text) && !(t.text === '-' && this.tokens[k + 1]?.start === t.end) && !(WEEKDAYS.includes(t.lower) && /^[A-Z]/.test(t.text)) && !(t.pos === 'VERB' && /ing$/.test(t.lower) && k === trigger.from - 1)) break; // (past "its growing trade", "a Friday visit")
      }
      if (owner && before.length === 0 && !by) {
        if (after && !after.ids.some((id) => owner.ids.includes(id))) return { sources: owner.ids, targets: after.ids, within: false, subject };
        if (!after && trigger.mutual && owner.ids.length >= 2 && this.tokens[ownerAt]?.lower === 'their') return { sources: owner.ids, targets: [], within: true, subject };
      }
      // "Cyprus, which has been divided since a Turkish invasion": an act the subject has suffered since.
      const agent = before.length === 1 && !by ? before[0]! : before.length === 0 && by ? by : null; // (or its agent after "by", given as the reason: "closed its airspace due to a military invasion by Russia"; not "after raids by the Eritrean army")
      if (trigger.stance === 'hostile' && agent && !after && subject && !subject.ids.some((id) => agent.ids.includes(id))) {
        const k = pastWords(this.tokens, (agent === by ? trigger.from : agent.first) - 1, ['DET', 'ADJ', 'NUM']);
        // (A participle of what was done to it, not "has been": "Poland has been a supporter since Russia's invasion".) ("Turkish soldiers were killed in a Syrian air strike": "in" after a participle of harm too.) (Or what it is the target of: "Finland is the target of a Russian hybrid operation".)
        if ((((agent === by ? becauseOf(this.tokens, k + 1) : /^(?:since|after|following|during|amid|by)$/.test(this.tokens[k]?.lower ?? '')) || (this.tokens[k]?.lower === 'in' && /^(?:killed|wounded|injured|hit|destroyed|damaged)$/.test(this.tokens[k - 1]?.lower ?? ''))) && this.tokens.slice(clause.from, k).some((t) => t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && t.lemma !== 'be')) || (this.tokens[k]?.lower === 'of' && /^(?:targets?|victims?)$/.test(this.tokens[k - 1]?.lower ?? '') && this.tokens.slice(subject.end, k).some((t) => /^(?:be|become|remain)$/.test(t.lemma))))
          return { sources: agent.ids, targets: subject.ids, within: false, subject };
      }
      let sources = by?.ids ?? before[0]?.ids ?? this.includedIn(trigger)?.ids ?? this.forcesOf(trigger, after)?.ids ?? this.openingOwner(trigger, after)?.ids ?? null;
      // A noun after a verb ("imposed sanctions on", "held talks with") takes the verb's subject.
      const verbAt = verbOfObject(this.tokens, trigger, clause);
      // "condemned the attack on Britain's embassy": who condemns an act did not do it.
      const judged = verbAt >= 0 && (judgesOrDiscusses(this.tokens[verbAt]?.lemma ?? '') || topicNounBefore(this.tokens, trigger.from)) && !(this.tokens[verbAt]?.lemma === 'confirm' && trigger.mutual && after && this.prepositionBefore(after, trigger.to) === 'with'); // (nor who discusses or watches it; but "confirmed a rapprochement with Chad" is the subject's own)
      // ("thanked Iraq and Oman for hosting talks": who hosts talks does not hold them with each other.)
      const hosted = verbAt >= 0 && trigger.mutual && (HOSTING_OR_ATTENDING.has(this.tokens[verbAt]?.lemma ?? '') || this.tokens[verbAt - 1]?.lemma === 'help' || (this.tokens[verbAt - 1]?.lower === 'to' && this.tokens[verbAt - 2]?.lemma === 'help'));
      if (hosted && !after) return null;
      // ("applied to join the military alliance": a body one joins or leaves, no relation among those who join it.)
      if (verbAt >= 0 && /^(?:join|leave|quit|exit|enter|rejoin)$/.test(this.tokens[verbAt]?.lemma ?? '') && !after && before.length === 0) return null;
      // ("accusing Tehran of violating the deal": what a gerund after "of" does to the noun is the accused's.)
      const ofAt = verbAt > 0 && this.tokens[verbAt - 1]?.lower === 'of' && /ing$/.test(this.tokens[verbAt]?.lower ?? '') ? verbAt - 1 : verbAt > 0 ? ofBeforeAnd(this.tokens, verbAt) : -1; // (or the "of" a gerund after "and" goes on from)
      const ofAccused = ofAt > 0 ? (this.groups.find((g) => g.end === this.pastAsideBefore(ofAt) && !g.place) ?? (/^(?:it|them)$/.test(this.tokens[ofAt - 1]?.lower ?? '') ? [...this.groups].reverse().find((g) => g.end < ofAt && !g.place && !g.descriptor && !g.ids.some((id) => subject?.ids.includes(id))) : undefined)) : undefined; // ("accusing it of": the actor before that is not the subject)
      // ("a dispute that led Riyadh to impose a boycott on Qatar": the object of a verb that makes it act does what follows "to"; "with India and China agreeing to end the standoff": the gerund's subject, right before it, does.)
      const made = !sources && verbAt > 0 && this.tokens[verbAt - 1]?.lower === 'to' ? (this.controlled({ ...trigger, from: verbAt, head: verbAt }) ?? (/ing$/.test(this.tokens[verbAt - 2]?.lower ?? '') ? this.groups.find((g) => g.end === verbAt - 2 && !g.place && !g.descriptor) : undefined) ?? null) : null;
      if (!sources && verbAt >= 0 && (subject || made) && !judged) sources = (ofAccused ?? made ?? subject)!.ids;
      if (!sources && subject && asideAfterSubject(this.tokens, trigger)) sources = subject.ids; // ("Macron, on a trip to Kenya, ...": an aside after the subject is the subject's.)
      // "broke off relations with Ecuador in solidarity with Mexico", "(recalled its envoy after ...) and amid tensions with Hungary": an adjunct of manner or circumstance with its own party is the subject's.
      let inAt = trigger.from - 1;
      while (inAt > 0 && (this.tokens[inAt]?.pos === 'ADJ' || (this.tokens[inAt]?.lower === 'and' && this.tokens[inAt - 1]?.pos === 'NOUN'))) inAt -= this.tokens[inAt]?.lower === 'and' ? 2 : 1; // (past a noun joined before it: "in repudiation and condemnation of")
      if (!sources && subject && after && (this.tokens[inAt]?.lower === 'in' || (/^(?:amid|amidst)$/.test(this.tokens[inAt]?.lower ?? '') && subject.ids.length === 1))) sources = subject.ids; // (of one subject: "Ethiopia and Kenya signed a pact amid tensions with Somalia" does not say whose)
      const begun = sources ? null : this.warBegunWith(trigger, c);
      if (begun) return { ...begun, subject };
      // ("Russian officials said talks with Ukraine would resume": relations with another, reported, are the reporter's.)
      const reporter = !sources && after && trigger.mutual && this.prepositionBefore(after, trigger.to) !== 'in' && !protestedAct(this.tokens, trigger.from) ? this.reporterOf(clause) : null; // (not for a place: "Lula said the conflict in the Gaza Strip"; nor what the reporter protests: "said it would recall its envoy in protest at the war against Gaza")
      if (reporter && !reporter.ids.some((id) => after!.ids.includes(id))) sources = reporter.ids;
      const quarrel = sources || after ? undefined : this.quarrelledOver(trigger, subject);
      if (quarrel) return { sources: quarrel.ids, targets: [], within: true, subject };
      if (!sources) return after && after.ids.length >= 2 && trigger.mutual && !(after.possessive && this.prepositionBefore(after, trigger.to) === 'over') && this.prepositionBefore(after, trigger.to) !== 'with' ? { sources: after.ids, targets: [], within: true, subject } : null; // (not "the row over Poland, Slovakia and Hungary's ban": its owners; nor "agreements were concluded with the UAE, Bahrain and Sudan": each the other party's)
      const targets = after?.ids ?? this.toldActTarget(trigger, sources); if (targets) return { sources, targets, within: false, subject }; // (or the target the act was told with: "the United States launched the invasion")
      if (before[0] && !after && !trigger.mutual && subject && !subject.ids.some((id) => before[0]!.ids.includes(id))) { // "allowed the ship to dock despite Indian objections", "amid Chinese protests": the objector's, at the clause's subject.
        const k = pastWords(this.tokens, before[0].first - 1, ['DET', 'ADJ']);
        const responder = this.groups.find((g) => g.possessive && g.end === k - 1 && !g.ids.some((id) => before[0]!.ids.includes(id))); // (whose response it is, when told: "condemned Israel's response to the Hamas attacks")
        if (/^(?:despite|amid|amidst)$/.test(this.tokens[k]?.lower ?? '') || (this.tokens[k]?.lower === 'to' && this.tokens[k - 1]?.lower === 'response') || (this.tokens[k]?.lower === 'of' && this.tokens[k - 1]?.lower === 'wake')) return { sources: before[0].ids, targets: (responder ?? subject).ids, within: false, subject }; // (and the act the subject responds to: "in response to Hamas attack", "in the wake of Iranian missile and drone strikes")
      }
      // "received support from Russia", "visited despite protests from Beijing": from its source to the clause's subject. ("were shot down by Israel's air defences with help from the United States": with no subject, the actor the help went to.)
      const helped = subject ?? this.frontedSubject(trigger, c) ?? (this.tokens[trigger.from - 1]?.lower === 'with' ? ([...this.groups].reverse().find((g) => g.first >= clause.from && g.end <= trigger.from && !g.place && !g.descriptor) ?? null) : null), giver = by ?? (before.length === 1 && /^(?:with|under)$/.test(this.tokens[before[0]!.first - 1]?.lower ?? '') && FROM_SOURCE.test(this.tokens[trigger.head]?.lower ?? '') ? before[0]! : null); // ("With Greece's support, Cyprus conveyed": the support's owner, right after "with")
      if (giver && !trigger.mutual && helped && !helped.ids.some((id) => giver.ids.includes(id)) && !(this.tokens[giver.end]?.lower === 'to' && this.tokens[giver.end + 1]?.pos !== 'VERB') && (giver !== by || /^(?:from|of)$/.test(this.prepositionBefore(by, trigger.to) ?? '') || NAMED_EXAMPLE.test(this.tokens[by.first - 1]?.lower ?? '') || /^(?:posed|presented)$/.test(this.tokens[trigger.to]?.lower ?? ''))) return { sources: giver.ids, targets: helped.ids, within: false, subject }; // (and "the threat posed by Russia")
      // ("Rwanda announced the reopening of the Gatuna border": a border opened or closed with no one named is the other's of the pair told.) (Below: several who hold relations "with" others unnamed hold none among themselves: "These countries also have tense relations with neighbors".)
      if (!trigger.mutual && !by && subject && sources.length === 1 && this.tokens.slice(trigger.head, trigger.to).some((t) => /^(?:borders?|crossings?|frontier|airspace)$/.test(t.lower))) return this.toOtherOfPair(subject, trigger.head);
      return trigger.mutual && sources.length >= 2 && !/^(?:with|toward|towards)$/.test(this.tokens[trigger.to]?.lower ?? '') && !(trigger.code === '062' && this.tokens[trigger.from - 1]?.lower !== 'joint' && this.groups.some((g) => g.end <= trigger.from && !g.place && !g.descriptor && !g.ids.some((id) => sources!.includes(id)))) ? ((subject ? this.meansPartner(trigger, subject) : null) ?? { sources, targets: [], within: true, subject }) : trigger.mutual && (trigger.code === '160' || (trigger.code === '0871' && !this.tokens.some((t) => /^(?:mediate|mediated|broker|brokered|facilitate|facilitated)$/.test(t.lemma)))) && subject ? this.toOtherOfPair(subject, trigger.head) : null; // ("China suspended the talks", "Peru announced a unilateral cease-fire": talks one ends, or a truce one declares, with no one named, are with the other of the pair told (not a mediator's: "Moscow mediated in the conflict and has announced a ceasefire"); "Djibouti hosts French and U.S. military bases": the bases of each, no joint one)
    }
    // "Chile and Bolivia agreeing to": a gerund's subject stands right before it; a complement ("agreed to restore") has its verb's. "accused X of arming", "cited X as slamming": the gerund's subject is the object before the preposition (office words may stand between: "quoted the Chinese Foreign Ministry as condemning").
    const havingDone = this.tokens[trigger.head - 1]?.lower === 'having' && ['of', 'for'].includes(this.tokens[trigger.head - 2]?.lower ?? ''); // (a perfect one too: "of having shot down")
    const gerund = havingDone || /ing$/.test(this.tokens[trigger.head]?.lower ?? '');
    const skipped = havingDone ? 1 : quotesAndAdverbsBefore(this.tokens, trigger.head, gerund); // (Past an opening quotation mark: 'accuses Doha of “supporting'; or an adverb: "for allegedly backing"; or both: 'of "unilaterally" inviting')
    const andOf = gerund ? ofBeforeAnd(this.tokens, trigger.head) : -1;
    const linked = andOf > 0 ? andOf : gerund && (['of', 'for', 'as', 'from'].includes(this.tokens[trigger.head - 1 - skipped]?.lower ?? '') || (this.tokens[trigger.head - 1 - skipped]?.lower === 'in' && this.groups.some((g) => g.possessive && g.end < trigger.head - 1 - skipped && this.tokens.slice(g.end, trigger.head - 1 - skipped).every((t) => t.pos === 'NOUN' || t.pos === 'ADJ' || /^"$/.test(t.text))))) ? trigger.head - 1 - skipped : trigger.head; // (and "in" after an owned noun: "appreciated Russia's overtures in enhancing bilateral relations with Pakistan")
    // ("accusing it of supporting terrorism": a pronoun there stands for the actor before it that is not the clause's subject.) ("accusing Minsk of orchestrating ... and of hosting Wagner", "accusing it of backing militants and of growing close to Tehran": a second "of" after "and" is the same accused's.)
    const secondOf = gerund && linked !== trigger.head && this.tokens[linked - 1]?.lower === 'and' ? this.tokens.findLastIndex((t, k) => k < linked - 1 && k > clause.from && t.lower === this.tokens[linked]?.lower && /ing$/.test(this.tokens[k + 1]?.lower ?? '')) : -1;
    const at = secondOf > 0 ? secondOf : linked;
    const pronounObject = gerund && linked !== trigger.head && /^(?:it|them)$/.test(this.tokens[at - 1]?.lower ?? '');
    const clauseSubject = pronounObject ? this.subjectOf(c, at) : null;
    // ("the UAE, which it accuses of supplying weapons": the accused is the antecedent.)
    const relativeAccused = gerund && linked !== trigger.head && this.tokens[linked - 1]?.pos === 'VERB' ? this.objectRelative(this.clauses[c] as Clause) : null;
    // ("denied the Sudanese allegations of arming the RSF": who alleges is not who arms; the one denying is, or no one said.)
    const alleged = gerund && linked !== trigger.head && /^(?:allegations?|accusations?|charges?|claims?|suspicions?)$/.test(this.tokens[linked - 1]?.lower ?? '');
    const denier = alleged && this.tokens.slice(clause.from, linked).some((t) => /^(?:deny|reject|dismiss|refute|rebuff)$/.test(t.lemma)) ? this.subjectOf(c, linked) : null;
    if (alleged && !denier) return null;
    const anchor = linked !== trigger.head ? this.pastAsideBefore(linked) : linked; // (past an aside: "accused Qatar, among other things, of")
    const adjacent = gerund
      ? (denier ?? (secondOf > 0 ? this.groups.find((g) => g.end === secondOf) : undefined) ??
        relativeAccused ?? this.groups.find((g) => g.end <= anchor && anchor - g.end <= 3 && !g.place && !g.descriptor && !messagedTo(this.tokens, g) && (g.possessive || /^['’]$/.test(this.tokens[anchor - 1]?.text ?? '') || g.ids.some((id) => id !== id.toLowerCase()) || !/^(?:at|to|in|on|from|into|against|over)$/.test(this.tokens[pastWords(this.tokens, g.first - 1, ['DET'])]?.lower ?? '')) && this.tokens.slice(g.end, anchor).every((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || /^['’"]$/.test(t.text) || (t.pos === 'ADV' && t === this.tokens[anchor - 1]))) ?? // (and an adverb right before it: "a Czech official currently visiting Taiwan")
        (pronounObject ? [...this.groups].reverse().find((g) => g.end < at && !g.place && !g.descriptor && g !== clauseSubject && !g.ids.some((id) => clauseSubject?.ids.includes(id))) : undefined))
      : undefined;
    // "Ethiopia's plan to fill the dam": a noun's possessor is the subject of its "to"-complement (null: a possessor no actor stands for).
    const owner = this.complementOwner(trigger);
    if (gerund && (/^(?:problems?|issues?|obstacles?|hurdles?|barriers?|difficulties|differences|factors|questions|matters|challenges|streams?|funds|revenues?|proceeds|flows?|payments?|networks?|channels|schemes)$/.test(this.tokens[trigger.head - 1]?.lower ?? '') || (/^(?:in|with)$/.test(this.tokens[trigger.head - 1]?.lower ?? '') && this.tokens[trigger.head - 2]?.lower === 'involved' && this.tokens[trigger.head - 3]?.pos === 'NOUN'))) return null; // ("the problems hindering the normalisation of ties", "funding streams financing Iran's activities", "sanctioned parties involved with aiding Iran": what hinders, finances or aids is the noun, no actor)
    // ("described the deal as undermining Armenia": the gerund's subject is the deal, no actor; not "procedures for reopening", the subject's.)
    if (gerund && linked !== trigger.head && !adjacent && this.tokens[linked - 1]?.pos === 'NOUN' && this.tokens[linked]?.lower !== 'for' && !/^(?:role|task|job|mission|responsibility|duty)$/.test(this.tokens[linked - 1]?.lower ?? '')) return null; // (but "took on the role of mediating between": the subject's own role)
    // ("The UAE has been accused by UN experts of sending weapons": in the passive, the accused is the subject.)
    const byAt = adjacent ? adjacent.first - (this.tokens[adjacent.first - 1]?.pos === 'DET' ? 2 : 1) : -1;
    const byAccuser = adjacent && this.tokens[byAt]?.lower === 'by' && /^(?:accused|blamed|charged|suspected|criticised|criticized|condemned|praised|thanked|sanctioned|punished)$/.test(this.tokens[byAt - 1]?.lower ?? '');
    // ("concerns surrounding extensive new agreements the latter signed with China": an actor between a noun and the verb is the subject of a relative clause with no "that".)
    const reduced = trigger.kind === 'verb' && !gerund ? this.groups.find((g) => g.end === trigger.from && !g.place && !g.possessive && !g.descriptor && ((this.tokens[g.first - 1]?.pos === 'NOUN' && !DESCRIPTOR_NOUN.test(this.tokens[g.first - 1]?.lower ?? '') && !APPOSED_NOUN.test(this.tokens[g.first - 1]?.lower ?? '')) || (this.tokens[g.first - 1]?.pos === 'DET' && this.tokens[g.first - 2]?.pos === 'NOUN'))) : undefined; // (not a role in apposition: "Mali and its allies Burkina Faso and Niger recalled")
    const subject = reduced ?? (byAccuser ? this.subjectOf(c, byAt - 1) : adjacent) ?? absoluteSubject(this.tokens, this.groups, trigger, 0) ?? (gerund || this.tokens[trigger.from - 1]?.lower === 'to' ? this.accusedOfMeans(trigger, clause) : undefined) ?? (owner === null ? null : (owner ?? this.roleOwner(trigger) ?? this.controlled(trigger) ?? this.subjectOf(trigger.matrix !== undefined ? this.clauseIndexOf(trigger.matrix) : c, trigger.matrix ?? trigger.head)));
    // "an election condemned by the United States", "a deal brokered by Washington": a participle after a noun describes it (", brokered by Russia,"), with its agent after "by"; the act is on the nearest actor before.
    const head = this.tokens[trigger.head] as Token;
    const before = this.tokens[trigger.head - 1];
    const byTitle = (g: ActorGroup) => this.tokens[trigger.head + 1]?.lower === 'by' && this.tokens.slice(trigger.head + 2, g.first).every((t) => t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'ADJ'); // ("hosted by Prime Minister Anwar Ibrahim": past a title)
    const agent = this.groups.find((g) => g.first > trigger.head && g.first < clause.to && g.first - trigger.head <= 6 && (this.prepositionBefore(g, trigger.head + 1) === 'by' || byTitle(g)) && !this.tokens.slice(trigger.to, g.first).some((t, j, all) => t.pos === 'VERB' && all[j - 1]?.text === ',')); // (not another participle's after a comma: "invaded Egypt, backed by Britain")
    // After a comma, only right after an actor or its forces: "Iran, backed by Russia,", "Syrian government forces, backed by Iran," (not "Kosovo's independence, backed by Russia").
    const again = before?.lower === 'and' && this.tokens.slice(Math.max(0, trigger.head - 12), trigger.head - 1).some((t) => t.lower === head.lower); // ("a vote denounced as rigged by observers and denounced by Brazil": the same participle again after "and")
    const forcesOf = (g: ActorGroup) => g.end < trigger.head - 1 && trigger.head - 1 - g.end <= 2 && this.tokens.slice(g.end, trigger.head - 1).every((t) => /^(?:government|forces|troops|army|military|regime|authorities)$/.test(t.lower));
    const described = before && (before.pos === 'NOUN' || /^["”]$/.test(before.text) || (before.text === ',' && this.groups.some((g) => (g.end === trigger.head - 1 || forcesOf(g)) && !g.possessive)) || (before.pos === 'PROPN' && this.groups.some((g) => g.end === trigger.head && !g.possessive && !g.place && g.first > clause.from)) || again); // (and a name of several words: "the Polisario Front supported by Algeria")
    // ("the Essequibo region claimed by Guyana": a participle of holding says whose a place is, no act on anyone.)
    if (agent && described && OWNING.test(head.lower)) return null;
    // ("repel an offensive by forces allied with Cairo", "the waters surrounding the Philippines", "a pipeline exporting crude to Benin": a participle (or one of where a place lies, or one in -ing with its object, on a noun no actor names and no deal whose terms are its signers' acts) after a noun, past the clause's verb (not an opening adjunct's), describes the noun; not past an adverbial after "have": "have at times criticised".)
    const perfect = this.tokens.slice(Math.max(0, trigger.head - 5), trigger.head).findLastIndex((t) => t.pos === 'AUX' && /^ha(?:ve|s|d)$/.test(t.lower)) >= 0 && this.tokens[trigger.head - 2]?.pos !== 'VERB';
    const held = !agent && !trigger.passive && !perfect ? this.heldIn(trigger) : undefined; if (held !== undefined) return held;
    if (!agent && !trigger.passive && !perfect && (/ed$/.test(head.lower) || /^(?:surrounding|encircling|bordering|overlooking|ringing|facing|lining)$/.test(head.lower) || (/ing$/.test(head.lower) && this.tokens[trigger.head + 1]?.pos === 'NOUN' && !this.groups.some((g) => g.end === trigger.head) && !/^(?:treaty|agreement|deal|accord|pact|law|bill|decree|resolution|plan|statement|declaration|memorandum|order)$/.test(before?.lower ?? ''))) && (before?.pos === 'NOUN' || (/^(?:now|currently|still|already|previously|formerly|recently)$/.test(before?.lower ?? '') && this.tokens[trigger.head - 2]?.pos === 'NOUN')) && this.tokens.slice(Math.max(clause.from, adjunctComma(this.tokens, clause.from) + 1), trigger.head - 1).some((t, j, all) => (t.pos === 'VERB' && all[j - 1]?.text !== '-' && !(/ed$/.test(t.lower) && all[j - 1]?.pos === 'NOUN' && (all[j + 1]?.lower === 'by' || (all[j + 1]?.lower === 'up' && all[j + 2]?.lower === 'by')))) || t.pos === 'AUX')) return null; // (past an adverb too: "violent American criminals now imprisoned in the United States") (not past a participle of the subject's own: "Iraqi soldiers backed up by 700 tanks invaded"; nor one in a compound: "Saudi-led forces attacked")
    if (!trigger.passive && agent && /(?:ed|en|wn|ht)$/.test(head.lower) && described) return this.describedActOn(trigger, agent, c);
    if (agent && trigger.head === 0 && OPENING_AGENT.test(head.lower)) return this.openedBy(trigger, agent); // ("Brokered by Brazil, Guyana and Venezuela met")
    const hosted = !trigger.passive && agent && !described ? this.talksHostedBy(trigger, agent) : null;
    if (hosted) return hosted;
    if (trigger.passive) return this.passivePair(trigger, clause, subject);
    // "Tehran warned that Saudi Arabia would pay": a verb that reports a clause acts on its subject.
    const reported = REPORTER_ACTS.has(this.tokens[trigger.head]?.lemma ?? '') ? this.clauses.findIndex((x) => x.reporter === trigger.head) : -1;
    // "warned of consequences if Canberra pursued the inquiry": a warning is for the subject of its condition.
    const condition = /^(?:warn|threaten)$/.test(this.tokens[trigger.head]?.lemma ?? '') ? this.clauses.findIndex((x, k) => k > c && /^(?:if|unless)$/.test(this.tokens[x.from]?.lower ?? '')) : /^(?:protest|complain|object)$/.test(this.tokens[trigger.head]?.lemma ?? '') ? this.clauses.findIndex((x, k) => k === c + 1 && /^(?:when|after)$/.test(this.tokens[x.from]?.lower ?? '')) : -1; // (and a protest at the subject of its "when": "Caracas protested when a Colombian aircraft strayed")
    // ("Moscow warned that it will take countermeasures if NATO deploys": not the reporter itself, then the condition's subject; not one that would "come under attack", whom the warning would defend.)
    const reportedSubject = reported >= 0 ? (this.subjectOf(reported, this.clauses[reported]!.to) ?? this.passiveAgentIn(this.clauses[reported]!)) : null;
    const own = reportedSubject && subject && reportedSubject.ids.some((id) => subject.ids.includes(id));
    // ("warned that Turkish missiles could hit Athens": then the one its own act would be on.)
    const reportedClause = reported >= 0 ? (this.clauses[reported] as Clause) : null;
    const onWhom = own && reportedClause ? (this.groups.find((g) => g.first > reportedSubject.end && g.end <= reportedClause.to && !g.place && !isForum(this.tokens, g) && !g.ids.some((id) => subject.ids.includes(id)) && !this.tokens.slice(reportedSubject.end, g.first).some((t) => /^(?:defend|protect|support|help|aid|assist)$/.test(t.lemma))) ?? null) : null; // (not one it would defend: "warned that it is obligated to defend the Philippines")
    const other = own ? onWhom : reportedSubject;
    const judgedAct = subject && (JUDGING_VERBS.has(head.lemma) || (trigger.kind === 'verb' && trigger.to > trigger.head + 1 && trigger.stance === 'tense' && (trigger.code ?? '').startsWith('11'))) && !REPORTING_LEMMAS.has(head.lemma) ? this.toldActAgents(trigger.to, Math.min(clause.to, trigger.to + (this.tokens[trigger.to]?.lower === 'what' ? 10 : 6)), subject) : null;
    // (Also words of disapproval: "expressed concern over the incident". "Brazil condemned it": the act the sentence before told, before "it" as a state.)
    const itTheAct = judgedAct && /^(?:it|this)$/.test(this.tokens[trigger.to]?.lower ?? '') ? judgedAct : null;
    const whichAct = subject && DISAPPROVING.has(head.lemma) && this.verbTarget(trigger, clause, subject) === null ? this.whichAct(trigger.head, subject) : null;
    const mediated = subject ? this.mediatedDispute(trigger, subject) : null;
    // ("has troops in two breakaway regions of Georgia": forces kept "in" a state only when the state follows "in".)
    if (trigger.code === '062' && /^(?:have|keep|maintain|station)$/.test(head.lemma) && this.tokens[trigger.to]?.lower === 'in') {
      const host = this.groups.find((g) => g.first > trigger.to && g.first <= trigger.to + 2 && this.tokens.slice(trigger.to + 1, g.first).every((t) => /^(?:both|the|neighbouring|neighboring)$/.test(t.lower)));
      // (Read, and with no state after "in" paired with no one: not left to a guess from the sentence's names.)
      return { sources: subject?.ids ?? [], targets: host ? this.withCoordinated(host).ids : [], within: false, subject };
    }
    const objectOf = this.tokens[clause.from + 2] === head || this.groups.some((g) => g.end === trigger.head && g.first > clause.from && g.first <= clause.from + 2) ? this.objectRelative(clause) : null;
    const owned = ownedTiesWith(this.tokens, this.groups, trigger); if (owned) return { sources: owned.owner.ids, targets: this.withCoordinated(owned.partner).ids, within: false, subject }; // ("would move to normalize Paraguay's relations with Israel and Venezuela": the owner's ties with the partner)
    const target = itTheAct ?? whichAct ?? mediated ?? objectOf ?? this.blockedAid(trigger, clause, subject) ?? ((g) => (trigger.code === '084' ? landYieldedTo(this.tokens, this.groups, g ?? this.groups.find((x) => x.first > trigger.head && x.first <= trigger.to + 2) ?? { first: trigger.to, end: pastDescribing(this.tokens, trigger.to) + 1 }, clause.to) ?? g : g))(this.verbTarget(trigger, clause, subject)) ?? this.promptedBy(trigger, subject) ?? this.imposedOn(trigger, subject) ?? other ?? (condition >= 0 && !/\bunder (?:an? )?(?:\w+ )?(?:attack|fire)\b/.test(this.tokens.slice(this.clauses[condition]!.from, this.clauses[condition]!.from + 16).map((t) => t.lower).join(' ')) ? this.subjectOf(condition, this.clauses[condition]!.to) : null) ?? judgedAct ?? this.contacted(trigger, subject) ?? this.judgedDeal(trigger, clause, subject) ?? this.helpedDeal(trigger, clause, subject) ?? this.alsoJudged(trigger, clause, subject) ?? this.hisOwner(trigger, clause, subject) ?? this.forceOnOther(trigger, subject) ?? this.retaliation(trigger, subject) ?? this.addressedBefore(trigger, subject) ?? toldAddressee(this.tokens, this.groups, trigger, clause, subject);
    // "Poland said Belarusian helicopters had violated its airspace": in reported speech, "its" land is the reporter's (in a clause of when or why, the one before's subject's: "Pakistan recalled its ambassador after Iran violated its airspace"); "to establish diplomatic relations between Chile and Bolivia", "waged war against each other": the pair acts on itself (below).
    const since = clause.kind === 'main' && c > 0 && /^(?:after|when|as|because|since|before)$/.test(this.tokens[clause.from]?.lower ?? '');
    // ("Thailand accused Cambodia of laying landmines on its side of the border": in an accusation, "its" land is the accuser's, as a reporter's is.)
    const accuser = !target && subject && trigger.stance === 'hostile' && subject === adjacent && gerund && this.tokens[trigger.from - 1]?.lower === 'of' && subject.end === trigger.from - 1 && ALLEGING.has(this.tokens[subject.first - 1]?.lemma ?? '') ? this.subjectOf(c, subject.first - 1) : null;
    if (!target && subject && ((clause.kind === 'reported' && clause.parent !== null) || since || accuser)) {
      const own = this.tokens.slice(trigger.head + 1, Math.min(clause.to, trigger.to + (accuser ? 9 : 3))).findIndex((t, j, all) => /^(?:its|their)$/.test(t.lower) && all.slice(0, j).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX')); // (an accuser's further on, past a place: "accused Türkiye of striking the resort in Duhok Province of its semi-autonomous region")
      const land = own >= 0 && (/^(?:airspace|territory|waters|border|borders|soil|sovereignty|frontier|coast)$/.test(this.tokens[trigger.head + 1 + own + 1]?.lower ?? '') || (trigger.stance === 'hostile' && !since && this.tokens[trigger.head + 1 + own + 1]?.lower !== 'own') || (trigger.code === '170' && this.tokens.slice(trigger.head + own + 2, trigger.head + own + 4).some((t) => /^(?:affairs|politics|elections?)$/.test(t.lower)))); // (and what force strikes of its: "Turkey said Syria shot down its jet"; and the affairs meddled in: "accused Chile of interfering in its internal affairs")
      const reporter = land ? (accuser ?? (since ? this.subjectOf(c - 1, this.clauses[c - 1]!.to) : this.reporterOf(clause))) : null;
      if (reporter && !reporter.ids.some((id) => subject.ids.includes(id))) return { sources: subject.ids, targets: reporter.ids, within: false, subject };
    }
    if (target && trigger.mutual && target.ids.length >= 2 && this.tokens[target.first - 1]?.lower === 'between') return subject && subject.ids.length >= 2 && /^(?:border|frontier|boundary|line)$/.test(this.tokens[target.first - 2]?.lower ?? '') ? { sources: subject.ids, targets: [], within: true, subject } : subject && !subject.ids.some((id) => target.ids.includes(id)) && /^(?:discuss|debate|address|raise|examine|review)$/.test(this.tokens[trigger.head]?.lemma ?? '') ? null : { sources: target.ids, targets: [], within: true, subject }; // (not a third's talk of them: "Brazil's minister went to Caracas to discuss tensions between Venezuela and Guyana"; nor a border's: "Taliban fighters and Pakistani soldiers have clashed along the border between the countries" is the two subjects')
    if (target && target.ids.length >= 2 && this.tokens[target.first]?.lower === 'each' && this.tokens[target.first + 1]?.lower === 'other') return { sources: target.ids, targets: [], within: true, subject };
    const setAgainst = !subject && target && trigger.mutual && this.tokens[trigger.to - 1]?.lower === 'against' ? this.groups.find((g) => g.first >= trigger.to && g.first <= trigger.to + 1 && !g.place) : undefined; // ("The dispute pits Morocco against the Polisario Front": the two set against each other.)
    if (!subject) return setAgainst && target ? { sources: target.ids, targets: setAgainst.ids, within: false, subject: null } : null;
    if (target) {
      if (!(gerund && linked !== trigger.head)) this.targets.set(c, target.ids); // (not an accused act's: "accused Qatar of supporting X and severed ties" shares Qatar)
      return { sources: subject.ids, targets: [...new Set([...target.ids, ...(trigger.kind === 'verb' ? gappedTargets(this.tokens, this.groups, target, clause.to) : [])])], within: false, subject }; // (and the targets of its gapped repeats: "to France, parts of Prussia and Silesia to Poland")
    }
    // A joint act of several ("He, Kishida and Marcos gathered"): every pair of them. (Meeting, agreeing, cooperating: not sending or giving, which is to someone: "X and Y sent observers"; nor visiting or attending: "Francis and Modi, who attended as guests", went somewhere, not to each other.)
    // (Nor welcoming or praising something together, "Iraq and Oman also welcomed the deal"; nor promising, "Benin and Chad promised personnel"; nor what they help others do: "helped negotiate the deal"; nor mediating, which is for others: "the Congo-Rwanda commission was established to mediate the war".)
    const helping = this.tokens[trigger.head - 1]?.lemma === 'help' || (this.tokens[trigger.head - 1]?.lower === 'to' && this.tokens[trigger.head - 2]?.lemma === 'help');
    // (Nor voicing support together, which is for someone else: "Malaysia and Turkey have voiced support for the case"; nor a deal like another's: "Poland and Hungary signed a similar deal", each its own.)
    const joint = !helping && !likeAnothers(this.tokens, trigger) && (trigger.mutual || ((trigger.stance === 'cooperative' || trigger.stance === 'warming') && !/^0[367]|^04[235]|^051/.test(trigger.code ?? '') && !JUDGING_VERBS.has(head.lemma) && !/^(?:support|back|fund|finance|sponsor|bankroll|join|endorse|approve)$/.test(head.lemma) && !(this.tokens[trigger.to]?.lower === 'to' && trigger.preps?.includes('to')) && !(/^(?:withdraw|retreat|pull)$/.test(head.lemma) && !this.tokens.slice(trigger.to, clause.to).some((t) => /^(?:borders?|frontiers?|front|frontlines?|line|each)$/.test(t.lower))))); // (nor withdrawing, each from where it was, "The British and French forces withdrew by December", unless from the line between them) // (nor what is addressed "to" someone: "presented their credentials to the President") // (nor backing a third: "Qatar and Turkey have supported rival factions"; nor joining a body: "Sweden and Finland applied to join the alliance")
    if (joint && subject.ids.length >= 2) return (trigger.code?.startsWith('08') ? this.measureTold(trigger, clause, subject) : null) ?? this.meansPartner(trigger, subject) ?? { sources: subject.ids, targets: [], within: true, subject };
    // ("The two countries broke off relations in 1978", "Chile and Bolivia cut their ties": relations of a pair with no one else named are between them; so when the pair is the one the article is about: "Iran and Egypt severed diplomatic relations in 1980".)
    const words = this.tokens.slice(trigger.from, trigger.to);
    const tie = words.findIndex((t) => TIE_WORD.test(t.lower));
    if (tie >= 0 && subject.ids.length === 2 && (subject.anaphor || words.slice(0, tie).some((t) => t.lower === 'their') || this.discourse.pair?.every((id) => subject.ids.includes(id))) && !/^(?:with|to)$/.test(this.tokens[trigger.to]?.lower ?? '')) return { sources: subject.ids, targets: [], within: true, subject };
    // ("raise our bilateral relations to a strategic partnership": one state's bilateral ties, with no one named, are with the other of the pair told.)
    if (tie >= 0 && subject.ids.length === 1 && words.slice(0, tie).some((t) => t.lower === 'bilateral') && this.discourse.pair?.includes(subject.ids[0]!) && !(/^(?:with|to)$/.test(this.tokens[trigger.to]?.lower ?? '') && this.groups.some((g) => g.first > trigger.to && g.first <= trigger.to + 2))) return this.toOtherOfPair(subject, trigger.head, trigger);
    // "called Israel's actions genocide and cut ties": an idiom of relations coordinated with a verb that has a target shares it (only idioms: "and went three kilometres" shares nothing). (So does a clause set beside the one before by "while": "Bolivia cut ties with Israel, while Chile recalled its ambassador".)
    const beside = /^(?:while|whereas|whilst)$/.test(this.tokens[clause.from]?.lower ?? '') && c > 0 ? c - 1 : null;
    const sharedFrom = clause.kind === 'continued' && clause.parent !== null ? clause.parent : beside;
    const shared = trigger.slots !== undefined && sharedFrom !== null ? this.targets.get(sharedFrom) : undefined;
    if (shared && !shared.some((id) => subject.ids.includes(id))) return { sources: subject.ids, targets: shared, within: false, subject };
    // "Taiwan's ministry voiced deep regret over the end of the relationship": words (CAMEO 01-05 and 10-14, not material acts) of one of the pair the article is about, in a sentence that names no one else, are addressed to the other.
    const root = Number(trigger.code?.slice(0, 2) ?? 99);
    // (Not a show of force, CAMEO 15: "Taiwan sent troops to the border" need not be toward the other; nor easing or reducing with no one named but by an idiom that names what: "Japan said it would lift those export curbs", CAMEO 08 and 16, in an article about Japan and South Korea.)
    const verbal = root <= 5 || (root >= 10 && root <= 14) || ((root === 8 || root === 16) && trigger.slots !== undefined && trigger.slots > 1);
    // ("would defend its territory", "protect their citizens": an act on what is one's own addresses no one.)
    // (Nor "denies seeking nuclear weapons": what one seeks or builds for itself.)
    const onItsOwn = /^(?:its|their|our|his|her|own)$/.test(this.tokens[trigger.to]?.lower ?? '') || this.tokens.slice(trigger.to, trigger.to + 3).some((t) => /^(?:weapons?|arms|missiles?|bombs?|warheads?|uranium|enrichment)$/.test(t.lower)) || (/^04[23]/.test(trigger.code ?? '') && /^(?:to|in)$/.test(this.tokens[trigger.to]?.lower ?? '') && this.tokens[trigger.to + 1]?.pos === 'DET' && this.tokens[trigger.to + 2]?.pos === 'NOUN'); // (and a trip to a place no state names: "to make the trip to the islands")
    // ("Egypt condemned the attack": a hostile act whose agent is not known is nobody's, not the other's of the pair.)
    const judgesAct = JUDGING_VERBS.has(head.lemma) && this.tokens.slice(trigger.to, trigger.to + 6).some((t) => HOSTILE_ACT.test(t.lower));
    // ("sought closer ties with the West": addressed to a name that is no actor (not a crossing's: "announced the reopening of the Gatuna border"), not to the other of the pair; nor "a ruling Beijing rejects": to the ruling; nor "welcomes foreign companies": to the people or firms named; nor "welcomed the decision and thanked the court": to the court that ruled; nor "joined a number of other governments": past the quantity, to them.)
    const toOtherName = this.tokens.slice(trigger.to, clause.to).some((t, j) => t.pos === 'PROPN' && !this.groupAt(trigger.to + j) && !/^(?:border|crossing|frontier|checkpoint)$/.test(this.tokens[trigger.to + j + 1]?.lower ?? '')) || MOVE_NOUN.test(this.tokens[subject.first - 1]?.lower ?? '') || ((n) => THIRD_PARTY.test(n) || /^(?:court|tribunal|judges|arbitrators)$/.test(n) || (/^(?:decision|ruling|verdict|judgm?ent|award)$/.test(n) && this.tokens.some((t) => /^(?:court|tribunal|judges|arbitrators|icj)$/.test(t.lower))))(((k) => (QUANTITY_OF.test(this.tokens[k]?.lower ?? '') && this.tokens[k + 1]?.lower === 'of' ? this.tokens.slice(k + 2, k + 5).find((t) => t.pos === 'NOUN') : this.tokens[k])?.lower ?? '')(this.tokens.findIndex((t, j) => j >= trigger.to && j < trigger.to + 4 && t.pos === 'NOUN'))) || (trigger.intent && (trigger.code ?? '').startsWith('03') && ['DET', 'NOUN', 'NUM'].includes(this.tokens[trigger.to]?.pos ?? '')); // (nor "Tokyo's move to buy the islands": an intended act on a thing)
    const measured = verbal ? this.measureTold(trigger, clause, subject) : null;
    if (measured) return measured;
    return verbal && !trigger.mutual && !onItsOwn && !judgesAct && !toOtherName && !UNADDRESSED_BLOCK.test(trigger.block ?? '') ? this.toOtherOfPair(subject, trigger.head, trigger) : null;
  }
}
