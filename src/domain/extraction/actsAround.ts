// Pairing, second layer: the actors around an act. For a verb, its target (the actor in its object
// or in a with/on/against/to/from phrase). (For a noun, the actors that attach to it: nounParties.ts;
// where a noun stands in its clause: nounInClause.ts.)
import { type ActorGroup, APPOSED_NOUN, DESCRIPTOR_NOUN } from './actorGroups';
import { ALLEGING } from './certainty';
import { type Clause } from './clauses';
import { againstFollows, pastWords, type Token } from './tokens';
import type { Trigger } from './triggers';
import { attackOrWar, DISAPPROVING, EXAMPLE_WORD, nameAsideAt, FORCE_NOUN, GOODS_NOUN, HOSTILE_ACT, isForum, JUDGING_VERBS, MISSION_NOUN, OWNING, QUANTITY_OF, ROUTE_NOUN, GOODS_PARTICIPLE, messagedTo, linkedTo, recognisedAs, VERB_TARGET_PREP } from './pairingWords';
import { caseTopicAt, movedPeopleTo } from './peopleNamed';
import { type Pairing, SentenceActors } from './sentenceActors';
import { ENVOY_NOUN, highCommissionerAt, TIE_WORD } from './triggerWords';

export const TOGETHER = /^(?:consultations?|coordination|concert|solidarity)$/; // (nouns of acting together: "in coordination with Azerbaijan")
/** What a state decides, whose doer is named after it: "condemned the decision by the Solomon Islands". */
const DECISION = /^(?:decision|move|step|choice|intention|intent|attempt|bid|plan|refusal|insistence)$/;
/** A mission at `i`: "its embassy", or what a mission does or holds ("its embassy operations", "consulate staff"). */
const missionAt = (tokens: readonly Token[], i: number) => MISSION_NOUN.test(tokens[i]?.lower ?? '') || highCommissionerAt(tokens, i) || (tokens[i]?.lower === 'presence' && tokens[i - 1]?.lower === 'diplomatic') || (/^(?:operations|activities|work|staff|personnel|premises|buildings?|compound)$/.test(tokens[i]?.lower ?? '') && MISSION_NOUN.test(tokens[i - 1]?.lower ?? ''));
/** A comma inside a list of things that ends with "and" or "or" ("banned flour, rice, and bananas from"): no end of an object. */
function inNounList(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma - 1]?.pos !== 'NOUN') return false;
  for (let j = comma + 1; j < comma + 12; j++) {
    const t = tokens[j];
    if (!t) return false;
    if (/^(?:and|or)$/.test(t.lower) && j > comma) return tokens[j + 1]?.pos === 'NOUN' || (tokens[j + 1]?.pos === 'ADJ' && tokens[j + 2]?.pos === 'NOUN');
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.text !== ',') return false;
  }
  return false;
}
/** Nouns of standing with another: "in solidarity with", "in coordination with". */
const TOGETHER_NOUN = /^(?:solidarity|coordination|cooperation|co-operation|consultation|partnership|alliance|concert)$/;
const ATTACK_HITS = /^(?:positions?|troops|forces|soldiers|territory|border|borders|airspace|bases?|posts?|embassy|ships?|vessels?|villages?|towns?|cities|facilities|convoys?|planes?|aircraft|drones?)$/;

export class ActsAround extends SentenceActors {
  /**
   * "Burhan arrived in Egypt, his first trip since war broke out with the RSF": a war begun with another,
   * in a clause of time with no party of its own, is the main subject's. The pair, or null.
   */
  protected warBegunWith(trigger: Trigger, c: number): { sources: string[]; targets: string[]; within: false } | null {
    const opener = this.tokens[this.tokens.slice(0, trigger.from).findLastIndex((t) => t.pos !== 'ADJ' && t.pos !== 'DET')]?.lower ?? '';
    if (trigger.stance !== 'hostile' || c === 0 || !/^(?:since|after|when|before|until)$/.test(opener) || !/^(?:broke|erupted|began|started|flared)$/.test(this.tokens[trigger.to]?.lower ?? '')) return null;
    const other = this.groups.find((g) => g.first > trigger.to && g.first <= trigger.to + 5 && this.tokens.slice(trigger.to, g.first).some((t) => t.lower === 'with'));
    const main = other ? this.subjectOf(0, this.clauses[0]!.to) : null;
    return other && main && !main.ids.some((id) => other.ids.includes(id)) ? { sources: main.ids, targets: other.ids, within: false } : null;
  }

  /** "after their ambassadors criticised his plan": "his" in a later clause is the sentence's first subject. */
  protected hisOwner(trigger: Trigger, clause: Clause, subject: ActorGroup | null): ActorGroup | null {
    if (!/^(?:his|her)$/.test(this.tokens[trigger.to]?.lower ?? '') || this.clauses.indexOf(clause) <= 0) return null;
    const first = this.subjectOf(0, this.clauses[0]!.to);
    return first && !first.ids.some((id) => subject?.ids.includes(id)) ? first : null;
  }

  /** "China's military activities near Japan, including joint exercises with Russia": an example is the owner's of what it exemplifies. */
  protected includedIn(trigger: Trigger): ActorGroup | undefined {
    if (!/^(?:including|notably)$/.test(this.tokens[trigger.from - 1]?.lower ?? '') || this.tokens[trigger.from - 2]?.text !== ',') return undefined;
    const comma = trigger.from - 2;
    const describing = (t: Token, j: number) => t.pos === 'VERB' && /ing$/.test(t.lower) && ['NOUN', 'ADJ'].includes(this.tokens[j + 1]?.pos ?? '');
    return [...this.groups].reverse().find((g) => g.possessive && g.end < comma && comma - g.end <= 8 && this.tokens.slice(g.end, comma).every((t, j) => (t.pos !== 'VERB' || describing(t, g.end + j)) && t.pos !== 'AUX'));
  }

  /** "accused Egypt of trying to destabilise the region by sending weapons": the means is the accused's too. */
  protected accusedOfMeans(trigger: Trigger, clause: Clause): ActorGroup | undefined {
    // (And the purpose of that act: "accused Morocco of financing terrorist organisations to harm Algeria", past the gerund's object.)
    const purpose = this.tokens[trigger.from - 1]?.lower === 'to' && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(this.tokens[trigger.from - 2]?.pos ?? '');
    if (this.tokens[trigger.head - 1]?.lower !== 'by' && !purpose) return undefined;
    const of = this.tokens.findLastIndex((t, j) => j >= clause.from && j < trigger.head - 1 && t.lower === 'of' && /ing$/.test(this.tokens[j + 1]?.lower ?? ''));
    if (purpose && (of < 0 || trigger.from - of > 8 || this.tokens.slice(of + 2, trigger.from - 1).some((t) => !['DET', 'ADJ', 'NOUN', 'NUM'].includes(t.pos)))) return undefined;
    return of > 0 ? this.groups.findLast((g) => g.end <= of && of - g.end <= 2 && !g.place) : undefined;
  }

  /** "Despite pressure from Washington, India has continued": in an opening adjunct, the subject after its comma. */
  protected frontedSubject(trigger: Trigger, c: number): ActorGroup | null {
    const clause = this.clauses[c] as Clause, from = clause.from + (this.tokens[clause.from]?.text === ',' ? 1 : this.tokens[clause.from]?.pos === 'ADV' && this.tokens[clause.from + 1]?.text === ',' ? 2 : 0); // (past a comma or an opening adverb's: "said that, with Greece's support, Cyprus", "Meanwhile, with")
    return this.tokens[from]?.pos === 'ADP' && this.tokens.slice(from, trigger.from).every((t) => t.text !== ',') ? this.subjectOf(c, clause.to) : null;
  }

  /** "In solidarity with Estonia, Latvia will ...": a noun of acting together in an opening adjunct is the subject's after its comma. */
  protected openingOwner(trigger: Trigger, after: ActorGroup | null): ActorGroup | null {
    if (!after || this.tokens[trigger.from - 1]?.lower !== 'in' || this.tokens[after.end]?.text !== ',' || !TOGETHER_NOUN.test(this.tokens[trigger.head]?.lower ?? '')) return null;
    if (this.tokens.slice(0, trigger.from).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || /^(?:said|that)$/.test(t.lower))) return null;
    const next = this.groups.find((g) => g.first > after.end && g.first <= after.end + 2 && !g.place && !g.descriptor);
    return next && ['VERB', 'AUX'].includes(this.tokens[next.end]?.pos ?? '') ? next : null;
  }

  /** "the intrusion of eight Togolese soldiers into Ghana": a hostile noun whose forces are named after "of" is their state's act on where they went. */
  protected forcesOf(trigger: Trigger, after: ActorGroup | null): ActorGroup | undefined {
    if (!after || trigger.kind !== 'noun' || trigger.stance !== 'hostile' || this.tokens[trigger.head + 1]?.lower !== 'of') return undefined;
    const state = this.groups.find((g) => g.first > trigger.head + 1 && g.end < after.first && !g.place && this.tokens.slice(trigger.head + 2, g.first).every((t) => ['NUM', 'DET', 'ADJ'].includes(t.pos)));
    return state && FORCE_NOUN.test(this.tokens[after.first - 2]?.lower ?? '') && after.first - 2 === state.end ? state : undefined;
  }

  /** "The two ministers exchanged protests over clashes in the border area": what two quarrel over, with no party of its own, is between them. */
  protected quarrelledOver(trigger: Trigger, subject: ActorGroup | null): ActorGroup | undefined {
    if (!subject || subject.ids.length !== 2 || !trigger.mutual || trigger.kind !== 'noun') return undefined;
    const k = pastWords(this.tokens, trigger.from - 1, ['DET', 'ADJ']);
    if (!/^(?:over|about)$/.test(this.tokens[k]?.lower ?? '')) return undefined;
    const verb = this.tokens.slice(subject.end, k).findLast((t) => t.pos === 'VERB');
    return verb && /^(?:exchange|trade|quarrel|argue|spar|feud|bicker|wrangle|squabble|disagree)$/.test(verb.lemma) ? subject : undefined;
  }

  /** "the Kyrgyz forces subjected Tajik villages near the border to intensive shelling": force one state subjects another's places or people to is its act on that state. */
  protected subjectedTo(trigger: Trigger, c: number): Pairing | null {
    const to = pastWords(this.tokens, trigger.from - 1, ['DET', 'ADJ']), clause = this.clauses[c] as Clause;
    if (trigger.stance !== 'hostile' || this.tokens[to]?.lower !== 'to') return null;
    const verb = this.tokens.findLastIndex((t, k) => k >= clause.from && k < to && t.pos === 'VERB');
    if (this.tokens[verb]?.lemma !== 'subject' && !/^subject(?:ed|s|ing)$/.test(this.tokens[verb]?.lower ?? '')) return null;
    const doer = this.subjectOf(c, verb), victim = this.groups.find((g) => g.first > verb && g.end <= to && !g.place);
    return doer && victim && !victim.ids.some((id) => doer.ids.includes(id)) ? { sources: doer.ids, targets: victim.ids, within: false, subject: doer } : null;
  }

  /** The target of a verb at `head` in its clause: the first actor in its object or in a target phrase. */
  protected verbTarget(trigger: Trigger, clause: Clause, subject: ActorGroup | null): ActorGroup | null {
    const open = this.tokens.findIndex((t, j) => j > trigger.head && j < trigger.head + 14 && t.text === '('), close = open > 0 ? this.tokens.findIndex((t, j) => j > open && t.text === ')') : -1; // (an aside in brackets does not count: "demanded 6.2 trillion zlotys ($1.3 trillion) in reparations from Germany")
    const inside = this.tokens.findLastIndex((t, j) => j < trigger.head && t.text === '(') > this.tokens.findLastIndex((t, j) => j < trigger.head && t.text === ')') ? this.tokens.findIndex((t, j) => j > trigger.head && t.text === ')') : -1; // (nor does a verb inside brackets reach past them: "China (who oppose military intervention against a sovereign country) and Germany")
    const limit = Math.min(clause.to, inside > 0 ? inside : Infinity, Math.max(trigger.head + 14, trigger.to + 8) + (close > open ? close - open + 1 : 0)); // (counted past a long idiom's own words too)
    // ("strengthening its relationship with allies in Asia with a view to countering China": ties with others named by a plural noun are with them, not with a state later, unless it is one of them: "allies such as Japan".)
    const withOthers = (trigger.stance === 'cooperative' || trigger.stance === 'warming') && this.tokens[trigger.to]?.lower === 'with' && /^(?:allies|partners|countries|nations|states|neighbou?rs|friends|governments)$/.test(this.tokens.slice(trigger.to + 1, trigger.to + 5).find((t) => t.pos === 'NOUN')?.lower ?? '');
    if (withOthers && !this.tokens.slice(trigger.to + 1, limit).some((t, j, all) => /^(?:such|including|like|namely)$/.test(t.lower) && !all.slice(0, j).some((x) => /^(?:with|to)$/.test(x.lower)))) return null;
    // A visit's place is its target: "arrived in Nairobi"; so is the state an attack strikes in. ("Argentina has always claimed the Falkland Islands", "Spain renewed its claim to Gibraltar": a claim on a place is a dispute with the state it is a place of.)
    const visit = trigger.code?.startsWith('042') || trigger.code?.startsWith('043'), strike = trigger.stance === 'hostile' || (trigger.intent && ((trigger.code ?? '').startsWith('138') || /^(?:seize|capture|occupy|conquer|grab)$/.test(this.tokens[trigger.head]?.lemma ?? ''))); // (and a threat of force: "threatened to intervene militarily in Niger", "threatened to seize Crimea")
    const claimed = /^(?:claim|annex|covet)$/.test(this.tokens[trigger.head]?.lemma ?? '') || /^claims?$/.test(this.tokens[trigger.head]?.lower ?? '');
    for (let k = trigger.head + 1; k < limit; k++) {
      const t = this.tokens[k] as Token; if ((strike && /^(?:during|amid|amidst)$/.test(t.lower) && k > trigger.to) || (k > trigger.to && t.lower === 'by' && /^(?:VERB|NOUN)$/.test(this.tokens[k + 1]?.pos ?? '') && /^[a-z]{3,}ing$/.test(this.tokens[k + 1]?.lower ?? '')) || (k > trigger.to && t.lower === 'including' && /^(?:agree|decide|approve)$/.test(this.tokens[trigger.head]?.lemma ?? '') && /^[a-z]{3,}ing$/.test(this.tokens[k + 1]?.lower ?? ''))) break; // ("agreed measures including cutting funds to Turkey": what is agreed on is no party to the agreement; ("had downed drones over its territory during a large Russian air attack on Ukraine": the time told after it names no target; nor the means told after "by": "granted him a pardon by responding to France's request")
      const group = this.groupAt(k);
      // ("reopening Riyadh's embassy in Tehran": the subject's own mission is no target; the state it is in is. Nor, for force, the land a participle of the object's moves into: "shot down drones entering Polish airspace".)
      if ((strike && group?.demonym && /^(?:airspace|territory|waters|soil)$/.test(this.tokens[group.end]?.lower ?? '') && k - 1 > trigger.head && /^(?:entering|crossing|violating|breaching|penetrating|approaching|flying|heading|straying)$/.test(this.tokens[k - 1]?.lower ?? '')) || (group?.possessive && subject && group.ids.every((id) => subject.ids.includes(id)) && /^(?:embass(?:y|ies)|consulates?|missions?|offices?)$/.test(this.tokens[group.end]?.lower ?? '') && this.groups.some((g) => this.tokens[g.first - 1]?.lower === 'in' && g.first > group.end && g.first <= group.end + 3))) continue;
      if (group) { if (k > trigger.to && this.tokens[group.first - 1]?.lower === 'and' && this.tokens[group.end]?.pos === 'AUX') return null; // ("respects the Vienna Convention and Pakistan must do the same": a name that opens a clause of its own after "and" is no object)
        // ("held an emergency meeting on fallout from North Korea's artillery attack": a meeting's topic names no one met.)
        if (trigger.code?.startsWith('04') && !visit && /^(?:from|about|regarding|concerning)$/.test(this.prepositionBefore(group, trigger.head + 1) ?? '') && this.tokens.slice(trigger.head + 1, group.first).some((t) => /^(?:on|about|over|regarding)$/.test(t.lower))) return null;
        // "open an office in Jerusalem": the state a mission is in, even named by its capital.
        const inMission = group.place && this.tokens[group.first - 1]?.lower === 'in' && missionAt(this.tokens, group.first - 2) && !/^(?:via|through)$/.test(this.tokens[pastWords(this.tokens, group.first - 3, ['DET', 'PRON', 'ADJ'])]?.lower ?? '');
        // ("objects to the deployment in South Korea": what is opposed is the host's doing too.)
        const hosting = /^(?:object|oppose|condemn|denounce|criticise|criticize|protest|reject)$/.test(this.tokens[trigger.head]?.lemma ?? '') && this.prepositionBefore(group, trigger.head + 1) === 'in' && /^(?:deployment|deployments|stationing|installation|basing|presence)$/.test(this.tokens[this.tokens.findLastIndex((t, j) => j < group.first && t.lower === 'in') - 1]?.lower ?? '');
        // "signed a Russian-brokered ceasefire": Russia describes the ceasefire. ("seized an Israeli-linked ship": what is linked to, owned by or flagged in a state is the state's.)
        const compound = this.tokens[group.end]?.text === '-' && /ed$/.test(this.tokens[group.end + 1]?.lower ?? '') && !/^(?:linked|owned|flagged|operated|registered|bound|made|built)$/.test(this.tokens[group.end + 1]?.lower ?? '');
        // "condemned the attack on Britain's embassy": the victim of the act judged is not the target;
        // its agent is ("the attack by Russian forces").
        if (JUDGING_VERBS.has(this.tokens[trigger.head]?.lemma ?? '')) {
          const act = this.tokens.slice(trigger.head + 1, group.first).findLast((t, j, all) => HOSTILE_ACT.test(t.lower) || (t.lower === 'use' && all[j + 1]?.lower === 'of' && all.slice(j + 2).some((x) => /^(?:weapons?|force|agents?|gas)$/.test(x.lower)))); // (and the use of weapons or force: "condemned the use of chemical weapons on the territory of the United Kingdom")
          const before = this.prepositionBefore(group, trigger.head + 1);
          const deal = this.tokens.slice(trigger.head + 1, group.first).some((t) => /^(?:treaty|deal|pact|agreement|accord)$/.test(t.lower)); // (and a deal's: "criticised the treaty signed by Russia and China")
          const decided = DECISION.test(this.tokens[group.first - 2]?.lower ?? '') || (DECISION.test(this.tokens[group.first - 3]?.lower ?? '') && this.tokens[group.first - 1]?.lower === 'the'); // (and a decision's: "condemned the decision by the Solomon Islands")
          const approved = before === 'by' && /^(?:welcome|praise|applaud|hail|commend|salute|condemn|denounce|deplore|decry)$/.test(this.tokens[trigger.head]?.lemma ?? ''); // (and any act an approval or a condemnation names with its agent: "welcomed the recognition of Palestine as a state by Ireland, Spain and Norway", "condemned this intervention by the Mauritanian coastguard")
          if ((act || deal || decided || approved) && (before === 'by' || (decided && before === 'of'))) return this.withCoordinated((group.possessive && DESCRIPTOR_NOUN.test(this.tokens[group.end]?.lower ?? '') ? this.groups.find((g) => g.first > group.end && g.first <= group.end + 2) : undefined) ?? group); // (past whose allies they are: "denounce the move by Syria's allies Russia and China")
          if (act && before !== null) {
            k = group.end - 1;
            continue;
          }
        }
        // ("voiced support for the invasion of Ukraine", "backs the talks between Serbia and Kosovo": support for an attack on a state, or for others' act between them, is none for them, nor for a motion judging it, "backed a resolution condemning Israel"; "to discuss ties with Somalia" is no talk with Somalia; but "war-torn Syria" is Syria described.)
        if ((trigger.stance === 'cooperative' || trigger.stance === 'warming') && this.tokens.slice(trigger.to, group.first).some((t, k) => (attackOrWar(t.lower) && !(this.tokens[trigger.to + k + 1]?.text === '-' && this.tokens[trigger.to + k + 2]?.pos === 'ADJ')) || (t.pos === 'VERB' && /ing$/.test(t.lower) && (DISAPPROVING.has(t.lemma) || ALLEGING.has(t.lemma)) && this.tokens[trigger.to + k - 1]?.pos === 'NOUN') || (k > 0 && t.lower === 'between' && this.tokens.slice(trigger.from, group.first).some((x) => /^(?:support|back|endorse|backing|endorsement)$/.test(x.lemma))) || (TIE_WORD.test(t.lower) && this.tokens[trigger.to + k + 1]?.lower === 'with' && trigger.to + k + 2 === group.first && !group.possessive && /^(?:discuss|review|assess|examine|evaluate|debate)$/.test(this.tokens[trigger.head]?.lemma ?? '')))) return null;
        // "to fight rebels with Kinshasa's consent": who consents is not who is fought.
        const consent = group.possessive && this.tokens[group.first - 1]?.lower === 'with' && /^(?:consent|support|help|backing|approval|blessing|permission|cooperation|assistance|agreement)$/.test(this.tokens[group.end]?.lower ?? '');
        // ("Safadi recalled Jordan's ambassador to Israel", "the Jordanian ambassador": the subject's own envoy is no target; the state after "to" is.)
        const ownEnvoy = subject !== null && subject.ids.length === 1 && !group.anaphor && group.ids.every((id) => subject.ids.includes(id)) && (group.possessive || group.demonym) && /^(?:recall|withdraw)$/.test(this.tokens[trigger.head]?.lemma ?? '') && ENVOY_NOUN.test(this.tokens[group.end]?.lower ?? '');
        // ("send the Ecuadorian military hardware to Ukraine": a demonym that describes what is sent is where it comes from; the state after "to" receives it.)
        const origin = group.demonym && ['NOUN', 'ADJ'].includes(this.tokens[group.end]?.pos ?? '') && /^(?:send|ship|deliver|transfer|supply|provide|give|hand)$/.test(this.tokens[trigger.head]?.lemma ?? '') && this.groups.some((g) => g.first > group.end && g.first < limit && this.tokens[g.first - 1]?.lower === 'to');
        // ("banana imports from Dar es Salaam": goods from a port or market come from its state.)
        const goodsFrom = group.place && this.tokens[group.first - 1]?.lower === 'from' && GOODS_NOUN.test(this.tokens[group.first - 2]?.lower ?? '');
        // ("will subscribe a letter of protest along with other neighboring nations [Jamaica, Costa Rica, and Panama]": those it acts together with are no target of its act.)
        // ("awarded a license to a British firm": a state's firm is no partner of the state's in what is granted it.)
        const firm = group.demonym && trigger.stance === 'cooperative' && /^(?:firms?|compan(?:y|ies)|corporations?|conglomerates?|contractors?|operators?|investors?)$/.test(this.tokens[group.end]?.lower ?? '');
        const withAt = pastWords(this.tokens, group.first - 1, ['DET', 'ADJ', 'NOUN', 'PUNCT']);
        const alongWith = this.tokens[withAt]?.lower === 'with' && /^(?:along|together)$/.test(this.tokens[withAt - 1]?.lower ?? '');
        // ("with Rabat backing Tehran's arch-rival, Saudi Arabia", "armed Russia's ally Belarus": whose ally or rival it is is no target; the one named after is.)
        const roleAt = this.tokens.findIndex((x, j) => j >= group.end && (DESCRIPTOR_NOUN.test(x.lower) || !(x.pos === 'ADJ' || x.text === '-' || x.lower === 'arch')));
        const whoseRole = group.possessive && roleAt <= group.end + 3 && DESCRIPTOR_NOUN.test(this.tokens[roleAt]?.lower ?? '');
        // ("Washington broke formal U.S. ties with Taiwan": the subject named again as what describes its own object is no target.)
        const ownModifier = subject !== null && !group.anaphor && !group.possessive && group.ids.every((id) => subject.ids.includes(id)) && this.tokens[group.end]?.pos === 'NOUN' && this.groups.some((g) => g.first > group.end && g.first < limit && !g.ids.every((id) => subject.ids.includes(id)));
        // ("Trump discussed China with Modi", "Trump and Modi discussed the situation along the India-China border": what is talked over is the topic; the partner is after "with", or beside the subject.)
        // ("forced the landing of a Ryanair flight between Greece and Lithuania": the states of a route are no one acted on; nor the one a state broke away from: "attend celebrations of the anniversary of independence from Britain".)
        const via = this.tokens.findLastIndex((t, j) => j > trigger.head && j < group.first && /^(?:between|from)$/.test(t.lower));
        const routeOrSeceded = via > 0 && (ROUTE_NOUN.test(this.tokens[via - 1]?.lower ?? '') || (this.tokens[via]?.lower === 'from' && /^(?:independence|secession|separation)$/.test(this.tokens[via - 1]?.lower ?? '') && this.tokens.slice(trigger.to, via - 1).some((t) => t.lower === 'of'))) && this.tokens.slice(via + 1, group.first).every((t) => ['PROPN', 'DET', 'CCONJ'].includes(t.pos) || /^(?:to|,)$/.test(t.lower));
        const topic = /^(?:discuss|debate)$/.test(this.tokens[trigger.head]?.lemma ?? '') && this.tokens[group.first - 1]?.lower !== 'with' && ((subject?.ids.length ?? 0) >= 2 || this.groups.some((g) => g.first > group.end && g.first < limit && this.tokens[g.first - 1]?.lower === 'with') || (this.tokens[trigger.head - 1]?.lower === 'to' && this.tokens.slice(Math.max(0, trigger.head - 12), trigger.head).some((t) => /^(?:meet|talk|call|gather|convene|host|visit)$/.test(t.lemma)))); // (or what a meeting is held to discuss: "met his Cuban counterpart in Moscow to discuss Ukraine")
        const linking = this.tokens.slice(trigger.to, group.first).some((t, j, all) => /^(?:linking|connecting|joining|separating|dividing)$/.test(t.lower) && all[j - 1]?.pos === 'NOUN') || ((trigger.stance === 'cooperative' || trigger.stance === 'warming') && this.tokens[group.first - 1]?.lower === 'with' && /^(?:borders?|frontiers?|boundary)$/.test(this.tokens[group.first - 2]?.lower ?? '') && group.first - 2 >= trigger.to); // ("established a corridor linking the coast with Nicosia", "expand its presence along the border with Bhutan": what a way links, or a border's other side, is no partner; nor is the subject's own possessive, "Castro severed Cuba's relations with")
        const troubleIn = group.demonym && group.ids.length === 1 && /^(?:resolve|settle|solve|end|overcome|defuse|ease)$/.test(this.tokens[trigger.head]?.lemma ?? '') && /^(?:crisis|conflict|war|civil|unrest|turmoil)$/.test(this.tokens[group.end]?.lower ?? ''); // ("efforts to resolve the Syrian crisis": a crisis told by one state's demonym is where it is, no side of it)
        if (group === subject || linking || troubleIn || (group.anaphor && subject !== null && group.end <= trigger.to && group.ids.every((id) => subject.ids.includes(id))) || (group.possessive && subject !== null && group.ids.every((id) => subject.ids.includes(id)) && /^(?:relations|ties|relationship|links|contacts|border|borders|frontier)$/.test(this.tokens.slice(group.end, group.end + 5).find((t) => !['ADJ', 'ADV', 'PUNCT'].includes(t.pos))?.lower ?? '')) || (group.place && !visit && !strike && !claimed && !inMission && !hosting && !goodsFrom) || group.descriptor || compound || consent || ownEnvoy || isForum(this.tokens, group) || origin || alongWith || firm || whoseRole || ownModifier || topic || routeOrSeceded || movedPeopleTo(this.tokens, trigger.head, group.first)) {
          k = group.end - 1;
          continue;
        }
        // ("expelled the ambassadors of seven countries, including Argentina and Chile": examples of the object are its actors.)
        if ((EXAMPLE_WORD.test(this.tokens[group.first - 1]?.lower ?? '') && this.tokens[group.first - 2]?.text === ',' && group.first - 2 >= trigger.to) || (this.tokens[group.first - 1]?.lower === 'as' && this.tokens[group.first - 2]?.lower === 'such' && group.first - 2 > trigger.to && /s$/.test(this.tokens[group.first - 3]?.lower ?? ''))) return this.withCoordinated(group); // (and "ties with nearby countries such as Taiwan, Japan, and Australia")
        // A particle is the verb's ("shot down an American drone"), not a preposition.
        const particle = /^(?:down|up|off|out|back)$/.test(this.tokens[trigger.head + 1]?.lower ?? '') ? 1 : 0;
        let prep = this.prepositionBefore(group, trigger.head + 1 + particle);
        // ("Spain and the United Kingdom reached an agreement on Gibraltar": what a deal is on is no party to it.)
        const compoundEnd = this.tokens[group.end]?.text === '-' ? this.groupAt(group.end + 1)?.end : group.end; if (/^(?:on|about|over|regarding|concerning)$/.test(prep ?? '') && ((trigger.mutual && this.tokens.slice(trigger.from, trigger.to).some((t) => /^(?:agreements?|deals?|accords?|understanding|pacts?|consensus|treaty)$/.test(t.lower))) || ((this.tokens[group.end]?.text === '-' || this.tokens[group.first - 1]?.text === '-') && TIE_WORD.test(this.tokens[compoundEnd ?? -1]?.lower ?? '')))) { // (nor are the two of relations a text is about: "warned against his remarks about South Korea-U.S. relations")
          k = (compoundEnd ?? group.end) - 1;
          continue;
        }
        // "banned hundreds of Chinese apps": "of" after a quantity is no preposition of the verb's.
        if (prep === 'of' && QUANTITY_OF.test(this.tokens[this.tokens.findLastIndex((t, j) => j < group.first && t.lower === 'of') - 1]?.lower ?? '')) prep = null;
        // "warned of X", "complained about X": right after the verb, of and about name its target.
        const right = (prep === 'of' || prep === 'about') && this.tokens[trigger.to]?.lower === prep;
        // "closed its embassy in Libya", "ambassador in Cairo": the state a mission is in (not one a message only goes through: "lodged a protest via its embassy in Beijing"). ("sanctions on more than 500 targets in Russia": those sanctioned in a state stand for it.)
        const inAt = prep === 'in' ? this.tokens.findLastIndex((t, j) => j < group.first && t.lower === 'in') : -1;
        const inNoun = this.tokens[inAt - 1]?.lower ?? '';
        // (And those who govern there: "made threats against the authorities in Dushanbe", "criticised officials in Baghdad".)
        const mission = (inAt > 0 && missionAt(this.tokens, inAt - 1) && !/^(?:via|through)$/.test(this.tokens[pastWords(this.tokens, inAt - 2, ['DET', 'PRON', 'ADJ'])]?.lower ?? '')) || /^(?:targets|entities|companies|firms|individuals|banks|businesses|exporters|officials|authorities|government|leaders|leadership|regime|administration|rulers|junta)$/.test(inNoun);
        const own = prep !== null && (trigger.preps?.includes(prep) ?? false);
        // "banned imports of Turkish tomatoes": trade in a state's goods.
        const ofAt = prep === 'of' ? this.tokens.findLastIndex((t, j) => j < group.first && t.lower === 'of') - 1 : -1;
        const ofNoun = ofAt >= 0 ? (this.tokens[ofAt]?.lower ?? '') : '';
        const trade = /^(?:imports?|exports?|goods|products|shipments?|sales|purchases|flows?|transit|suppl(?:y|ies)|deliver(?:y|ies))$/.test(ofNoun); // (and what flows of it: "will block the flow of Russian gas")
        // "ordered the diplomatic staff of Argentina to leave", "expelled the ambassador of Mexico": the envoy's state. ("met leaders of both countries", "talks with officials of Qatar": those who act for a state are it.)
        const envoyOf = MISSION_NOUN.test(ofNoun) || /^(?:staff|members?|personnel|employees?|diplomats?|ambassadors?|envoys?|consuls?|attachés?|leaders?|officials?|representatives?|delegations?|governments?|heads|presidents?|ministers?|authorities)$/.test(ofNoun) || (trigger.stance === 'hostile' && /^(?:targets|positions|sites|bases|infrastructure|facilities|depots|fighters|members|commanders|outposts|launchers|aircraft|jets|planes|warplanes|drones|ships|vessels|helicopters|soldiers|troops|forces|convoys?|parts|areas|regions|swathes|swaths|territory|territories|lands?|villages|towns|cities)$/.test(ofNoun)); // (and what a strike hits of a party: "struck targets of the Hezbollah group")
        // ("rejected the objections of Prague", "met the demands of Kyiv", "ignored warnings by the United States", "rejected calls from Greece": what is answered is the asker's, right after the verb; "block the participation of Ukrainian leader Petro Poroshenko": so is a part taken; past what describes it: 'denounced the "dangerous" remarks of the Russian ambassador to Bosnia', the speaker's.)
        const answered = [ofAt, prep === 'from' || prep === 'by' ? this.tokens.findLastIndex((t, j) => j < group.first && t.lower === prep) - 1 : -1].some((x) => x >= 0 && (x <= trigger.to + 1 || this.tokens.slice(trigger.to, x).every((t) => ['DET', 'ADJ', 'ADV'].includes(t.pos) || /^["“”]$/.test(t.text))) && /^(?:objections?|demands?|requests?|proposals?|claims?|concerns?|accusations?|allegations?|conditions?|complaints?|offers?|protests?|criticism|warnings?|calls|appeals?|participation|attendance|presence|accession|entry|membership|admission|candidacy|remarks|comments|statements?|words|threats?)$/.test(this.tokens[x]?.lower ?? ''));
        // "annexing the Essequibo region claimed by Guyana": what is acted on is the owner's.
        const owner = prep === 'by' && OWNING.test(this.tokens[group.first - 2]?.lower ?? '') && group.first - 2 >= trigger.to;
        // ("backed opposing sides in conflicts from Yemen to Syria": "from X to Y" spans places, it names no party.)
        const span = prep === 'from' && this.tokens[group.end]?.lower === 'to' ? this.groupAt(group.end + 1) : undefined;
        // ("sent arms from Belarus to Serbia": what is sent goes to the second.)
        const sending = /^(?:send|deport|export|ship|deliver|supply|transfer|fly|extradite|hand)$/.test(this.tokens[trigger.head]?.lemma ?? '');
        if (span && sending) return this.withCoordinated(span);
        // ("sent migrants from Syria into Finland": where they come from is no target when the words' own preposition brings one after; nor where a strike falls before "against": "an air strike in Mali against jihadist fighters".)
        if ((prep === 'from' && !span && trigger.preps && !trigger.preps.includes('from') && this.groups.some((g) => g.first > group.end && g.first < limit && trigger.preps!.includes(this.tokens[g.first - 1]?.lower ?? ''))) || (prep === 'in' && trigger.stance === 'hostile' && (againstFollows(this.tokens, group.end) || this.tokens.slice(trigger.to, group.first).some((t) => /^(?:rebels|militants|insurgents|jihadists|terrorists|fighters|gunmen|separatists|extremists|militias)$/.test(t.lower))))) { // (nor where rebels are fought: "bombed rebels in Yemen")
          k = group.end - 1;
          continue;
        }
        if (span && !/^(?:switch|shift|move|travel)$/.test(this.tokens[trigger.head]?.lemma ?? '')) {
          k = span.end - 1;
          continue;
        }
        // ("Lakshadweep, an Indian island not far from the Maldives", "just north of the Maldives": a state that only says where is no target.)
        const at = this.tokens[group.first - 1]?.pos === 'DET' ? group.first - 2 : group.first - 1;
        if ((this.tokens[at]?.lower === 'from' && this.tokens[at - 1]?.lower === 'far') || (this.tokens[at]?.lower === 'of' && /^(?:north|south|east|west|northeast|northwest|southeast|southwest)$/.test(this.tokens[at - 1]?.lower ?? '')) || (group.possessive && ((j) => { while (this.tokens[j]?.pos === 'ADJ' || this.tokens[j]?.text === '-' || /^(?:breakaway|separatist|rebel|autonomous|disputed|occupied)$/.test(this.tokens[j]?.lower ?? '')) j++; return /^(?:region|province|territory|enclave|exclave)$/.test(this.tokens[j]?.lower ?? '') && this.tokens[j + 1]?.lower === 'of' && !!this.groupAt(j + 2); })(group.end))) continue; // (nor the owner of a region named after it: "recognise Somalia's breakaway region of Somaliland")
        // ("present a united front against North Korea", "joined forces against Russia": cooperation against a state is none with it.)
        if (prep === 'against' && trigger.stance === 'cooperative' && trigger.kind === 'verb') return null;
        // "switched recognition from Taiwan to China": after a verb of change, "from" names what is left.
        if (prep === 'from' && trigger.stance !== 'severed' && /^(?:switch|shift|move|transfer)$/.test(this.tokens[trigger.head]?.lemma ?? '') && this.groups.some((g) => g.first > group.end && g.first < clause.to && this.tokens[g.first - 1]?.lower === 'to')) {
          k = group.end - 1;
          continue;
        }
        // "suspended visa services for Canadians", "halted aid for Kyiv": who loses what is reduced (CAMEO 16).
        const reduced = prep === 'for' && (trigger.code ?? '').startsWith('16');
        const causeOf = prep === 'of' && trigger.stance === 'cooperative' && this.tokens[at]?.lower === 'of' && /^(?:cause|struggle|plight)$/.test(this.tokens[at - 1]?.lower ?? ''); // ("support for the just cause of the Palestinian people": a cause supported is its people's)
        const askedFor = prep === 'for' && /^(?:10|139)/.test(trigger.code ?? '') && this.tokens[group.end]?.lower === 'to'; // ("set a deadline for India to withdraw", "called for Israel to halt": after a demand, the one asked)
        // ("stand by Mogadishu": the preposition that ends the trigger's own words brings in its target.)
        const ownPrep = this.tokens[trigger.to - 1]?.pos === 'ADP' && trigger.to > trigger.head + 1 && group.first >= trigger.to && this.tokens.slice(trigger.to, group.first).every((t) => t.pos === 'DET');
        // ("using Israeli spyware against Algerian officials": a demonym on the means is its maker; the act is against the one named after "against"; "extradited a North Korean man to the United States": what is sent goes to the one after "to"; and whose the extradited person is makes no partner: "extradited Venezuelan special envoy Alex Saab".)
        // (So is an organisation on measures: "applying European Union sanctions". Not a demonym inside the words of the act, which name whom it is on: "slapped Australian products with tariffs in retaliation for US moves against China".)
        if (prep === null && ((group.demonym && this.tokens[group.end]?.pos === 'NOUN' && !(group.end < trigger.to && this.tokens[trigger.to - 1]?.pos !== 'ADP') && this.groups.some((g) => g.first > group.end && g.end <= clause.to && (this.tokens[g.first - 1]?.lower === 'against' || (sending && this.prepositionBefore(g, group.end) === 'to')))) || (this.tokens[trigger.head]?.lemma === 'extradite' && (group.demonym || group.possessive)) || (group.ids.every((id) => /^[a-z]/.test(id)) && /^(?:sanctions|measures|restrictions|tariffs|embargo)$/.test(this.tokens[group.end]?.lower ?? '')))) {
          k = group.end - 1;
          continue;
        }
        if (prep === null || VERB_TARGET_PREP.has(prep) || own || ownPrep || recognisedAs(this.tokens, trigger, group, prep) || ((visit || strike) && (group.place || prep === 'in' || prep === 'inside' || prep === 'within' || (strike && (prep === 'throughout' || prep === 'across')))) || (claimed && group.place) || right || mission || trade || envoyOf || answered || reduced || askedFor || owner || hosting || causeOf) return this.withCoordinated(group);
        k = group.end - 1;
        continue;
      }
      // ("accused some Arab leaders of turning a blind eye to Russia's war": the accused stand before "of".)
      if (/^(?:of|for)$/.test(t.lower) && /ing$/.test(this.tokens[k + 1]?.lower ?? '') && /^(?:accuse|blame|charge|criticise|criticize|condemn)$/.test(this.tokens[trigger.head]?.lemma ?? '')) return null;
      // ("deepen a partnership that Washington views with suspicion": a relative clause on the object has its own actors.)
      if (k > trigger.to && (/^(?:which|who|whom|whose)$/.test(t.lower) || (t.lower === 'that' && this.tokens[k - 1]?.pos === 'NOUN'))) return null;
      // ("of orchestrating a wave of migrants and of hosting Wagner": a second gerund after "and of" has its own object.)
      if (k >= trigger.to && t.pos === 'CCONJ' && /^(?:of|for)$/.test(this.tokens[k + 1]?.lower ?? '') && /ing$/.test(this.tokens[k + 2]?.lower ?? '')) return null;
      // Another verb ends the object, unless it is part of a compound adjective ("government-controlled"), or a participle of a judged act with its agent ("condemned the attack carried out by the Houthis").
      const agentAfter = JUDGING_VERBS.has(this.tokens[trigger.head]?.lemma ?? '') && /(?:ed|en)$|^(?:made|held|led|sent|set|put|brought)$/.test(t.lower) && (this.tokens[k + 1]?.lower === 'by' || this.tokens[k + 2]?.lower === 'by');
      // ("vetoed a resolution condemning Israel", "rejected an appeal challenging a request from the US": a participle on a rejected text has its own object.)
      const rejectedText = (trigger.code ?? '').startsWith('12') && this.tokens[k - 1]?.pos === 'NOUN';
      const dealReached = /^(?:reached|signed|struck|concluded|agreed)$/.test(t.lower) && /^(?:agreements?|deals?|accords?|pacts?|treaty|treaties|compromise|understanding)$/.test(this.tokens[k - 1]?.lower ?? '') && this.tokens.slice(k + 1, k + 6).some((x) => x.lower === 'with') && !this.tokens.slice(k + 1, k + 6).some((x) => x.lower === 'between'); // ("backtracking on a compromise reached in 2016 with the UK": the deal's partner is the target)
      if (k >= trigger.to && (t.pos === 'VERB' || t.pos === 'AUX') && (!/ing$/.test(t.lower) || rejectedText) && this.tokens[k - 1]?.text !== '-' && !(OWNING.test(t.lower) && this.tokens[k + 1]?.lower === 'by') && !agentAfter && !dealReached && !(GOODS_PARTICIPLE.test(t.lower) && this.tokens[k - 1]?.pos === 'NOUN' && this.tokens[k + 1]?.lower === 'from') && !linkedTo(this.tokens, k)) return null; // (nor a participle of trade on goods: "boycotted palm oil imported from Malaysia"; nor of ties: "strikes against targets connected to Houthis")
      // ("blew up roads linking it to South Korea": what a road or a line links or leads to is no target.) (What leads into a state is still on the way to it: "cordoned off the roads leading into Mordor".)
      if (k >= trigger.to && ((/^(?:linking|connecting)$/.test(t.lower) && (this.tokens[k + 1]?.pos === 'PRON' || this.groupAt(k + 1))) || (trigger.code === '173' && /ing$/.test(t.lower) && caseTopicAt(this.tokens, k)))) return null; // (nor what a case or charge is about: caseTopicAt)
      // (A comma inside the trigger's own words is no end: "cut diplomatic, trade and travel ties with"; nor one around "for example": "visited, for example, Germany and France".) (Nor is an adjunct of circumstance a part of it: "signed a security pact amid tensions with Somalia".)
      const apposed = (DESCRIPTOR_NOUN.test(this.tokens[k - 1]?.lower ?? '') || APPOSED_NOUN.test(this.tokens[k - 1]?.lower ?? '')) && !!this.groupAt(k + (this.tokens[k + 1]?.lower === 'the' ? 2 : 1)); // (", Saudi Arabia" after "Tehran's arch-rival" is the one meant; so are those after "two neighbours,"; and ", the United States" after "its ally")
      if ((t.text === ',' && k >= trigger.to && !EXAMPLE_WORD.test(this.tokens[k + 1]?.lower ?? '') && ![this.tokens.slice(k + 1, k + 3), this.tokens.slice(k - 2, k)].some((w) => /^(?:for example|for instance|among others)$/.test(w.map((x) => x.lower).join(' '))) && !inNounList(this.tokens, k) && !apposed && !nameAsideAt(this.tokens, k, (i) => this.groups.some((g) => g.first <= i && i < g.end))) || t.pos === 'SCONJ' || (k >= trigger.to && /^(?:amid|amidst|despite)$/.test(t.lower))) return null;
      // ("Sudan said Ethiopian forces had shelled its positions": what a state attacks is not its own; "its" is the speaker's.) (Only for what an attack hits: "overcome their differences" is their own.)
      // ("laying landmines along their shared border": so is where a hostile act is done, right after its words; and "sinking one of its navy ships".)
      const where = k === trigger.to + 1 && trigger.to > trigger.head + 1 && /^(?:along|on|across|near|at)$/.test(this.tokens[k - 1]?.lower ?? '');
      if (/^(?:its|their)$/.test(t.lower) && (k === trigger.head + 1 || where || (k === trigger.head + 3 && this.tokens[k - 1]?.lower === 'of' && /^(?:one|two|three|some|several|many)$/.test(this.tokens[k - 2]?.lower ?? ''))) && trigger.stance === 'hostile' && subject && this.tokens.slice(k + 1, k + 4).some((x) => ATTACK_HITS.test(x.lower))) {
        const owner = this.reporterOf(clause) ?? [...this.groups].reverse().find((g) => g.end <= subject.first && !g.place);
        if (owner && !owner.ids.some((id) => subject.ids.includes(id))) return { ...owner, first: k, end: k + 1, possessive: true };
      }
      // (Not an event's "it": "prevent it from happening again"; nor a thing given: "we gave it to Panama". Past the preposition of force: "the Eritreans fired on them".)
      if ((((t.lower === 'it' || t.lower === 'them') && (k === trigger.head + 1 || (k === trigger.head + 2 && /^(?:on|at|upon)$/.test(this.tokens[k - 1]?.lower ?? '')))) || (/^(?:him|her)$/.test(t.lower) && k === trigger.to + 1 && /^(?:with|to|against)$/.test(this.tokens[k - 1]?.lower ?? ''))) && t.pos === 'PRON' && !(t.lower === 'it' && /^(?:give|hand|return|transfer|sell|send|cede|lend|donate)$/.test(this.tokens[trigger.head]?.lemma ?? '') && /^(?:to|back|over)$/.test(this.tokens[k + 1]?.lower ?? '')) && !(this.tokens[k + 1]?.lower === 'from' && /^(?:happening|recurring|occurring|reoccurring|repeating|spreading|escalating)$/.test(this.tokens[k + 2]?.lower ?? '')) && !(/^(?:on|over)$/.test(this.tokens[k + 1]?.lower ?? '') && this.tokens[k + 2]?.lower === 'to') && !(this.tokens[k + 1]?.lower === 'to' && /^(?:export|import|ship|sell|send|deliver|transport|smuggle|resell)$/.test(this.tokens[trigger.head]?.lemma ?? ''))) { // (nor goods sent: "steal Ukrainian grain, exporting it to Syria"; not what is passed on: "passes it on to Japan")
        // ("sanctions on two American companies ..., banning them": "them" after a single state is a plural noun phrase's.)
        const earlier = (t.lower === 'them' ? this.pluralBefore(subject, trigger.head) : null) ?? [...this.groups].reverse().find((g) => g.end <= trigger.head && g !== subject && !g.place);
        // ("reassure its Gulf partners, ... promising to sell them weapons": "them" is a plural named before it, not the last target told.)
        const plural = () => t.lower === 'them' && this.tokens.slice(subject?.end ?? 0, trigger.head).some((x, j) => x.pos === 'NOUN' && /[^s]s$/.test(x.lower) && !this.groupAt((subject?.end ?? 0) + j));
        const ids = earlier && !(t.lower === 'them' && subject && earlier.end <= subject.first && plural()) ? earlier.ids : plural() ? null : this.discourse.target; // (not a state named before the subject when a plural lies between: "Aquilino said China has militarized islands it has built, arming them")
        return ids ? { ids, first: k, end: k + 1, possessive: false, place: false, demonym: false } : null;
      }
    }
    // ("sent a diplomatic note to Germany demanding compensation": a participle right after the one a message went to acts on it.)
    return this.sharedPartner(trigger, clause) ?? (/ing$/.test(this.tokens[trigger.head]?.lower ?? '') ? this.groups.find((g) => g.end === trigger.head && messagedTo(this.tokens, g)) : undefined) ?? null;
  }

  /** "severed relations and closed its border with Rwanda": ties cut or restored with no partner of their own take the one the verb phrase joined to them by "and" names after "with", when its verb is of the same kind ("cut ties and signed a deal with Libya" cut them with someone else). */
  private sharedPartner(trigger: Trigger, clause: Clause): ActorGroup | null {
    if (trigger.kind !== 'verb' || trigger.to !== clause.to || !/^(?:ties|relations)$/.test(this.tokens[trigger.to - 1]?.lower ?? '')) return null;
    const next = this.clauses.find((c) => c.from === clause.to && c.kind === 'continued');
    const verb = next ? this.tokens[next.from + 1] : undefined;
    const same = trigger.stance === 'warming' ? /^(?:restore|reopen|resume|open|normalise|normalize|reestablish|re-establish)$/ : /^(?:close|shut|seal|suspend|halt|freeze|recall|expel|end|cut|sever|break|downgrade)$/;
    if (!next || this.tokens[next.from]?.lower !== 'and' || verb?.pos !== 'VERB' || !same.test(verb.lemma)) return null;
    return this.groups.find((g) => g.first > next.from && g.end <= next.to && !g.place && /^(?:with|from|to)$/.test(this.prepositionBefore(g, next.from + 2) ?? '')) ?? null;
  }
}

