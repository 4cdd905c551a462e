// Pairing, third layer: acts told and judged. Who did an act that another actor condemns, reports
// or denies ("condemned the raid", "called it a violation"); deals a third party brokered, helped or
// judged; contacts, control and blame. (The envoys a state sends, expels or summons: nounParties.ts.)
import { type ActorGroup } from './actorGroups';
import { type Clause, MOVE_NOUN } from './clauses';
import type { Trigger } from './triggers';
import { CONTACT_VERBS, DEAL_NOUN, DISAPPROVING, hedgeEnd, HOSTILE_ACT, LETTING_VERBS, MEASURE, mediating, MOVE_TOLD, PROJECTILES, purposeBefore, standIn, TALKS_NOUN } from './pairingWords';
import { NounParties } from './nounParties';
import { afterLikewise } from './tokens';
import { type Pairing, speaks } from './sentenceActors';

/** The determiners of a deal told before: "the pact", "their agreement". */
const THE_DEAL = /^(?:the|this|that|their)$/;

export class ActsJudged extends NounParties {
  /** "condemned the attack", "called the strike a violation": a hostile act named before, in tokens [from, to) with no actor of its own, is the latest hostile act's; its agents, or null. */
  protected toldActAgents(from: number, to: number, judge: ActorGroup): ActorGroup | null {
    // ("Venezuela held a referendum. Guyana called the vote a threat": a step named with "the", judged by
    // another, is the one actor's that the sentence before named.)
    // (Or, with two named, the maker of the latest measure told, for its decision or move: "Turkey halted all trade with Israel. ... Hamas praised the decision".)
    const lone = this.discourse.loneActor ?? (/^(?:decision|move|step)$/.test(this.tokens[from + 1]?.lower ?? '') ? this.discourse.measure?.by : undefined);
    if (lone && !judge.ids.includes(lone) && /^(?:the|this|that)$/.test(this.tokens[from]?.lower ?? '') && !this.groups.some((g) => g.first >= from && g.end <= to)) {
      let k = from + 1;
      while (k < to && k <= from + 3 && (this.tokens[k]?.pos === 'ADJ' || this.tokens[k]?.pos === 'NOUN') && !MOVE_TOLD.test(this.tokens[k]?.lower ?? '')) k++;
      // (Measures are the lone actor's only if it made the measure told: "Minsk denies the accusations. Russia called the measures hostile".)
      const othersMeasures = /^measures?$/.test(this.tokens[k]?.lower ?? '') && this.discourse.measure?.by !== lone;
      if (MOVE_TOLD.test(this.tokens[k]?.lower ?? '') && this.tokens[k]?.pos === 'NOUN' && !othersMeasures) return standIn([lone]);
    }
    // ("The U.S. is the first country to recognize ... Syria and neighboring Lebanon denounced the move": with no measure told, the move is the one subject's of the sentence before.)
    const mover = this.discourse.subject;
    if (/^(?:the|this|that)$/.test(this.tokens[from]?.lower ?? '') && /^(?:move|decision|step)$/.test(this.tokens[from + 1]?.lower ?? '') && (from + 2 >= to || /^[.,;]$/.test(this.tokens[from + 2]?.text ?? '')) && mover?.length === 1 && !judge.ids.includes(mover[0] as string) && !this.discourse.measure) return standIn(mover);
    const agents = this.discourse.actAgents;
    if (!agents || agents.some((id) => judge.ids.includes(id)) || this.groups.some((g) => g.first >= from && g.end <= to)) return null;
    // "Governments condemned the raid. Brazil called it a violation": "it" is the act the sentence before named.
    if (this.discourse.actJustNamed && /^(?:it|this)$/.test(this.tokens[from]?.lower ?? '')) return standIn(agents);
    // ('condemned what it called a "heinous terrorist attack"': past the hedge, whose "a" names the act told.)
    const hedge = this.tokens[from]?.lower === 'what' ? hedgeEnd(this.tokens, from) : -1;
    for (let k = from; k < to; k++) {
      if (!HOSTILE_ACT.test(this.tokens[k]?.lower ?? '')) continue;
      let d = k - 1;
      while (d >= from && (this.tokens[d]?.pos === 'ADJ' || this.tokens[d]?.pos === 'NOUN' || /^["“”]$/.test(this.tokens[d]?.text ?? ''))) d--;
      if (/^(?:the|this|that|these|those)$/.test(this.tokens[d]?.lower ?? '') || (hedge > 0 && d >= hedge && /^(?:a|an)$/.test(this.tokens[d]?.lower ?? ''))) return standIn(agents);
    }
    return null;
  }

  /** "Thailand and Cambodia clashed. ... but the Cambodian side started to open fire": force with no object, by one of the pair the article is about, is on the other. */
  protected forceOnOther(trigger: Trigger, subject: ActorGroup | null): ActorGroup | null {
    const pair = this.discourse.pair, after = trigger.head + (this.tokens[trigger.head + 1]?.lower === 'fire' ? 2 : 1), next = this.tokens[after + (this.tokens[after]?.lower === 'first' ? 1 : 0)];
    if (!subject || !pair || trigger.kind !== 'verb' || trigger.stance !== 'hostile' || !/^(?:attack|fire|open|strike|shoot|shell|bomb)$/.test(this.tokens[trigger.head]?.lemma ?? '') || subject.ids.length !== 1 || !pair.includes(subject.ids[0] as string) || pair[0] === pair[1] || (next && !['PUNCT', 'CCONJ', 'ADP', 'SCONJ'].includes(next.pos))) return null;
    return standIn(pair.filter((id) => id !== subject.ids[0]));
  }

  /** "Israel struck an Iranian consulate. Iran vowed to retaliate.": a response with no one named is on whoever did the act just told. */
  protected retaliation(trigger: Trigger, subject: ActorGroup | null): ActorGroup | null {
    const agents = this.discourse.actAgents;
    if (!subject || !agents || !this.discourse.actJustNamed || !/^(?:retaliate|avenge|punish)$/.test(this.tokens[trigger.head]?.lemma ?? '') || agents.some((id) => subject.ids.includes(id))) return null;
    return standIn(agents);
  }

  /** "accused Qatar of being too close to Iran", "accusing it of being": the one accused, or null. */
  protected accusedOfBeing(trigger: Trigger, c: number): ActorGroup | null {
    let k = trigger.from - 1;
    // (Past "behind" and a modifying noun: "of being behind a sabotage attack on a Warsaw shopping centre".)
    while (k > 0 && (this.tokens[k]?.pos === 'ADV' || this.tokens[k]?.pos === 'DET' || this.tokens[k]?.pos === 'ADJ' || (this.tokens[k]?.pos === 'NOUN' && k > trigger.from - 3))) k--;
    if (this.tokens[k]?.lower === 'behind') k--;
    // (Or "and being" after an accusation's first gerund: "of supporting terrorism and being too close".)
    if (this.tokens[k]?.lower !== 'being' || !(this.tokens[k - 1]?.lower === 'of' || (this.tokens[k - 1]?.lower === 'and' && this.tokens.slice(Math.max(0, k - 6), k - 1).some((t, j, all) => all[j - 1]?.lower === 'of' && /ing$/.test(t.lower))))) return null;
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
   * "China criticised the rapprochement", "Iran denounced the deal": a disapproving (or approving) judgement of
   * the pair's agreement, named with no party of its own, is on both of the pair the article told it of.
   */
  /** "Egypt and the United States helped negotiate the deal": helping the pair to its deal is cooperation with both of the pair. */
  protected helpedDeal(trigger: Trigger, clause: Clause, subject: ActorGroup | null): ActorGroup | null {
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
  protected pairsDealAt(k: number, trigger: Trigger, clause: Clause, determiner: RegExp, nouns: RegExp, pair: readonly [string, string]): ActorGroup | null {
    if (!determiner.test(this.tokens[k]?.lower ?? '')) return null;
    k++;
    // (Past a noun that only qualifies it: "the surprise deal", "the peace accord".)
    while (k < clause.to && (this.tokens[k]?.pos === 'ADJ' || (this.tokens[k]?.pos === 'NOUN' && nouns.test(this.tokens[k + 1]?.lower ?? '')))) k++;
    // (Not one who does the same: "dismissed the deal as illegal, as did Cyprus".)
    if (!nouns.test(this.tokens[k]?.lower ?? '') || this.groups.some((g) => g.first > trigger.head && g.end <= clause.to && !afterLikewise(this.tokens, g.first) && !this.tokens.slice(k, g.first).some((t) => /^["”]$/.test(t.text)))) return null; // (nor the speaker after the quotation it is in)
    return standIn(pair);
  }

  /**
   * "China criticised the rapprochement", "Iran denounced the deal": a disapproving judgement of the
   * pair's agreement, named with no party of its own, is on both of the pair the article told it of.
   */
  protected judgedDeal(trigger: Trigger, clause: Clause, subject: ActorGroup | null, disapproving = DISAPPROVING.has(this.tokens[trigger.head]?.lemma ?? '') || (trigger.code === '110' && trigger.kind === 'verb')): ActorGroup | null {
    const pair = this.discourse.dealPair ?? this.discourse.pair;
    // (And an approving one, as cooperative with both: "Biden praised the deal", "Brazil welcomed the agreement".)
    const approving = trigger.stance === 'cooperative' && /^(?:welcome|praise|hail|applaud|laud|commend|endorse|salute)$/.test(this.tokens[trigger.head]?.lemma ?? '');
    if (!subject || !pair || !((trigger.stance === 'tense' && disapproving) || approving) || pair.some((id) => subject.ids.includes(id))) return null;
    // ("voiced grave concern over the pact": past the preposition of the concern.)
    const after = trigger.to + (this.tokens[trigger.to]?.pos === 'ADV' ? 1 : 0), at = /^(?:over|about|at|by|with|on)$/.test(this.tokens[after]?.lower ?? '') ? after + 1 : after; // (and past an adverb: "expressed our concerns publicly about")
    return this.pairsDealAt(at, trigger, clause, THE_DEAL, DEAL_NOUN, pair);
  }

  /** "The US condemned China's actions. Japan and Australia also expressed concern.": words of disapproval "also" said, with no one named, are on the one the words before were on. */
  protected alsoJudged(trigger: Trigger, clause: Clause, subject: ActorGroup | null): ActorGroup | null {
    const target = this.discourse.target;
    if (!subject || !target || trigger.stance !== 'tense' || trigger.mutual || !(trigger.code ?? '').startsWith('11')) return null;
    if (!this.tokens.slice(clause.from, trigger.head).some((t) => t.lower === 'also') || target.some((id) => subject.ids.includes(id))) return null;
    return standIn(target);
  }

  /**
   * "The United States held drills with Guyana, which Caracas called a provocation", "..., which China
   * condemned": ", which" after a clause that ends in no actor stands for what that clause told; its
   * subject did it. The doer, or null.
   */
  protected whichAct(verb: number, judge: ActorGroup): ActorGroup | null {
    // ("agreed to give U.S. forces access to more bases, a move China criticised": the move is what the sentence told.)
    if (judge.first >= 3 && MOVE_NOUN.test(this.tokens[judge.first - 1]?.lower ?? '') && /^(?:a|the|this)$/.test(this.tokens[judge.first - 2]?.lower ?? '') && this.tokens[judge.first - 3]?.text === ',') {
      const doer = this.subjectOf(this.clauseIndexOf(judge.first - 3), judge.first - 3);
      // (Not a subject carried from the sentences before: "A tribunal ruled that ..., a decision Beijing rejects".)
      return doer && doer.first >= 0 && !doer.ids.some((id) => judge.ids.includes(id)) ? doer : null;
    }
    const relative = this.clauses[this.clauseIndexOf(verb)] as Clause;
    if (relative.kind !== 'relative' || relative.parent === null || this.tokens[relative.from]?.lower !== 'which' || this.tokens[relative.from - 1]?.text !== ',') return null;
    if (this.groups.some((g) => g.end === relative.from - 1)) return null;
    const doer = this.subjectOf(relative.parent, relative.from);
    return doer && !doer.ids.some((id) => judge.ids.includes(id)) ? doer : null;
  }

  /** "Raisi called Aliyev to express his condolences", "wrote to Putin to apologize": the one called, written to, visited or met is whom the purpose is for. */
  protected contacted(trigger: Trigger, subject: ActorGroup | null): ActorGroup | null {
    if (this.tokens[trigger.from - 1]?.lower !== 'to' || !subject) return null;
    const g = this.groups.find((x) => x.end === trigger.from - 1 && !x.place);
    const verb = g ? this.tokens[this.tokens[g.first - 1]?.lower === 'to' ? g.first - 2 : g.first - 1] : undefined;
    return g && verb?.pos === 'VERB' && CONTACT_VERBS.has(verb.lemma) && !g.ids.some((id) => subject.ids.includes(id)) ? g : null;
  }

  /**
   * "Belarus allowed Russia to use its territory to invade Ukraine": after a verb that lets or makes
   * its object act, the acts in the "to" chain are the object's; that object, or null.
   */
  protected controlled(trigger: Trigger): ActorGroup | null {
    // (Past an adverb: "prompting Israel to immediately recall its envoys".)
    const to = this.tokens[trigger.from - 1]?.pos === 'ADV' ? trigger.from - 2 : trigger.from - 1;
    if (this.tokens[to]?.lower !== 'to') return null;
    const clause = this.clauses[this.clauseIndexOf(trigger.head)] as Clause;
    for (const g of [...this.groups].reverse()) {
      if (g.first < clause.from || g.end > to || g.place) continue;
      // (Past a describing phrase too: "using its Lebanese terrorist ally Hezbollah to deliver weapons".)
      let v = g.first - 1;
      while (v > g.first - 6 && v > clause.from && (['DET', 'ADJ', 'NOUN', 'PROPN'].includes(this.tokens[v]?.pos ?? '') || /^(?:its|their|his|her)$/.test(this.tokens[v]?.lower ?? '')) && this.tokens[v]?.pos !== 'VERB') v--;
      const verb = this.tokens[v];
      // (Past "and its allies": "led Riyadh and its allies to impose".)
      // (Or past its body: "leading the Indonesian Foreign Ministry to summon".)
      let body = g.end;
      while (body < g.end + 3 && ['NOUN', 'PROPN'].includes(this.tokens[body]?.pos ?? '') && !this.groupAt(body)) body++;
      const past = /^and (?:its|their) allies to$/.test(this.tokens.slice(g.end, g.end + 4).map((t) => t.lower).join(' ')) ? g.end + 3 : this.tokens[body]?.lower === 'to' ? body : g.end;
      // (Or "for X to" after a word of asking or allowing: "its permission for Brazil to represent Argentina"; not "allowed weapons for the RSF to cross".)
      if (this.tokens[past]?.lower === 'to' && ((verb?.pos === 'VERB' && LETTING_VERBS.has(verb.lemma)) || (verb?.lower === 'for' && /^(?:permission|consent|approval|authori[sz]ation|plan|plans|call|calls|called|demand|demands|push|pushed|pressure|ask|asked|appeal|appealed|wait|waited|arranged|time|way|need|bid)$/.test(this.tokens[v - 1]?.lower ?? '')))) return g;
      // Another actor between is the subject of what follows it.
      if (!g.possessive) return null;
    }
    return null;
  }

  /**
   * "Turkish officials believe the journalist was murdered by Saudi agents", "Turkey said Saudi agents killed him": a
   * hostile act on no state, told by one state of another's agents, is an accusation by the one of the other (tense).
   */
  accusedOfAct(trigger: Trigger): Pairing | null {
    const clause = this.clauses[this.clauseIndexOf(trigger.head)] as Clause;
    if (trigger.kind !== 'verb' || trigger.stance !== 'hostile' || trigger.negated || clause.kind !== 'reported' || clause.parent === null || this.tokens.slice(trigger.to, trigger.to + 3).some((t, j, all) => /^(?:its|their)$/.test(t.lower) && all[j + 1]?.lower === 'own')) return null; // (nor force on its own: "Chile attacked its own people") // (a verb's: the subject of a clause is no agent of a noun in it, "Pakistan reserved the right to retaliate against the attack")
    const agent = this.groups.find((g) => g.first > trigger.head && g.end <= clause.to && this.tokens[g.first - 1]?.lower === 'by' && !g.place) ?? (trigger.passive || /^(?:was|were|been|being)$/.test(this.tokens[trigger.head - 1]?.lower ?? '') ? null : this.subjectOf(this.clauseIndexOf(trigger.head), trigger.head)); // (not the subject of a passive: "four Thai soldiers were killed")
    const reporter = this.reporterOf(clause);
    if (!agent || !reporter || agent.ids.some((id) => reporter.ids.includes(id)) || this.tokens.slice(agent.end, agent.end + 3).some((t) => /^(?:was|were|been|being)$/.test(t.lower)) || this.groups.some((g) => g !== agent && g !== reporter && !g.place && g.first > clause.from && g.end <= clause.to)) return null;
    // ("The Israeli military said Iran fired 100 missiles": projectiles fired at no one named, told by a state, were fired at it; no accusation.)
    return this.tokens.slice(trigger.from, trigger.to + 4).some((t) => PROJECTILES.test(t.lower)) ? { sources: agent.ids, targets: reporter.ids, within: false, subject: agent, onTeller: true } : { sources: reporter.ids, targets: agent.ids, within: false, subject: reporter };
  }

  /**
   * A judgement ("was unacceptable", "called X's move a land grab"): its target is what is judged, the
   * subject before the copula or the object of the verb of calling; its source who judges, the
   * subject of the verb of calling, or who reports the clause ("Poland said ...", "..., Poland said").
   */
  protected judgement(trigger: Trigger, verb: number | null): Pairing | null {
    const c = this.clauseIndexOf(trigger.head);
    const clause = this.clauses[c] as Clause;
    const actor = (g: ActorGroup) => !g.place && !g.descriptor;
    if (verb !== null) {
      // ("Malaysia was termed hostile by Indonesia": in the passive the one after "by" judges the subject.)
      const judge = this.tokens[verb - 1]?.lemma === 'be' && this.tokens[trigger.to]?.lower === 'by' ? this.groups.find((g) => g.first === trigger.to + 1 && actor(g)) : undefined;
      const judged = judge ? this.subjectOf(this.clauseIndexOf(verb), verb - 1) : null;
      if (judge && judged && !judged.ids.some((id) => judge.ids.includes(id))) return { sources: judge.ids, targets: judged.ids, within: false, subject: judge };
      const source = this.subjectOf(this.clauseIndexOf(verb), verb);
      // ("described the war in Yemen as aggression by Saudi Arabia and the UAE": the agents after "by" are those judged.)
      const target = (this.tokens[trigger.to]?.lower === 'by' ? this.groups.find((g) => g.first === trigger.to + 1 && actor(g)) : undefined) ?? this.groups.find((g) => g.first > verb && g.end <= trigger.from && actor(g));
      if (target) this.targets.set(c, target.ids);
      // "Russia called the strike a violation": the agent of the hostile act told before.
      const told = source && !target ? this.toldActAgents(verb + 1, trigger.from, source) : null;
      if (source && told) return { sources: source.ids, targets: told.ids, within: false, subject: source };
      const doer = source && !target ? this.whichAct(verb, source) : null;
      if (source && doer) return { sources: source.ids, targets: doer.ids, within: false, subject: source };
      // ("Somalia called the agreement an act of aggression": the pair of the deal told before.)
      const deal = source && !target ? this.judgedDealAt(verb + 1, trigger, clause, source) : null;
      if (source && deal) return { sources: source.ids, targets: deal.ids, within: false, subject: source };
      // "The Somali cabinet called the memorandum null and void": what one of the article's pair judges is the other's.
      if (source && !target) return this.toOtherOfPair(source, trigger.head);
      return source && target ? { sources: source.ids, targets: target.ids, within: false, subject: source } : null;
    }
    // "the agreement between Greece and Egypt was null and void": the pair of the judged noun.
    const target = this.subjectOf(c, trigger.from) ?? this.groups.find((g) => g.first >= clause.from && g.end <= trigger.from && this.tokens[g.first - 1]?.lower === 'between') ?? null;
    const source = this.reporterOf(clause) ?? this.groups.find((g) => g !== target && actor(g) && speaks(this.tokens, g)) ?? null;
    if (!source) return null;
    // ("Russia said it was an unacceptable violation": "it" is the act the sentence before told, not the speaker.)
    const opener = this.tokens[clause.from]?.lower === 'that' ? clause.from + 1 : clause.from;
    const itTheAct = target && /^(?:it|this)$/.test(this.tokens[opener]?.lower ?? '') && target.ids.every((id) => source.ids.includes(id)) ? this.toldActAgents(opener, opener + 1, source) : null;
    if (itTheAct) return { sources: source.ids, targets: itTheAct.ids, within: false, subject: source };
    if (target) return { sources: source.ids, targets: target.ids, within: false, subject: source };
    // ("Somalia said the agreement was null and void": the pair of the deal told before.)
    const deal = this.judgedDealAt(clause.from, trigger, clause, source);
    if (deal) return { sources: source.ids, targets: deal.ids, within: false, subject: source };
    // "China said the visit was a provocation": what one of the article's pair judges is the other's.
    return this.toOtherOfPair(source, trigger.head);
  }

  /** The pair of the deal told before, when the words at k name it and the judge is not one of them ("the agreement"). */
  private judgedDealAt(k: number, trigger: Trigger, clause: Clause, judge: ActorGroup): ActorGroup | null {
    const pair = this.discourse.dealPair;
    return pair && !pair.some((id) => judge.ids.includes(id)) ? this.pairsDealAt(k, trigger, clause, THE_DEAL, DEAL_NOUN, pair) : null;
  }

  /**
   * From a sole actor to the other of the pair the article is about, when the sentence names no one
   * else: "Taiwan expressed great regret" after Nicaragua broke with Taiwan.
   */
  protected toOtherOfPair(source: ActorGroup, at: number, trigger?: Trigger): Pairing | null {
    const only = source.ids.length === 1 ? (source.ids[0] as string) : null;
    const pair = this.discourse.pair, teller = this.discourse.teller;
    if (!only || !pair) return null;
    // ("Morocco says Hezbollah armed the Polisario. Hezbollah denied the allegations": a charge a third party told is that teller's.)
    if (teller && pair.includes(only) && !teller.includes(only) && trigger?.code === '120' && /^(?:accusations?|allegations?|charges?|claims?)$/.test(this.tokens[trigger.to - 1]?.lower ?? '')) return { sources: [only], targets: teller, within: false, subject: source };
    const other = pair[0] === only ? pair[1] : pair[1] === only ? pair[0] : null;
    // (The sentence may name the other too, after it: "Minsk denied the accusation, saying Warsaw wanted ...".)
    if (!other || !this.groups.every((g) => g.ids.every((id) => id === only || (id === other && g.first > at)))) return null;
    // (Not when the other is named as a purpose's: "promised 80 million doses, in an effort to counter China's diplomacy" is no promise to China.)
    if (this.groups.some((g) => g.ids.includes(other) && purposeBefore(this.tokens, at, g.first))) return null;
    return { sources: [only], targets: [other], within: false, subject: source };
  }

  /**
   * "lift export curbs on materials ..., which it imposed on South Korea in 2019": measures lifted or
   * eased whose own clause names no one are on whom the relative clause after them says they were imposed.
   */
  protected imposedOn(trigger: Trigger, subject: ActorGroup | null): ActorGroup | null {
    if (!(trigger.code ?? '').startsWith('08') || !this.tokens.slice(trigger.from, trigger.to).some((t) => /^(?:curbs|sanctions|restrictions|controls|tariffs|duties|bans?|embargo)$/.test(t.lower))) return null;
    const which = this.tokens.findIndex((t, k) => k > trigger.to && t.lower === 'which' && this.tokens[k - 1]?.text === ',');
    if (which < 0 || which > trigger.to + 16) return null;
    const verb = this.tokens.findIndex((t, k) => k > which && k < which + 4 && /^(?:impose|place|slap|introduce|put)$/.test(t.lemma));
    const g = verb >= 0 ? this.groups.find((x) => x.first > verb && x.first <= verb + 3 && this.tokens[x.first - 1]?.lower === 'on') : undefined;
    return g && g !== subject && !g.place ? g : null;
  }

  /** "The US condemned the sanctions": a measure told before is the one who imposed it; "Hong Kong also imposed restrictions": on whom it was imposed. */
  protected measureTold(trigger: Trigger, clause: Clause, subject: ActorGroup): Pairing | null {
    const measure = this.discourse.measure, code = trigger.code ?? '', also = this.tokens.slice(clause.from, trigger.to).some((t) => t.lower === 'also' || t.lower === 'similar');
    // ("The four countries lifted the boycott": an easing of the measure told is toward whom it hit.)
    const words = this.tokens.slice(trigger.from, code.startsWith('08') || /^1[12]/.test(code) ? Math.min(clause.to, trigger.to + 4) : trigger.to).map((t) => t.text).join(' '); // (and what a judgement is on: "denounced the border closure")
    const on = !measure || !MEASURE.test(words) ? null : /^1[12]/.test(code) ? measure.by : (code.startsWith('16') && also) || code.startsWith('08') ? measure.on : null;
    return on && !subject.ids.includes(on) ? { sources: subject.ids, targets: [on], within: false, subject } : null;
  }
}
