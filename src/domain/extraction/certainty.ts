// How sure an article is of a claim, and who says so. Certainty follows the words around the
// trigger: a denial of it ("Minsk denies ..."), a report not on the record ("reportedly", "sources
// said", "according to media"), an accusation ("accused X of arming Y": the arming is alleged), or
// a rumour ("unconfirmed reports"); otherwise what the article or an official states.
import type { Certainty } from '../claims/vocabulary';
import { ACCUSING_NOUN, type Clause } from './clauses';
import type { Token } from './tokens';

const DENIAL = /\b(?:dismiss(?:ed|es|ing)?(?: [^.]{0,90}?)? as ["“'‘]?(?:fake|false|baseless|fabricated|untrue|absurd|unfounded|groundless|ridiculous|preposterous)|rejected (?:the |these |those |such |[A-Z][\w.]*['’]s )?(?:claims?|accusations?|allegations?|reports?)|dismiss(?:ed|es|ing)? (?:the |these |those |such )?(?:claims?|accusations?|allegations?|reports?|suggestions?) that|refut(?:ed|es)|did not come up|played down|den(?:y|ies|ied|ying) (?:the |these |those )?(?:reports?|claims?|suggestions?|speculation) that)\b/i;
const UNCONFIRMED = /\b(?:unconfirmed|rumou?r(?:s|ed)?|unverified|could not (?:be )?(?:independently )?(?:confirmed?|verified?)|it is not clear|it was not clear|if any|speculat(?:ion|ed))\b/i;
const REPORTED = /\b(?:reports? (?:in|from|by) |media (?:said|reported|reports)|reportedly|according to (?:[\w.-]+ ){0,2}(?:media|reports|news|sources|diplomats|officials)|reported, citing|citing (?:unnamed |anonymous )?(?:officials|sources|diplomats)|sources (?:said|told|say)|news agency reported|(?:unnamed|anonymous) (?:officials?|sources?|diplomats?)|(?:officials|diplomats|sources) (?:said|say|told)|was quoted as saying)\b/i;
export const ALLEGING = new Set(['accuse', 'allege', 'claim', 'charge', 'blame', 'suspect', 'link', 'tie', 'connect']);

export interface CertaintyContext {
  sentence: string;
  tokens: readonly Token[];
  clause: Clause;
  /** Token index of the trigger's head. */
  head: number;
  /** The verb whose object did the act ("accused X of arming"), if any. */
  accuser: Token | null;
}

export function certaintyOf(ctx: CertaintyContext): Certainty {
  const { sentence, tokens, clause, head } = ctx;
  const reporter = clause.reporter === null ? null : tokens[clause.reporter];
  // A denial whose scope holds the trigger: the reporting verb, or a "deny" before it in its clause.
  const clauseText = tokens
    .slice(clause.from, head)
    .map((t) => t.text)
    .join(' ');
  if (reporter?.lemma === 'deny' || /\bden(?:y|ies|ied|ying)\b/i.test(clauseText) || DENIAL.test(sentence)) return 'denied';
  if (UNCONFIRMED.test(sentence)) return 'unconfirmed';
  if (REPORTED.test(sentence)) return 'reported';
  if ((reporter && (ALLEGING.has(reporter.lemma) || ACCUSING_NOUN.test(reporter.lower))) || (ctx.accuser && ALLEGING.has(ctx.accuser.lemma) && !(ctx.accuser.lemma === 'claim' && /^(?:responsibility|credit)$/.test(tokens[tokens.indexOf(ctx.accuser) + 1]?.lower ?? '')))) return 'alleged'; // (not an act one claims responsibility for: one's own, stated)
  if (/\b(?:alleged|allegedly|purportedly|supposedly)\b/i.test(clauseText)) return 'alleged';
  return 'stated';
}

/** Who says so, in the article's words ("Bourita, in a statement"); "the article" when no one is named. */
export function attributionOf(sentence: string): string {
  const m =
    /\baccording to ([^,.;]{3,60})/i.exec(sentence) ??
    /[,”"]\s*([A-Z][^,.;"”]{2,60}?) (?:said|says|told|added|announced|reported)\b/.exec(sentence) ??
    /^([A-Z][^,.;"”]{2,60}?) (?:said|says|told|announced|reported)\b/.exec(sentence);
  return m?.[1]?.trim() ?? 'the article';
}
