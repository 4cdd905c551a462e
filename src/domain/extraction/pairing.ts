// Who does what to whom, following the sentence: for a verb, the source is the actor in subject
// position of its clause (inherited by a coordinated verb or a participle, taken from the actor
// before "which"/"who" in a relative clause), and the target the actor in its object or in a
// with/on/against/to/from phrase; a passive takes its "by" agent as the source. For a noun ("the
// expulsion of", "tensions between", "the Israel-UAE deal") the actors attach to it: a possessor or
// a modifier before it, a phrase after it, or else the subject of the verb it is the object of.
import { type ActorGroup, DESCRIPTOR_NOUN, STAFF } from './actorGroups';
import { type Clause, MAYBE_SUBORDINATOR, MOVE_NOUN, REPORTING, SUBORDINATOR } from './clauses';
import type { Token } from './tokens';
import type { Trigger } from './triggers';

export interface Pairing {
  sources: string[];
  targets: string[];
  /** Pairs among the sources only ("Egypt and Turkey restored ties"). */
  within: boolean;
  /** The subject of the trigger's clause, for the next clause or sentence to refer back to. */
  subject: ActorGroup | null;
}

/** What the sentences before this one leave for "it", "they" and "the two countries". */
export interface Discourse {
  subject: string[] | null;
  target: string[] | null;
  pair: [string, string] | null;
  /** Who did the latest hostile act the article told (its agents): whose "the attack" is, when judged later. */
  actAgents?: string[];
  /** True when the sentence before told or named that act ("stormed the embassy", "condemned the raid"): what "it" may be. */
  actJustNamed?: boolean;
  /** The pairs before it, most recent last: for "the two neighbours", the latest pair that shares a border. */
  pairs?: [string, string][];
  /** The pair the article has said most about, when it has more claims than the latest pair: for "both countries". */
  topicPair?: [string, string];
  /** The latest set of three or more actors: for "those countries". */
  lastSet?: string[];
  /** The latest set of actors of each size (3, 4, ...): for "the three nations". */
  sets: Map<number, string[]>;
}

/** Prepositions after which an actor is not the subject of what follows. */
const NOT_SUBJECT = new Set(['in', 'at', 'on', 'with', 'against', 'to', 'toward', 'towards', 'for', 'into', 'over', 'about', 'by', 'between', 'among', 'near', 'than', 'like', 'amid', 'despite', 'after', 'before', 'since', 'during', 'under', 'via', 'through', 'including']);
/** Verbs that judge an act: their subject is not its agent, and its victim is not their target. */
export const JUDGING_VERBS = new Set(['condemn', 'denounce', 'criticise', 'criticize', 'deplore', 'decry', 'slam', 'blast', 'protest', 'regret', 'mourn', 'lament', 'investigate', 'deny', 'reject', 'blame', 'welcome', 'praise', 'applaud', 'report', 'confirm']);
/** After "what" at `at`: the end of "what it said were", "what Iran called", or -1. */
function hedgeEnd(tokens: readonly Token[], at: number): number {
  for (let k = at + 1; k <= at + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (/^(?:say|call|describe|claim|term|consider|allege|deem)$/.test(t.lemma) && t.pos === 'VERB') return /^(?:were|was|are|is|as)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    if (!['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ'].includes(t.pos)) return -1;
  }
  return -1;
}

/** Verbs whose subject brings others together without being one of them: "hosted talks", "brokered a deal". */
export const HOSTING_VERBS = new Set(['host', 'organise', 'organize', 'broker', 'mediate', 'facilitate', 'sponsor', 'convene', 'arrange']);
/** Participles that say whose a place or a thing is: "the region claimed by Guyana", "a ship owned by". */
const OWNING = /^(?:claimed|administered|controlled|held|governed|owned|inhabited|occupied|run|operated|flagged)$/;
/** Quantities before "of" in an object: "hundreds of Chinese apps", "dozens of Russian diplomats". */
const QUANTITY_OF = /^(?:dozens|hundreds|thousands|scores|some|most|all|many|several|millions|billions|one|two|three|four|five|number|handful)$/;
/** Verbs of reaching someone, whose "to"-complement says what for: "called Aliyev to express his condolences". */
const CONTACT_VERBS = new Set(['call', 'phone', 'telephone', 'ring', 'visit', 'meet', 'write', 'host', 'receive']);
/** Verbs whose object does what their "to"-complement names: "allowed Russia to use its territory". */
/** Judging verbs that disapprove. */
const DISAPPROVING = new Set(['condemn', 'denounce', 'criticise', 'criticize', 'deplore', 'decry', 'slam', 'blast', 'protest', 'reject']);
/** Nouns for what two states agreed or how they came together: "the rapprochement", "the deal". */
const DEAL_NOUN = /^(?:rapprochement|deal|agreement|accord|pact|treaty|normali[sz]ation|reconciliation|alliance|partnership|memorandum|detente|détente)$/;
/** What two parties hold or reach with a third's help: "the deal, brokered by", "talks hosted by". */
const TALKS_NOUN = /^(?:deal|agreement|accord|ceasefire|truce|talks|negotiations|summit|meeting|meetings|dialogue)$/;
/** Verbs of a third party that brings others to an agreement. */
const MEDIATING = /^(?:broker|mediate|facilitate)$/;
/** A verb of mediation, by its lemma or its form (the tagger may read "mediated" as an adjective, lemma and all). */
const mediating = (t: Token | undefined) => !!t && (MEDIATING.test(t.lemma) || /^(?:brokered|mediated|facilitated|brokering|mediating|facilitating|brokers|mediates)$/.test(t.lower));
const LETTING_VERBS = new Set(['allow', 'permit', 'enable', 'let', 'help', 'force', 'compel', 'encourage', 'invite', 'persuade', 'cause', 'lead', 'prompt', 'push', 'spur', 'drive', 'move', 'authorise', 'authorize']);
/** Verbs that blame their object for an act named after "of" or "for": "accused Israel of the strike". */
const BLAMING_VERBS = new Set(['accuse', 'blame', 'punish', 'avenge', 'hold']);
/** Judging verbs that report rather than judge: "reported the attack", "confirmed the strike". */
const REPORTING_LEMMAS = new Set(['report', 'confirm', 'investigate', 'deny']);
/** Nouns of a hostile act ("the attack on", "the killing of"). */
const HOSTILE_ACT = /^(?:attacks?|killings?|bombings?|assaults?|strikes?|murders?|assassinations?|shelling|raids?|invasion|abductions?|kidnappings?|arrests?|detentions?|storming|shootings?|massacres?|incursions?|seizure)$/;
/** Nouns whose source a "from" phrase names: "protests from Beijing", "support from Moscow". */
const FROM_SOURCE = /^(?:protests?|protestations?|criticism|condemnation|pressure|threats?|warnings?|objections?|complaints?|opposition|support|backing|aid|assistance|help)$/;
/** Prepositions that bring in a noun's other party when its entry names none. */
const DEFAULT_NOUN_PREPS = ['with', 'against', 'on', 'to', 'toward', 'towards'];
/** For a verb, "in" and "of" lead to places and parts, not targets ("in Riyadh", "one of"). */
const VERB_TARGET_PREP = new Set(['with', 'on', 'against', 'to', 'toward', 'towards', 'from', 'at', 'into', 'upon', 'onto', 'between', 'behind']);
/** Nouns that take the actor right after them as their other party ("U.S. ally Japan", "foes Iran and Israel"). */
const APPOSITION_NOUN = /^(?:ally|allies|partner|partners|friend|friends|foe|foes|rival|rivals|adversary|adversaries|enemy|enemies|arch-rival|arch-rivals|arch-enemy|arch-foe)$/;
/** Words before "to" or "of" that make a cause of them: "due to", "in response to", "because of". */
const COMPOUND_CAUSE = /^(?:due|owing|thanks|response|addition|according|contrary|prior|because|instead|regardless|spite|view|light|lieu|favour|favor|behalf|terms|part)$/;
const MISSION_NOUN = /^(?:embass(?:y|ies)|consulates?|missions?|offices?|ambassadors?|envoys?|diplomats?)$/;
/** Prepositions of phrases that stand beside a clause rather than complete its verb. */
/** Participles after which "in" brings in a state the subject is in: "locked in a dispute", "embroiled in a row". */
const IN_STATE = /^(?:locked|embroiled|engaged|involved|mired|entangled|caught|deadlocked|enmeshed|bogged)$/;
const ADJUNCT_PREP = new Set(['in', 'during', 'amid', 'amidst', 'after', 'since', 'over', 'despite', 'following', 'before', 'because', 'throughout', 'under', 'within', 'at', 'by', 'for', 'of']);
/** Reporting verbs that act on the subject of what they report: "warned that Saudi Arabia would pay". */
const REPORTER_ACTS = new Set(['warn', 'threaten', 'claim', 'allege', 'accuse', 'charge', 'blame', 'deny', 'demand', 'insist']);
const SUBJECT_PRONOUN = new Set(['it', 'they', 'he', 'she', 'we']);
/** A group that stands for actors named elsewhere (before this sentence, or by what a word refers to). */
const standIn = (ids: readonly string[]): ActorGroup => ({ ids: [...ids], first: -1, end: -1, possessive: false, place: false, demonym: false });
/** A state's means of force: "its F-16 jets", "their troops". */
const FORCE_NOUN = /^(?:jets?|warplanes?|planes|aircraft|drones?|troops|forces|army|navy|soldiers|warships?|ships|artillery|missiles?|rockets?|tanks)$/;

/** True when the group is who speaks: "Pakistani officials said", "the Egyptian ministry stated", ", according to Egypt". */
export function speaks(tokens: readonly Token[], g: ActorGroup): boolean {
  for (let k = g.end; k < tokens.length && k < g.end + 5; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB') return REPORTING.has(t.lemma);
    if (!['NOUN', 'ADJ', 'PROPN', 'ADV', 'AUX', 'PART'].includes(t.pos)) break;
  }
  const before = tokens.slice(Math.max(0, g.first - 3), g.first).filter((t) => t.pos !== 'DET' && t.pos !== 'ADJ');
  const last = before[before.length - 1];
  return (last?.lower === 'to' && before[before.length - 2]?.lower === 'according') || (last?.pos === 'VERB' && REPORTING.has(last.lemma) && before[before.length - 2]?.text === ',');
}

export class SentencePairing {
  /** The target found in each clause so far, for verbs coordinated with it. */
  private readonly targets = new Map<number, string[]>();
  constructor(
    private readonly tokens: readonly Token[],
    private readonly groups: readonly ActorGroup[],
    private readonly clauses: readonly Clause[],
    private readonly discourse: Discourse,
  ) {}

  clauseIndexOf(i: number): number {
    const k = this.clauses.findIndex((c) => i >= c.from && i < c.to);
    return k < 0 ? this.clauses.length - 1 : k;
  }

  private groupAt(i: number): ActorGroup | undefined {
    return this.groups.find((g) => g.first === i);
  }

  /** The preposition right before the group (past its determiners and adjectives), if any. */
  private prepositionBefore(group: ActorGroup, from: number): string | null {
    let describing = false;
    // "between liberal democracies and Beijing": past a conjunction, the phrase's other nouns.
    let conjoined = false;
    for (let k = group.first - 1; k >= from; k--) {
      const t = this.tokens[k] as Token;
      if (conjoined && (t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
      if ((t.lower === 'and' || t.lower === 'or') && !conjoined) {
        conjoined = true;
        continue;
      }
      if (t.pos === 'ADP' || t.pos === 'SCONJ' || t.lower === 'to') {
        // "due to", "in response to", "because of": a cause, not a target.
        if (COMPOUND_CAUSE.test(this.tokens[k - 1]?.lower ?? '')) return 'because';
        return t.lower;
      }
      // Past determiners, adjectives, and a describing noun with its modifiers: "to Indo-Pacific allies Japan".
      if (DESCRIPTOR_NOUN.test(t.lower)) describing = true;
      // A number counts people ("of 23 Russian diplomats"); a year closes a phrase of its own ("In 2018 Morocco").
      else if (t.pos === 'NUM' && !/^1[89]\d\d$|^20\d\d$/.test(t.text)) continue;
      // (Past a possessive too: "with its South Korean ally".)
      else if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADV' && !/^(?:its|their|his|her|our)$/.test(t.lower) && !(describing && (t.pos === 'PROPN' || t.text === '-'))) return null;
    }
    return null;
  }

  /** A target and the targets coordinated with it: "to Japan and to the Philippines". */
  private withCoordinated(group: ActorGroup): ActorGroup {
    let ids = [...group.ids];
    let end = group.end;
    for (;;) {
      let k = end;
      if (this.tokens[k]?.text === ',') k++;
      if (this.tokens[k]?.lower !== 'and' && this.tokens[k]?.lower !== 'or') break;
      k++;
      if (this.tokens[k]?.pos === 'ADP' || this.tokens[k]?.lower === 'to') k++;
      while (this.tokens[k]?.pos === 'DET') k++;
      // "Yerevan and its traditional ally Moscow": past a describing noun of the first.
      if (/^(?:its|their)$/.test(this.tokens[k]?.lower ?? '')) {
        let d = k + 1;
        while (this.tokens[d]?.pos === 'ADJ') d++;
        if (DESCRIPTOR_NOUN.test(this.tokens[d]?.lower ?? '')) k = d + 1;
      }
      let next = this.groupAt(k);
      // ("on Niger, and Nigeria cut off": an actor its verb follows starts a clause of its own.)
      if (next && (this.tokens[next.end]?.pos === 'VERB' || this.tokens[next.end]?.pos === 'AUX') && this.tokens[end]?.text === ',') break;
      // "between Israel and Iran-backed Hezbollah": the one described, not its backer.
      if (next && this.tokens[next.end]?.text === '-' && /ed$/.test(this.tokens[next.end + 1]?.lower ?? '')) {
        let d = next.end + 2;
        while (this.tokens[d]?.pos === 'ADJ' || (this.tokens[d]?.pos === 'PROPN' && !this.groupAt(d))) d++;
        next = this.groupAt(d);
      }
      if (!next || next.place) break;
      ids = [...ids, ...next.ids.filter((id) => !ids.includes(id))];
      end = next.end;
    }
    return ids.length === group.ids.length ? group : { ...group, ids, end };
  }

  /** True when the group says whose people are meant: "lawmakers in Fornost", "officials from Egypt". */
  /**
   * "condemned the attack", "called the strike a violation": a hostile act named before, in
   * tokens [from, to) with no actor of its own, is the latest hostile act's; its agents, or null.
   */
  private toldActAgents(from: number, to: number, judge: ActorGroup): ActorGroup | null {
    const agents = this.discourse.actAgents;
    if (!agents || agents.some((id) => judge.ids.includes(id)) || this.groups.some((g) => g.first >= from && g.end <= to)) return null;
    // "Governments condemned the raid. Brazil called it a violation": "it" is the act the sentence before named.
    if (this.discourse.actJustNamed && /^(?:it|this)$/.test(this.tokens[from]?.lower ?? '')) return standIn(agents);
    for (let k = from; k < to; k++) {
      if (!HOSTILE_ACT.test(this.tokens[k]?.lower ?? '')) continue;
      let d = k - 1;
      while (d >= from && (this.tokens[d]?.pos === 'ADJ' || this.tokens[d]?.pos === 'NOUN' || /^["“”]$/.test(this.tokens[d]?.text ?? ''))) d--;
      if (/^(?:the|this|that|these|those)$/.test(this.tokens[d]?.lower ?? '')) return standIn(agents);
    }
    return null;
  }

  /** For ", which it accuses of ...": the antecedent, which is the clause's object, or null. */
  objectRelative(clause: Clause): ActorGroup | null {
    if (clause.kind !== 'relative' || !/^(?:which|whom|that)$/.test(this.tokens[clause.from]?.lower ?? '') || !/^(?:it|they|he|she)$/.test(this.tokens[clause.from + 1]?.lower ?? '')) return null;
    return [...this.groups].reverse().find((g) => g.end <= clause.from && clause.from - g.end <= 2 && !g.place) ?? null;
  }

  /** "accused Qatar of being too close to Iran", "accusing it of being": the one accused, or null. */
  private accusedOfBeing(trigger: Trigger, c: number): ActorGroup | null {
    let k = trigger.from - 1;
    // (Past "behind" and a modifying noun: "of being behind a sabotage attack on a Warsaw shopping centre".)
    while (k > 0 && (this.tokens[k]?.pos === 'ADV' || this.tokens[k]?.pos === 'DET' || this.tokens[k]?.pos === 'ADJ' || (this.tokens[k]?.pos === 'NOUN' && k > trigger.from - 3))) k--;
    if (this.tokens[k]?.lower === 'behind') k--;
    if (this.tokens[k]?.lower !== 'being' || this.tokens[k - 1]?.lower !== 'of') return null;
    // ("of supporting terrorism and of being too close": the first "of", after the accused.)
    let of = k - 1;
    for (let j = of - 1; j >= 0 && j >= of - 10; j--) {
      if (this.tokens[j]?.lower === 'of' && (this.groups.some((g) => g.end === j) || /^(?:it|them)$/.test(this.tokens[j - 1]?.lower ?? ''))) {
        of = j;
        break;
      }
    }
    const named = this.groups.find((g) => g.end === of && !g.place && !g.descriptor);
    if (named) return named;
    if (!/^(?:it|them)$/.test(this.tokens[of - 1]?.lower ?? '')) return null;
    const subject = this.subjectOf(c, of);
    return [...this.groups].reverse().find((g) => g.end < of && !g.place && !g.descriptor && !g.ids.some((id) => subject?.ids.includes(id))) ?? null;
  }

  /**
   * "China criticised the rapprochement", "Iran denounced the deal": a disapproving judgement of the
   * pair's agreement, named with no party of its own, is on both of the pair the article told it of.
   */
  /** "Egypt and the United States helped negotiate the deal": helping the pair to its deal is cooperation with both of the pair. */
  private helpedDeal(trigger: Trigger, clause: Clause, subject: ActorGroup | null): ActorGroup | null {
    const pair = this.discourse.pair;
    const head = this.tokens[trigger.head];
    if (!subject || !pair || !head || trigger.stance !== 'cooperative' || pair.some((id) => subject.ids.includes(id))) return null;
    // The verb of the deal: "helped negotiate", "helped to broker", "brokered".
    let k = trigger.to;
    if (head.lemma === 'help') {
      if (this.tokens[k]?.lower === 'to') k++;
      if (!/^(?:negotiate|broker|mediate|secure|reach|seal|clinch|forge|arrange)$/.test(this.tokens[k]?.lemma ?? '')) return null;
      k++;
    } else if (!mediating(head)) return null;
    // ("trying to broker a ceasefire": the pair's deal, named or not.)
    return this.pairsDealAt(k, trigger, clause, /^(?:the|this|that|their|a|an)$/, TALKS_NOUN, pair);
  }

  /**
   * The pair told before, when the words at token k name its deal: a determiner, adjectives, a noun
   * of `nouns`, and no actor of the clause's own after the trigger ("the rapprochement", "a ceasefire").
   */
  private pairsDealAt(k: number, trigger: Trigger, clause: Clause, determiner: RegExp, nouns: RegExp, pair: readonly [string, string]): ActorGroup | null {
    if (!determiner.test(this.tokens[k]?.lower ?? '')) return null;
    k++;
    while (k < clause.to && this.tokens[k]?.pos === 'ADJ') k++;
    if (!nouns.test(this.tokens[k]?.lower ?? '') || this.groups.some((g) => g.first > trigger.head && g.end <= clause.to)) return null;
    return standIn(pair);
  }

  /**
   * "China criticised the rapprochement", "Iran denounced the deal": a disapproving judgement of the
   * pair's agreement, named with no party of its own, is on both of the pair the article told it of.
   */
  private judgedDeal(trigger: Trigger, clause: Clause, subject: ActorGroup | null, disapproving = DISAPPROVING.has(this.tokens[trigger.head]?.lemma ?? '')): ActorGroup | null {
    const pair = this.discourse.pair;
    if (!subject || !pair || trigger.stance !== 'tense' || !disapproving || pair.some((id) => subject.ids.includes(id))) return null;
    return this.pairsDealAt(trigger.to, trigger, clause, /^(?:the|this|that|their)$/, DEAL_NOUN, pair);
  }

  /**
   * "The United States held drills with Guyana, which Caracas called a provocation", "..., which China
   * condemned": ", which" after a clause that ends in no actor stands for what that clause told; its
   * subject did it. The doer, or null.
   */
  private whichAct(verb: number, judge: ActorGroup): ActorGroup | null {
    // ("agreed to give U.S. forces access to more bases, a move China criticised": the move is what the sentence told.)
    if (judge.first >= 3 && MOVE_NOUN.test(this.tokens[judge.first - 1]?.lower ?? '') && /^(?:a|the|this)$/.test(this.tokens[judge.first - 2]?.lower ?? '') && this.tokens[judge.first - 3]?.text === ',') {
      const doer = this.subjectOf(this.clauseIndexOf(judge.first - 3), judge.first - 3);
      return doer && !doer.ids.some((id) => judge.ids.includes(id)) ? doer : null;
    }
    const relative = this.clauses[this.clauseIndexOf(verb)] as Clause;
    if (relative.kind !== 'relative' || relative.parent === null || this.tokens[relative.from]?.lower !== 'which' || this.tokens[relative.from - 1]?.text !== ',') return null;
    if (this.groups.some((g) => g.end === relative.from - 1)) return null;
    const doer = this.subjectOf(relative.parent, relative.from);
    return doer && !doer.ids.some((id) => judge.ids.includes(id)) ? doer : null;
  }

  /** "Raisi called Aliyev to express his condolences": the one called, visited or met is whom the purpose is for. */
  private contacted(trigger: Trigger, subject: ActorGroup | null): ActorGroup | null {
    if (this.tokens[trigger.from - 1]?.lower !== 'to' || !subject) return null;
    const g = this.groups.find((x) => x.end === trigger.from - 1 && !x.place);
    const verb = g ? this.tokens[g.first - 1] : undefined;
    return g && verb?.pos === 'VERB' && CONTACT_VERBS.has(verb.lemma) && !g.ids.some((id) => subject.ids.includes(id)) ? g : null;
  }

  /**
   * "Belarus allowed Russia to use its territory to invade Ukraine": after a verb that lets or makes
   * its object act, the acts in the "to" chain are the object's; that object, or null.
   */
  private controlled(trigger: Trigger): ActorGroup | null {
    if (this.tokens[trigger.from - 1]?.lower !== 'to') return null;
    const clause = this.clauses[this.clauseIndexOf(trigger.head)] as Clause;
    for (const g of [...this.groups].reverse()) {
      if (g.first < clause.from || g.end > trigger.from || g.place) continue;
      const verb = this.tokens[g.first - 1]?.pos === 'DET' ? this.tokens[g.first - 2] : this.tokens[g.first - 1];
      if (this.tokens[g.end]?.lower === 'to' && verb?.pos === 'VERB' && LETTING_VERBS.has(verb.lemma)) return g;
      // Another actor between is the subject of what follows it.
      if (!g.possessive) return null;
    }
    return null;
  }

  /** For a noun after "of" or "for": the actor a verb of blame before it names ("accused Israel of", "retaliate against Israel for"). */
  private blamedFor(trigger: Trigger): ActorGroup | null {
    let k = trigger.from - 1;
    while (k >= 0 && k >= trigger.from - 5 && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(this.tokens[k]?.pos ?? '')) k--;
    // ("accused Pakistan of carrying out air strikes": past a light verb.)
    if (/^(?:out)$/.test(this.tokens[k]?.lower ?? '') && /^(?:carrying)$/.test(this.tokens[k - 1]?.lower ?? '')) k -= 2;
    else if (/^(?:launching|conducting|staging|mounting|orchestrating|ordering)$/.test(this.tokens[k]?.lower ?? '')) k -= 1;
    if (!/^(?:of|for)$/.test(this.tokens[k]?.lower ?? '')) return null;
    const group = this.groups.find((g) => g.end === k && !g.place);
    if (!group) return null;
    for (let v = group.first - 1; v >= 0 && v >= group.first - 3; v--) {
      const t = this.tokens[v] as Token;
      if (BLAMING_VERBS.has(t.lemma) || (t.lower === 'against' && this.tokens[v - 1]?.lemma === 'retaliate')) return group;
      if (t.pos !== 'DET' && t.pos !== 'ADP') return null;
    }
    return null;
  }

  /** True when the group completes a describing noun: "a close ally of both Syria and Iran", "rival of India". */
  private describedBy(group: ActorGroup, from: number): boolean {
    if (this.prepositionBefore(group, from) !== 'of') return false;
    const of = this.tokens.findLastIndex((t, k) => k < group.first && k >= from && t.lower === 'of');
    return of > 0 && DESCRIPTOR_NOUN.test(this.tokens[of - 1]?.lower ?? '');
  }

  private staffOf(group: ActorGroup): boolean {
    const prep = this.tokens[group.first - 1]?.lower ?? '';
    return (prep === 'in' || prep === 'from') && STAFF.test(this.tokens[group.first - 2]?.lower ?? '');
  }

  /** The actor in subject position before token `at` in clause `c`, following the clause's links. */
  subjectOf(c: number, at: number, depth = 0): ActorGroup | null {
    const clause = this.clauses[c];
    if (!clause || depth > 4) return null;
    // ", angering Moscow, and has held": a participle's clause has no subject of its own; what follows it is its object.
    const first = this.tokens[clause.from];
    // (Not "including", which names examples of what comes before.)
    if (clause.kind === 'continued' && clause.parent !== null && first?.pos === 'VERB' && /ing$/.test(first.lower) && !/^(?:including|excluding|notably)$/.test(first.lower)) return this.subjectOf(clause.parent, this.clauses[clause.parent]!.to, depth + 1);
    // (The word that opens a subordinate clause is not a preposition of its subject: "after Iran launched".)
    const opener = this.tokens[clause.from]?.lower ?? '';
    const start = clause.from + (SUBORDINATOR.has(opener) || MAYBE_SUBORDINATOR.has(opener) ? 1 : 0);
    // ("as the U.S. allies seek", "Moscow's partners said": a name before a describing noun says whose they are; it is not the subject.)
    const ofOthers = (g: ActorGroup) => DESCRIPTOR_NOUN.test(this.tokens[g.end]?.lower ?? '') && /s$/.test(this.tokens[g.end]?.lower ?? '');
    const candidates = this.groups.filter((g) => g.first >= clause.from && g.end <= at && !g.place && !g.descriptor && !ofOthers(g) && (!NOT_SUBJECT.has(this.prepositionBefore(g, start) ?? '') || this.staffOf(g)) && !this.describedBy(g, clause.from));
    // Prefer the actor before the first verb of the clause: later ones are objects of other verbs.
    // (A participle that opens the clause or follows a comma is an adjunct: "Following talks, X and Y ...".)
    const firstVerb = this.tokens.findIndex(
      (t, k) => k >= clause.from && k < at && (t.pos === 'AUX' || (t.pos === 'VERB' && !(/ing$/.test(t.lower) && (k === clause.from || this.tokens[k - 1]?.pos === 'PUNCT')))),
    );
    const beforeVerb = candidates.filter((g) => firstVerb < 0 || g.end <= firstVerb);
    const pick = beforeVerb[beforeVerb.length - 1] ?? null;
    if (pick) return pick;
    // '"We will not tolerate it," the Chinese foreign ministry said, warning ...': the speaker after a quotation.
    const speaker = candidates.find((g) => speaks(this.tokens, g));
    if (speaker) return speaker;
    // (A pronoun after the clause's first verb is its object: "that would force it to".)
    // ("and its F-16 jets struck": a possessive before a noun of force stands for its owner too.)
    const pronoun = this.tokens.slice(clause.from, firstVerb >= 0 ? Math.min(at, firstVerb) : at).find((t, j, all) => t.pos === 'PRON' && (SUBJECT_PRONOUN.has(t.lower) || (/^(?:its|their)$/.test(t.lower) && all.slice(j + 1).some((x) => FORCE_NOUN.test(x.lower)))));
    // "Russia denied that its troops had crossed": in a reported clause, "it" and "its" are the reporter's.
    if (clause.kind === 'reported' && clause.parent !== null && this.tokens.slice(clause.from, at).some((t) => t.pos === 'PRON' && /^(?:it|its|they|their)$/.test(t.lower))) {
      const reporter = this.subjectOf(clause.parent, clause.reporter ?? this.clauses[clause.parent]!.to, depth + 1);
      if (reporter) return reporter;
    }
    if (clause.kind === 'continued' && clause.parent !== null) return this.subjectOf(clause.parent, this.clauses[clause.parent]!.to, depth + 1);
    // ("the UAE, which it accuses of arming the RSF": with a subject of its own after "which", the antecedent is the object.)
    if (clause.kind === 'relative' && !this.objectRelative(clause)) {
      const antecedent = [...this.groups].reverse().find((g) => g.end <= clause.from && clause.from - g.end <= 2);
      // "the only NATO member that": a name that modifies the noun before "that" is not what it stands for;
      // after a copula ("Hungary is the only NATO member that") the noun is the subject's.
      const modifies = antecedent && !antecedent.possessive && this.tokens[antecedent.end]?.pos === 'NOUN' && antecedent.end < clause.from && this.tokens[clause.from - 1]?.text !== ',';
      if (antecedent && !modifies) return antecedent;
      // ("Countries that have no diplomatic ties with Taiwan": a common noun is the subject; no actor, and none from before.)
      if (!antecedent && this.tokens[clause.from - 1]?.pos === 'NOUN' && /^(?:that|which|who)$/.test(this.tokens[clause.from]?.lower ?? '') && !this.tokens.slice(clause.from + 1, at).some((t) => t.pos === 'PRON' || this.groupAt(this.tokens.indexOf(t)))) return null;
      if (modifies && clause.parent !== null) {
        const parent = this.clauses[clause.parent] as Clause;
        const copula = this.tokens.slice(parent.from, antecedent.first).findIndex((t) => t.lemma === 'be' || t.lemma === 'remain' || t.lemma === 'become');
        if (copula >= 0) return this.subjectOf(clause.parent, parent.from + copula, depth + 1);
      }
    }
    // '"We will respond," the Iranian foreign minister said': "we" in a quotation is its speaker.
    if (pronoun?.lower === 'we') {
      const speaker = this.groups.find((g) => speaks(this.tokens, g));
      if (speaker) return speaker;
    }
    // ("Poland said that Belarusian helicopters had violated its airspace, and it summoned ...": "it" after
    // "and" is the sentence's first subject, not the reported clause's.)
    // (So is "it" in a relative or a subordinate clause: "the controls that it imposed on South Korea",
    // "the promise it made when it signed a treaty".)
    const opens = this.tokens[clause.from]?.lower ?? '';
    if (pronoun && /^(?:it|they|its|their)$/.test(pronoun.lower) && c > 0 && (/^(?:and|but)$/.test(opens) || clause.kind === 'relative' || SUBORDINATOR.has(opens) || MAYBE_SUBORDINATOR.has(opens))) {
      const first = this.subjectOf(0, this.clauses[0]!.to, depth + 1);
      if (first) return first;
    }
    // ("We are determined," the leaders said: "we" is its speaker's, or no one's; not the subject before.)
    if (pronoun && pronoun.lower !== 'we' && this.discourse.subject) return standIn(this.discourse.subject);
    // "Blaming Russia for the attack, the UK said ...": an opening participle's subject follows its comma.
    const opening = this.tokens[clause.from];
    if (opening && opening.pos === 'VERB' && /ing$/.test(opening.lower) && at <= this.tokens.findIndex((t, k) => k > clause.from && t.text === ',')) {
      const comma = this.tokens.findIndex((t, k) => k > clause.from && t.text === ',');
      return this.groups.find((g) => g.first > comma && !g.place && !g.descriptor && this.tokens.slice(comma + 1, g.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ')) ?? null;
    }
    return null;
  }

  /** The target of a verb at `head` in its clause: the first actor in its object or in a target phrase. */
  private verbTarget(trigger: Trigger, clause: Clause, subject: ActorGroup | null): ActorGroup | null {
    const limit = Math.min(clause.to, trigger.head + 14);
    for (let k = trigger.head + 1; k < limit; k++) {
      const t = this.tokens[k] as Token;
      const group = this.groupAt(k);
      if (group) {
        // A visit's place is its target: "arrived in Nairobi"; so is the state an attack strikes in.
        const visit = trigger.code?.startsWith('042') || trigger.code?.startsWith('043');
        const strike = trigger.stance === 'hostile';
        // "open an office in Jerusalem": the state a mission is in, even named by its capital.
        const inMission = group.place && this.tokens[group.first - 1]?.lower === 'in' && MISSION_NOUN.test(this.tokens[group.first - 2]?.lower ?? '');
        // "signed a Russian-brokered ceasefire": Russia describes the ceasefire.
        // ("seized an Israeli-linked ship": what is linked to, owned by or flagged in a state is the state's.)
        const compound = this.tokens[group.end]?.text === '-' && /ed$/.test(this.tokens[group.end + 1]?.lower ?? '') && !/^(?:linked|owned|flagged|operated|registered|bound|made|built)$/.test(this.tokens[group.end + 1]?.lower ?? '');
        // "condemned the attack on Britain's embassy": the victim of the act judged is not the target;
        // its agent is ("the attack by Russian forces").
        if (JUDGING_VERBS.has(this.tokens[trigger.head]?.lemma ?? '')) {
          const act = this.tokens.slice(trigger.head + 1, group.first).findLast((t) => HOSTILE_ACT.test(t.lower));
          const before = this.prepositionBefore(group, trigger.head + 1);
          if (act && before === 'by') return this.withCoordinated(group);
          if (act && before !== null) {
            k = group.end - 1;
            continue;
          }
        }
        // "to fight rebels with Kinshasa's consent": who consents is not who is fought.
        const consent = group.possessive && this.tokens[group.first - 1]?.lower === 'with' && /^(?:consent|support|help|backing|approval|blessing|permission|cooperation|assistance|agreement)$/.test(this.tokens[group.end]?.lower ?? '');
        if (group === subject || (group.place && !visit && !strike && !inMission) || group.descriptor || compound || consent) {
          k = group.end - 1;
          continue;
        }
        // A particle is the verb's ("shot down an American drone"), not a preposition.
        const particle = /^(?:down|up|off|out|back)$/.test(this.tokens[trigger.head + 1]?.lower ?? '') ? 1 : 0;
        let prep = this.prepositionBefore(group, trigger.head + 1 + particle);
        // "banned hundreds of Chinese apps": "of" after a quantity is no preposition of the verb's.
        if (prep === 'of' && QUANTITY_OF.test(this.tokens[this.tokens.findLastIndex((t, j) => j < group.first && t.lower === 'of') - 1]?.lower ?? '')) prep = null;
        // "warned of X", "complained about X": right after the verb, of and about name its target.
        const right = (prep === 'of' || prep === 'about') && this.tokens[trigger.to]?.lower === prep;
        // "closed its embassy in Libya", "ambassador in Cairo": the state a mission is in.
        const mission = prep === 'in' && MISSION_NOUN.test(this.tokens[this.tokens.findLastIndex((t, j) => j < group.first && t.lower === 'in') - 1]?.lower ?? '');
        const own = prep !== null && (trigger.preps?.includes(prep) ?? false);
        // "banned imports of Turkish tomatoes": trade in a state's goods.
        const ofNoun = prep === 'of' ? (this.tokens[this.tokens.findLastIndex((t, j) => j < group.first && t.lower === 'of') - 1]?.lower ?? '') : '';
        const trade = /^(?:imports?|exports?|goods|products|shipments?|sales|purchases)$/.test(ofNoun);
        // "ordered the diplomatic staff of Argentina to leave", "expelled the ambassador of Mexico": the envoy's state.
        const envoyOf = MISSION_NOUN.test(ofNoun) || /^(?:staff|personnel|diplomats?|ambassadors?|envoys?|consuls?|attachés?)$/.test(ofNoun);
        // "annexing the Essequibo region claimed by Guyana": what is acted on is the owner's.
        const owner = prep === 'by' && OWNING.test(this.tokens[group.first - 2]?.lower ?? '') && group.first - 2 >= trigger.to;
        // "switched recognition from Taiwan to China": after a verb of change, "from" names what is left.
        if (prep === 'from' && /^(?:switch|shift|move|transfer)$/.test(this.tokens[trigger.head]?.lemma ?? '') && this.groups.some((g) => g.first > group.end && g.first < clause.to && this.tokens[g.first - 1]?.lower === 'to')) {
          k = group.end - 1;
          continue;
        }
        // "suspended visa services for Canadians", "halted aid for Kyiv": who loses what is reduced (CAMEO 16).
        const reduced = prep === 'for' && (trigger.code ?? '').startsWith('16');
        if (prep === null || VERB_TARGET_PREP.has(prep) || own || ((visit || strike) && (group.place || prep === 'in' || prep === 'inside' || prep === 'within')) || right || mission || trade || envoyOf || reduced || owner) return this.withCoordinated(group);
        k = group.end - 1;
        continue;
      }
      // Another verb ends the object, unless it is part of a compound adjective ("government-controlled").
      if (k >= trigger.to && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower) && this.tokens[k - 1]?.text !== '-' && !(OWNING.test(t.lower) && this.tokens[k + 1]?.lower === 'by')) return null;
      // ("blew up roads linking it to South Korea": what a road or a line links or leads to is no target.)
      // (What leads into a state is still on the way to it: "cordoned off the roads leading into Mordor".)
      if (k >= trigger.to && /^(?:linking|connecting)$/.test(t.lower) && (this.tokens[k + 1]?.pos === 'PRON' || this.groupAt(k + 1))) return null;
      // (A comma inside the trigger's own words is no end: "cut diplomatic, trade and travel ties with".)
      if ((t.text === ',' && k >= trigger.to) || t.pos === 'SCONJ') return null;
      if ((t.lower === 'it' || t.lower === 'them') && t.pos === 'PRON' && k === trigger.head + 1) {
        const earlier = [...this.groups].reverse().find((g) => g.end <= trigger.head && g !== subject && !g.place);
        const ids = earlier?.ids ?? this.discourse.target;
        return ids ? { ids, first: k, end: k + 1, possessive: false, place: false, demonym: false } : null;
      }
    }
    return null;
  }

  /** The actors attached to a noun: before it (possessor, modifier) and in the phrases after it. */
  private nounActors(trigger: Trigger): { before: ActorGroup[]; after: ActorGroup | null; between: ActorGroup | null; by: ActorGroup | null } {
    const before: ActorGroup[] = [];
    let k = trigger.from - 1;
    // (Participles too: "India's growing partnership with", "their deepening ties".)
    const modifier = (t: Token | undefined) => !!t && (['ADJ', 'NOUN', 'ADV', 'NUM'].includes(t.pos) || t.lower === '-' || t.lower === '–' || (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower)));
    while (k >= 0 && modifier(this.tokens[k]) && !this.groups.some((g) => g.end === k + 1)) {
      if (trigger.from - k > 3) break;
      k--;
    }
    // k is now the last token before the noun phrase's modifiers.
    for (let j = this.groups.length - 1; j >= 0; j--) {
      const g = this.groups[j] as ActorGroup;
      if (g.end !== k + 1 && !(before.length > 0 && /^[-–]$/.test(this.tokens[g.end]?.text ?? '') && g.end + 1 === before[before.length - 1]?.first)) continue;
      if (g.place) break;
      before.push(g);
    }
    let after: ActorGroup | null = null;
    let between: ActorGroup | null = null;
    let by: ActorGroup | null = null;
    const limit = Math.min(this.tokens.length, trigger.to + 14);
    // (An idiom of several words may hold its party: "the closure of the Taiwanese embassy".)
    const start = (trigger.slots ?? 0) > 1 ? trigger.head + 1 : trigger.to;
    for (let j = start; j < limit; j++) {
      const t = this.tokens[j] as Token;
      // "strikes on what it said were militant bases in Pakistan": a hedge is no verb of the sentence's.
      const hedge = t.lower === 'what' ? hedgeEnd(this.tokens, j) : -1;
      if (hedge > 0) {
        j = hedge - 1;
        continue;
      }
      // "a deal signed by Turkey and Libya", "talks held between": a participle after the noun.
      if (j === trigger.to && t.pos === 'VERB' && /(?:ed|en|wn|ht)$/.test(t.lower)) continue;
      // "sanctions were imposed on Belarus by the EU": the noun is the subject of a passive that names its parties.
      if (j === trigger.to && t.pos === 'AUX' && t.lemma === 'be') {
        let v = j + 1;
        while (this.tokens[v]?.pos === 'ADV' || this.tokens[v]?.lemma === 'be') v++;
        if (this.tokens[v]?.pos === 'VERB' && /(?:ed|en|wn|ht)$/.test(this.tokens[v]?.lower ?? '')) {
          // ("The agreement was welcomed by the EU": who judges it is no party to it.)
          if (JUDGING_VERBS.has(this.tokens[v]?.lemma ?? '')) break;
          j = v;
          continue;
        }
      }
      const group = this.groupAt(j);
      if (group && !group.place) {
        const prep = this.prepositionBefore(group, start);
        // ("in protest at a security pact between Washington, London and Canberra": the pact's parties, not the protest's.)
        const ownsBetween = !this.tokens.slice(trigger.to, group.first).some((t) => t.pos === 'NOUN' && !/^(?:ties|relations|relationship|tensions?|talks|countries|states|nations)$/.test(t.lower));
        if ((prep === 'between' || prep === 'among') && !ownsBetween) break;
        if (prep === 'between' || prep === 'among') between ??= this.withCoordinated(group);
        // ("concerned by China": for a word of feeling "by" names its cause, the other party.)
        else if ((prep === 'by' && !trigger.preps?.includes('by')) || (prep === 'from' && FROM_SOURCE.test(this.tokens[trigger.head]?.lower ?? ''))) by ??= group;
        else if (prep && (trigger.preps ?? DEFAULT_NOUN_PREPS).includes(prep) && !after) after = this.withCoordinated(group);
        else if (prep === null && j === trigger.to && APPOSITION_NOUN.test(this.tokens[trigger.head]?.lower ?? '')) after = this.withCoordinated(group);
        j = group.end - 1;
        continue;
      }
      // (A participle before a noun is its modifier: "annexation of four partly occupied regions of Ukraine".)
      if (t.pos === 'VERB' && /ed$/.test(t.lower) && this.tokens[j + 1]?.pos === 'NOUN' && this.tokens[j + 1]?.lower !== 'by') continue;
      // (Nor past another noun's participle: "a truce in a deal mediated by Qatar".)
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || (/ed$/.test(t.lower) && this.tokens[j + 1]?.lower === 'by')) break;
    }
    return { before, after, between, by };
  }

  /** True when the noun stands in the object of a verb of its clause ("imposed sanctions on", "held talks with"). */
  private objectOfVerb(trigger: Trigger, clause: Clause): boolean {
    return this.verbOfObject(trigger, clause) >= 0;
  }

  /** The verb whose object the noun stands in, or -1. */
  private verbOfObject(trigger: Trigger, clause: Clause): number {
    let inParentheses = false;
    for (let k = trigger.from - 1, seen = 0; k >= clause.from && seen < 8; k--) {
      const t = this.tokens[k] as Token;
      // "an exclusive economic zone (EEZ) deal": what is in brackets does not count.
      if (t.text === ')') inParentheses = true;
      else if (t.text === '(') inParentheses = false;
      if (inParentheses || t.text === '(' || t.text === ')') continue;
      seen++;
      if (t.pos === 'VERB' || t.pos === 'AUX' || (this.tokens[k - 1]?.lower === 'to' && t.pos !== 'DET' && t.pos !== 'PROPN')) return k;
      if (t.text === ',' || t.pos === 'SCONJ') return -1;
      // "in the conflict with Armenia": a noun in an adjunct phrase is not the verb's object.
      // ("locked in a dispute with", "is in talks with": "in" after these is the predicate's, not an adjunct.)
      const inState = t.lower === 'in' && (this.tokens[k - 1]?.lemma === 'be' || IN_STATE.test(this.tokens[k - 1]?.lower ?? ''));
      if (t.pos === 'ADP' && ADJUNCT_PREP.has(t.lower) && !inState) return -1;
    }
    return -1;
  }

  /** True when the noun opens an aside: ", on a visit to", ", during talks with". */
  private asideAfterSubject(trigger: Trigger): boolean {
    // ("Egypt and Eritrea, both at odds with Ethiopia,": a phrase that opens with its own preposition.)
    if (this.tokens[trigger.from]?.pos === 'ADP') {
      const k = /^(?:both|all|each)$/.test(this.tokens[trigger.from - 1]?.lower ?? '') ? trigger.from - 2 : trigger.from - 1;
      if (this.tokens[k]?.text === ',') return true;
    }
    for (let k = trigger.from - 1; k >= 0 && k >= trigger.from - 4; k--) {
      const t = this.tokens[k] as Token;
      if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
      return t.pos === 'ADP' && this.tokens[k - 1]?.text === ',';
    }
    return false;
  }

  /**
   * A judgement ("was unacceptable", "called X's move a land grab"): its target is what is judged, the
   * subject before the copula or the object of the verb of calling; its source who judges, the
   * subject of the verb of calling, or who reports the clause ("Poland said ...", "..., Poland said").
   */
  private judgement(trigger: Trigger, verb: number | null): Pairing | null {
    const c = this.clauseIndexOf(trigger.head);
    const clause = this.clauses[c] as Clause;
    const actor = (g: ActorGroup) => !g.place && !g.descriptor;
    if (verb !== null) {
      const source = this.subjectOf(this.clauseIndexOf(verb), verb);
      const target = this.groups.find((g) => g.first > verb && g.end <= trigger.from && actor(g));
      if (target) this.targets.set(c, target.ids);
      // "Russia called the strike a violation": the agent of the hostile act told before.
      const told = source && !target ? this.toldActAgents(verb + 1, trigger.from, source) : null;
      if (source && told) return { sources: source.ids, targets: told.ids, within: false, subject: source };
      const doer = source && !target ? this.whichAct(verb, source) : null;
      if (source && doer) return { sources: source.ids, targets: doer.ids, within: false, subject: source };
      // "The Somali cabinet called the memorandum null and void": what one of the article's pair judges is the other's.
      if (source && !target) return this.toOtherOfPair(source, trigger.head);
      return source && target ? { sources: source.ids, targets: target.ids, within: false, subject: source } : null;
    }
    // "the agreement between Greece and Egypt was null and void": the pair of the judged noun.
    const target = this.subjectOf(c, trigger.from) ?? this.groups.find((g) => g.first >= clause.from && g.end <= trigger.from && this.tokens[g.first - 1]?.lower === 'between') ?? null;
    let source: ActorGroup | null = null;
    if (clause.kind === 'reported' && clause.parent !== null) source = this.subjectOf(clause.parent, clause.reporter ?? (this.clauses[clause.parent] as Clause).to);
    source ??= this.groups.find((g) => g !== target && actor(g) && speaks(this.tokens, g)) ?? null;
    if (!source) return null;
    if (target) return { sources: source.ids, targets: target.ids, within: false, subject: source };
    // "China said the visit was a provocation": what one of the article's pair judges is the other's.
    return this.toOtherOfPair(source, trigger.head);
  }

  /**
   * From a sole actor to the other of the pair the article is about, when the sentence names no one
   * else: "Taiwan expressed great regret" after Nicaragua broke with Taiwan.
   */
  private toOtherOfPair(source: ActorGroup, at: number): Pairing | null {
    const only = source.ids.length === 1 ? (source.ids[0] as string) : null;
    const pair = this.discourse.pair;
    if (!only || !pair) return null;
    const other = pair[0] === only ? pair[1] : pair[1] === only ? pair[0] : null;
    // (The sentence may name the other too, after it: "Minsk denied the accusation, saying Warsaw wanted ...".)
    if (!other || !this.groups.every((g) => g.ids.every((id) => id === only || (id === other && g.first > at)))) return null;
    return { sources: [only], targets: [other], within: false, subject: source };
  }

  /** An envoy in the passive: its state (possessor or demonym) and the host (after "to"/"in", or where it is summoned). */
  private envoyPair(trigger: Trigger, noun: number, fromEnvoyState: boolean): Pairing | null {
    const c = this.clauseIndexOf(trigger.head);
    const clause = this.clauses[c] as Clause;
    const own = this.groups.find((g) => g.end === noun || (g.end === noun - 1 && this.tokens[noun - 1]?.pos === 'ADJ')) ?? this.groups.find((g) => g.first === noun + 2 && this.tokens[noun + 1]?.lower === 'of');
    if (!own) return null;
    const hostPrep = (g: ActorGroup, from: number) => this.prepositionBefore(g, from);
    const host =
      this.groups.find((g) => g !== own && g.first > noun && g.end <= trigger.head && ['to', 'in'].includes(hostPrep(g, noun + 1) ?? '')) ??
      this.groups.find((g) => g !== own && g.first >= trigger.end && g.end <= clause.to && ['from', 'by', 'in', 'to'].includes(hostPrep(g, trigger.end) ?? ''));
    const hostIds = host?.ids ?? (this.discourse.subject && this.discourse.subject.length === 1 && !own.ids.includes(this.discourse.subject[0] as string) ? this.discourse.subject : null);
    if (!hostIds) return null;
    return fromEnvoyState ? { sources: own.ids, targets: hostIds, within: false, subject: own } : { sources: hostIds, targets: own.ids, within: false, subject: own };
  }

  pair(trigger: Trigger): Pairing | null {
    if (trigger.envoy) return this.envoyPair(trigger, trigger.envoy.noun, trigger.envoy.fromEnvoyState);
    if (trigger.judgement) return this.judgement(trigger, trigger.judgement.verb);
    const c = this.clauseIndexOf(trigger.head);
    const clause = this.clauses[c] as Clause;
    if (trigger.compound) {
      // "the Iran-backed Lebanese Hezbollah group": the actor before the hyphen, the one described after.
      const backer = this.groups.find((g) => g.end === trigger.head - 1);
      const backed = this.groups.find((g) => g.first > trigger.head && g.first <= trigger.head + 3);
      if (backer && backed) return { sources: backer.ids, targets: backed.ids, within: false, subject: null };
      // "Armenia and Azerbaijan signed a Russian-brokered ceasefire": the mediator and the parties who signed.
      const parties = backer && /^(?:brokered|mediated)$/.test(this.tokens[trigger.head]?.lower ?? '') ? this.subjectOf(c, trigger.head) : null;
      return backer && parties && parties !== backer ? { sources: backer.ids, targets: parties.ids, within: false, subject: null } : null;
    }
    if (trigger.kind === 'noun') {
      const { before, after, between, by } = this.nounActors(trigger);
      const subject = this.subjectOf(c, trigger.from);
      // ("its role as a mediator between Israel and Hamas": the mediator is cooperative with each of them.)
      if (between && between.ids.length >= 2 && (trigger.code ?? '').startsWith('045')) {
        const mediator = before[0] ?? subject;
        if (mediator && !mediator.ids.some((id) => between.ids.includes(id))) return { sources: mediator.ids, targets: between.ids, within: false, subject };
      }
      if (between && between.ids.length >= 2) return { sources: between.ids, targets: [], within: true, subject };
      // "Poland has been one of Ukraine's strongest supporters", "Colombia is Washington's closest ally": after a
      // copula, the subject is what the possessor's noun says.
      const role = /^(?:all(?:y|ies)|partners?|friends?|supporters?|backers?|champions?|investors?|donors?|creditors?|suppliers?|patrons?|buyers?|customers?|importers?|foes?|enem(?:y|ies)|rivals?|adversar(?:y|ies))$/.test(this.tokens[trigger.head]?.lower ?? '');
      if (role && before.length === 1 && before[0]!.possessive && subject && !subject.ids.some((id) => before[0]!.ids.includes(id)) && subject.end <= before[0]!.first) {
        const between = this.tokens.slice(subject.end, before[0]!.first);
        if (between.some((t) => /^(?:be|remain|become)$/.test(t.lemma)) && between.every((t) => t.pos !== 'VERB' || /^(?:be|remain|become)$/.test(t.lemma))) return { sources: subject.ids, targets: before[0]!.ids, within: false, subject };
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
      // "Tension has been running high between Afghanistan and Pakistan": a state whose pair comes later in its clause.
      if (trigger.mutual && before.length === 0 && !after) {
        const later = this.groups.find((g) => g.first > trigger.to && g.end <= clause.to && g.ids.length >= 2 && this.tokens[g.first - 1]?.lower === 'between');
        if (later) return { sources: later.ids, targets: [], within: true, subject };
      }
      // "Afghanistan and Pakistan, both key U.S. allies", "Britain, a close ally of Canada,": an aside
      // describing the actors before its comma.
      if (DESCRIPTOR_NOUN.test(this.tokens[trigger.head]?.lower ?? '') && (!after || before.length === 0) && before.length <= 1) {
        const comma = this.tokens.slice(0, trigger.from).map((t) => t.text).lastIndexOf(',');
        const between = comma >= 0 ? this.tokens.slice(comma + 1, trigger.from) : [];
        const antecedent = comma >= 0 ? this.groups.find((g) => g.end === comma) : undefined;
        const other = before[0] ?? after;
        if (antecedent && between.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')) return { sources: other?.ids ?? antecedent.ids, targets: other ? antecedent.ids : [], within: !other, subject };
      }
      // "accused Israel of the consulate strike", "retaliate against Israel for an air strike": the one
      // accused or retaliated against did the act, on what follows it or else on the accuser.
      const blamed = HOSTILE_ACT.test(this.tokens[trigger.to - 1]?.lower ?? '') && !by ? this.blamedFor(trigger) : null;
      if (blamed) {
        const victim = after ?? subject;
        if (victim && !victim.ids.some((id) => blamed.ids.includes(id))) return { sources: blamed.ids, targets: victim.ids, within: false, subject };
      }
      // "in their dispute over", "its row with Guyana": a possessive pronoun is the clause's subject's.
      let owner: ActorGroup | null = null;
      for (let k = trigger.from - 1; k >= clause.from && k >= trigger.from - 3; k--) {
        const t = this.tokens[k] as Token;
        if (/^(?:their|its)$/.test(t.lower)) owner = subject;
        // ("measures against Rwanda over its support for the M23": "over its" after an actor acted on is that actor's.)
        if (t.lower === 'its' && this.tokens[k - 1]?.lower === 'over') {
          const acted = [...this.groups].reverse().find((g) => g.end <= k - 1 && g.ids.length === 1 && !g.place && !g.descriptor && !g.ids.some((id) => subject?.ids.includes(id)));
          if (acted && this.tokens.slice(0, acted.first).some((x) => x.pos === 'VERB')) owner = acted;
        }
        if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'ADV') break;
      }
      if (owner && before.length === 0 && !by) {
        if (after && !after.ids.some((id) => owner.ids.includes(id))) return { sources: owner.ids, targets: after.ids, within: false, subject };
        if (!after && trigger.mutual && owner.ids.length >= 2 && this.tokens[trigger.from - 1]?.lower === 'their') return { sources: owner.ids, targets: [], within: true, subject };
      }
      // "Cyprus, which has been divided since a Turkish invasion": an act the subject has suffered since.
      if (trigger.stance === 'hostile' && before.length === 1 && !after && !by && subject && !subject.ids.some((id) => before[0]!.ids.includes(id))) {
        let k = before[0]!.first - 1;
        while (k >= 0 && ['DET', 'ADJ', 'NUM'].includes(this.tokens[k]?.pos ?? '')) k--;
        // (A participle of what was done to it, not "has been": "Poland has been a supporter since Russia's invasion".)
        if (/^(?:since|after|following|during|amid|by)$/.test(this.tokens[k]?.lower ?? '') && this.tokens.slice(clause.from, k).some((t) => t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && t.lemma !== 'be'))
          return { sources: before[0]!.ids, targets: subject.ids, within: false, subject };
      }
      let sources = by?.ids ?? before[0]?.ids ?? null;
      // A noun after a verb ("imposed sanctions on", "held talks with") takes the verb's subject.
      const verbAt = this.verbOfObject(trigger, clause);
      // "condemned the attack on Britain's embassy": who condemns an act did not do it.
      const judged = verbAt >= 0 && JUDGING_VERBS.has(this.tokens[verbAt]?.lemma ?? '');
      // ("thanked Iraq and Oman for hosting talks": who hosts talks does not hold them with each other.)
      const hosted = verbAt >= 0 && trigger.mutual && (HOSTING_VERBS.has(this.tokens[verbAt]?.lemma ?? '') || this.tokens[verbAt - 1]?.lemma === 'help' || (this.tokens[verbAt - 1]?.lower === 'to' && this.tokens[verbAt - 2]?.lemma === 'help'));
      if (hosted && !after) return null;
      // ("applied to join the military alliance": a body one joins or leaves, no relation among those who join it.)
      if (verbAt >= 0 && /^(?:join|leave|quit|exit|enter|rejoin)$/.test(this.tokens[verbAt]?.lemma ?? '') && !after && before.length === 0) return null;
      if (!sources && verbAt >= 0 && subject && !judged) sources = subject.ids;
      // "Biden, on a visit to Poland, ...": an aside after the subject is the subject's.
      if (!sources && subject && this.asideAfterSubject(trigger)) sources = subject.ids;
      // "broke off relations with Ecuador in solidarity with Mexico", "in retaliation against Israel": a
      // manner adjunct with its own party is the subject's.
      let inAt = trigger.from - 1;
      while (inAt > 0 && this.tokens[inAt]?.pos === 'ADJ') inAt--;
      if (!sources && subject && after && this.tokens[inAt]?.lower === 'in') sources = subject.ids;
      if (!sources) return after && after.ids.length >= 2 && trigger.mutual ? { sources: after.ids, targets: [], within: true, subject } : null;
      if (after) return { sources, targets: after.ids, within: false, subject };
      // "allowed the ship to dock despite Indian objections", "amid Chinese protests": the objector's, at the clause's subject.
      if (before[0] && !after && !trigger.mutual && subject && !subject.ids.some((id) => before[0]!.ids.includes(id))) {
        let k = before[0].first - 1;
        while (k >= 0 && ['DET', 'ADJ'].includes(this.tokens[k]?.pos ?? '')) k--;
        if (/^(?:despite|amid|amidst)$/.test(this.tokens[k]?.lower ?? '')) return { sources: before[0].ids, targets: subject.ids, within: false, subject };
      }
      // "received support from Russia", "visited despite protests from Beijing": from its source to the clause's subject.
      // ("were shot down by Israel's air defences with help from the United States": with no subject, the actor the help went to.)
      const helped = subject ?? (this.tokens[trigger.from - 1]?.lower === 'with' ? ([...this.groups].reverse().find((g) => g.first >= clause.from && g.end <= trigger.from && !g.place && !g.descriptor) ?? null) : null);
      if (by && !trigger.mutual && helped && !helped.ids.some((id) => by.ids.includes(id)) && this.prepositionBefore(by, trigger.to) === 'from') return { sources: by.ids, targets: helped.ids, within: false, subject };
      return trigger.mutual && sources.length >= 2 ? { sources, targets: [], within: true, subject } : null;
    }
    // "the United States and Cuba agreeing to ...": a gerund's subject stands right before it; a
    // complement ("agreed to restore") has the subject of the verb it complements.
    // "accused X of arming", "cited X as slamming": the gerund's subject is the object before the preposition.
    const gerund = /ing$/.test(this.tokens[trigger.head]?.lower ?? '');
    // (Past an opening quotation mark: 'accuses Doha of “supporting, funding ...'.)
    const quoted = /^["“'‘]$/.test(this.tokens[trigger.head - 1]?.text ?? '') ? 1 : 0;
    const linked = gerund && ['of', 'for', 'as'].includes(this.tokens[trigger.head - 1 - quoted]?.lower ?? '') ? trigger.head - 1 - quoted : trigger.head;
    // (With office words between: "cited the Turkish Foreign Ministry as slamming".)
    // ("accusing it of supporting terrorism": a pronoun there stands for the actor before it that is not the clause's subject.)
    const pronounObject = gerund && linked !== trigger.head && /^(?:it|them)$/.test(this.tokens[linked - 1]?.lower ?? '');
    const clauseSubject = pronounObject ? this.subjectOf(c, linked) : null;
    // ("the UAE, which it accuses of supplying weapons": the accused is the antecedent.)
    const relativeAccused = gerund && linked !== trigger.head && this.tokens[linked - 1]?.pos === 'VERB' ? this.objectRelative(this.clauses[c] as Clause) : null;
    const adjacent = gerund
      ? (relativeAccused ?? this.groups.find((g) => g.end <= linked && linked - g.end <= 3 && !g.place && !g.descriptor && this.tokens.slice(g.end, linked).every((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')) ??
        (pronounObject ? [...this.groups].reverse().find((g) => g.end < linked && !g.place && !g.descriptor && g !== clauseSubject && !g.ids.some((id) => clauseSubject?.ids.includes(id))) : undefined))
      : undefined;
    // "Ethiopia's plan to fill the dam": a noun's possessor is the subject of its "to"-complement.
    const matrix = trigger.matrix !== undefined ? this.tokens[trigger.matrix] : undefined;
    // (Not a request's or a call's: "Russia's request to send troops" asks someone else to send them.)
    const owner =
      matrix && matrix.pos === 'NOUN' && !/^(?:request|call|appeal|demand|invitation|order|pressure|plea|ultimatum)s?$/.test(matrix.lower) ? this.groups.find((g) => g.possessive && g.end <= (trigger.matrix as number) && this.tokens.slice(g.end, trigger.matrix).every((t) => t.pos === 'ADJ')) : undefined;
    // ("described the deal as undermining Armenia": the gerund's subject is the deal, no actor.)
    if (gerund && linked !== trigger.head && !adjacent && this.tokens[linked - 1]?.pos === 'NOUN') return null;
    const subject = adjacent ?? owner ?? this.controlled(trigger) ?? this.subjectOf(trigger.matrix !== undefined ? this.clauseIndexOf(trigger.matrix) : c, trigger.matrix ?? trigger.head);
    // "an election condemned by the United States", "a deal brokered by Washington": a participle after
    // a noun describes it (", brokered by Russia,"), with its agent after "by"; the act is on the nearest actor before.
    const head = this.tokens[trigger.head] as Token;
    const before = this.tokens[trigger.head - 1];
    // ("hosted by Prime Minister Anwar Ibrahim": past a title.)
    const byTitle = (g: ActorGroup) => this.tokens[trigger.head + 1]?.lower === 'by' && this.tokens.slice(trigger.head + 2, g.first).every((t) => t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'ADJ');
    const agent = this.groups.find((g) => g.first > trigger.head && g.first < clause.to && g.first - trigger.head <= 6 && (this.prepositionBefore(g, trigger.head + 1) === 'by' || byTitle(g)));
    // After a comma, only right after an actor: "Iran, backed by Russia," (not "Kosovo's independence, backed by Russia").
    // ("an election condemned as a sham by critics and condemned by the United States": the same participle again after "and".)
    const again = before?.lower === 'and' && this.tokens.slice(Math.max(0, trigger.head - 12), trigger.head - 1).some((t) => t.lower === head.lower);
    const described = before && (before.pos === 'NOUN' || /^["”]$/.test(before.text) || (before.text === ',' && this.groups.some((g) => g.end === trigger.head - 1 && !g.possessive)) || again);
    // ("the Essequibo region claimed by Guyana": a participle of holding says whose a place is, no act on anyone.)
    if (agent && described && OWNING.test(head.lower)) return null;
    if (!trigger.passive && agent && /(?:ed|en|wn|ht)$/.test(head.lower) && described) {
      const nearest = [...this.groups].reverse().find((g) => g.end <= trigger.head && !g.place && !g.descriptor);
      if (!nearest) return null;
      // ("Morocco normalised relations with Israel in a deal brokered by the United States": a mediator
      // is cooperative with each party, the clause's subject too.)
      const parties = mediating(head) ? [...new Set([...(this.subjectOf(c, trigger.head)?.ids ?? []), ...nearest.ids])].filter((id) => !agent.ids.includes(id)) : nearest.ids;
      return { sources: agent.ids, targets: parties, within: false, subject: agent };
    }
    // "The deal, brokered by the United States and France,", "talks in Malaysia hosted by Anwar": a
    // mediator or host of the pair's talks or deal is cooperative with both of the pair told before.
    if (!trigger.passive && agent && !described && (mediating(head) || /^(?:hosted|organised|organized|convened|sponsored)$/.test(head.lower))) {
      let k = trigger.head - 1;
      if (this.tokens[k]?.text === ',') k--;
      const place = this.groups.find((g) => g.end === k + 1 && /^(?:in|at)$/.test(this.tokens[g.first - 1]?.lower ?? ''));
      if (place) k = place.first - 2;
      // (The pair told before, or the sentence's own: "Pakistan and Afghanistan agreed a ceasefire after talks mediated by Qatar".)
      const own = this.subjectOf(0, trigger.head);
      const pair = own && own.ids.length === 2 && !own.ids.some((id) => agent.ids.includes(id)) ? own.ids : this.discourse.pair;
      if (TALKS_NOUN.test(this.tokens[k]?.lower ?? '') && pair && !pair.some((id) => agent.ids.includes(id))) return { sources: agent.ids, targets: [...pair], within: false, subject: agent };
    }
    if (trigger.passive) {
      const by = this.groups.find((g) => g.first > trigger.head && g.first < clause.to && this.tokens[g.first - 1]?.lower === 'by');
      // (An agent that is also the patient means the structure was misread: "The agreement, which Egypt
      // and Sudan say ..., was rejected by both countries".)
      if (!by || !subject || by.ids.some((id) => subject.ids.includes(id))) return null;
      return { sources: by.ids, targets: subject.ids, within: false, subject };
    }
    // "Tehran warned that Saudi Arabia would pay": a verb that reports a clause acts on its subject.
    const reported = REPORTER_ACTS.has(this.tokens[trigger.head]?.lemma ?? '') ? this.clauses.findIndex((x) => x.reporter === trigger.head) : -1;
    // "warned of consequences if Canberra pursued the inquiry": a warning is for the subject of its condition.
    const condition = /^(?:warn|threaten)$/.test(this.tokens[trigger.head]?.lemma ?? '') ? this.clauses.findIndex((x, k) => k > c && /^(?:if|unless)$/.test(this.tokens[x.from]?.lower ?? '')) : -1;
    // ("Moscow warned that it will take countermeasures if NATO deploys": not the reporter itself, then the condition's subject.)
    const reportedSubject = reported >= 0 ? this.subjectOf(reported, this.clauses[reported]!.to) : null;
    const own = reportedSubject && subject && reportedSubject.ids.some((id) => subject.ids.includes(id));
    // ("warned that Turkish missiles could hit Athens": then the one its own act would be on.)
    const reportedClause = reported >= 0 ? (this.clauses[reported] as Clause) : null;
    const onWhom = own && reportedClause ? (this.groups.find((g) => g.first > reportedSubject.end && g.end <= reportedClause.to && !g.place && !g.ids.some((id) => subject.ids.includes(id))) ?? null) : null;
    const other = own ? onWhom : reportedSubject;
    const judgedAct = subject && JUDGING_VERBS.has(head.lemma) && !REPORTING_LEMMAS.has(head.lemma) ? this.toldActAgents(trigger.to, Math.min(clause.to, trigger.to + 6), subject) : null;
    // ("Brazil condemned it": the act the sentence before told, before "it" as a state.)
    const itTheAct = judgedAct && /^(?:it|this)$/.test(this.tokens[trigger.to]?.lower ?? '') ? judgedAct : null;
    const whichAct = subject && DISAPPROVING.has(head.lemma) && this.verbTarget(trigger, clause, subject) === null ? this.whichAct(trigger.head, subject) : null;
    // ("Kuwait, which mediated in the dispute": a mediator is cooperative with both of the pair the dispute is
    // between, the pair the article is about.)
    const disputed = this.discourse.topicPair ?? this.discourse.pair;
    const mediated = subject && mediating(head) && /^(?:in|between)$/.test(this.tokens[trigger.to]?.lower ?? '') && /^(?:the|their|this)$/.test(this.tokens[trigger.to + 1]?.lower ?? '') && /^(?:dispute|conflict|crisis|row|standoff|talks|negotiations|rift)$/.test(this.tokens[trigger.to + 2]?.lower ?? '') && disputed && !disputed.some((id) => subject.ids.includes(id)) ? standIn(disputed) : null;
    // ("has troops in two breakaway regions of Georgia": forces kept "in" a state only when the state follows "in".)
    if (trigger.code === '062' && /^(?:have|keep|maintain|station)$/.test(head.lemma) && this.tokens[trigger.to]?.lower === 'in') {
      const host = this.groups.find((g) => g.first > trigger.to && g.first <= trigger.to + 2 && this.tokens.slice(trigger.to + 1, g.first).every((t) => /^(?:both|the|neighbouring|neighboring)$/.test(t.lower)));
      // (Read, and with no state after "in" paired with no one: not left to a guess from the sentence's names.)
      return { sources: subject?.ids ?? [], targets: host ? this.withCoordinated(host).ids : [], within: false, subject };
    }
    const objectOf = this.tokens[clause.from + 2] === head ? this.objectRelative(clause) : null;
    const target = itTheAct ?? whichAct ?? mediated ?? objectOf ?? this.verbTarget(trigger, clause, subject) ?? other ?? (condition >= 0 ? this.subjectOf(condition, this.clauses[condition]!.to) : null) ?? judgedAct ?? this.contacted(trigger, subject) ?? this.judgedDeal(trigger, clause, subject) ?? this.helpedDeal(trigger, clause, subject);
    // "to establish diplomatic ties between Israel and the UAE": the pair is named after the verb;
    // "waged war against each other": the pair acts on itself.
    // "Poland said Belarusian helicopters had violated its airspace": in reported speech, "its" land is the reporter's.
    if (!target && subject && clause.kind === 'reported' && clause.parent !== null) {
      const own = this.tokens.slice(trigger.head + 1, Math.min(clause.to, trigger.to + 3)).findIndex((t) => /^(?:its|their)$/.test(t.lower));
      const land = own >= 0 && /^(?:airspace|territory|waters|border|borders|soil|sovereignty|frontier|coast)$/.test(this.tokens[trigger.head + 1 + own + 1]?.lower ?? '');
      const reporter = land ? this.subjectOf(clause.parent, clause.reporter ?? this.clauses[clause.parent]!.to) : null;
      if (reporter && !reporter.ids.some((id) => subject.ids.includes(id))) return { sources: subject.ids, targets: reporter.ids, within: false, subject };
    }
    if (target && trigger.mutual && target.ids.length >= 2 && this.tokens[target.first - 1]?.lower === 'between') return { sources: target.ids, targets: [], within: true, subject };
    if (target && target.ids.length >= 2 && this.tokens[target.first]?.lower === 'each' && this.tokens[target.first + 1]?.lower === 'other') return { sources: target.ids, targets: [], within: true, subject };
    if (!subject) return null;
    if (target) {
      this.targets.set(c, target.ids);
      return { sources: subject.ids, targets: target.ids, within: false, subject };
    }
    // A joint act of several ("He, Kishida and Marcos gathered"): every pair of them.
    // (Meeting, agreeing, cooperating: not sending or giving, which is to someone: "X and Y sent observers".)
    // (Nor visiting or attending: "Francis and Modi, who attended as guests", went somewhere, not to each other.)
    // (Nor welcoming or praising something together: "Iraq and Oman also welcomed the deal".)
    // (Nor promising or pledging, which is to someone else: "Benin and Chad have also promised personnel".)
    // (Nor what they help others do: "helped negotiate the deal".)
    const helping = this.tokens[trigger.head - 1]?.lemma === 'help' || (this.tokens[trigger.head - 1]?.lower === 'to' && this.tokens[trigger.head - 2]?.lemma === 'help');
    // (Nor voicing support together, which is for someone else: "Malaysia and Turkey have voiced support for the case".)
    const joint = !helping && (trigger.mutual || ((trigger.stance === 'cooperative' || trigger.stance === 'warming') && !/^0[367]|^04[23]|^051/.test(trigger.code ?? '') && !JUDGING_VERBS.has(head.lemma)));
    if (joint && subject.ids.length >= 2) return { sources: subject.ids, targets: [], within: true, subject };
    // "called Israel's actions genocide and cut ties": an idiom of relations coordinated with a verb that
    // has a target shares it (only idioms: "and went three kilometres" shares nothing).
    // (So does a clause set beside the one before by "while": "Bolivia cut ties with Israel, while Chile recalled its ambassador".)
    const beside = /^(?:while|whereas|whilst)$/.test(this.tokens[clause.from]?.lower ?? '') && c > 0 ? c - 1 : null;
    const sharedFrom = clause.kind === 'continued' && clause.parent !== null ? clause.parent : beside;
    const shared = trigger.slots !== undefined && sharedFrom !== null ? this.targets.get(sharedFrom) : undefined;
    if (shared && !shared.some((id) => subject.ids.includes(id))) return { sources: subject.ids, targets: shared, within: false, subject };
    // "Taiwan's ministry expressed great regret at the ending of the relationship": words (CAMEO 01-05
    // and 10-14, not material acts) of one of the pair the article is about, in a sentence that names
    // no one else, are addressed to the other.
    const root = Number(trigger.code?.slice(0, 2) ?? 99);
    // (Not a show of force, CAMEO 15: "Taiwan sent troops to the border" need not be toward the other.)
    const verbal = root <= 5 || (root >= 10 && root <= 14);
    // ("would defend its territory", "protect their citizens": an act on what is one's own addresses no one.)
    const onItsOwn = /^(?:its|their|our|his|her|own)$/.test(this.tokens[trigger.to]?.lower ?? '');
    // ("Egypt condemned the attack": a hostile act whose agent is not known is nobody's, not the other's of the pair.)
    const judgesAct = JUDGING_VERBS.has(head.lemma) && this.tokens.slice(trigger.to, trigger.to + 6).some((t) => HOSTILE_ACT.test(t.lower));
    // ("sought closer ties with the West": addressed to a name that is no actor, not to the other of the pair.)
    const toOtherName = this.tokens.slice(trigger.to, clause.to).some((t, j) => t.pos === 'PROPN' && !this.groupAt(trigger.to + j));
    return verbal && !trigger.mutual && !onItsOwn && !judgesAct && !toOtherName ? this.toOtherOfPair(subject, trigger.head) : null;
  }
}
