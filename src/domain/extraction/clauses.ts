// A sentence cut into clauses, without a parser: at semicolons, at subordinating and relative words,
// before a coordinated verb or a new subject, before a participle after a comma, and after a
// reporting verb ("Lithuania said Belarus ..."). Each clause says where a missing subject comes
// from: a coordinated verb or a participle shares the subject of the clause it continues; a
// relative clause takes the actor before "which"/"who"; a reported clause names who reports it.
import { APPOSED_NOUN } from './actorGroups';
import { NAMING_VERB, STATES_PLURAL } from './listedMembers';
import { afterHyphen, type Token } from './tokens';

export type ClauseKind =
  /** A clause with its own subject. */
  | 'main'
  /** "... and expelled its diplomats", ", accusing it of ...": the subject of the clause it continues. */
  | 'continued'
  /** ", which ...", ", who ...": the actor just before. */
  | 'relative'
  /** After a reporting verb: "Lithuania said [Belarus used migrants]". */
  | 'reported';

export interface Clause {
  /** Token range [from, to). */
  from: number;
  to: number;
  kind: ClauseKind;
  /** The clause this one continues or reports from (its index), if any. */
  parent: number | null;
  /** For a reported clause: the reporting verb's token. */
  reporter: number | null;
}

/** Words that always start a clause. */
export const SUBORDINATOR = new Set(['when', 'while', 'whilst', 'because', 'although', 'though', 'whereas', 'unless', 'if']);
/** Words that start a clause only when a subject and its verb follow ("after Egypt expelled", not "after talks"). */
export const MAYBE_SUBORDINATOR = new Set(['once', 'since', 'after', 'before', 'until', 'as', 'so']);
/** Nouns of time after which a clause may follow without "when": "the day a missile struck". */
const TIME_NOUN = /^(?:day|night|morning|evening|week|month|year|moment|hour|time)$/;
/** An adjunct that judges what a main clause did ("in what was seen as", "in a move", "in a bid to"). */
const ADJUNCT_OF_MAIN = /^in (?:what|an? (?:apparent |clear |further |new )?(?:effort|bid|attempt|move|step|sign|show|gesture|push|drive)s?\b)/;
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
/** Words of time or manner between a verb of saying and its "that": "alleged yesterday that", "said again that". */
export const WORD_BEFORE_THAT = /^(?:yesterday|today|tonight|earlier|again|repeatedly|also)$/;
/** Nouns whose "that" opens what they hold, not a relative clause: "has proof that Hezbollah has provided training". */
export const CONTENT_NOUN = /^(?:proof|evidence|information|indications?|signs?|intelligence|allegations?|accusations?|suspicions?|claims?|reports?|assurances?|confirmation|announcements?|statements?|declarations?|news|warnings?|pledges?|promises?|insistence|admission|revelations?)$/;
/** Nouns of accusing, whose clause's "it" is the one accused: "over accusations it supported terrorism". */
export const ACCUSING_NOUN = /^(?:accusations?|allegations?|charges?|suspicions?)$/;
/** Nouns that sum up what a clause told: ", a move China criticised" (a clause of its own about it). */
export const MOVE_NOUN = /^(?:move|step|decision|plan|ruling|verdict|comments|remarks|statement|statements|view|views|position|assessment|conclusion|conclusions|finding|findings)$/;
/** Verbs after which a clause is what someone says: "said Belarus used ...". */
export const REPORTING = new Set([
  'say', 'add', 'state', 'announce', 'claim', 'allege', 'insist', 'argue', 'believe', 'report', 'confirm', 'deny', 'note', 'stress',
  'affirm', 'reaffirm', 'underline', 'underscore', 'highlight', 'indicate', 'maintain', 'contend', 'warn', 'threaten',
  'declare', 'suggest', 'assert', 'acknowledge', 'admit', 'explain', 'reiterate', 'emphasise', 'emphasize', 'complain', 'write', 'tweet', 'observe', 'remark', 'think', 'fear', 'suspect', 'charge',
  // ("demanded that Washington stop arming the island": what is demanded is a clause of its own.)
  'demand', 'insist',
  // ("told a national television audience that ...": what one tells someone past its listeners.)
  'tell',
]);

/** Acts of speech that, after a reported clause, continue its reporter: "said ... and accused". */
const SPEECH_ACTS = new Set(['accuse', 'urge', 'call', 'condemn', 'criticise', 'criticize', 'blame', 'demand', 'ask', 'praise', 'thank', 'welcome', 'vow', 'pledge', 'promise', 'reject', 'dismiss', 'reveal', 'disclose']); // (and what one makes known: "confirmed that U. S. diplomats had arrived and revealed plans to send a delegation")

const isVerb = (t: Token | undefined) => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
const isNominal = (t: Token | undefined) => t !== undefined && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART'].includes(t.pos);

/** "the Solomon Islands, once Taiwan's largest ally in the South Pacific, severed": "once" opening an aside between commas means formerly; it opens no clause. */
const onceAside = (tokens: readonly Token[], i: number) => tokens[i]?.lower === 'once' && tokens[i - 1]?.text === ',' && !tokens.slice(i + 1, tokens.findIndex((t, k) => k > i && t.text === ',')).some((t) => isVerb(t));

/** True when tokens from k on read as a subject and then its verb within a few words. */
/**
 * The "that" a reporting verb at `i` opens past its own adjuncts ("said on Tuesday that", "told a national television
 * audience that"), past a gerund's phrase too, and a comma right before "that" after one ("said on Twitter after meeting
 * Moroccan Foreign Minister Nasser Bourita, that"); undefined if none. Past six words only with such a gerund.
 */
function thatAfterAdjuncts(tokens: readonly Token[], i: number): number | undefined {
  return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((d) => i + d).find((j) => {
    const words = tokens.slice(i + 1, j);
    const gerund = words.some((x) => x.pos === 'VERB');
    return tokens[j]?.lower === 'that' && (j - i <= 6 || gerund) && words.every((x, m) => ['ADP', 'PROPN', 'NOUN', 'DET', 'NUM', 'ADJ', 'ADV'].includes(x.pos) || (x.pos === 'VERB' && /ing$/.test(x.lower) && words[m - 1]?.pos === 'ADP') || (x.text === ',' && m === words.length - 1 && gerund));
  });
}

function clauseAhead(tokens: readonly Token[], k: number, to: number, inGroup: (i: number) => boolean = () => false): boolean {
  let seen = 0;
  // (The words of a list of actors do not count towards how far to look: "after juntas in Mali, Burkina Faso and Niger expelled".)
  for (let j = k, list = 0; j < to && j < k + 8 + list; j++) {
    const t = tokens[j] as Token;
    if (inGroup(j)) list++;
    // ("banned flour, rice, and bananas originating from": a participle right after a common noun describes it; no clause.)
    if (isVerb(t) && !afterHyphen(tokens, j)) return seen > 0 && !(t.pos === 'VERB' && /ing$/.test(t.lower) && (tokens[j - 1]?.pos === 'NOUN' || (tokens[j - 1]?.pos === 'PROPN' && t.lower === 'following'))); // (nor "following" after a name: "as a show of support to Saudi Arabia following an attack") (not a participle inside a compound: "maintained direct engagement with the Taliban-led interim administration")
    if (isVerb(t) && seen > 0) continue; // (a verb after a hyphen is a word of a compound that describes the subject: "after Shiite-dominated Iran and Saudi Arabia resumed")
    // ("announced plans to impose tariffs": a noun's infinitive is no verb of a clause; the noun is the verb's object.)
    if (t.lower === 'to' && tokens[j + 1] && isVerb(tokens[j + 1] as Token)) return false;
    // (A comma inside a list of actors is part of the subject: ", and Argentina, Colombia and Chile expressed".)
    if (t.text === ',' && inGroup(j)) continue;
    // (So is an apposition to it, or a participle's aside, when the verb comes after its closing comma: "after Bolivia, a close ally, opened", "after Chile, backed by Peru, attacked"; or a phrase's: "and the three sides, with US mediation, met".)
    if (t.text === ',' && seen > 0 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP'].includes(tokens[j + 1]?.pos ?? '') || onceAside(tokens, j + 1) || (tokens[j + 1]?.pos === 'VERB' && /ed$/.test(tokens[j + 1]?.lower ?? '')))) {
      const close = tokens.findIndex((x, c) => c > j + 1 && c <= j + 16 && c < to && /^[,.;:]$/.test(x.text));
      return close > 0 && tokens[close]?.text === ',' && isVerb(tokens[close + 1] as Token) && !/ing$/.test(tokens[close + 1]?.lower ?? '');
    }
    if (t.pos === 'PUNCT' && t.text !== "'" && t.text !== '-' && t.text !== '.') return false;
    // (An adverb between the subject and its verb: "after Moscow illegally annexed".)
    if (t.pos === 'ADV' && seen > 0 && isVerb(tokens[j + 1])) continue;
    // (A title's "then-" is the subject's: "after Colombia's then-President Ivan Duque refused".)
    if (t.lower === 'then' && tokens[j + 1]?.text === '-') {
      j++;
      continue;
    }
    if (t.text === '-' && tokens[j - 1]?.end === t.start && tokens[j + 1]?.start === t.end) continue; // (a hyphen within a word of the subject: "after two-thirds of member states approved")
    if (!isNominal(t) && t.pos !== 'ADP' && t.pos !== 'CCONJ') return false;
    seen++;
  }
  return false;
}

/** "list the Guards as a terrorist entity", "described the deal as", "collectively known as": "as" completing a verb of naming or regarding opens no clause. */
function asComplement(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'as') return false;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) if (tokens[k]?.pos === 'VERB') return /^(?:designate|list|label|brand|describe|regard|see|view|recognise|recognize|treat|classify|blacklist|name|call|count|know|refer|dub|term)$/.test(tokens[k]?.lemma ?? '');
  return false;
}

/** `inGroup(i)`: token i lies inside a list of actors ("He, Kishida, and Marcos"), where no clause starts. */
/** True when the clause opened at `from` sits in an aside: a comma in its parent clause, after an actor or a noun, with only a noun phrase between. */
function asideBefore(tokens: readonly Token[], parent: Clause | undefined, from: number): boolean {
  if (!parent) return false;
  const comma = tokens.findLastIndex((t, k) => k >= parent.from && k < from && t.text === ',');
  return comma > parent.from && from - comma <= 6 && tokens.slice(comma + 1, from).every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos) || t.text === '-');
}

/** Adjectives of feeling, after which "that" opens what is felt about: "was disappointed that Nauru had switched recognition". */
const FEELING_ADJ = /^(?:disappointed|concerned|worried|pleased|glad|happy|satisfied|confident|alarmed|dismayed|outraged|angry|angered|sorry|surprised|saddened|hopeful|convinced|troubled|relieved|delighted|upset|frustrated)$/;

export function splitClauses(tokens: readonly Token[], inGroup: (i: number) => boolean = () => false): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let kind: ClauseKind = 'main';
  let parent: number | null = null;
  let reporter: number | null = null;
  let lastMain = -1;
  const close = (at: number, next: ClauseKind, nextParent: number | null, nextReporter: number | null = null) => {
    if (at > from) {
      clauses.push({ from, to: at, kind, parent, reporter });
      if (kind === 'main' || kind === 'reported') lastMain = clauses.length - 1;
    }
    from = at;
    kind = next;
    parent = nextParent;
    reporter = nextReporter;
  };
  const n = tokens.length;
  const opener = tokens.find((x) => x.pos !== 'NUM' && x.pos !== 'PUNCT')?.lower ?? ''; // (the sentence's first word, past a dateline's day: "6 — Within")
  let inBrackets = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    // ("The Chaco War (Spanish: Guerra del Chaco, Guarani: Cháko Ñorairõ) was fought": what brackets hold breaks no clause.)
    inBrackets += t.text === '(' ? 1 : t.text === ')' && inBrackets > 0 ? -1 : 0;
    if (inBrackets > 0) continue;
    const current = () => (i > from ? clauses.length : lastMain >= 0 ? lastMain : null);
    // ("accepting offers from just four countries: Britain, Spain, Qatar and the UAE": a colon after a plural of states opens the list of them, no clause.)
    if (t.text === ';' || (t.text === ':' && !/^\d/.test(next?.text ?? '') && !(APPOSED_NOUN.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1 + (next?.pos === 'DET' ? 1 : 0)]?.pos === 'PROPN'))) {
      close(i + 1, 'main', null);
    } else if (t.lower === 'that' && (CONTENT_NOUN.test(tokens[i - 1]?.lower ?? '') || FEELING_ADJ.test(tokens[i - 1]?.lower ?? '') || (/^(?:is|was|are|were)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.pos !== 'PROPN')) && isNominal(next) && i > 1) {
      // ("Morocco has proof that Hezbollah has provided": what the proof holds is told by whoever has it; "was disappointed that Nauru had switched": so is what one feels about; "The background to this is that China slapped": so is what a thing is.)
      close(i + 1, 'reported', current(), i - 1);
    } else if (ACCUSING_NOUN.test(t.lower) && /^(?:it|they)$/.test(next?.lower ?? '') && isVerb(tokens[i + 2])) {
      // ("over accusations it supported terrorism and was cosying up to Iran": what an accusation holds, with no "that", is a clause of its own.)
      close(i + 1, 'reported', current(), i);
    } else if (/^(?:pacts?|deals?|agreements?|accords?|treat(?:y|ies))$/.test(tokens[i - 1]?.lower ?? '') && ['NOUN', 'ADJ'].includes(t.pos) && [1, 2, 3].some((d) => tokens[i + d]?.pos === 'VERB' && /(?:ed|uck|ade|ached|igned)$/.test(tokens[i + d]?.lower ?? '') && tokens.slice(i, i + d).every((x) => ['NOUN', 'ADJ'].includes(x.pos)) && tokens[i + d - 1]?.pos === 'NOUN')) {
      // ("withdrew from a 2015 nuclear pact world powers struck with Tehran": a deal's reduced relative clause, with its own subject, when that is no actor; "the deal Peru signed" is read as the deal's maker's.)
      close(i, 'relative', current());
    } else if ((RELATIVE.has(t.lower) || (t.lower === 'that' && ((tokens[i - 1]?.pos === 'NOUN' && clauseAhead(tokens, i + 1, n) && !(WORD_BEFORE_THAT.test(tokens[i - 1]?.lower ?? '') && REPORTING.has(tokens[i - 2]?.lemma ?? ''))) || ((tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN' || /^(?:those|ones)$/.test(tokens[i - 1]?.lower ?? '') || (/^[”"]$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.pos === 'NOUN')) && isVerb(next))))) && i > 0) { // (and after "those": "penalize those that recognize Taiwan"; and after a quoted noun: "an “existential threat” that would allow")
      // ("a designation that would force it": "that" as the relative clause's own subject.)
      close(i, 'relative', current());
    } else if ((kind as ClauseKind) === 'continued' && t.text === ',' && parent !== null && tokens[from - 1]?.text === ',' && /ing$/.test(tokens[from]?.lower ?? '') && next?.pos === 'VERB' && !/ing$/.test(next.lower) && clauses[parent]?.to === from && !tokens.slice(clauses[parent]!.from, from - 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
      // ("The U.S., monitoring China's diplomatic maneuvers, voiced support": a participle's aside right after the subject ends at its comma; the main clause goes on.)
      close(i + 1, 'continued', parent);
    } else if ((kind as ClauseKind) === 'relative' && (t.text === ',' || (/^[—–]$/.test(t.text) && tokens[from - 1]?.text === t.text)) && (tokens[from - 1]?.text === t.text || asideBefore(tokens, clauses[parent ?? -1], from)) && (isVerb(next) || (next?.pos === 'ADV' && isVerb(tokens[i + 2]))) && !/ing$/.test(next?.lower ?? '') && parent !== null && clauses[parent]?.to === from) {
      // "The United States, which has troops in Niger, has avoided ...": after the aside, its main clause
      // goes on (past an adverb: ", also welcomed"; or past a dash: "Russia — whose ... — slammed"). (Also in an apposition:
      // "Greece and Turkey, NATO allies that came close to war in 1996, agreed".)
      close(i + 1, 'continued', parent);
    } else if ((kind as ClauseKind) === 'reported' && reporter === 0 && t.text === ',' && /ing$/.test(tokens[0]?.lower ?? '') && clauseAhead(tokens, i + 1, n, inGroup)) {
      // ("Saying it wanted to stop the program, Israel carried out strikes": what an opening participle of saying reports ends at the comma before the main clause.)
      close(i + 1, 'main', null);
    } else if ((kind as ClauseKind) === 'relative' && parent !== null && clauses[parent]?.to === from && STATES_PLURAL.test(tokens[from - 1]?.lower ?? '') && NAMING_VERB.test(t.lower) && tokens.slice(from + 1, i).some((x) => x.pos === 'VERB')) {
      // ("the list of states that have revoked recognition of Kosovo includes Burundi, ...", "Among the countries that have recognized Kosovo are the US ...": past the relative clause's own verb, the main clause's verb names who they are.)
      close(i, 'continued', parent);
    } else if ((kind as ClauseKind) === 'relative' && t.text === ',' && parent !== null && clauses[parent]?.to === from && ADJUNCT_OF_MAIN.test(tokens.slice(i + 1, i + 4).map((x) => x.lower).join(' '))) {
      // ("Washington has promised 80 million doses, three-quarters of which will go through COVAX, in what has been seen as an effort to counter China": after the aside's comma, an adjunct of what the main clause did.)
      close(i + 1, 'continued', parent);
    } else if ((kind as ClauseKind) === 'relative' && t.text === ',' && parent !== null && clauses[parent]?.kind === 'relative' && clauses[parent]?.to === from && tokens[(clauses[parent]?.from ?? 0) - 1]?.text === ',' && isVerb(next) && !/ing$/.test(next?.lower ?? '') && clauses[parent]?.parent !== null) {
      // ("Israel, which opposes any deal that would leave Iran ..., has warned": past a relative clause inside the aside, the main clause goes on.)
      close(i + 1, 'continued', clauses[parent]?.parent ?? null);
    } else if ((SUBORDINATOR.has(t.lower) || (MAYBE_SUBORDINATOR.has(t.lower) && clauseAhead(tokens, i + 1, n, inGroup) && !asComplement(tokens, i) && !onceAside(tokens, i))) && i > from && !(t.lower === 'because' && next?.lower === 'of') && !verblessAside(tokens, i)) { // ("because of pressure from Moscow" is a phrase, no clause)
      close(i, 'main', null);
    } else if (t.text === ',' && /^(?:a|the)$/.test(next?.lower ?? '') && MOVE_NOUN.test(tokens[i + 2]?.lower ?? '') && clauseAhead(tokens, i + 3, n)) {
      // ", a move China criticised": a clause about the move, with its own subject.
      close(i + 3, 'main', null);
    } else if (TIME_NOUN.test(t.lower) && t.pos === 'NOUN' && tokens[i - 1]?.lower === 'the' && ['DET', 'PROPN', 'ADJ'].includes(next?.pos ?? '') && clauseAhead(tokens, i + 1, n)) {
      // "on the day a Russian missile struck ...": a clause about a time, with its own subject.
      close(i + 1, 'main', null);
    } else if (t.text === ',' && i > from && clauses.length > 0 && (SUBORDINATOR.has(tokens[from]?.lower ?? '') || MAYBE_SUBORDINATOR.has(tokens[from]?.lower ?? '')) && next?.pos === 'VERB' && !/ing$/.test(next.lower) && clauses[0]?.to === from && tokens.slice(from + 1, i).some(isVerb) && !tokens.slice(clauses[0].from, from).some(isVerb)) {
      // "Poland, one of Ukraine's supporters since Russia invaded in 2022, banned imports": an aside's
      // subordinate clause ends at the comma before the main clause's verb. (Not one still waiting for its own
      // verb past an apposition: "after Bolivia, a close ally, opened an embassy"; nor after a main clause with a verb of its own: "The war worsened after Chile, backed by Peru, attacked".)
      close(i + 1, 'continued', 0);
    } else if (t.text === ',' && i > from && !inGroup(i) && (SUBORDINATOR.has(tokens[from]?.lower ?? '') || MAYBE_SUBORDINATOR.has(tokens[from]?.lower ?? '')) && !(/^(?:and|or)$/.test(next?.lower ?? '') && isVerb(tokens[i + 2])) && clauseAhead(tokens, i + 1, n)) {
      // "Hours before Yoon landed, North Korea fired ...": the subordinate clause ends at its comma.
      close(i + 1, 'main', null);
    } else if (t.text === ',' && i > from && !inGroup(i) && ((((kind as ClauseKind) === 'relative' || (kind as ClauseKind) === 'continued') && clauses.every((c) => c.kind !== 'reported')) || ((kind as ClauseKind) === 'reported' && clauses.length === 1 && clauses[0]?.kind === 'main')) && /^(?:after|before|since|following|weeks|days|hours|months|shortly|soon|within)$/.test(opener) && clauseAhead(tokens, i + 1, n, inGroup)) {
      // ("Weeks after the attack on Israel that sparked the war and killed 1,200 people, Petro recalled": the opening adjunct, past its own clauses, ends at its comma; so does one past what it reports: "Within a few hours of Mrs. Gandhi's announcement that India had recognized Bangladesh, Islamabad broke off relations".)
      close(i + 1, 'main', null);
    } else if (/^(?:however|whereas)$/.test(t.lower) && tokens[i - 1]?.text === ',' && next?.text !== ',' && (clauseAhead(tokens, i + 1, n) || (next?.pos === 'PROPN' && /s$/.test(tokens[i + 2]?.lower ?? '') && ['DET', 'PROPN'].includes(tokens[i + 3]?.pos ?? '')))) {
      // ("Morocco annexed the region, however Algeria backs the Polisario Front": a new subject, a new clause, its present maybe tagged a noun.)
      close(i, 'main', null);
    } else if ((t.lower === 'but' || t.lower === 'yet') && t.pos === 'CCONJ' && (isVerb(next) || isVerb(tokens[i + 2]) || clauseAhead(tokens, i + 1, n) || ((c) => c > 0 && clauseAhead(tokens, c + 1, n))(next?.pos === 'ADP' ? tokens.findIndex((x, c) => c > i + 1 && c <= i + 7 && c < n && x.text === ',') : -1))) { // (and past a phrase before its subject: ", but over the past year, China and the Philippines have clashed")
      const verbNext = isVerb(next) || (next?.pos === 'ADV' && isVerb(tokens[i + 2]));
      // ("said the matter was concluded but warned Israel": a speech act after a reported clause continues the reporter.)
      const cur = current();
      const verbAt = next?.pos === 'ADV' ? i + 2 : i + 1;
      const reported = cur !== null && (cur === clauses.length ? (kind as ClauseKind) === 'reported' : clauses[cur]?.kind === 'reported');
      const reportedParent = cur === clauses.length ? parent : cur !== null ? (clauses[cur]?.parent ?? null) : null;
      const speech = SPEECH_ACTS.has(tokens[verbAt]?.lemma ?? '') || REPORTING.has(tokens[verbAt]?.lemma ?? '');
      close(i, verbNext ? 'continued' : 'main', verbNext ? (reported && speech && reportedParent !== null ? reportedParent : cur) : null);
    } else if ((t.lower === 'and' || t.lower === 'or') && i > from && !inGroup(i)) {
      let k = next?.pos === 'ADV' ? i + 2 : i + 1;
      // (Past an auxiliary: ", and has imposed sanctions on Niger". Not between two adverbs of one verb: "opportunely and duly protested".)
      const aux = tokens[k]?.pos === 'AUX' && /^(?:has|have|had|will|would|was|were|is|are)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.pos === 'VERB' ? k : -1;
      if (aux >= 0) k = aux + 1;
      // "Turkey said the UAE was ... and accused the Arab nation": a speech act after a reported clause
      // continues the reporter, not what it reports.
      const cur = current();
      const reported = cur !== null && cur === clauses.length ? (kind as ClauseKind) === 'reported' : cur !== null && clauses[cur]?.kind === 'reported';
      const speech = SPEECH_ACTS.has(tokens[k]?.lemma ?? '') || REPORTING.has(tokens[k]?.lemma ?? '');
      const reportedParent = cur === clauses.length ? parent : cur !== null ? (clauses[cur]?.parent ?? null) : null;
      // ("has threatened to use force if pressure fails, and has imposed sanctions": after a subordinate
      // clause that follows its main clause, the verb goes on with the main clause.)
      const open = cur === clauses.length ? from : cur !== null ? (clauses[cur]?.from ?? -1) : -1;
      const subordinate = cur !== null && cur > 0 && (aux >= 0 || tokens[i - 1]?.text === ',') && (SUBORDINATOR.has(tokens[open]?.lower ?? '') || MAYBE_SUBORDINATOR.has(tokens[open]?.lower ?? ''));
      if (isVerb(tokens[k]) && tokens[k]?.pos === 'VERB' && !(next?.pos === 'ADV' && tokens[i - 1]?.pos === 'ADV')) close(i, 'continued', reported && speech && reportedParent !== null ? reportedParent : subordinate ? cur - 1 : cur);
      // ("put it on hold after Azerbaijan took Karabakh and amid tensions with Moscow": a second adjunct after "and" goes with the main clause, not with the subordinate one before it.)
      else if (cur !== null && cur > 0 && /^(?:amid|amidst|despite|following)$/.test(next?.lower ?? '') && (SUBORDINATOR.has(tokens[open]?.lower ?? '') || MAYBE_SUBORDINATOR.has(tokens[open]?.lower ?? ''))) close(i, 'continued', cur - 1);
      // (Not after a list of subjects with no verb yet: "Secretary Marco Rubio, under secretary Allison Hooker, and senior advisor Massad Boulos hosted".)
      else if ((tokens[i - 1]?.text === ',' || next?.pos === 'PROPN' || (/^(?:the|its|their)$/.test(next?.lower ?? '') && inGroup(i + 2)) || ((next?.pos === 'NUM' || /^(?:thousands|hundreds|dozens|millions|scores|tens)$/.test(next?.lower ?? '')) && tokens[i + 2]?.lower === 'of' && tokens[i + 3]?.pos === 'PROPN')) && clauseAhead(tokens, i + 1, n, inGroup) && tokens.slice(Math.max(open, 0), i).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) close(i, 'main', null); // (or with no comma, before a named subject: "Russia expelled two Polish diplomats and Poland closed the Russian consulate")
    } else if (t.text === ',' && kind === 'main' && i > from && !inGroup(i) && next?.pos === 'PROPN' && ['PROPN', 'NOUN'].includes(tokens[i - 1]?.pos ?? '') && ['PROPN', 'NOUN', 'DET'].includes(tokens[from]?.pos ?? '') && tokens.slice(from, i).some((x) => x.pos === 'VERB') && ((j) => tokens[j]?.pos === 'AUX' || (tokens[j]?.pos === 'VERB' && !/ing$/.test(tokens[j]?.lower ?? '')))(tokens.findIndex((x, j) => j > i && x.pos !== 'PROPN'))) {
      // ("Saudi Arabia has recalled its envoy from Denmark, Libya has closed its embassy": a name and its verb after a comma, past a main clause that opens with its subject and has a verb of its own, open the next clause of a list of clauses.)
      close(i + 1, 'main', null);
    } else if (t.text === ',' && !/^(?:including|excluding|notably)$/.test(next?.lower ?? '') && (next?.pos === 'VERB' || ((next?.pos === 'NOUN' || next?.pos === 'ADJ') && ['PROPN', 'DET', 'PRON'].includes(tokens[i + 2]?.pos ?? ''))) && /ing$/.test(next?.lower ?? '')) {
      // (", warning Washington": a participle the tagger may read as a noun.)
      // ", accusing it of ...": the participle's subject is the clause's.
      // (", including Argentina and Chile" names examples of the noun before it: no clause.)
      // (And a participle of saying after a reported clause goes on with its reporter: "said the agreement is an asset, adding the peace deals ... are anchors".)
      const told = (kind as ClauseKind) === 'reported' && parent !== null && i > from && REPORTING.has(next?.lemma ?? '');
      close(i + 1, 'continued', told ? parent : (kind as ClauseKind) === 'relative' && parent !== null && /^(?:where|when)$/.test(tokens[from]?.lower ?? '') ? parent : current()); // (after a relative "where" or "when", the main clause's: "stormed the terminal where the hostages were being held, killing")
    } else if (t.lower === 'that' && tokens[i - 1]?.pos === 'VERB' && !REPORTING.has(tokens[i - 1]?.lemma ?? '') && isNominal(next) && clauseAhead(tokens, i + 1, n, inGroup)) {
      // ("ensuring that Russia maintains its role as a key partner for Mali": what a verb of bringing about opens with "that" is a clause with its own subject.)
      close(i + 1, 'main', null);
    } else if (t.pos === 'VERB' && REPORTING.has(t.lemma) && i + 1 < n && !(/^(?:'s|’s|its|their|his|her)$/.test(tokens[i - 1]?.lower ?? '') && next?.pos === 'NOUN')) {
      // (Not a participle between an owner and its noun: "Chile's stated desire to", "its declared aim".)
      // ("said on Tuesday that ...": past a time before "that".)
      const that = thatAfterAdjuncts(tokens, i); // (and past whom it is told: "told a national television audience that"; and a gerund's phrase: "said on Twitter after meeting Bourita that")
      // ("told Morocco it was ready to help": with no "that", what is told starts at the pronoun past whom it is told.)
      const told = that === undefined && /^(?:tell|assure|inform|promise|warn)$/.test(t.lemma) ? [2, 3, 4, 5].map((d) => i + d).find((j) => /^(?:it|they|he|she|we)$/.test(tokens[j]?.lower ?? '') && tokens.slice(i + 1, j).every((x) => ['PROPN', 'DET', 'NOUN', 'ADJ'].includes(x.pos))) : undefined;
      const k = next?.lower === 'that' ? i + 2 : that !== undefined ? that + 1 : told ?? i + 1;
      // "threatened to cut ties": an infinitive is the verb's complement, not a clause it reports.
      // (After "that" a clause follows even when its verb is far: "warned that an Israeli offensive in Rafah, on
      // the border between Gaza and Egypt, could have dire consequences".)
      // (And between commas: "said that, with Greece's support, Cyprus has conveyed".)
      const a = tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'ADP' ? k + 1 : k;
      const adjunct = tokens[a]?.pos === 'ADP' ? tokens.findIndex((x, j) => j > a + 1 && j <= a + 8 && x.text === ',') : -1; // (or past an adjunct of its own: "told ... that on August 2 and 4, North Vietnamese vessels had attacked")
      const explicit = tokens[k - 1]?.lower === 'that' && (isNominal(tokens[k]) || (adjunct > 0 && tokens.slice(a + 1, adjunct).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX') && isNominal(tokens[adjunct + 1])));
      if (tokens[k]?.lower !== 'to' && (explicit || clauseAhead(tokens, k, n))) close(k, 'reported', i === from && (kind as ClauseKind) === 'continued' ? clauses.length : current(), i); // (a verb of saying that opens a continued clause reports for that clause: ", adding the peace deals ...")
    }
  }
  close(n, 'main', null);
  return clauses;
}

/** "Argentina, though nominally neutral, had": a subordinator before a comma with only describing words between opens no clause. */
function verblessAside(tokens: readonly Token[], i: number): boolean {
  const comma = tokens.findIndex((t, k) => k > i && k <= i + 5 && t.text === ',');
  return comma > i + 1 && tokens[i - 1]?.text === ',' && tokens.slice(i + 1, comma).every((t) => t.pos === 'ADV' || t.pos === 'ADJ' || t.pos === 'PART');
}
