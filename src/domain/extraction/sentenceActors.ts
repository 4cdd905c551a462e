// Pairing, first layer: the actors of a sentence as its clauses place them. Which actor group a token belongs to, the preposition before a group, a group with
// those coordinated with it, and the subject of a clause (its actor in subject position; inherited by a coordinated verb or a participle; the actor before "which"/"who" in a relative clause; "it" and "they" from the discourse).
import { type ActorGroup, APPOSED_NOUN, appositionClosesAt, appositionStart, DESCRIPTOR_NOUN } from './actorGroups';
import { type Clause, MAYBE_SUBORDINATOR, MOVE_NOUN, SUBORDINATOR } from './clauses';
import { pastWords, type Token } from './tokens';
import { ENVOY_NOUN } from './triggerWords'; import { MODAL_VERB } from './verbContext'; import { copulaBeforeAmong, examplesOfSubject, listedMembers } from './listedMembers';
import { accusedBefore, ACCUSING_NOUN, adjunctComma, COMPOUND_CAUSE, coordinatedAgents, FORCE_NOUN, listedAgents, HOSTILE_ACT, ledBy, NOT_SUBJECT, OFFICE_TITLE, OPENING_AGENT, OWN_AGENT, speakerOwner, speaks, staffOf, standIn, SUBJECT_PRONOUN } from './pairingWords';
import type { Discourse } from './discourse';
export { speaks } from './pairingWords';
export type { Discourse, Pairing } from './discourse';

export class SentenceActors {
  /** The target found in each clause so far, for verbs coordinated with it. */
  protected readonly targets = new Map<number, string[]>();
  constructor(
    protected readonly tokens: readonly Token[],
    protected readonly groups: readonly ActorGroup[],
    protected readonly clauses: readonly Clause[],
    protected readonly discourse: Discourse,
  ) {}

  clauseIndexOf(i: number): number {
    const k = this.clauses.findIndex((c) => i >= c.from && i < c.to);
    return k < 0 ? this.clauses.length - 1 : k;
  }

  protected groupAt(i: number): ActorGroup | undefined {
    return this.groups.find((g) => g.first === i);
  }

  /** The preposition right before the group (past its determiners and adjectives), if any. */
  protected prepositionBefore(group: ActorGroup, from: number): string | null {
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
      if ((t.lower === 'at' && /^(?:least|most)$/.test(this.tokens[k + 1]?.lower ?? '')) || (t.lower === 'than' && /^(?:more|fewer|less)$/.test(this.tokens[k - 1]?.lower ?? '') && this.tokens[k + 1]?.pos === 'NUM')) continue; // ("At least 34 Turkish soldiers were killed", "More than 100,000 Iraqi soldiers invaded": a count, no preposition.)
      if ((t.lower === 'as' && this.tokens[k - 1]?.lower === 'such' && APPOSED_NOUN.test(this.tokens[k - 2]?.lower ?? '')) || (t.lower === 'including' && APPOSED_NOUN.test(this.tokens[k - 1]?.lower ?? ''))) { k -= t.lower === 'as' ? 2 : 1; continue; } // ("recognized by some 110 countries such as the United States", "by countries including": examples of a plural of states take its preposition)
      if (t.pos === 'ADP' || t.pos === 'SCONJ' || t.lower === 'to') {
        if (COMPOUND_CAUSE.test(this.tokens[k - 1]?.lower ?? '')) return 'because'; // ("due to", "in response to", "because of": a cause, not a target.)
        // ("between the Arab alliance led by Egypt and Syria": past the body a leader leads, to the body's own preposition.)
        if (t.lower === 'by' && ledBy(this.tokens, k - 1)) {
          for (k -= 2; k > from && (['NOUN', 'ADJ', 'DET', 'PROPN', 'NUM'].includes(this.tokens[k - 1]?.pos ?? '') || this.tokens[k - 1]?.lower === 'of'); k--);
          continue;
        }
        if (t.lower === 'of' && k - 1 > from && (OFFICE_TITLE.test(this.tokens[k - 1]?.lower ?? '') || /^(?:region|territory|province|state|nation|country|kingdom|emirate|republic|archipelago|rest|remainder|part|parts|portion|half|swathes|people|peoples)$/.test(this.tokens[k - 1]?.lower ?? ''))) { k--; continue; } // ("a visit to Rwanda by the President of Mozambique": past the office whose state follows "of"; "separatists in the disputed region of Western Sahara", "invaded the Gulf state of Kuwait", "seized the rest of Czechoslovakia": past the land, to where.)
        return t.lower;
      }
      // Past determiners, adjectives, and a describing noun with its modifiers: "to Indo-Pacific allies Japan".
      if (DESCRIPTOR_NOUN.test(t.lower) || (APPOSED_NOUN.test(t.lower) && /^[,:—–]$/.test(this.tokens[k + 1]?.text ?? '') && appositionStart(this.tokens, k + 1) === group.first)) describing = true;
      // A number counts people ("of 23 Russian diplomats"); a year closes a phrase of its own ("In 2018 Morocco"). (And an apposition that ends the sentence: "inside other neighbours, Iraq and Syria.")
      else if ((t.pos === 'NUM' && !/^1[89]\d\d$|^20\d\d$/.test(t.text)) || (/^[,:—–]$/.test(t.text) && appositionStart(this.tokens, k) === group.first && APPOSED_NOUN.test(this.tokens[k - 1]?.lower ?? '') && appositionClosesAt(this.tokens, group.end))) continue; // (or a dash or a colon: "with five other countries—Laos, Thailand, Myanmar, Cambodia and Vietnam.")
      // (Past a possessive too: "with its South Korean ally"; an office title: "signed by President Vladimir Putin"; a backer: "against the Iran-backed Houthis".)
      else if (this.tokens[k - 1]?.text === '-' && this.groups.some((g) => g.descriptor && g.end === k - 1)) k -= 2;
      else if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADV' && !/^(?:its|their|his|her|our)$/.test(t.lower) && !OFFICE_TITLE.test(t.lower) && !(describing && (t.pos === 'PROPN' || t.text === '-')) && !/^(?:Imperial|Royal|Federal|Islamic|Revolutionary)$/.test(t.text)) return null; // (and a name's first word: "by the Imperial Japanese Navy")
    }
    return null;
  }

  /** A target and the targets coordinated with it: "to Kenya and to Uganda". */
  protected withCoordinated(group: ActorGroup): ActorGroup {
    let ids = [...group.ids], end = group.end;
    for (;;) {
      let k = end;
      while (OFFICE_TITLE.test(this.tokens[k]?.lower ?? '') || (this.tokens[k]?.lower === 'foreign' && OFFICE_TITLE.test(this.tokens[k + 1]?.lower ?? ''))) k++; // (past an office: "the Spanish prime minister and")
      if (this.tokens[k]?.text === '(') k = this.tokens.findIndex((t, j) => j > k && t.text === ')') + 1 || k; // (past a name in brackets: "the UK (Neville Chamberlain), France (Edouard Daladier)")
      if (this.tokens[k]?.text === ',') k++;
      const asWellAs = this.tokens[k]?.lower === 'as' && this.tokens[k + 1]?.lower === 'well' && this.tokens[k + 2]?.lower === 'as'; // ("from Norway, as well as Ireland")
      const listed = this.tokens[k - 1]?.text === ',' && this.tokens[this.groupAt(k)?.end ?? -1]?.text === ',' && /^(?:and|or)$/.test(this.tokens[(this.groupAt(k)?.end ?? -2) + 1]?.lower ?? ''); // ("with Borrell, French President Emmanuel Macron, and Miroslav Lajcak": an actor between commas, before the list's "and", is one of the list.)
      if (this.tokens[k]?.lower !== 'and' && this.tokens[k]?.lower !== 'or' && !asWellAs && !listed) break;
      if (!listed) k += asWellAs ? 3 : 1;
      if (this.tokens[k]?.pos === 'ADP' || this.tokens[k]?.lower === 'to') { if (!/^(?:to|from|with|in|on|against|for|by)$/.test(this.tokens[k]?.lower ?? '') && this.tokens[k]?.lower !== this.tokens[pastWords(this.tokens, group.first - 1, ['DET'])]?.lower) break; k++; } // (not another preposition of another sense: "away from the U.S. and toward China")
      while (this.tokens[k]?.pos === 'DET') k++; // (and past an office "of": "the president of Colombia")
      // ("the Soviet Union and some Arab countries (Iraq, Jordan, Algeria, etc.)": a plural of states with its members in brackets is those members.)
      let plural = k;
      while (['DET', 'ADJ', 'PROPN'].includes(this.tokens[plural]?.pos ?? '') && !this.groupAt(plural)) plural++;
      if (!this.groupAt(k) && /^(?:countries|states|nations|allies|neighbou?rs|partners)$/.test(this.tokens[plural]?.lower ?? '') && this.tokens[plural + 1]?.text === '(' && this.groupAt(plural + 2)) k = plural + 2;
      if (OFFICE_TITLE.test(this.tokens[k]?.lower ?? '') && this.tokens[k + 1]?.lower === 'of') k += this.tokens[k + 2]?.pos === 'DET' ? 3 : 2;
      // "Yerevan and its traditional ally Moscow": past a describing noun of the first.
      if (/^(?:its|their)$/.test(this.tokens[k]?.lower ?? '')) {
        let d = k + 1;
        while (this.tokens[d]?.pos === 'ADJ') d++;
        if (DESCRIPTOR_NOUN.test(this.tokens[d]?.lower ?? '')) k = d + 1;
      }
      let next = this.groupAt(k);
      // ("on Niger, and Nigeria cut off", "from France and Italy expelled": an actor its verb follows starts a clause of its own; "invasion of Ukraine and Kazakhstan's refusal": a possessive with its noun, a phrase of its own.)
      if (next && (((this.tokens[next.end]?.pos === 'VERB' || this.tokens[next.end]?.pos === 'AUX') && (this.tokens[end]?.text === ',' || this.clauseIndexOf(next.first) !== this.clauseIndexOf(group.first))) || (next.possessive && !group.possessive && ['NOUN', 'ADJ'].includes(this.tokens[next.end]?.pos ?? '')))) break;
      // "between Israel and Iran-backed Hezbollah": the one described, not its backer.
      if (next && this.tokens[next.end]?.text === '-' && /ed$/.test(this.tokens[next.end + 1]?.lower ?? '')) {
        let d = next.end + 2;
        while (this.tokens[d]?.pos === 'ADJ' || (this.tokens[d]?.pos === 'PROPN' && !this.groupAt(d))) d++;
        next = this.groupAt(d);
      }
      if (!next || next.place) break;
      [ids, end] = [[...ids, ...next.ids.filter((id) => !ids.includes(id))], next.end];
    }
    return ids.length === group.ids.length ? group : { ...group, ids, end };
  }

  /** For ", which it accuses of ...": the antecedent, which is the clause's object, or null. */
  objectRelative(clause: Clause): ActorGroup | null {
    if (clause.kind !== 'relative' || !/^(?:which|whom|that)$/.test(this.tokens[clause.from]?.lower ?? '') || this.tokens[clause.from - 1]?.pos === 'ADP' || // (not after a preposition: "a meeting with Peru, during which Chile criticised Bolivia")
      !(/^(?:it|they|he|she)$/.test(this.tokens[clause.from + 1]?.lower ?? '') || (this.tokens[clause.from]?.lower !== 'that' && this.groups.some((g) => (g.first === clause.from + 1 || (g.first === clause.from + 2 && this.tokens[clause.from + 1]?.pos === 'DET')) && !g.place && !g.possessive)))) return null; // (or a name after "which": "Namibia, which Germany occupied from 1884", "Taiwan, which the Vatican recognises")
    return [...this.groups].reverse().find((g) => g.end <= clause.from && clause.from - g.end <= 2 && !g.place) ?? null;
  }

  /** True when the group completes a describing noun: "a close ally of both Syria and Iran", "rival of India". */
  protected describedBy(group: ActorGroup, from: number): boolean {
    if (this.prepositionBefore(group, from) !== 'of') return false;
    const of = this.tokens.findLastIndex((t, k) => k < group.first && k >= from && t.lower === 'of');
    return of > 0 && DESCRIPTOR_NOUN.test(this.tokens[of - 1]?.lower ?? '');
  }

  /**
   * "China imposed sanctions on two American defence companies over their arms sales": "their" after a
   * single state is not that state's but the plural noun phrase's named after it (its actor, the owner).
   */
  protected pluralBefore(subject: ActorGroup | null, at: number): ActorGroup | null {
    if (!subject || subject.ids.length !== 1) return null;
    for (const g of [...this.groups].reverse()) {
      if (g.end > at || g.first < subject.end || g.place || g.ids.some((id) => subject.ids.includes(id))) continue;
      if (g.ids.length >= 2 && !g.demonym) return g; // ("called on Eritrea and Djibouti to resolve their dispute": a list of states after it.)
      let j = g.end;
      while (j < at && j < g.end + 3 && ['NOUN', 'ADJ', 'PROPN'].includes(this.tokens[j]?.pos ?? '')) j++;
      const head = this.tokens[j - 1] as Token;
      if (j > g.end && head.pos === 'NOUN' && /[^s]s$/.test(head.lower)) return g;
    }
    return null;
  }

  /** Who speaks in a reported clause: the subject of the clause that reports it, up to its verb of saying; null for another clause. */
  protected reporterOf(clause: Clause, depth = 0): ActorGroup | null {
    if (clause.kind !== 'reported' || clause.parent === null) return null;
    return speakerOwner(this.tokens, this.groups, clause.reporter ?? -1) ?? this.subjectOf(clause.parent, clause.reporter ?? this.clauses[clause.parent]!.to, depth);
  }

  /** The actor in subject position before token `at` in clause `c`, following the clause's links. */
  subjectOf(c: number, at: number, depth = 0): ActorGroup | null {
    const clause = this.clauses[c];
    if (!clause || depth > 4) return null;
    // ", angering Moscow, and has held": a participle's clause has no subject of its own; what follows it is its object. (Not "including", which names examples of what comes before.)
    const first = this.tokens[clause.from];
    if (clause.kind === 'continued' && clause.parent !== null && first?.pos === 'VERB' && /ing$/.test(first.lower) && !/^(?:including|excluding|notably)$/.test(first.lower)) {
      const own = this.groups.find((g) => g.first > clause.from && g.end <= at && !g.possessive && !g.place && this.tokens[g.first - 1]?.pos === 'NOUN' && this.tokens.slice(g.end, at).every((t) => t.pos === 'AUX' || t.pos === 'ADV')); // ("citing a deal Libya had sealed with Turkey": a name right after a noun, before the verb, is the subject of a relative clause with no "that")
      if (own) return own;
      // ('"... the CSTO did not fulfil ...," Pashinyan said, accusing Moscow': the one who speaks after a quotation, not the quotation's subject.)
      const parent = this.clauses[clause.parent]!;
      return this.groups.find((g) => g.first > parent.from && g.end <= parent.to && /^["”]$/.test(this.tokens[g.first - 1]?.text ?? '') && this.tokens[g.first - 2]?.text === ',' && speaks(this.tokens, g)) ?? this.subjectOf(clause.parent, parent.to, depth + 1);
    }
    // ("declared Villa persona non grata, while also detaining four individuals": a subordinate gerund's subject is the one named before the verb of the clause before it; not an agent after it, nor a pronoun's: "he was followed by two Chinese men while attending".)
    const gerund = this.tokens[clause.from + (this.tokens[clause.from + 1]?.pos === 'ADV' ? 2 : 1)], prior = c > 0 ? (this.clauses[c - 1] as Clause) : null;
    const opensGerund = /^(?:while|when|after|before|by|upon|without|since)$/.test(first?.lower ?? '') && gerund?.pos === 'VERB' && /ing$/.test(gerund.lower), after = this.clauses[c + 1];
    const next = !prior && opensGerund && after && this.tokens[after.from - 1]?.text === ',' ? this.subjectOf(c + 1, after.to, depth + 1) : undefined; // (or, fronted, the subject of the clause after its comma: "After recently signing a free trade agreement with the United Kingdom, India has now signed")
    if (next && next.first >= after!.from) return next;
    const doer = prior && opensGerund ? this.subjectOf(c - 1, prior.to, depth + 1) : undefined;
    if (doer !== undefined) return doer && !doer.anaphor && doer.first >= prior!.from && this.tokens[doer.first]?.pos !== 'PRON' && doer.first < this.tokens.findIndex((t, k) => k >= prior!.from && (t.pos === 'VERB' || t.pos === 'AUX')) ? doer : null;
    // (The word that opens a subordinate clause is not a preposition of its subject: "after Iran launched".)
    const opener = this.tokens[clause.from]?.lower ?? '';
    const start = clause.from + (SUBORDINATOR.has(opener) || MAYBE_SUBORDINATOR.has(opener) ? 1 : 0);
    // ("as the U.S. allies seek", "Moscow's partners said": a name before a describing noun says whose they are; it is not the subject.)
    const ofOthers = (g: ActorGroup) => DESCRIPTOR_NOUN.test(this.tokens[g.end]?.lower ?? '') && /s$/.test(this.tokens[g.end]?.lower ?? '');
    // ("Colombia's president, an outspoken critic of Israel's campaign, broke off": an aside between commas holds no subject.) ("F-16 aircraft belonging to the Greek Air Force violated": the owner after "belonging to" is.)
    const aside = (g: ActorGroup) => {
      const open = this.tokens.slice(clause.from, g.first).findLastIndex((t) => /^[,–—]$/.test(t.text)) + clause.from; // (between commas or dashes: "the U.S. and U.K. military forces – with the support of Australia — conducted")
      const close = this.tokens.findIndex((t, k) => k >= g.end && /^[,–—]$/.test(t.text));
      // (A subordinate clause may sit in the aside: ", one of Ukraine's supporters since Russia invaded in 2022,".)
      const sub = this.tokens.findIndex((t, k) => k > open && k < close && (SUBORDINATOR.has(t.lower) || MAYBE_SUBORDINATOR.has(t.lower)));
      // (Or with a possessor: "China, Australia's largest trading partner, has blocked"; "once" before it: "the Solomon Islands, once Taiwan's largest ally, severed".) (Or with a preposition: "Japan and the Netherlands, under pressure from Washington, have restricted".)
      // (Or a bare role noun and its phrase, with a participle after a noun in it: "Togo's president, mediator in the Mali-Ivory Coast row over soldiers detained in Mali, arrived".)
      const role = this.tokens[open + 1]?.pos === 'NOUN' && this.tokens[open + 2]?.pos === 'ADP';
      const attributive = (k: number) => /(?:ed|ing)$/.test(this.tokens[k]?.lower ?? '') && this.tokens[k + 1]?.pos === 'NOUN' && (/^['’]s$/.test(this.tokens[k - 1]?.lower ?? '') || ['DET', 'ADJ'].includes(this.tokens[k - 1]?.pos ?? '')); // (a participle before its noun describes it: "in disregard of China's repeated representations,")
      const reduced = (t: Token, k: number) => role && /ed$/.test(t.lower) && this.tokens[open + k - 1]?.pos === 'NOUN' && this.tokens[open + k + 1]?.pos === 'ADP';
      return open > clause.from && close > 0 && (/^(?:a|an|the|one|both|two|all|each|fellow)$/.test(this.tokens[open + 1]?.lower ?? '') || this.tokens[open + 1]?.pos === 'ADP' || (g.possessive && (g.first === open + 1 || (g.first === open + 2 && /^(?:once|formerly|long)$/.test(this.tokens[open + 1]?.lower ?? '')))) || role) && this.tokens.slice(open, sub > 0 ? sub : close).every((t, k) => (t.pos !== 'VERB' || reduced(t, k) || attributive(open + k)) && t.pos !== 'AUX') && this.groups.some((h) => h.end <= open && h.first >= clause.from);
    };
    const found = this.groups.filter((g) => g.first >= clause.from && g.end <= at && !g.place && !g.descriptor && !ofOthers(g) && (!NOT_SUBJECT.has(this.prepositionBefore(g, start) ?? '') || staffOf(this.tokens, this.groups, g) || examplesOfSubject(this.tokens, g, start) || /^belong(?:ing|s|ed)?$/.test(this.tokens[pastWords(this.tokens, g.first - 1, ['DET']) - 1]?.lower ?? '')) && !this.describedBy(g, clause.from) && !(this.tokens[g.first - 2]?.lower === 'according' && this.tokens[g.end]?.text === ',' && ['DET', 'NOUN', 'ADJ', 'NUM'].includes(this.tokens[g.end + 1]?.pos ?? ''))); // (nor one "according to" whom a subject of its own acts: "According to OFAC, the designated persons have provided")
    const named = (g: ActorGroup) => this.tokens[g.first - 1]?.text === ',' && this.tokens[g.end]?.text === ',' && found.some((h) => h !== g && h.end < g.first && g.ids.every((id) => h.ids.includes(id)) && this.tokens.slice(h.end, g.first - 1).every((t) => t.pos === 'NOUN')), candidates = found.length > 1 ? found.filter((g) => !aside(g) && !named(g)) : found; // (nor the name of a list's last member in apposition after it: "Ana Palacio of Spain and her Moroccan counterpart, Mohammed Banaissa, said")
    // Prefer the actor before the first verb of the clause: later ones are objects of other verbs. (A participle that opens the clause or follows a comma is an adjunct: "Following talks, X and Y ...".)
    // ("In a statement issued late on Tuesday, the ministry accused": a clause that opens with a preposition has its verb after the adjunct's comma, up to two dozen words on: "In a bold move reflecting growing efforts by West African military governments to exert control over their natural resources, Niger's junta has ordered".) ("Since taking power in 2023, Niger, like Mali, has expelled": a gerund after the clause's subordinator opens an adjunct that ends at its comma; so does "Following" or "Citing" alone: "Following the concerns raised by India, Sri Lanka asked".)
    const toAt = start + (/^["“]$/.test(this.tokens[start]?.text ?? '') ? 1 : 0), purpose = this.tokens[toAt]?.lower === 'to' && this.tokens[toAt + 1]?.pos === 'VERB'; const gerundEnd = ((start > clause.from || /^(?:following|citing|given|regarding)$/.test(this.tokens[start]?.lower ?? '')) && this.tokens[start]?.pos === 'VERB' && /ing$/.test(this.tokens[start]?.lower ?? '')) || purpose ? this.tokens.findIndex((t, k) => k > start && k < Math.min(at, start + 12) && t.text === ',') : -1; // (and an opening infinitive of purpose: "To counter China, Japan signed a pact")
    const adjunctEnd = gerundEnd > 0 ? gerundEnd : adjunctComma(this.tokens, start, Math.min(at, start + 24));
    const firstVerb = this.tokens.findIndex(
      (t, k) => k >= Math.max(clause.from, adjunctEnd) && k < at && !this.groups.some((g) => g.anaphor && g.first < k && k < g.end) && (t.pos === 'AUX' || (t.pos === 'VERB' && this.tokens[k - 1]?.text !== '-' && t.lower !== 'belonging' && !(t.lower === 'including' && !this.groups.some((g) => g.first >= clause.from && g.end <= k && !ofOthers(g))) && !ledBy(this.tokens, k) && !((/ing$/.test(t.lower) || (OPENING_AGENT.test(t.lower) && this.tokens[k + 1]?.lower === 'by')) && (k === clause.from || this.tokens[k - 1]?.pos === 'PUNCT')))), // (not "Iran-backed"; nor an opening participle of mediating or backing, "Brokered by Brazil, ..."; nor a word of a phrase that stands for actors, "The four boycotting countries"; nor "including" after no one named but whose allies they are, "Other Saudi allies including Bahrain also severed")
    );
    const beforeVerb = candidates.filter((g) => firstVerb < 0 || g.end <= firstVerb);
    const pick = beforeVerb[beforeVerb.length - 1] ?? null;
    const listed = found.filter((g) => firstVerb < 0 || g.end <= firstVerb), list = listed.length > 2 ? listedAgents(this.tokens, clause.from, listed) : null; if (list) return list; // (items between commas are no asides in a list: "Putin, Ukraine's Petro Porochenko, Hollande and Merkel") // ("Chile's A, Peru's B and Bolivia's C signed": three or more listed are the subject; and "Mali and its allies Burkina Faso and Niger recalled", below.)
    const ally = pick && beforeVerb.length > 1 ? beforeVerb[beforeVerb.length - 2]! : null;
    if (pick && ally && (/^and (?:its|their) (?:\w+ )?(?:allies|ally|partners?|neighbou?rs?)(?: ,? (?:including|such as)(?: the)?)?$/.test(this.tokens.slice(ally.end, pick.first).map((t) => t.lower).join(' ')) || coordinatedAgents(this.tokens, clause.from, ally, pick) || (this.tokens[ally.end]?.text === '-' && ally.end + 1 === pick.first && ['NOUN', 'ADJ'].includes(this.tokens[pick.end]?.pos ?? '')))) return { ...pick, ids: [...new Set([...ally.ids, ...pick.ids])], first: ally.first }; // (and the pair of a compound: "A China-Solomon Islands security pact alarmed Australia")
    // ("Canada and its allies including Japan and Australia expressed": the allies named after "including" act too.)
    const incl = pick ? this.groups.find((g) => g.first > pick.end && g.end <= at && (/^and (?:its|their) (?:\w+ )?(?:allies|partners) (?:including|such as)$/.test(this.tokens.slice(pick.end, g.first).map((t) => t.lower).join(' ')) || (/(?:^|\s), (?:along|together) with (?:[\w'-]+ ){0,3}$/.test(`${this.tokens.slice(pick.end, g.first).map((t) => t.lower).join(' ')} `) && this.tokens[g.end]?.text === ','))) : undefined; // (and those "along with" it in an aside: "US ambassador Eric Garcetti, along with envoys of Qatar and Monaco, presented")
    if (pick) return incl ? { ...pick, ids: [...new Set([...pick.ids, ...incl.ids])], end: incl.end } : pick;
    // '"We will not tolerate it," the Chinese foreign ministry said, warning ...': the speaker after a quotation.
    const speaker = candidates.find((g) => speaks(this.tokens, g));
    if (speaker) return speaker;
    // (A pronoun after the clause's first verb is its object: "that would force it to".) ("and its F-16 jets struck": a possessive before a noun of force stands for its owner too.)
    const pronoun = this.tokens.slice(clause.from, firstVerb >= 0 ? Math.min(at, firstVerb) : at).find((t, j, all) => t.pos === 'PRON' && (SUBJECT_PRONOUN.has(t.lower) || (/^(?:its|their)$/.test(t.lower) && all.slice(j + 1).some((x) => FORCE_NOUN.test(x.lower) || OWN_AGENT.test(x.lower)))));
    // ("hosted Ukraine's president at a summit, where he accused": "he" is the office holder named last.)
    if (pronoun && /^(?:he|she)$/.test(pronoun.lower) && c > 0 && clause.kind !== 'reported') {
      const holder = [...this.groups].reverse().find((g) => g.end <= clause.from && this.tokens.slice(Math.max(0, g.first - 1), g.end + 1).some((t) => /^(?:president|prime|minister|leader|king|emir|chancellor|premier|monarch|ambassador|envoy)$/.test(t.lower))); // (and a title before the name: "president Makarios failed, and he fled")
      if (holder) return holder; const main = clause.kind === 'relative' && clause.parent !== null ? this.subjectOf(clause.parent, this.clauses[clause.parent]!.to, depth + 1) : null; if (main && main.ids.length === 1 && !main.anaphor && main.first >= 0) return main; // (else, in a relative clause, the one-state subject of the clause it hangs on: "Wong visited Australia, where he reached an agreement")
    }
    // ("over accusations it supported terrorism and was cosying up to Iran": "it" after a noun of accusing is the accused, not the accuser; not when they are denied, "rejected accusations that it", the denier's.)
    if (clause.kind === 'reported' && clause.parent !== null && ACCUSING_NOUN.test(this.tokens[clause.reporter ?? -1]?.lower ?? '') && /^(?:it|they)$/.test(this.tokens[clause.from]?.lower ?? '') && !this.tokens.slice(this.clauses[clause.parent]!.from, clause.reporter!).some((t) => /^(?:deny|reject|dismiss|refute|rebuff)$/.test(t.lemma))) return accusedBefore(this.groups, clause.reporter!, this.groups.find((g) => g.possessive && g.end <= clause.reporter! && g.end >= clause.reporter! - 2) ?? this.subjectOf(clause.parent, clause.reporter!, depth + 1)); // (the accuser: "Bogota's accusation that it", or the clause's subject)
    // "Russia denied that its troops had crossed": in a reported clause, "it" and "its" are the reporter's (and "the country": "Latvia's minister said the country will support Estonia").
    if (clause.kind === 'reported' && clause.parent !== null && this.tokens.slice(clause.from, at).some((t, j, all) => (t.pos === 'PRON' && /^(?:it|its|they|their|he|his|she|her)$/.test(t.lower)) || (t.lower === 'country' && all[j - 1]?.lower === 'the' && j === 1))) {
      const reporter = this.reporterOf(clause, depth + 1);
      // (Not "it" for two reporters: "The US and the EU condemned the operation, saying it had raised tensions".)
      const singular = this.tokens.slice(clause.from, at).every((t) => !(t.pos === 'PRON' && /^(?:they|their)$/.test(t.lower)));
      if (reporter && !(singular && reporter.ids.length >= 2)) return reporter;
      // (Nor anyone else when a body no actor stands for reports it: "The Caribbean Community said it stood with Guyana"; nor a region, past its relative clause: "Puntland, which is a federal member state, announced it had signed a deal with Addis Ababa" is no act of Somalia's.)
      const verb = clause.reporter ?? -1, relative = this.clauses.find((r) => r.kind === 'relative' && r.to === verb && this.tokens[r.from - 1]?.text === ',');
      const before = relative ? relative.from - 2 : verb - 1;
      if (!reporter && before >= 0 && this.tokens[before]?.pos === 'PROPN' && (!this.groups.some((g) => g.first <= before && before < g.end) || this.groups.some((g) => g.place && g.end === before + 1))) return null;
    }
    // ("Somalia said the agreement was null and void and recalled its ambassador": when what is reported has no actor for its subject, the act after "and" is the reporter's.)
    if (clause.kind === 'continued' && clause.parent !== null) {
      const parent = this.clauses[clause.parent]!;
      const aside = this.clauses.find((r) => r.kind === 'relative' && r.to === clause.from), antecedent = aside ? this.groups.find((g) => !g.place && !g.descriptor && (g.end === aside.from || (g.end === aside.from - 1 && /^[,—–]$/.test(this.tokens[g.end]?.text ?? '')))) : undefined; // ("..., Muizzu—who is regarded as pro-China—formally requested": past its aside, the one it was about)
      const before = c - 1 > clause.parent && MAYBE_SUBORDINATOR.has(this.tokens[this.clauses[c - 1]!.from]?.lower ?? '') && this.tokens[clause.from - 1]?.text === ',' ? c - 1 : null; return this.subjectOf(clause.parent, parent.to, depth + 1) ?? (before !== null ? this.subjectOf(before, this.clauses[before]!.to, depth + 1) : null) ?? (parent.kind === 'reported' && MODAL_VERB.has(this.tokens[clause.from + 1]?.lower ?? '') ? null : this.reporterOf(parent, depth + 1) ?? antecedent ?? null); // (not after a modal of the reported words: "said the agreement seems attractive, but would allow China to") (with no subject of the first clause, the one of the clause after "after" or "since" before it: "Relations soured after Muizzu took office, and upgraded ties with China")
    }
    // ("the UAE, which it accuses of arming the RSF": with a subject of its own after "which", the antecedent is the object.)
    if (clause.kind === 'relative' && !this.objectRelative(clause)) {
      if (/^(?:who|what)$/.test(this.tokens[clause.from]?.lower ?? '') && this.tokens[clause.from - 1]?.pos === 'VERB') return null; // (a question after a verb has no one named for its "who": "to determine who attacked the embassy")
      // (", a move that angered China", ", comments that drew criticism": a move set after a clause is that clause's subject's, not the last name before it.)
      const moveComma = /^(?:a|the|this)$/.test(this.tokens[clause.from - 2]?.lower ?? '') ? clause.from - 3 : clause.from - 2;
      if (MOVE_NOUN.test(this.tokens[clause.from - 1]?.lower ?? '') && this.tokens[moveComma]?.text === ',') {
        // (After what someone said, the comments are the speaker's: "Petro said Israel was ..., comments that".)
        const told = this.clauses[this.clauseIndexOf(moveComma)];
        if (told?.kind === 'reported') return this.reporterOf(told, depth + 1);
        return this.subjectOf(this.clauseIndexOf(moveComma), moveComma, depth + 1);
      }
      const antecedent = listedMembers(this.tokens, this.groups, clause) ?? [...this.groups].reverse().find((g) => g.end <= clause.from && ((clause.from - g.end <= 2 && !this.tokens.slice(g.end, clause.from).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) || ((g.possessive || g.demonym) && this.tokens.slice(g.end, clause.from).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN' || (g.demonym && t.pos === 'PROPN' && /^[A-Z]/.test(t.text)) || t.text === ',') && clause.from - g.end <= 4))); // ("Mali's military government, which", "the Peruvian Foreign Ministry, which": past the words for the state's agent)
      if (!antecedent && this.tokens[clause.from - 1]?.text === ',' && FORCE_NOUN.test(this.tokens[clause.from - 2]?.lower ?? '') && /^(?:its|their)$/.test(this.tokens[clause.from - 3]?.lower ?? '')) return [...this.groups].reverse().find((g) => g.end <= clause.from - 3 && !g.place && !g.descriptor && this.tokens[g.first - 1]?.pos !== 'ADP') ?? null; // ("withdraw its troops, who have been fighting the PKK": the troops' owner, the last named before "its", not after a preposition)
      // "the only NATO member that": a name that modifies the noun before "that" is not what it stands for; after a copula ("Hungary is the only NATO member that") the noun is the subject's.
      const modifies = antecedent && !antecedent.possessive && this.tokens[antecedent.end]?.pos === 'NOUN' && antecedent.end < clause.from && this.tokens[clause.from - 1]?.text !== ',';
      // ("the Iranian ambassador to Pakistan, who is visiting Iran": the envoy, whose state is named before its noun, not where it is posted.)
      const trip = antecedent && this.tokens[antecedent.first - 1]?.lower === 'to' && /^(?:trip|visit|tour|journey)$/.test(this.tokens[antecedent.first - 2]?.lower ?? '') && this.tokens[antecedent.end]?.text === ','; const posted = antecedent && /^(?:to|in)$/.test(this.tokens[antecedent.first - 1]?.lower ?? '') && (ENVOY_NOUN.test(this.tokens[antecedent.first - 2]?.lower ?? '') || trip) ? this.groups.find((g) => g.end === antecedent.first - 2 || (g.end === antecedent.first - 3 && this.tokens[g.end]?.pos === 'ADJ') || (trip && g.possessive && g.end < antecedent.first - 2 && this.tokens.slice(g.end, antecedent.first - 2).every((t) => ['ADJ', 'NUM', 'NOUN'].includes(t.pos) || t.text === '-'))) : undefined; // (and a trip's: "Modi's trip to the island nation, which comes after his visit to the UK" is the trip, its owner's)
      if (posted) return posted;
      // ("all Turks in the Netherlands who agree with Erdogan": "who" stands for the people, not the state they are in; nor, with no comma, "that" or "which" after a thing placed in a state: "a drone strike on a base in Jordan that killed three soldiers".)
      if (antecedent && (this.tokens[clause.from]?.lower === 'who' || (this.tokens[clause.from - 1]?.text !== ',' && this.tokens[antecedent.first - 2]?.pos === 'NOUN')) && [antecedent.first - 1, antecedent.first - 2].some((k) => this.tokens[k]?.lower === 'in' && this.tokens.slice(k + 1, antecedent.first).every((t) => t.pos === 'DET'))) return null;
      // ("Russia's invasion of neighboring Ukraine, which has sparked condemnation": what a hostile act told with its maker set off is the maker's to answer for.)
      const of = antecedent ? pastWords(this.tokens, antecedent.first - 1, ['DET', 'ADJ']) : -1;
      const maker = antecedent && this.tokens[antecedent.end]?.text === ',' && /^(?:of|on|into|against)$/.test(this.tokens[of]?.lower ?? '') && HOSTILE_ACT.test(this.tokens[of - 1]?.lower ?? '') && /^(?:sparked|drew|prompted|triggered|provoked|caused|angered|attracted|met)$/.test(this.tokens.slice(clause.from + 1, clause.to).find((t) => t.pos === 'VERB')?.lower ?? '') ? this.groups.find((g) => g.possessive && g.end === of - 1) : undefined;
      if (maker || (antecedent && !modifies)) return maker ?? (antecedent!.descriptor ? null : antecedent!); // (one who only describes stands for no one: "Former Slovak prime minister Robert Fico, whose party opposes")
      let a = clause.from - 1; // ("the Houthis, an Iran-backed rebel group that seized Sanaa", "Orban, a right-wing nationalist who has forged": a noun in apposition stands for the actor before its comma.)
      while (a > clause.from - 7 && (['NOUN', 'ADJ', 'PROPN'].includes(this.tokens[a]?.pos ?? '') || this.tokens[a]?.text === '-' || this.tokens[a - 1]?.text === '-')) a--;
      const apposed = !antecedent && (this.tokens[clause.from]?.lower === 'who' || /^(?:group|movement|militia|organi[sz]ation|faction|force|forces|country|state|nation|kingdom|republic|island|monarchy|neighbou?r|ally|rival|member|power|government|regime|junta)$/.test(this.tokens[clause.from - 1]?.lower ?? '')) && /^(?:a|an|the)$/.test(this.tokens[a]?.lower ?? '') && this.tokens[a - 1]?.text === ',' ? this.groups.find((g) => g.end === a - 1 && !g.descriptor) : undefined;
      if (apposed) return apposed;
      const copula = !antecedent && clause.parent !== null ? copulaBeforeAmong(this.tokens, clause, this.clauses[clause.parent]) : -1; // ("are among the countries who've recently expelled French troops": the copula's subject, listedMembers.ts)
      if (copula >= 0) return this.subjectOf(clause.parent!, copula, depth + 1); // ("Countries that have no diplomatic relations with Kosovo", below: a common noun is the subject; no actor, and none from before.)
      if (!antecedent && (this.tokens[clause.from - 1]?.pos === 'NOUN' || /^(?:those|others|ones)$/.test(this.tokens[clause.from - 1]?.lower ?? '')) && /^(?:that|which|who)$/.test(this.tokens[clause.from]?.lower ?? '') && !this.tokens.slice(clause.from + 1, at).some((t) => t.pos === 'PRON' || this.groupAt(this.tokens.indexOf(t)))) return null;
      if (modifies && clause.parent !== null) {
        const parent = this.clauses[clause.parent] as Clause;
        const copula = this.tokens.slice(parent.from, antecedent.first).findIndex((t) => t.lemma === 'be' || t.lemma === 'remain' || t.lemma === 'become');
        if (copula >= 0) return this.subjectOf(clause.parent, parent.from + copula, depth + 1);
      }
    }
    // '"We will respond," the Iranian foreign minister said': "we" in a quotation is its speaker; so is an official's "I" ('"I summoned the ambassador," the foreign minister said').
    const firstPerson = pronoun?.lower === 'we' || pronoun?.lower === 'i' || (!pronoun && c === 0 && /^["“]$/.test(this.tokens[clause.from]?.text ?? '') && this.tokens[clause.from + 1]?.pos === 'VERB' && this.tokens[clause.from + 1]!.lemma !== this.tokens[clause.from + 1]!.lower); // (and a post's "I" left out: '"Spoke to President Ashraf Ghani ...," Modi tweeted')
    const weSpeaker = firstPerson ? (this.groups.find((g) => speaks(this.tokens, g)) ?? (this.discourse.quoteSpeaker ? standIn(this.discourse.quoteSpeaker) : undefined)) : undefined; // (and the speaker named where a quotation of several sentences closes)
    if (weSpeaker) return weSpeaker;
    // (Not the subject before: '"I can go wherever I want," he added' after a sentence on the Netherlands is the Turkish minister's "I".)
    if (pronoun?.lower === 'i') return null;
    // ("Poland said that Belarusian helicopters had violated its airspace, and it summoned ...": "it" after
    // "and" is the sentence's first subject, not the reported clause's.)
    // (So is "it" in a relative or a subordinate clause: "the controls that it imposed on South Korea", "the promise it made when it signed a treaty".)
    const opens = this.tokens[clause.from]?.lower ?? '';
    if (pronoun && /^(?:it|they|its|their)$/.test(pronoun.lower) && c > 0 && (/^(?:and|but)$/.test(opens) || clause.kind === 'relative' || SUBORDINATOR.has(opens) || MAYBE_SUBORDINATOR.has(opens))) {
      const first = this.subjectOf(0, this.clauses[0]!.to, depth + 1);
      // ("signing agreements with Niger, Mali and Burkina Faso after their juntas expelled French troops": "their" is plural; a subject of one gives way to the last list before.)
      const list = /^(?:they|their)$/.test(pronoun.lower) && first?.ids.length === 1 ? [...this.groups].reverse().find((g) => g.end <= clause.from && g.ids.length >= 2 && !g.place) : undefined;
      if (list) return list;
      // ("suspending all trade with Israel until it allows aid to enter Gaza": "until" and "unless" tell what the one acted on must do.)
      if (/^(?:until|unless)$/.test(opens) && /^(?:it|they)$/.test(pronoun.lower)) { const on = [...this.groups].reverse().find((g) => g.first >= this.clauses[c - 1]!.from && g.end <= clause.from && !g.place && !g.ids.some((id) => first?.ids.includes(id))); if (on) return on; }
      // ("said Israel was depriving Palestinians of food after it launched attacks": after a clause whose subject is one state named in it, a subordinate's "it" is that state.)
      for (let b = c - 1; b >= Math.max(1, c - 3) && (SUBORDINATOR.has(opens) || MAYBE_SUBORDINATOR.has(opens)) && /^(?:it|its)$/.test(pronoun.lower); b--) {
        const before = this.clauses[b] as Clause;
        const near = this.subjectOf(b, before.to, depth + 1);
        if (near && near.ids.length === 1 && (near.first >= before.from || (before.kind === 'relative' && /^(?:which|that|who)$/.test(this.tokens[before.from]?.lower ?? '') && near.end === before.from - (this.tokens[before.from - 1]?.text === ',' ? 1 : 0))) && !near.ids.every((id) => first?.ids.includes(id))) return near;
        if (near) break;
      }
      if (first) return first;
    }
    // ("We are determined," the leaders said: "we" is its speaker's, or no one's; not the subject before.)
    const fronted = pronoun && /^(?:it|he|she)$/.test(pronoun.lower) && clause.kind === 'main' && c > 0 && this.clauses[c - 1]!.kind === 'main' && SUBORDINATOR.has(this.tokens[this.clauses[c - 1]!.from]?.lower ?? '') ? this.subjectOf(c - 1, this.clauses[c - 1]!.to, depth + 1) : null; if (fronted && fronted.ids.length === 1) return fronted; if (pronoun && pronoun.lower !== 'we' && this.discourse.subject) return standIn(pronoun.lower === 'they' && this.discourse.subject.length === 1 && this.discourse.pair && this.tokens.slice(this.tokens.indexOf(pronoun) + 1, this.tokens.indexOf(pronoun) + 3).some((t) => t.lower === 'both') ? this.discourse.pair : this.discourse.subject); // ("The republics ... They are both recognised by Russia": "they" with "both" is the pair told, not one subject; before it, "Although Mongolia regards China as a priority, it has committed": the fronted clause's one subject)
    // "Blaming Russia for the attack, the UK said ...": an opening participle's subject follows its comma.
    const opening = this.tokens[clause.from];
    if (opening && opening.pos === 'VERB' && /ing$/.test(opening.lower) && at <= this.tokens.findIndex((t, k) => k > clause.from && t.text === ',')) {
      const comma = this.tokens.findIndex((t, k) => k > clause.from && t.text === ',');
      return this.groups.find((g) => g.first > comma && !g.place && !g.descriptor && this.tokens.slice(comma + 1, g.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ')) ?? (/^(?:he|she)$/.test(this.tokens[comma + 1]?.lower ?? '') && this.tokens[comma + 2]?.pos === 'VERB' && opening.lower !== 'according' && this.discourse.subject?.length === 1 ? standIn(this.discourse.subject) : null); // (or the one a "he" after it stands for: "Speaking on a visit to Berlin, he said")
    }
    return null;
  }
}
