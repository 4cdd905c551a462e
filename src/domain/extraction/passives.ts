// Participles and passives: "a deal brokered by Washington" (a participle after a noun, with its
// agent), "Qatar was blockaded by Saudi Arabia" (a passive and its "by" agent), "which the DRC says is
// backed by Rwanda" (a passive told by a speaker), "Khamenei said Israel would be punished" (a passive
// with no agent, foretold); and who loses blocked aid, whom a prompted response is to, whose act a
// complement is ("Ethiopia's plan to fill", "Chad's role in delivering"), whose allies "its Russian allies"
// are, whom a verb of blame names as the doer ("accused Israel of the strike"), the pair a mediator of a
// dispute is with, and who fired munitions told by where they fell (munitionFire.ts). A layer of pairing
// (pairing.ts) over acts told and judged (actsJudged.ts).
import type { ActorGroup } from './actorGroups';
import { type Clause, MOVE_NOUN } from './clauses';
import { ActsJudged } from './actsJudged';
import { accusedBefore, BLAMING_VERBS, CHARGE_NOUN, CUSTODY, DISAPPROVING, FOLLOWERS, FORCE_NOUN, JUDGING_VERBS, LINKING_VERBS, mediating, standIn, TALKS_NOUN } from './pairingWords';
import type { Pairing } from './sentenceActors';
import type { Token } from './tokens';
import type { Trigger } from './triggers'; import { backedAttackOn } from './attributions';
import { heldIn } from './heldIn'; import { wishedPassive } from './nearWords'; import { WAY_OUT } from './talksHosts';

/** What a mediator brokers for the pair told before (talksHosts.ts), as one word. */
const WAY_OUT_NOUN = new RegExp(`^(?:${WAY_OUT})$`);
export class Passives extends ActsJudged {
  /** "wrote to Managua to protest the military camp": a protest in an infinitive of purpose, with no one of its own, is to the one addressed right before it. */
  protected addressedBefore(trigger: Trigger, subject: ActorGroup | null): ActorGroup | null {
    if (!subject || this.tokens[trigger.from - 1]?.lower !== 'to' || !DISAPPROVING.has(this.tokens[trigger.head]?.lemma ?? '')) return null;
    const addressed = this.groups.find((g) => g.end === trigger.from - 1 && !g.place && this.tokens[g.first - 1]?.lower === 'to' && !g.ids.some((id) => subject.ids.includes(id)));
    return addressed ?? null;
  }

  /** For a noun after "of" or "for": the actor a verb of blame before it names ("accused Israel of", "retaliate against Israel for"). */
  protected blamedFor(trigger: Trigger): ActorGroup | null {
    let k = trigger.from - 1;
    while (k >= 0 && k >= trigger.from - 5 && (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(this.tokens[k]?.pos ?? '') || (/^(?:repeated|renewed|continued|alleged|unprovoked)$/.test(this.tokens[k]?.lower ?? '') && k < trigger.from))) k--; // (and a participle that describes: "of repeated ceasefire violations")
    // ("accused Pakistan of carrying out air strikes": past a light verb.)
    if (/^(?:out)$/.test(this.tokens[k]?.lower ?? '') && /^(?:carrying)$/.test(this.tokens[k - 1]?.lower ?? '')) k -= 2;
    else if (/^(?:launching|conducting|staging|mounting|orchestrating|ordering)$/.test(this.tokens[k]?.lower ?? '')) k -= 1;
    // ("accused Venezuela of involvement in the attack", "blamed Iran for its role in": past the part it had in it.)
    else if (this.tokens[k]?.lower === 'in' && /^(?:role|part|involvement|complicity|hand)$/.test(this.tokens[k - 1]?.lower ?? '')) for (k -= 2; k >= 0 && (/^(?:DET|ADJ|PRON)$/.test(this.tokens[k]?.pos ?? '') || /^(?:alleged|suspected|apparent)$/.test(this.tokens[k]?.lower ?? '')); ) k--;
    // ("linked Indian agents to the murder": linking an actor to an act blames it too.)
    const linked = this.tokens[k]?.lower === 'to';
    if (!/^(?:of|for|to)$/.test(this.tokens[k]?.lower ?? '')) return null;
    // (Or before the people it names: "linked Indian government agents to", "a Togolese diplomat for".)
    const group = this.groups.find((g) => !g.place && (g.end === k || (!g.possessive && g.end < k && k - g.end <= 2 && this.tokens.slice(g.end, k).every((t) => t.pos === 'NOUN'))));
    if (!group) return null;
    for (let v = group.first - 1; v >= 0 && v >= group.first - 3; v--) {
      const t = this.tokens[v] as Token;
      // ("expelled a Togolese diplomat for his role in the attack": a measure taken against the one who had a part in it.)
      const punished = !linked && this.tokens[k]?.lower === 'for' && this.tokens[k + 1]?.pos === 'PRON' && /^(?:expel|sanction|summon|arrest|detain|punish)$/.test(t.lemma);
      if (linked ? LINKING_VERBS.test(t.lemma) : punished || BLAMING_VERBS.has(t.lemma) || (t.lower === 'against' && this.tokens[v - 1]?.lemma === 'retaliate')) return group;
      if (t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'ADJ') return null; // (and "a top Indian diplomat")
    }
    return null;
  }

  /**
   * For a passive told through a speaker ("which the DRC says is backed by"): undefined when the subject
   * found is not followed by a verb of saying right before the passive; else the antecedent of the
   * relative pronoun the passive's patient is (or null when it names no actor).
   */
  protected saidAbout(subject: ActorGroup, head: number): ActorGroup | null | undefined {
    const saying = /^(?:say|says|said|claim|claims|claimed|allege|alleges|alleged|believe|believes|believed|think|thinks|insist|insists|insisted|argue|argues|argued|suspect|suspects|suspected|assert|asserts|asserted|maintain|maintains|maintained)$/;
    let k = subject.end;
    // (The tagger may read "say" after a plural noun as a noun: "UN experts say is backed".)
    while (k < head && this.tokens[k]?.pos !== 'VERB' && this.tokens[k]?.pos !== 'AUX' && !saying.test(this.tokens[k]?.lower ?? '')) k++;
    if (!saying.test(this.tokens[k]?.lower ?? '')) return undefined;
    // Only a passive auxiliary between the verb of saying and the participle ("say is backed", "said had been armed").
    if (!this.tokens.slice(k + 1, head).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) return undefined;
    const which = this.tokens.findLastIndex((t, j) => j < subject.first && /^(?:which|who|whom|that)$/.test(t.lower));
    if (which < 0 || this.tokens.slice(which + 1, subject.first).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
    return [...this.groups].reverse().find((g) => g.end <= which && which - g.end <= 2 && !g.place) ?? null;
  }

  /**
   * "an election condemned by the United States", "a deal brokered by Washington": a participle after
   * a noun, with its agent after "by", acts on the nearest actor before it; a move on its maker.
   */
  protected describedActOn(trigger: Trigger, agent: ActorGroup, c: number): Pairing | null {
    const head = this.tokens[trigger.head] as Token;
    const taken = this.takenFrom(trigger, agent, this.clauses[c]!.to); if (taken) return taken; // ("one of the four island outposts seized by Russia from Japan")
    // ("the annual exercise conducted by the Philippines and the United States": drills or talks held by two or more are theirs together, on no one before.)
    if (/^(?:conduct|hold|held|stage|organi[sz]e|host)$/.test(head.lemma) && /^(?:exercises?|drills?|manoeuvres|maneuvers|patrols?|talks|games)$/.test(this.tokens[trigger.head - 1]?.lower ?? '')) return agent.ids.length >= 2 ? { sources: agent.ids, targets: [], within: true, subject: agent } : null;
    // ("said it would not join BRICS, in a move welcomed by Washington": a move is its maker's, the main clause's subject; so is a charge: "accused Russia of ..., an assertion dismissed by Moscow".)
    const maker = MOVE_NOUN.test(this.tokens[trigger.head - 1]?.lower ?? '') || (CHARGE_NOUN.test(this.tokens[trigger.head - 1]?.lower ?? '') && this.tokens[trigger.head - 3]?.text === ',') ? this.subjectOf(0, this.clauses[0]?.to ?? 0) : null;
    if (maker && !maker.ids.some((id) => agent.ids.includes(id))) return { sources: agent.ids, targets: maker.ids, within: false, subject: agent };
    // ("all-out conflict between Israel and Hezbollah in Lebanon, a ceasefire deal brokered by the United States": for a broker, where it was, after "in", is no party.)
    const found = [...this.groups].reverse().find((g) => g.end <= trigger.head && !g.place && !g.descriptor && !(mediating(head) && this.tokens[g.first - 1]?.lower === 'in'));
    // ("occupied the north in response to a coup sponsored by the Greek junta": an act given as the cause of the clause's is another's, on no one named before it.)
    if (!found || (!mediating(head) && this.tokens.slice(found.end, trigger.head).some((t, j, all) => (/^(?:to|for)$/.test(t.lower) && /^(?:response|reaction|reply|retaliation|revenge)$/.test(all[j - 1]?.lower ?? '')) || (t.text === '(' && !all.slice(j).some((x) => x.text === ')')))) || (/^(?:hostages|prisoners|captives|detainees|fishermen|sailors|soldiers|civilians|nationals|citizens|migrants|journalists|workers|crew|tourists)$/.test(this.tokens[trigger.head - 1]?.lower ?? '') && found.end < trigger.head - 1 && !this.tokens.slice(found.end, trigger.head - 1).every((t) => t.pos === 'ADJ' || t.pos === 'NUM'))) return null; // (nor on people whose state is not named with them: "called for the release of hostages captured by Hamas") (not after "after": "the re-election of President Ortega after a contentious election condemned by the United States" is his; nor past an open bracket: "the method urged by Chile (instead of the principle favoured by Peru")
    // ("was not invited to the summit hosted by Greece", "was left off the invitation list for a summit hosted by Greece": a meeting one was kept from is no host's welcome to it.)
    if (/^(?:host|organi[sz]e|convene)$/.test(head.lemma) && this.tokens.slice(found.end, trigger.head).some((t) => /^(?:not|never|n't|uninvited|excluded|barred|left|kept|shut)$/.test(t.lower))) return null;
    // ("a dispute between Morocco and the Polisario Front supported by Algeria": with no comma, the last of a list.)
    const nearest = found.ids.length > 1 && found.end >= trigger.head - 1 && this.tokens[trigger.head - 1]?.text !== ',' && !mediating(head) && this.tokens[found.first - 1]?.lower === 'between' ? { ...found, ids: found.ids.slice(-1) } : found;
    // ("Morocco normalised relations with Israel in a deal brokered by the United States": a mediator
    // is cooperative with each party, the clause's subject too.)
    const parties = mediating(head) ? [...new Set([...(this.subjectOf(c, trigger.head)?.ids ?? []), ...nearest.ids])].filter((id) => !agent.ids.includes(id)) : nearest.ids;
    // (The mediator is no subject the next sentence's "the two sides" may stand for: ", mediated by Qatar and Turkey.")
    return { sources: agent.ids, targets: parties, within: false, subject: mediating(head) ? (this.subjectOf(c, trigger.head) ?? null) : agent };
  }

  /** A compound of a backer or mediator and a participle ("the Iran-backed Houthis", "a Russian-brokered ceasefire"): its pair. */
  protected compoundPair(trigger: Trigger, c: number): Pairing | null {
    // "the Iran-backed Lebanese Hezbollah group": the actor before the hyphen, the one described after (or by the words around it: "the Iranian-backed group", descriptions.ts).
    const backer = this.groups.find((g) => g.end === trigger.head - 1);
    // ("the Houthis, an Iranian-backed rebel group,": with no actor after it, the one the apposition is about.)
    // ("the Iran-backed Lebanese group Hezbollah": past a demonym that only describes the named group; not a place: "US-mediated discussions in Paris".)
    const armedGroup = /^(?:militias?|groups?|rebels?|fighters|militants?|insurgents?|proxies|factions?)$/.test(this.tokens[trigger.head + 1]?.lower ?? ''); // (not where an armed group described is: "Iranian-backed militias in Iraq"; but "Turkey-backed forces in Libya" are the state's)
    const next = this.groups.find((g) => g.first > trigger.head && g.first <= trigger.head + 3 && !g.place && !this.tokens.slice(trigger.head + 1, g.first).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || (armedGroup && /^(?:in|at|inside|across|near|from)$/.test(t.lower)))), named = next?.demonym ? this.groups.find((g) => g.first > next.end && g.first <= next.end + 2 && !g.demonym && this.tokens.slice(next.end, g.first).every((t) => t.pos === 'NOUN')) : undefined;
    const backed = named ?? next ?? this.groups.find((g) => g.first < trigger.head - 1 && g.end > trigger.head && !g.ids.some((id) => backer?.ids.includes(id))) ?? (backer && /^(?:an?|the)$/.test(this.tokens[backer.first - 1]?.lower ?? '') && this.tokens[backer.first - 2]?.text === ',' ? this.groups.find((g) => g.end === backer.first - 2 && !g.descriptor) : undefined);
    const between = backer && [backer.first - 1, backer.first - 2].some((j) => this.tokens[j]?.lower === 'between') && (backed?.ids.length ?? 0) > 1; // ("talks between the Iranian-backed Houthis and Saudi Arabia": the backed one only, not the other side of "between")
    if (backer && backed) return { sources: backer.ids, targets: between ? backed.ids.slice(0, 1) : backed.ids, within: false, subject: null };
    // "Armenia and Azerbaijan signed a Russian-brokered ceasefire": the mediator and the parties who signed (with none in the sentence, the pair told before: "A Russian-brokered truce ends the fighting").
    const brokered = backer && /^(?:brokered|mediated)$/.test(this.tokens[trigger.head]?.lower ?? ''), found = brokered ? this.subjectOf(c, trigger.head) : null;
    const told = brokered ? (this.discourse.topicPair ?? this.discourse.pair) : undefined;
    const parties = found && found.first !== backer?.first ? found.ids : told?.every((id) => !backer!.ids.includes(id)) ? [...told] : null;
    return backer && parties ? { sources: backer.ids, targets: parties, within: false, subject: null } : null;
  }

  /**
   * "Backed by the Rwandan army, M23 rebels launched a renewed offensive": a participle that opens the sentence, with its
   * agent after "by" and the main clause's subject after the comma, is the agent's act on that subject.
   */
  protected frontedParticiple(trigger: Trigger): Pairing | null {
    const head = this.tokens[trigger.head];
    if (trigger.kind !== 'verb' || !head || !/(?:ed|en)$/.test(head.lower) || this.tokens[trigger.head + 1]?.lower !== 'by' || this.tokens.slice(0, trigger.head).some((t) => !/^["“'‘]$/.test(t.text))) return null;
    const agent = this.groups.find((g) => g.first > trigger.head + 1 && g.first <= trigger.head + 3 && !g.place);
    if (!agent || this.tokens[agent.end]?.text !== ',') return null;
    const subject = this.groups.find((g) => g.first > agent.end && g.first <= agent.end + 2 && !g.place);
    // (With no actor as that subject the act is on no one the sentence names: "Backed by Eritrea, the rebels of Tigray attacked Ethiopia" backs no Ethiopia.)
    if (!subject) return { sources: agent.ids, targets: [], within: false, subject: null };
    return !subject.ids.some((id) => agent.ids.includes(id)) ? { sources: agent.ids, targets: subject.ids, within: false, subject: agent } : null;
  }

  /** A passive: its "by" agent acts on its subject ("Qatar was blockaded by Saudi Arabia"). */
  protected passivePair(trigger: Trigger, clause: Clause, subject: ActorGroup | null): Pairing | null {
    // ("the work of groups, one of which it said was backed by Morocco": what "one of which" stands for is the noun before it, here no actor; not the speaker.)
    if (/^(?:which|whom)$/.test(this.tokens[clause.from]?.lower ?? '') && this.tokens[clause.from - 1]?.lower === 'of' && /^(?:one|some|many|most|all|each|none|several|two|three|both|any)$/.test(this.tokens[clause.from - 2]?.lower ?? '') && !this.groupAt(clause.from - 4)) return null;
    // ("an incident involving Thai troops being injured by Cambodian mines": the patient of "being" and a participle is the actor right before it, whatever the clause's subject.)
    const being = this.tokens[trigger.head - 1]?.lower === 'being' ? this.groups.find((g) => !g.place && g.end < trigger.head && this.tokens.slice(g.end, trigger.head - 1).every((t) => t.pos === 'NOUN')) : undefined;
    if (being) subject = being;
    // (Not a backer named in the agent's own compound: "is opposed by the Algerian-backed Polisario Front"; nor a state that only describes people: "splashed by Ukraine supporters". "South Korea is invaded by forces from North Korea": an agent's forces named by where they are from.)
    const byForces = this.tokens[trigger.to]?.lower === 'by' ? this.groups.find((g) => /^(?:from|of)$/.test(this.tokens[g.first - 1]?.lower ?? '') && FORCE_NOUN.test(this.tokens[g.first - 2]?.lower ?? '') && g.first - 2 <= trigger.to + 2) : undefined;
    const by = byForces ?? this.groups.find((g) => g.first > trigger.head && g.first < clause.to && this.prepositionBefore(g, trigger.head + 1) === 'by' && this.tokens.slice(trigger.to, g.first).filter((t) => t.lower === 'by').length <= 1 && this.tokens[g.end]?.text !== '-' && !FOLLOWERS.test(this.tokens[g.end]?.lower ?? '') && !(this.tokens.slice(trigger.to, g.first - 1).some((t) => t.pos === 'VERB') && this.tokens.slice(trigger.to, g.first - 1).some((t) => /^(?:because|due|amid|despite|after|following|over)$/.test(t.lower)))); // (not a participle's agent in a phrase of the reason: "allowed to dock ... because of concerns raised by India"; nor past a first "by" that names no actor: "resolved by the 2019 Prespa Agreement ... followed by the Bulgarian veto")
    const taken = by ? this.takenFrom(trigger, by, clause.to) : null; if (taken) return taken; // ("The islands were seized by Chile from Peru")
    // ("carried out unilateral acts, which have been protested by Argentina": acts judged in a relative clause are their doer's, the subject before them.)
    const actNoun = !subject && clause.kind === 'relative' && clause.parent !== null && JUDGING_VERBS.has(this.tokens[trigger.head]?.lemma ?? '') && /^(?:acts|actions|moves|measures|steps|decisions|policies|attacks|violations|remarks|statements)$/.test(this.tokens[clause.from - (this.tokens[clause.from - 1]?.text === ',' ? 2 : 1)]?.lower ?? '');
    if (actNoun) subject = this.subjectOf(clause.parent!, clause.from);
    // ("the M23, which the DRC and UN experts say is backed by Rwanda": the actors before "say" are its speakers; what is backed is the antecedent of "which".)
    const victim = by ? backedAttackOn(this.tokens, this.groups, trigger, clause.from) : null; if (victim && !victim.ids.some((id) => by!.ids.includes(id))) return { sources: by!.ids, targets: victim.ids, within: false, subject: victim }; // ("the attacks on its army were backed by the UAE": hostile, attributions.ts)
    const spoken = subject && this.saidAbout(subject, trigger.head);
    if (spoken !== undefined) return by && spoken && !by.ids.some((id) => spoken.ids.includes(id)) ? { sources: by.ids, targets: spoken.ids, within: false, subject: spoken } : null;
    const threat = !by && subject ? this.foretoldToOther(trigger, clause, subject) : null;
    if (threat) return threat;
    // ("he wanted to see the ambassadors of the United States ... declared persona non grata": who wishes it done is its source.)
    const wishing = !by && subject ? wishedPassive(this.tokens, trigger.head) : -1, wisher = wishing >= 0 ? this.subjectOf(this.clauseIndexOf(wishing), wishing) : null;
    if (wisher && subject && !wisher.ids.some((id) => subject.ids.includes(id))) return { sources: wisher.ids, targets: subject.ids, within: false, subject: wisher };
    // ("Five Americans were detained in Iran": who holds people in a state with no agent named is that state; so is who shoots a plane down over it: "a US U-2 spy plane was shot down over the USSR".)
    // (Or the place a relative "where" stands for, or an opening "In Mali,": "the scenario in Mali, where 46 Ivorian soldiers were arrested".)
    const custody = !by && subject && (CUSTODY.test(this.tokens[trigger.head]?.lemma ?? '') || (this.tokens[trigger.head]?.lemma === 'shoot' && this.tokens[trigger.head + 1]?.lower === 'down')) ? (this.groups.find((g) => g.first > trigger.head && g.first < clause.to && !g.demonym && /^(?:in|over)$/.test(this.prepositionBefore(g, trigger.head + 1) ?? '')) ?? (this.tokens[clause.from]?.lower === 'where' && this.tokens[clause.from - 1]?.text === ',' ? this.groups.find((g) => !g.demonym && g.end === clause.from - 1) : undefined) ?? (this.tokens[0]?.lower === 'in' ? this.groups.find((g) => g.first === 1 && !g.demonym && this.tokens[g.end]?.text === ',') : undefined)) : undefined;
    if (custody && subject && !custody.ids.some((id) => subject.ids.includes(id))) return { sources: custody.ids, targets: subject.ids, within: false, subject };
    // (An agent that is also the patient means the structure was misread: "The agreement, which Egypt and Sudan say ..., was rejected by both countries".)
    if (!by || !subject || by.ids.some((id) => subject.ids.includes(id))) return null;
    return { sources: by.ids, targets: subject.ids, within: false, subject };
  }

  /** People detained in a state, told by a participle with no agent: held by that state (heldIn.ts). */
  protected heldIn(trigger: Trigger): Pairing | null | undefined { return heldIn(this.tokens, this.groups, trigger); }

  /** "Khartoum alleges the rebels are supported by South Sudan": the agent of a passive that a clause reports, when its subject is no actor. */
  protected passiveAgentIn(clause: Clause): ActorGroup | null {
    return this.groups.find((g) => g.first > clause.from && g.end <= clause.to && this.tokens[g.first - 1]?.lower === 'by' && /(?:ed|en)$/.test(this.tokens[g.first - 2]?.lower ?? '') && this.tokens.slice(clause.from, g.first - 2).some((t) => t.lemma === 'be')) ?? null;
  }

  /**
   * "The deal, brokered by the United States and France,", "talks in Malaysia hosted by Anwar": a mediator or host
   * of the pair's talks or deal (a participle after them, with its agent) is cooperative with both of the pair
   * told before, or of the sentence's own pair ("Pakistan and Afghanistan agreed a ceasefire after talks mediated by
   * Qatar"); null otherwise.
   */
  protected talksHostedBy(trigger: Trigger, agent: ActorGroup): Pairing | null {
    const head = this.tokens[trigger.head] as Token;
    if (!mediating(head) && !/^(?:hosted|organised|organized|convened|sponsored)$/.test(head.lower)) return null;
    let k = trigger.head - 1;
    if (this.tokens[k]?.text === ',') k--;
    const place = this.groups.find((g) => g.end === k + 1 && /^(?:in|at)$/.test(this.tokens[g.first - 1]?.lower ?? ''));
    if (place) k = place.first - 2;
    const own = this.subjectOf(0, trigger.head);
    const pair = own && own.ids.length === 2 && !own.ids.some((id) => agent.ids.includes(id)) ? own.ids : this.discourse.pair;
    return TALKS_NOUN.test(this.tokens[k]?.lower ?? '') && pair && !pair.some((id) => agent.ids.includes(id)) ? { sources: agent.ids, targets: [...pair], within: false, subject: agent } : null;
  }

  /** Who told a reported clause, when that is a third party to the pairs `ids` make ("Morocco says Hezbollah armed the Polisario"): whom a denial of "the allegations" in the next sentence answers. */
  tellerOf(clause: Clause, ids: readonly string[]): string[] | undefined {
    const reporter = clause.kind === 'reported' ? this.reporterOf(clause) : null;
    return reporter && !ids.some((id) => reporter.ids.includes(id)) ? reporter.ids : undefined;
  }

  /** "Khamenei said Israel would be punished": with no agent, what a speaker says will be done to another is its threat. */
  protected foretoldToOther(trigger: Trigger, clause: Clause, patient: ActorGroup): Pairing | null {
    if (!this.tokens.slice(Math.max(clause.from, trigger.head - 3), trigger.head).some((t) => /^(?:would|will)$/.test(t.lower))) return null;
    const speaker = this.reporterOf(clause);
    return speaker && !speaker.ids.some((id) => patient.ids.includes(id)) ? { sources: speaker.ids, targets: patient.ids, within: false, subject: speaker } : null;
  }

  /**
   * "has repeatedly blocked the bloc's efforts to send military aid to Ukraine": who loses the aid a
   * verb of blocking or halting stops is its target, however far in the clause.
   */
  protected blockedAid(trigger: Trigger, clause: Clause, subject: ActorGroup | null): ActorGroup | null {
    if (trigger.stance !== 'tense' || !/^(?:block|veto|halt|freeze|suspend|stop|delay|withhold|cut|obstruct|hold)$/.test(this.tokens[trigger.head]?.lemma ?? '')) return null;
    const g = this.groups.find((x) => x.first > trigger.head && x.end <= clause.to && /^(?:to|for)$/.test(this.tokens[x.first - 1]?.lower ?? '') && this.tokens.slice(Math.max(trigger.head, x.first - 5), x.first).some((t) => /^(?:aid|support|assistance|funding|funds|loans?|weapons|arms|money|package)$/.test(t.lower)));
    return g && g !== subject && !g.place ? g : null;
  }

  /** "Brokered by Brazil, Guyana and Venezuela met": a participle that opens the sentence, with its agent, acts on the main clause's subject. */
  protected openedBy(trigger: Trigger, agent: ActorGroup): Pairing | null {
    const comma = this.tokens.findIndex((t, k) => k >= agent.end && t.text === ',');
    const main = comma > 0 ? this.groups.find((g) => g.first > comma && !g.place && !g.descriptor) : undefined;
    return main && !main.ids.some((id) => agent.ids.includes(id)) ? { sources: agent.ids, targets: main.ids, within: false, subject: agent } : null;
  }

  /** "Chad's role in delivering supplies to the RSF", "Ukraine's involvement in arming rebels": the gerund is the possessor's act. */
  protected roleOwner(trigger: Trigger): ActorGroup | null {
    if (!/ing$/.test(this.tokens[trigger.head]?.lower ?? '') || this.tokens[trigger.from - 1]?.lower !== 'in' || !/^(?:role|part|involvement|complicity|hand)$/.test(this.tokens[trigger.from - 2]?.lower ?? '')) return null;
    return this.groups.find((g) => g.possessive && g.end === trigger.from - 2) ?? null;
  }

  /** "the Malian army and its Russian allies": the demonym's state is the ally of the one "its" stands for, the actor before "and". */
  protected alliesOf(trigger: Trigger): Pairing | null {
    const named = this.groups.find((g) => g.demonym && (g.end === trigger.head || (g.end === trigger.head - 1 && ['NOUN', 'ADJ'].includes(this.tokens[g.end]?.pos ?? ''))) && /^(?:its|their)$/.test(this.tokens[g.first - 1]?.lower ?? '')); // (past a noun that says what kind: "its Russian mercenary partners")
    if (!named || !/^(?:all(?:y|ies)|partners?|backers?)$/.test(this.tokens[trigger.head]?.lower ?? '') || this.tokens[named.first - 2]?.lower !== 'and') return null;
    const owner = [...this.groups].reverse().find((g) => g.end <= named.first - 2 && named.first - 2 - g.end <= 2 && !g.place);
    return owner && !owner.ids.some((id) => named.ids.includes(id)) ? { sources: owner.ids, targets: named.ids, within: false, subject: owner } : null;
  }

  /**
   * "Ethiopia's plan to fill the dam", "a push by Turkey to ease tensions": the possessor or agent of the
   * noun a "to"-complement hangs on is its subject; "their decisions to" is the latest plural group's.
   * Null for a possessor no actor stands for ("those nations' decisions to": not the clause's subject);
   * undefined when the noun has none. (Not a request's or a call's: "Russia's request to send troops" asks
   * someone else to send them.)
   */
  protected complementOwner(trigger: Trigger): ActorGroup | null | undefined {
    const m = trigger.matrix;
    const matrix = m !== undefined ? this.tokens[m] : undefined;
    if (m === undefined || !matrix || matrix.pos !== 'NOUN' || /^(?:request|call|appeal|demand|invitation|order|pressure|plea|ultimatum)s?$/.test(matrix.lower)) return undefined;
    // (Past adjectives and participles: "the two governments' expected moves to"; and nouns that qualify it: "Madrid's April decision to", "its surprise move to"; and a quotation mark: 'Ireland's "unilateral decision to'; and adverbs: "Riyadh's earlier decision to".)
    const modifier = (k: number) => {
      const t = this.tokens[k] as Token;
      return t.pos === 'ADJ' || t.pos === 'ADV' || /^["“]$/.test(t.text) || (t.pos === 'VERB' && /ed$/.test(t.lower)) || ((t.pos === 'NOUN' || t.pos === 'PROPN') && !this.groups.some((g) => g.first <= k && k < g.end));
    };
    let k = m - 1;
    while (k > 0 && k >= m - 3 && modifier(k)) k--;
    // (Or a demonym before it: "a Moroccan proposal to grant autonomy".)
    const owner = this.groups.find((g) => (g.possessive && g.end === k + 1) || (g.demonym && g.end <= m && g.end > k && this.tokens.slice(g.end, m).every((_, j) => modifier(g.end + j)))) ?? this.groups.find((g) => this.tokens[m + 1]?.lower === 'by' && (g.first === m + 2 || (g.first === m + 3 && this.tokens[m + 2]?.pos === 'DET')));
    if (owner) return owner;
    // ("the decision by the International Court of Justice (ICJ) to favour Somalia": an agent after "by" that is no state's is no one's here.)
    if (this.tokens[m + 1]?.lower === 'by') return null;
    if (this.tokens[k]?.lower === 'their') return [...this.groups].reverse().find((g) => g.end <= k && g.ids.length >= 2 && !g.place) ?? null;
    return /^['’]s?$/.test(this.tokens[k]?.text ?? '') && this.tokens[k - 1]?.pos === 'NOUN' ? null : undefined;
  }

  /**
   * "Norway recognised Palestine, prompting Israel to recall its envoys": a response that names no one is
   * to whoever prompted it, the subject of the verb of prompting.
   */
  protected promptedBy(trigger: Trigger, subject: ActorGroup | null): ActorGroup | null {
    if (!subject || (trigger.stance !== 'tense' && trigger.stance !== 'severed')) return null;
    const to = this.tokens[trigger.from - 1]?.pos === 'ADV' ? trigger.from - 2 : trigger.from - 1;
    const verb = this.tokens[subject.first - 1]?.pos === 'DET' ? subject.first - 2 : subject.first - 1;
    if (this.tokens[to]?.lower !== 'to' || subject.end !== to || !/^(?:prompt|lead|force|spur|cause|push|drive|compel)$/.test(this.tokens[verb]?.lemma ?? '')) return null;
    const prompter = this.subjectOf(this.clauseIndexOf(verb), verb);
    return prompter && !prompter.ids.some((id) => subject.ids.includes(id)) ? prompter : null;
  }

  /** "Kuwait, which mediated in the dispute": a mediator is cooperative with both of the pair the dispute is between, the pair the article is about. */
  protected mediatedDispute(trigger: Trigger, subject: ActorGroup): ActorGroup | null {
    const head = this.tokens[trigger.head] as Token;
    const disputed = this.discourse.topicPair ?? this.discourse.pair;
    const solution = mediating(head) && /^(?:a|an|the)$/.test(this.tokens[trigger.to]?.lower ?? '') && WAY_OUT_NOUN.test(this.tokens[trigger.to + 1]?.lower ?? '') && !this.groups.some((g) => g.first > trigger.to && g.first <= trigger.to + 6 && !this.tokens.slice(trigger.to, g.first).some((t) => /^[,.;]$/.test(t.text))); // ("Clinton and mediators from Switzerland intervened to help broker a solution": a way out of the dispute told before)
    return (solution || (mediating(head) && /^(?:in|between)$/.test(this.tokens[trigger.to]?.lower ?? '') && /^(?:the|their|this)$/.test(this.tokens[trigger.to + 1]?.lower ?? '') && /^(?:dispute|conflict|crisis|row|standoff|talks|negotiations|rift)$/.test(this.tokens[trigger.to + 2]?.lower ?? '')) || (/^(?:offer|propose)$/.test(head.lemma) && /^(?:mediation|to mediate)$/.test(this.tokens.slice(trigger.to, trigger.to + (this.tokens[trigger.to]?.lower === 'to' ? 2 : 1)).map((t) => t.lower).join(' ')) && /^(?:[.;]|)$/.test(this.tokens[trigger.to + (this.tokens[trigger.to]?.lower === 'to' ? 2 : 1)]?.text ?? ''))) && disputed && !disputed.some((id) => subject.ids.includes(id)) ? standIn(disputed) : null; // (and mediation offered with no parties named: "The King of Spain also offered mediation.")
  }

  /**
   * "severed all ties with Qatar over accusations it supported terrorism", "accusations that Doha armed the
   * rebels": the subject of the clause an accusation holds is the accused ("it": the latest actor before,
   * not the accuser).
   */
  protected accusedInClause(trigger: Trigger, accuser: ActorGroup | null): ActorGroup | null {
    const k = trigger.to + (this.tokens[trigger.to]?.lower === 'that' ? 1 : 0);
    const verbAfter = (j: number) => this.tokens[j]?.pos === 'VERB' || this.tokens[j]?.pos === 'AUX';
    const named = this.groups.find((g) => (g.first === k || (g.first === k + 1 && this.tokens[k]?.pos === 'DET')) && !g.place && verbAfter(g.end));
    if (named) return named;
    return /^(?:it|they)$/.test(this.tokens[k]?.lower ?? '') && verbAfter(k + 1) ? accusedBefore(this.groups, trigger.from, accuser) : null;
  }

  /** "shells fired from Myanmar landed in Bangladesh" (munitionFire.ts): the state at `from` on the one at `into`, when both are named there. */
  protected firedFrom(from: number, into: number): Pairing | null {
    const source = this.groupAt(from);
    const target = this.groupAt(into);
    return source && target && !source.ids.some((id) => target.ids.includes(id)) ? { sources: source.ids, targets: target.ids, within: false, subject: source } : null;
  }
}
