// Pairing, second layer, for a noun ("the expulsion of", "tensions between", "the Israel-UAE deal"): the
// actors that attach to it, a possessor or a modifier before it and the phrases after it. (For a verb,
// its target: actsAround.ts.) And an envoy's: its state and its host ("Mexico's ambassador to Peru was recalled").
import { type ActorGroup, APPOSED_NOUN, appositionClosesAt, appositionStart } from './actorGroups';
import { againstFollows, bracketClose, pastDescribing, pastWords, type Token } from './tokens';
import type { Trigger } from './triggers';
import { CONCERN_WORD } from './idiomWords';
import { APPOSITION_NOUN, DEFAULT_NOUN_PREPS, FROM_SOURCE, GOODS_NOUN, hedgeEnd, JUDGING_VERBS, ledBy, linkedTo, mediating, OFFICE_TITLE, WATCHING_VERBS } from './pairingWords';
import { ActsAround, TOGETHER } from './actsAround';
import type { Pairing } from './sentenceActors';
import type { Clause } from './clauses';
import { ENVOY_ACTS, ENVOY_NOUN, envoyBeside, orderedBy } from './triggerWords';
import { mediatedParties } from './talksHosts'; import { NAMED_EXAMPLE } from './listedMembers'; import { killingOfPerson } from './attacksOnPeople';

export class NounParties extends ActsAround {
  /** The actors attached to a noun: before it (possessor, modifier) and in the phrases after it. */
  protected nounActors(trigger: Trigger): { before: ActorGroup[]; after: ActorGroup | null; between: ActorGroup | null; by: ActorGroup | null } {
    const before: ActorGroup[] = [];
    let k = this.tokens[trigger.from]?.pos === 'ADP' ? -1 : trigger.from - 1; // (none before a phrase that opens with its preposition: "sent a team to Haiti at the request of Peru")
    const modifier = (t: Token | undefined) => !!t && (['ADJ', 'NOUN', 'ADV', 'NUM'].includes(t.pos) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(t.text) || t.lower === '-' || t.lower === '–' || (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower)));
    // (Participles count as modifiers: "India's growing partnership with", "their deepening ties"; a hyphen does not: "Ukraine's second-largest military donor". Nor does a region's adjective: "the United States' closest Asian allies".)
    let hyphens = 0;
    while (k >= 0 && (modifier(this.tokens[k]) || (this.tokens[k]?.pos === 'PROPN' && !this.groupAt(k) && /^(?:Asian|European|African|American|Arab|Western|Eastern|Northern|Southern|Nordic|Baltic|Balkan|Caribbean|Pacific|Atlantic|Andean|Latin|Mediterranean|Gulf|Sahelian|Central)$/.test(this.tokens[k]?.text ?? '')) || (this.tokens[k]?.pos === 'ADP' && /^[-–]$/.test(this.tokens[k + 1]?.text ?? '')) || (this.tokens[k]?.lower === 'and' && this.tokens[k - 1]?.pos === 'NOUN' && this.tokens[k + 1]?.pos === 'NOUN')) && !this.groups.some((g) => g.end === k + 1)) { // (and "on-going"; and two nouns joined: "Iranian missile and drone strikes")
      if (trigger.from - k - hyphens > 3) break;
      if (/^[-–]$/.test(this.tokens[k]?.text ?? '')) hyphens++;
      k--;
    }
    // k is now the last token before the noun phrase's modifiers. ("the Chinese coast guard's use of force": a demonym's agent owns the noun as its state does.)
    const agentOwns = (g: ActorGroup) => g.demonym && /^['’]s$/.test(this.tokens[k]?.lower ?? '') && k - g.end >= 1 && k - g.end <= 3 && this.tokens.slice(g.end, k).every((t) => t.pos === 'NOUN');
    for (let j = this.groups.length - 1; j >= 0; j--) {
      const g = this.groups[j] as ActorGroup;
      if (g.end !== k + 1 && !agentOwns(g) && !(before.length > 0 && /^[-–]$/.test(this.tokens[g.end]?.text ?? '') && g.end + 1 === before[before.length - 1]?.first)) continue;
      if (g.place || (g.descriptor && this.tokens[g.end]?.text === '-' && (mediating(this.tokens[g.end + 1]) || /^(?:style|type|like)$/.test(this.tokens[g.end + 1]?.lower ?? '')))) break; // (nor a broker, or a model, that only describes it: "a US- and France-brokered ceasefire deal with Hezbollah", "a Hamas-style invasion"; a backer of an invasion is its agent: "the US-supported invasion of Panama")
      before.push(g);
    }
    // ("Denmark, a NATO ally of the United States": an organisation before a role of someone's names its kind, no party of it.)
    if (before.length === 1 && before[0]!.ids.every((id) => /^[a-z]/.test(id)) && /^(?:all(?:y|ies)|members?|partners?)$/.test(this.tokens[trigger.head]?.lower ?? '') && this.tokens[trigger.to]?.lower === 'of') before.pop();
    if (before.length === 1 && before[0]!.possessive && before[0]!.ids.length >= 2 && APPOSITION_NOUN.test(this.tokens[trigger.head]?.lower ?? '') && this.groupAt(trigger.to) && this.tokens.slice(before[0]!.first, before[0]!.end).some((t) => t.lower === 'and')) before[0] = { ...before[0]!, ids: before[0]!.ids.slice(-1) }; // ("claimed by both China and India's ally Bhutan": a role with its holder named right after is the last possessor's; the names before "and" go with the holder)
    let after: ActorGroup | null = null, between: ActorGroup | null = null, by: ActorGroup | null = null;
    let afterIn = false;
    let limit = Math.min(this.tokens.length, trigger.to + 14);
    // (An idiom of several words may hold its party: "the closure of the Taiwanese embassy"; not one that ends in a verb, whose party is its object: "the pact, known as AUKUS, involves the US, UK and Australia".)
    const endsInVerb = (trigger.slots ?? 0) > 1 && (this.tokens[trigger.to - 1]?.pos === 'VERB' || (this.tokens[trigger.to - 2]?.pos === 'VERB' && this.tokens[trigger.to - 1]?.pos === 'ADV')); // ("brings together")
    const start = (trigger.slots ?? 0) > 1 && !endsInVerb ? trigger.head + 1 : trigger.to;
    // ("Rwanda's accusation that Uganda was backing rebels", "accusations that Kigali supports rebels": a charge is against the subject of what it says.)
    const that = this.tokens[trigger.to - 1]?.lower === 'that' ? trigger.to - 1 : trigger.to;
    // ("disappointed that the tiny South Pacific nation of Nauru had switched": what one feels about is on the subject of the clause after "that", past its describing words.)
    const felt = CONCERN_WORD.test(this.tokens[trigger.head]?.lower ?? '') && this.tokens[that]?.lower === 'that' ? this.groups.find((g) => g.first > that && g.first <= that + 8 && !g.place && this.tokens.slice(that + 1, g.first).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',')) : undefined;
    const charged = felt ?? (/^(?:accusations?|allegations?|claims?|charges?)$/.test(this.tokens[trigger.head]?.lower ?? '') && this.tokens[that]?.lower === 'that' ? this.groupAt(that + (this.tokens[that + 1]?.pos === 'DET' ? 2 : 1)) : undefined);
    if (charged && !charged.place) return { before, after: charged, between: null, by: null };
    // ("a ban on importing Zambian beer": a gerund right after the noun's "on" or "against" is what it bars; the scan goes past it.)
    // ("rallied Uruguayan support for the mill in a country suspicious of Argentina": support for a thing named right after "for" is for that thing; no actor past it is its party. Not "support for the government of Ukraine".)
    if (/^(?:support|backing|sympathy)$/.test(this.tokens[trigger.head]?.lower ?? '') && this.tokens[trigger.to]?.lower === 'for' && this.tokens[trigger.to + 1]?.pos === 'DET' && this.tokens[trigger.to + 2]?.pos === 'NOUN' && this.tokens[trigger.to + 3]?.lower !== 'of' && !this.groupAt(trigger.to + 1) && !this.groupAt(trigger.to + 2)) limit = trigger.to;
    const barring = /^(?:on|against)$/.test(this.tokens[start]?.lower ?? '') && this.tokens[start + 1]?.pos === 'VERB' && /ing$/.test(this.tokens[start + 1]?.lower ?? '');
    const named = this.tokens[trigger.to]?.text === ',' && /^(?:known|called|dubbed|named)$/.test(this.tokens[trigger.to + (this.tokens[trigger.to + 1]?.pos === 'ADV' ? 2 : 1)]?.lower ?? '') ? this.tokens.findIndex((t, k) => k > trigger.to + 2 && k < trigger.to + 16 && this.tokens[k - 1]?.text === ',' && t.lemma === 'be' && t.pos === 'AUX') : -1; // ("The 1975 Algiers Agreement, also known as the Algiers Accord, was signed between Iran and Iraq": past the names an aside gives it)
    for (let j = start; j < limit; j++) {
      if (j === trigger.to && named > 0) [limit, j] = [Math.min(this.tokens.length, limit + named - j), named];
      const t = this.tokens[j] as Token;
      const shut = j > trigger.to && !this.groups.some((g) => g.end === j) ? bracketClose(this.tokens, j, 19) : -1; if (shut > 0) { limit = Math.min(this.tokens.length, limit + shut - j + 1); j = shut; continue; } if (t.text === ',' && this.tokens.slice(j + 1, j + 4).map((x) => x.lower).join(' ') === 'as well as') continue; // (past a bracketed aside, which holds no party, and on past ", as well as": "signed by all European countries (except Albania, which was signed in September 1991), as well as by the United States and Canada")
      const hedge = t.lower === 'what' ? hedgeEnd(this.tokens, j) : -1; // ("strikes on what it said were militant bases in Pakistan": a hedge is no verb of the sentence's.)
      if (hedge > 0) {
        limit = Math.min(this.tokens.length, limit + hedge - j); // (the hedge's words do not count)
        j = hedge - 1;
        continue;
      }
      // ("a prisoner exchange involving Russia and Belarus on one side and the United States ... on the other": the sides a mutual act takes in.)
      const involved = j === trigger.to && t.lower === 'involving' && trigger.mutual ? this.groupAt(j + 1 + (this.tokens[j + 1]?.pos === 'DET' ? 1 : 0)) : undefined;
      if (involved && this.onEitherHand(involved).sides) { between ??= this.onEitherHand(involved); break; }
      if (j === trigger.to && t.lower === 'being' && this.tokens[j + 1]?.pos === 'VERB' && /(?:ed|en|wn|ht)$/.test(this.tokens[j + 1]?.lower ?? '')) continue; // ("the offensive being carried out in Gaza")
      if ((j === trigger.to || (j === trigger.to + 1 && this.tokens[trigger.to]?.lower === 'being')) && t.pos === 'VERB' && /(?:ed|en|wn|ht)$/.test(t.lower)) {
        if (WATCHING_VERBS.has(t.lemma) || (mediating(t) && this.tokens[j + 1]?.lower === 'by')) break; // ("the talks observed by the African Union, South Africa and the United States": the observers are no parties; nor the brokers of "a ceasefire deal brokered by the United States and France".)
        continue;
      } // ("a pact signed by Chile and Peru", "talks held between": a participle after the noun.)
      // "sanctions were imposed on Belarus by the EU": the noun is the subject of a passive that names its parties.
      if ((j === trigger.to || j === named) && t.pos === 'AUX' && t.lemma === 'be') {
        let v = j + 1;
        while (this.tokens[v]?.pos === 'ADV' || this.tokens[v]?.lemma === 'be') v++;
        if (this.tokens[v]?.pos === 'VERB' && /(?:ed|en|wn|ht)$/.test(this.tokens[v]?.lower ?? '')) {
          // ("The agreement was welcomed by the EU": who judges it is no party to it.)
          if (JUDGING_VERBS.has(this.tokens[v]?.lemma ?? '') || WATCHING_VERBS.has(this.tokens[v]?.lemma ?? '')) break; // (nor who watches it: "the talks were observed by South Africa")
          j = v;
          continue;
        }
      }
      const group = this.groupAt(j);
      // ("a strike against Iran-backed Houthis": past the backer, which only describes the party; and past the maker of the arms it is made with: "Russia's attack with Iranian-made drones on Kyiv".)
      if (group?.descriptor || (group && this.tokens[group.end]?.text === '-' && /^(?:made|built|designed|manufactured|produced|supplied)$/.test(this.tokens[group.end + 1]?.lower ?? '') && this.prepositionBefore(group, start) === 'with')) {
        j = this.tokens[group.end]?.text === '-' ? group.end + 1 : group.end - 1;
        continue;
      }
      // ("air strikes on Rafah", "the war in Gaza": what force strikes may be named by a place; not an offensive that only "could" happen.)
      if (group && !(/^(?:in|inside)$/.test(this.tokens[group.first - 1]?.lower ?? '') && killingOfPerson(trigger, this.tokens)) && (!group.place || (trigger.stance === 'hostile' && !this.foreseen(trigger)))) {
        // ("negotiations between the governments of Germany and Namibia": the pair after the bodies' "of" is between.)
        const ofBodies = this.tokens[trigger.to]?.lower === 'between' && this.prepositionBefore(group, start) === 'of' && /^between (?:the )?(?:governments?|leaders|delegations|peoples|presidents|officials|foreign ministers|militaries|armies) of$/.test(this.tokens.slice(Math.max(start, group.first - 5), group.first).map((t) => t.lower).join(' ').replace(/^.*?(?=between)/, ''));
        // ("a ban on imports of Zambian beer": goods of a state, after the noun's own preposition, are on that state.)
        // ("restrictions on imported products from the United States": or goods from a state, past what describes them.)
        const ofAt = pastWords(this.tokens, group.first - 1, ['DET']);
        const goodsOf = /^(?:of|from)$/.test(this.tokens[ofAt]?.lower ?? '') && ofAt >= start && GOODS_NOUN.test(this.tokens[ofAt - 1]?.lower ?? '') ? this.tokens[pastWords(this.tokens, ofAt - 2, ['ADJ', 'DET'])]?.lower : undefined;
        // ("a ban on importing Zambian beer": what is barred of a state's is on it.)
        const barred = barring && group.first - 2 === start ? this.tokens[start]?.lower : undefined;
        // ("measures against up to $3 billion of U.S. imports": goods a state's name describes, past the noun's own preposition.)
        const goodsAfter = GOODS_NOUN.test(this.tokens[group.end]?.lower ?? '') ? this.tokens.slice(start, group.first).map((t) => t.lower).find((w) => (trigger.preps ?? DEFAULT_NOUN_PREPS).includes(w)) : undefined;
        const own = goodsOf ?? goodsAfter ?? barred;
        const tie = pastWords(this.tokens, group.first - 1, ['DET']), viaTie = /^(?:to|with)$/.test(this.tokens[tie]?.lower ?? '') && linkedTo(this.tokens, tie - 1) ? this.prepositionBefore({ ...group, first: tie - 2, end: tie - 1 }, start) : null; // ("strikes against targets connected to Houthis": the noun's own preposition, past the participle of ties)
        const prep = ofBodies ? 'between' : own && (trigger.preps ?? DEFAULT_NOUN_PREPS).includes(own) ? own : (viaTie ?? this.prepositionBefore(group, start));
        // ("in protest at a security pact between Washington, London and Canberra": the pact's parties, not the protest's.)
        const ownsBetween = ofBodies || !this.tokens.slice(trigger.to, group.first).some((t, x) => t.pos === 'NOUN' && !(OFFICE_TITLE.test(t.lower) && x === group.first - trigger.to - 1) && !ledBy(this.tokens, trigger.to + x + 1) && !/^(?:ties|relations|relationship|tensions?|talks|countries|states|nations|efforts?|attempts?|process|role|initiative)$/.test(t.lower)); // ("the third mediation effort between Russia and Ukraine": the noun's own effort) (past an office title before the first of the pair: "relations between President Daniel Noboa and the Trump administration")
        // (Nor is an actor past a noun of the reason: "pressure from Washington over its purchases of Russian oil".)
        if (((prep === 'between' || prep === 'among') && !ownsBetween) || (prep === 'of' && this.tokens.slice(trigger.to, group.first).some((x) => /^(?:over|about)$/.test(x.lower)))) break;
        // ("With the support of Turkey and Qatar, the government ...": "with the support of" names whose support it is.)
        const withOf = prep === 'of' && this.tokens[trigger.from - 1]?.lower === 'the' && /^(?:with|under)$/.test(this.tokens[trigger.from - 2]?.lower ?? ''); // (and "under the mediation of China")
        const role = pastDescribing(this.tokens, group.end + 1);
        if (prep === 'with' && this.tokens[group.end]?.lower === 'as' && /^(?:mediators?|intermediar(?:y|ies)|go-betweens?|brokers?|facilitators?)$/.test(this.tokens[role]?.lower ?? '')) break; // ("negotiations began, with Algeria as mediator": the mediator is no party)
        if (prep === 'between' || prep === 'among') between ??= this.onEitherHand(group);
        // ("concerned by China": for a word of feeling "by" names its cause, the other party.)
        // (No agent after "by" past "and" and another noun, whose agent it is: "China's support for Russia in the Ukraine war and allegations by British security services".)
        else if ((prep === 'into' && /^(?:annexation|incorporation|absorption)$/.test(this.tokens[trigger.head]?.lower ?? '')) || (prep === 'by' && !trigger.preps?.includes('by') && !this.tokens.slice(trigger.to, group.first - 1).some((t, x, all) => (t.lower === 'and' && all[x + 1]?.pos === 'NOUN') || (t.pos === 'NOUN' && /^(?:moves?|steps?|decisions?|measures?|actions?|responses?|reactions?|retaliation|reply|requests?|proposals?|offers?|attacks?|raids?|strikes?|bombings?|shelling|invasion|incursions?|offensive)$/.test(t.lower)))) || ((prep === 'from' || withOf) && FROM_SOURCE.test(this.tokens[trigger.head]?.lower ?? '')) || (prep === 'of' && /^(?:attacks?|offensive|assaults?|raids?|incursions?)$/.test(this.tokens[trigger.head]?.lower ?? '') && /^(?:army|forces|troops|military|soldiers|militias?|navy)$/.test(this.tokens[group.end]?.lower ?? '')) || (prep === 'of' && /^(?:visits?|trips?|tours?)$/.test(this.tokens[trigger.head]?.lower ?? '') && this.tokens[trigger.to]?.lower === 'of')) by ??= this.withCoordinated(group); // (and "an attack of the Ethiopian army": an attack's forces after "of"; not the "by" of a later act: "the expulsion of Chadian diplomats in response to a move by Chad", "declared war on Hamas after deadly raids by the Palestinian group")
        // ("joint exercises near Belarus's borders with Ukraine": the neighbours of a border are no party to a joint act.)
        else if (prep === 'with' && /^(?:borders?|frontiers?)$/.test(this.tokens[group.first - 2]?.lower ?? '') && group.first - 2 >= trigger.to && (trigger.stance === 'cooperative' || trigger.stance === 'warming')) break;
        // ("a strike in Yemen against the Houthis": the party after "against" before the place after "in".)
        else if (prep && (trigger.preps ?? DEFAULT_NOUN_PREPS).includes(prep) && (!after || (prep === 'against' && afterIn))) [after, afterIn] = [this.withCoordinated(group), prep === 'in'];
        // (The object of a noun's idiom that ends in a verb: "the pact involves the US, UK and Australia".)
        else if (prep === null && endsInVerb && (j === trigger.to || (j === trigger.to + 1 && this.tokens[trigger.to]?.lower === 'the'))) after = this.withCoordinated(group);
        else if (((prep === null && (j === trigger.to || (j === trigger.to + 1 && this.tokens[trigger.to]?.lower === 'the'))) || (prep === 'in' && j === trigger.to + 1 && before.some((g) => g.possessive))) && APPOSITION_NOUN.test(this.tokens[trigger.head]?.lower ?? '')) after = this.withCoordinated(group); // (and "its ally the United States"; "Pyongyang's partners in China and Russia")
        j = group.end - 1;
        continue;
      }
      // (The noun's own participle and its agent: "the threats made by the Israeli Foreign Minister from Rabat against Algeria".)
      if (j === trigger.to && t.pos === 'VERB' && this.tokens[j + 1]?.lower === 'by' && /^(?:made|issued|voiced|levelled|leveled|uttered|posed)$/.test(t.lower)) continue;
      // (A participle before a noun is its modifier: "annexation of four partly occupied regions of Ukraine".)
      if (t.pos === 'VERB' && /ed$/.test(t.lower) && this.tokens[j + 1]?.pos === 'NOUN' && this.tokens[j + 1]?.lower !== 'by') continue;
      // (Nor past another noun's participle: "a truce in a deal mediated by Qatar".)
      // (Nor past a noun of acting together, whose own partner follows: "normalisation talks in coordination with Azerbaijan".)
      // ("its regional allies, including Hamas and Hezbollah", "a row with four Arab countries, including Saudi Arabia": the examples of a
      // plural with no actor of its own are its parties.)
      const example = !after && NAMED_EXAMPLE.test((t.text === ',' ? this.tokens[j + 1] : t)?.lower ?? '') && /s$/.test(this.tokens[j - 1]?.lower ?? '') && this.tokens[j - 1]?.pos === 'NOUN' ? this.groupAt(j + (t.text === ',' ? 2 : 1)) : undefined;
      // (The noun's own plural needs an owner: "a coalition of supporters, including Spain and the United States" relates neither to the other.)
      const owned = j - 1 !== trigger.head || before.length > 0 || /^(?:its|their|his|her|our)$/.test(this.tokens[pastWords(this.tokens, trigger.from - 1, ['ADJ', 'NOUN'])]?.lower ?? '');
      if (example && owned && !example.place && !example.descriptor) {
        if (FROM_SOURCE.test(this.tokens[trigger.head]?.lower ?? '') && /^(?:from|by)$/.test(this.tokens[pastWords(this.tokens, j - 2, ['DET', 'ADJ', 'NUM'])]?.lower ?? '')) by ??= this.withCoordinated(example); else after = this.withCoordinated(example); // ("criticism from some countries, including Hungary": the examples of those it comes from are its source)
        break;
      }
      // (Past the participle that places a mission's people: "the expulsion of 15 intelligence officers working at the Russian embassy".)
      if (/^(?:working|serving|employed|accredited|posted|stationed|based)$/.test(t.lower) && /^(?:officers|diplomats|staff|employees|officials|personnel|agents|attach[eé]s|members)$/.test(this.tokens[this.tokens[j - 1]?.pos === 'PUNCT' ? j - 2 : j - 1]?.lower ?? '')) {
        const mission = this.groups.find((g) => g.first > j && g.first <= j + 3 && /^(?:at|in|with)$/.test(this.tokens[j + 1]?.lower ?? '') && /^(?:embassy|mission|consulate)$/.test(this.tokens[g.end]?.lower ?? ''));
        if (mission && !after) after = this.withCoordinated(mission);
        continue;
      }
      const apposed = t.text === ',' && APPOSED_NOUN.test(this.tokens[j - 1]?.lower ?? '') && appositionClosesAt(this.tokens, this.groupAt(appositionStart(this.tokens, j))?.end ?? -1); // ("attacks inside other neighbours, Iraq and Syria.", "support from the two communist powers, the USSR and China.": an apposition that ends the sentence names them.)
      if ((t.pos === 'AUX' || t.lemma === 'take') && this.tokens[j + (t.lemma === 'take' ? 1 : 2)]?.lower === 'place' && (t.lemma === 'take' || this.tokens[j + 1]?.lemma === 'take')) { j += t.lemma === 'take' ? 1 : 2; continue; } // ("interference by Russia was taking place in Moldova's electoral process": where it takes place names its party)
      if (ledBy(this.tokens, j) || orderedBy(this.tokens, j)) continue; // (past the leader of a body: "an attack by a coalition led by Egypt"; past the participle of an act's order: "an attack on Iraq ordered by President Bush")
      // (Past the participle that places what is struck: "airstrikes on nine terror camps located in Pakistan".)
      if (((t.pos === 'VERB' && !(j === start + 1 && barring) && !linkedTo(this.tokens, j) && !(/^(?:located|based|situated|housed|hidden)$/.test(t.lower) && /^(?:in|inside|across|near)$/.test(this.tokens[j + 1]?.lower ?? ''))) || t.pos === 'AUX' || (t.text === ',' && !apposed)) || t.text === ';' || t.pos === 'SCONJ' || (/ed$/.test(t.lower) && this.tokens[j + 1]?.lower === 'by') || (j > trigger.to && TOGETHER.test(t.lower) && !TOGETHER.test(this.tokens[trigger.head]?.lower ?? ''))) break;
    }
    // (With no actor after "against", the place is still no party: "a strike in Mali against jihadist militants".)
    if (after && afterIn && againstFollows(this.tokens, after.end)) after = null;
    return { before, after, between, by };
  }

  /** "ended the crisis by declaring reconciliation with Qatar": a joint act done by a means with another is with that other, not among the subject. */
  protected meansPartner(trigger: Trigger, subject: ActorGroup): Pairing | null {
    const by = this.tokens.findIndex((t, k) => k >= trigger.to && k <= trigger.to + 4 && t.lower === 'by' && /ing$/.test(this.tokens[k + 1]?.lower ?? ''));
    const other = by > 0 ? this.groups.find((g) => g.first > by + 1 && g.first <= by + 6 && /^(?:with|to|towards?)$/.test(this.tokens[g.first - 1]?.lower ?? '') && !g.place && !g.ids.some((id) => subject.ids.includes(id))) : undefined;
    return other ? { sources: subject.ids, targets: other.ids, within: false, subject } : null;
  }

  /** "accused Qatar, among other things, of supporting": where the accused ends before "of", past an aside between commas; `of` itself when there is none. */
  protected pastAsideBefore(of: number): number {
    if (this.tokens[of - 1]?.text !== ',') return of;
    const open = this.tokens.findLastIndex((t, k) => k < of - 1 && k >= of - 6 && t.text === ',');
    return open > 0 && this.tokens.slice(open + 1, of - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX') ? open : of;
  }

  /** "The foreign ministry summoned the Peruvian ambassador to Chile": an envoy an office of no state named summons, expels or recalls is paired as in the passive. */
  protected bareEnvoyObject(trigger: Trigger): Pairing | null {
    const act = trigger.kind === 'verb' ? ENVOY_ACTS[this.tokens[trigger.head]?.lemma ?? ''] : undefined;
    const noun = act ? this.tokens.findIndex((t, k) => k > trigger.head && k < trigger.to && ENVOY_NOUN.test(t.lower)) : -1;
    if (!act || noun < 0 || this.subjectOf(this.clauseIndexOf(trigger.head), trigger.head)) return null;
    return this.envoyPair(trigger, noun, act.fromEnvoyState);
  }

  /** An envoy in the passive: its state (possessor or demonym) and the host (after "to"/"in", or where it is summoned). */
  protected envoyPair(trigger: Trigger, noun: number, fromEnvoyState: boolean): Pairing | null {
    const c = this.clauseIndexOf(trigger.head);
    const clause = this.clauses[c] as Clause;
    // (Or the states after "of" or "from", past "and representatives" and "the", each of a list: "the ambassadors and representatives of the U.S., the Netherlands and Italy".)
    const of = this.tokens[noun + 1]?.lower === 'and' && envoyBeside(this.tokens[noun + 2]?.lower ?? '') ? noun + 3 : noun + 1;
    const after = /^(?:of|from)$/.test(this.tokens[of]?.lower ?? '') ? this.groups.find((g) => g.first === (this.tokens[of + 1]?.pos === 'DET' ? of + 2 : of + 1)) : undefined;
    const own = this.groups.find((g) => g.end === noun || (g.end === noun - 1 && (this.tokens[noun - 1]?.pos === 'ADJ' || this.tokens[noun - 1]?.lower === 'high'))) ?? (after && this.withCoordinated(after));
    const hostPrep = (g: ActorGroup, from: number) => this.prepositionBefore(g, from);
    const host =
      this.groups.find((g) => g !== own && g.first > noun && g.end <= trigger.head && ['to', 'in'].includes(hostPrep(g, noun + 1) ?? '')) ??
      this.groups.find((g) => g !== own && g.first >= trigger.end && g.end <= clause.to && ['from', 'by', 'in', 'to'].includes(hostPrep(g, trigger.end) ?? ''));
    // ("the ambassador and consuls in Canada are being recalled, the Philippine foreign secretary said": an envoy of no state named, recalled, is the one of the state that tells it.)
    const teller = !own && host && fromEnvoyState ? this.reporterOf(clause) : null;
    if (teller && host && !teller.ids.some((id) => host.ids.includes(id))) return { sources: teller.ids, targets: host.ids, within: false, subject: teller };
    if (!own) return null;
    // ("Joly announced that an Indian diplomat has been expelled": with no host named, the state that tells it.)
    const speaker = host ? null : this.reporterOf(clause);
    const hostIds = host?.ids ?? (speaker && !speaker.ids.some((id) => own.ids.includes(id)) ? speaker.ids : null) ?? (this.discourse.subject && this.discourse.subject.length === 1 && !own.ids.includes(this.discourse.subject[0] as string) ? this.discourse.subject : null);
    if (!hostIds) return null;
    return fromEnvoyState ? { sources: own.ids, targets: hostIds, within: false, subject: own } : { sources: hostIds, targets: own.ids, within: false, subject: own };
  }

  /** "an Israeli offensive in Rafah, on the border, could have dire consequences": a noun that is the subject of a modal. */
  protected foreseen(trigger: Trigger): boolean {
    const k = this.tokens.findIndex((t, j) => j >= trigger.to && (t.pos === 'VERB' || t.pos === 'AUX'));
    return k >= 0 && /^(?:could|would|may|might|will|can)$/.test(this.tokens[k]?.lower ?? '');
  }

  /** "between Egypt and Syria on the one hand and Israel on the other", "on one side ... on the other": two sides, between which the pairs run; else the coordinated group. */
  protected onEitherHand(group: ActorGroup): ActorGroup {
    const one = this.withCoordinated(group), words = (k: number, n: number) => this.tokens.slice(k, k + n).map((t) => t.lower).join(' ');
    const opening = ['on the one hand', 'on the one side', 'on one side', 'on one hand'].find((w) => words(one.end, w.split(' ').length) === w); // (and "involving Russia and Belarus on one side and the United States ... on the other")
    if (!opening) return this.blocInBrackets(one);
    let k = one.end + opening.split(' ').length;
    if (this.tokens[k]?.text === ',') k++;
    if (this.tokens[k]?.lower !== 'and') return one;
    k++;
    while (this.tokens[k]?.pos === 'DET') k++;
    const next = this.groupAt(k), other = next ? this.withCoordinated(next) : null;
    return other && words(other.end, 3) === 'on the other' ? { ...one, ids: [...new Set([...one.ids, ...other.ids])], end: other.end, sides: [one.ids, other.ids] } : one;
  }

  /** "between Soviet Russia and the Central Powers (Germany, Austria-Hungary, Bulgaria, and the Ottoman Empire)": a bloc named after "and", its members in brackets, is the other side; else the group as it is. */
  private blocInBrackets(one: ActorGroup): ActorGroup {
    let k = one.end;
    if (this.tokens[k]?.lower !== 'and') return one;
    for (k++; this.tokens[k]?.pos === 'DET'; ) k++;
    const name = k;
    while (k < name + 4 && /^[A-Z]/.test(this.tokens[k]?.text ?? '') && !this.groupAt(k)) k++;
    const close = k > name && this.tokens[k]?.text === '(' ? this.tokens.findIndex((t, j) => j > k && j < k + 30 && t.text === ')') : -1;
    const members = close > 0 ? [...new Set(this.groups.filter((g) => g.first > k && g.end <= close && !g.place).flatMap((g) => g.ids))] : [];
    return members.length > 0 ? { ...one, ids: [...new Set([...one.ids, ...members])], end: close + 1, sides: [one.ids, members] } : one;
  }

  /** "After a week of deadly border clashes, Pakistan and Afghanistan agreed to a ceasefire": a quarrel or fighting in an opening adjunct, with no parties of its own, is between the two or more the main clause's subject names. */
  protected frontedPair(trigger: Trigger, c: number): { sources: string[]; targets: string[]; within: boolean } | null {
    const from = this.clauses[c]?.from ?? -1, comma = this.tokens.findIndex((t, k) => k >= trigger.to && t.text === ',');
    // (And the other way: "After increasing political tensions between Iran and the Taliban, a gun battle broke out at the border": fighting with no parties of its own, after an opening adjunct that names a pair "between" them, is theirs.)
    const opening = this.tokens.slice(0, trigger.from).findLastIndex((t) => t.text === ','), pair = trigger.stance === 'hostile' && opening > 0 && /^(?:after|following|amid|amidst)$/.test(this.tokens[0]?.lower ?? '') && !this.tokens.slice(0, opening).some((t) => t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower)) ? this.groups.find((g) => g.end <= opening && g.ids.length >= 2 && this.tokens[g.first - 1]?.lower === 'between' && !g.place) : undefined;
    if (pair && opening === from - 1) return { sources: pair.ids, targets: [], within: true };
    if (trigger.kind !== 'noun' || (trigger.stance !== 'hostile' && trigger.stance !== 'tense') || !/^(?:after|following|despite|amid|amidst)$/.test(this.tokens[from]?.lower ?? '') || comma < 0 || this.tokens.slice(from, comma).some((t) => t.pos === 'VERB' || t.text === ',')) return null;
    const subject = this.groups.find((g) => g.first === comma + 1 || (g.first === comma + 2 && this.tokens[comma + 1]?.lower === 'the') || (g.first === comma + 3 && this.tokens[comma + 2]?.lower === 'between' && /^(?:cooperation|relations|ties|trade|contacts)$/.test(this.tokens[comma + 1]?.lower ?? ''))); // (and the pair of the relations the main clause is about: "After a decade-long diplomatic rift ..., cooperation between Egypt and Turkey has deepened")
    return subject && subject.ids.length >= 2 && !subject.place && !subject.descriptor && ['VERB', 'AUX'].includes(this.tokens[subject.end]?.pos ?? '') ? { sources: subject.ids, targets: [], within: true } : null;
  }

  /**
   * "Tension has been running high between Afghanistan and Pakistan": the pair of a noun of relations that comes later in its
   * clause; or in the clause that tells when it began ("an armed conflict that began on 22 September 1980, between Iran and
   * Iraq"), past a date's commas; two sides when the pair has them ("on the one hand ... on the other").
   */
  protected pairBetweenLater(trigger: Trigger, clause: { from: number; to: number }): { sources: string[]; targets: string[]; within: boolean } | null {
    if (trigger.head > 0 && /^[A-Z]/.test(this.tokens[trigger.head]?.text ?? '') && this.tokens[pastWords(this.tokens, trigger.from - 1, ['DET', 'ADJ', 'PROPN'])]?.pos === 'ADP') return null; // (not a name after a preposition: "at the height of the Cold War ... relations between Cuba, the United States and the Soviet Union"; but "The Chaco War was fought between Bolivia and Paraguay")
    const began = /^(?:that|which)$/.test(this.tokens[trigger.to]?.lower ?? '') && /^(?:begin|start|break|erupt|last|rage)$/.test(this.tokens[trigger.to + 1]?.lemma ?? '') ? this.clauses[this.clauseIndexOf(trigger.to + 1)]!.to : clause.to;
    // (Not past another "between" or a comma: "disputes over the areas between them, and the rapprochement between Azerbaijan and Turkey";
    // a date's comma and one in brackets are no break: "The Chaco War (Spanish: Guerra del Chaco, Guarani: ...) was fought between".)
    const breaks = (upTo: number) => this.tokens.slice(trigger.to, upTo).some((t, x, all) => t.lower === 'between' || (t.text === ',' && !(began > clause.to && (all[x - 1]?.pos === 'NUM' || all[x + 1]?.pos === 'NUM')) && !inBrackets(all, x)));
    // (Or its bodies': "between the new Bolshevik government of Soviet Russia and the Central Powers".)
    const later = this.groups.find((g) => g.first > trigger.to && g.end <= Math.max(began, clause.to) && (g.ids.length >= 2 || this.onEitherHand(g).sides !== undefined) && (this.tokens[g.first - 1]?.lower === 'between' || (ledBy(this.tokens, g.first - 2) && this.prepositionBefore(g, trigger.to) === 'between') || / between (?:the )?(?:[\w-]+ ){0,2}(?:governments?|leaders|delegations|regimes) of $/.test(` ${this.tokens.slice(Math.max(0, g.first - 7), g.first).map((t) => t.lower).join(' ')} `)) && !breaks(this.tokens.findLastIndex((t, k) => k < g.first && t.lower === 'between')));
    const sides = later && this.onEitherHand(later).sides;
    if (sides) return { sources: sides[0], targets: sides[1], within: false };
    return later ? { sources: later.ids, targets: [], within: true } : null;
  }

  /** "Israel and Turkey held talks as the two adversaries conduct operations in Syria": a pair the article told, named again as rivals or foes, is at odds, tense. */
  protected rivalsNamed(trigger: Trigger): Pairing | null {
    const pair = this.groups.find((g) => g.anaphor && g.ids.length === 2 && g.first < trigger.head && trigger.head < g.end);
    return pair && trigger.stance === 'tense' && /^(?:adversaries|foes|enemies|antagonists)$/.test(this.tokens[trigger.head]?.lower ?? '') ? { sources: [...pair.ids], targets: [], within: true, subject: pair } : null;
  }

  /** "with Algeria as mediator", "Brazil acted as mediator", "with US mediation": a mediator named in its role, with no parties of its own, mediates the pair told before (or the clause's subject). */
  protected mediatorByRole(trigger: Trigger, before: readonly ActorGroup[], after: ActorGroup | null, subject: ActorGroup | null): { sources: string[]; targets: string[]; within: boolean } | null {
    const as = pastWords(this.tokens, trigger.from - 1, ['DET', 'ADJ']), pair = this.discourse.pair;
    // ("the three sides, with US mediation, met": a mediation its mediator's name describes, after "with" or "under", is of the clause's subject, or else of the pair told.)
    const named = (trigger.code ?? '').startsWith('045') && !after && before.length === 1 && /^(?:with|under)$/.test(this.tokens[before[0]!.first - 1]?.lower ?? '') ? before[0]! : null;
    const parties = named ? (subject && subject.ids.length >= 2 ? subject.ids : mediatedParties(this.groups, named, pair)) : null; // (the two others this sentence names, if two: "The deal between Serbia and Kosovo was reached under EU mediation"; none if more: "an appeal of the United States, ... to Serbia and Kosovo to resume dialogue under EU auspices")
    if (named && parties && !parties.some((id) => named.ids.includes(id))) return { sources: named.ids, targets: [...parties], within: false };
    if (!(trigger.code ?? '').startsWith('045') || after || this.tokens[as]?.lower !== 'as' || !pair) return null;
    const mediator = before[0] ?? this.groups.find((g) => g.end === as && !g.place) ?? subject;
    return mediator && !mediator.ids.some((id) => pair.includes(id)) ? { sources: mediator.ids, targets: [...pair], within: false } : null;
  }

  /** "one of the four island outposts seized by Russia from Japan", "were seized by Chile from Peru": what an agent takes from a state is taken from that state, whatever the clause's subject. */
  protected takenFrom(trigger: Trigger, by: ActorGroup, to: number): Pairing | null {
    if (!/^(?:seize|take|capture|annex|wrest|grab)$/.test(this.tokens[trigger.head]?.lemma ?? '')) return null;
    const from = this.groups.find((g) => g.first > by.end && g.first < to && this.prepositionBefore(g, by.end) === 'from' && !g.ids.some((id) => by.ids.includes(id)));
    return from ? { sources: by.ids, targets: from.ids, within: false, subject: from } : null;
  }

  /** "the United States launched the invasion", after "the Invasion of Grenada": the state a definite act of force was told on before, when not among its agents. */
  protected toldActTarget(trigger: Trigger, sources: readonly string[]): string[] | null {
    if (trigger.mutual || trigger.stance !== 'hostile' || !/^(?:the|this|that)$/.test(this.tokens[trigger.from - 1]?.lower ?? '')) return null;
    const told = this.discourse.actTargets?.get(this.tokens[trigger.head]?.lower ?? '');
    return told && !told.some((id) => sources.includes(id)) ? told : null;
  }
}

/** Whether the token at x stands inside brackets opened before it. */
const inBrackets = (tokens: readonly Token[], x: number) => tokens.slice(0, x).filter((b) => b.text === '(').length > tokens.slice(0, x).filter((b) => b.text === ')').length;
