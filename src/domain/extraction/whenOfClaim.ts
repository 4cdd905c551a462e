// When a claim read from a sentence happened: the time expression nearest its trigger, or the
// publication date for a present or perfect tense with no date, and for a past with no date that is
// the day's news ("Greece's parliament ratified ..."); background ("had", "since", "formerly",
// "years ago") is undated, as the annotation conventions have it.
import { type FoundTime, isYearBeforeNoun } from '../claims/resolveTime';
import type { Clause } from './clauses';
import { bracketClose, pastWords, type Token } from './tokens';
import { ENDING_VERBS } from './verbContext';

/** Present or perfect tense with no date: the claim holds at publication. */
const PRESENT = /\b(?:has|have|is|are|will|says|say|said on|announced|now)\b/i;

export function whenOf(times: readonly FoundTime[], triggerAt: number, sentence: string, published: string | null, elsewhere: readonly [number, number][] = []): string | null {
  let best: FoundTime | null = null;
  // ("met Xi on the sidelines, their first talks since a border clash in 2020": a time in a clause of
  // "since" or "after" that the trigger is not in dates that clause, not the trigger.)
  // ("has never recognised an 1899 arbitration ruling": a year before a noun dates that noun's own event, not the verb's.)
  // ("reopened its embassy, seven years after Saudi Arabia cut ties": "N years after" dates what follows it, not what comes before.)
  const own = times.filter((t) => !elsewhere.some(([from, to]) => t.start >= from && t.start < to) && !(isYearBeforeNoun(t) && !(triggerAt >= t.end && triggerAt - t.end <= 24)) && !(/\bafter$/i.test(t.text) && triggerAt < t.start));
  for (const t of own) if (!best || Math.abs(t.start - triggerAt) < Math.abs(best.start - triggerAt)) best = t;
  if (best) return best.when.kind === 'point' ? best.when.at : best.when.kind === 'range' ? best.when.from : published;
  // (A past told with no date and no "had" is the news of the day the article reports: "Greece's parliament ratified ...".)
  // ("Sudan said Ethiopian forces had shelled its positions": a "had" after a verb of saying is the saying's past, not background.)
  // (Nor is "seven years after" background to what comes before it.)
  // (Nor "in place since", which dates a measure the sentence tells lifted: "lifted a restriction ..., in place since 1992".)
  const text = sentence.replace(/\b\w+ (?:years?|months?|decades?) after\b/gi, '').replace(/\bin place since\b/gi, '');
  const background = /\b(?:since|ago|years?|decades?|earlier|former|formerly|once|previously|last|long)\b/i.test(text);
  const backshifted = /\b(?:said|told|announced|confirmed|reported|added)\b(?:[^.;]*?)\bhad\b/i.test(text) && !background;
  return PRESENT.test(text) || backshifted || !/\b(?:had|since|ago|years?|decades?|earlier|former|formerly|once|previously|last)\b/i.test(text) ? published : null;
}

/**
 * The character spans of the clauses opened by "since", "after", "before" or "until", and of the
 * relative clauses opened by "which" or "who" ("Israel and Morocco, which normalised relations in
 * 2020, signed ... on Wednesday"), that do not hold the token at `head`; and the span of a participle
 * after a noun with an agent of its own ("ties damaged by a border clash in 2020").
 */
/** Participles of making an agreement, and the nouns of one (the verbs that end one: verbContext.ts's ENDING_VERBS). */
const MADE = /^(?:signed|concluded|inked|sealed|agreed|struck)$/;
const AGREEMENT = /^(?:treaty|treaties|agreements?|deals?|accords?|pacts?|conventions?|memorandum|protocols?)$/;


export function sinceClauses(tokens: readonly Token[], clauses: readonly Clause[], head: number): [number, number][] {
  const spans = clauses
    .filter((c) => !(c.from <= head && head < c.to) && (/^(?:since|after|before|until|following)$/.test(tokens[c.from]?.lower ?? '') || (c.kind === 'relative' && /^(?:which|who|whose|that)$/.test(tokens[c.from]?.lower ?? ''))))
    .map((c): [number, number] => [tokens[c.from]!.start, tokens[c.to - 1]!.end]);
  // ("The row is the biggest between Prague and Moscow since 1989", "the first visit since 2012": after a superlative, what "since" names is the measure, not the time.)
  for (const c of clauses) for (let k = c.from + 1; k < c.to; k++) if (tokens[k]?.lower === 'since' && tokens.slice(c.from, k).some((t) => /^(?:first|biggest|largest|worst|highest|lowest|deepest|strongest|most|best|only)$/.test(t.lower)) && !(k <= head && head < c.to)) spans.push([tokens[k]!.start, tokens[c.to - 1]!.end]);
  // ("signed by all European countries (except Albania, which was signed in September 1991), as well as by": a bracketed aside dates its own words.)
  for (const [open, shut] of bracketPairs(tokens)) if (!(open < head && head < shut)) spans.push([tokens[open]!.start, tokens[shut]!.end]);
  // ("work to repair ties damaged by a border clash in 2020": a participle after a noun, with an agent
  // of its own, dates its own event; "signed the deal reached in Vienna in 2015" dates the signing.)
  for (let k = head + 2; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!(t.pos === 'VERB' && /ed$/.test(t.lower) && tokens[k - 1]?.pos === 'NOUN' && tokens[k + 1]?.lower === 'by')) continue;
    const end = clauses.find((c) => c.from <= k && k < c.to)?.to ?? tokens.length;
    spans.push([t.start, tokens[end - 1]!.end]);
    break;
  }
  // ("would restore relations with Venezuela, broken since 2019": the time of a break told after the ties dates the break.)
  // (Not the break that is the claim's own: "relations between them were severed in 2017", its relations the head.)
  for (let k = head + 1; k < tokens.length - 2; k++) {
    if (!/^(?:broken|severed|cut|frozen|suspended)$/.test(tokens[k]!.lower) || !/^(?:since|in)$/.test(tokens[k + 1]!.lower) || !/^(?:19|20)\d\d$/.test(tokens[k + 2]!.text)) continue;
    if (tokens[head]?.pos !== 'VERB' && !tokens.slice(head + 1, k).some((x) => x.text === ',')) break;
    spans.push([tokens[k]!.start, tokens[k + 2]!.end]);
    break;
  }
  // ("taking steps to overcome any differences ... a diplomatic relationship established 201 years ago": a participle of founding after a noun dates what it founded.)
  for (let k = head + 2; k < tokens.length - 1; k++) {
    if (!/^(?:established|founded|forged|created|formed)$/.test(tokens[k]!.lower) || tokens[k - 1]?.pos !== 'NOUN') continue;
    spans.push([tokens[k]!.start, tokens[(clauses.find((c) => c.from <= k && k < c.to)?.to ?? tokens.length) - 1]!.end]);
    break;
  }
  // ("the decision to end the revised defence cooperation agreement in 2019": a year right after an agreement a participle before it made or revised dates that making, not the end.)
  for (let k = head; k < Math.min(tokens.length - 2, head + 8); k++) {
    if (!AGREEMENT.test(tokens[k]!.lower) || tokens[k + 1]?.lower !== 'in' || !/^(?:19|20)\d\d$/.test(tokens[k + 2]?.text ?? '') || !tokens.slice(Math.max(0, k - 4), k).some((x, j) => /^(?:revised|signed|concluded|amended|renewed|updated)$/.test(x.lower) && Math.max(0, k - 4) + j !== head)) continue; // (not the claim's own verb: "Chile and Peru signed a treaty in 1996" is dated by it)
    spans.push([tokens[k + 1]!.start, tokens[k + 2]!.end]);
    break;
  }
  // ("suspended the treaty (it) concluded with Spain in 2002": so does the making of an agreement told after the agreement whose end the trigger tells.)
  // ("is expelling the Libyan ambassador, angered at an accord signed on November 27": and of an agreement told past a comma, whatever the trigger.)
  const ending = tokens.slice(Math.max(0, head - 3), head + 1).some((t) => t.pos === 'VERB' && ENDING_VERBS.has(t.lemma));
  for (let k = head + 1; k < Math.min(tokens.length, head + (ending ? 8 : 24)); k++) {
    const t = tokens[k] as Token;
    if (!MADE.test(t.lower) || !(AGREEMENT.test(tokens[k - 1]?.lower ?? '') || (/^(?:it|they)$/.test(tokens[k - 1]?.lower ?? '') && AGREEMENT.test(tokens[k - 2]?.lower ?? '')))) continue;
    if (!ending && !tokens.slice(head + 1, k).some((x) => x.text === ',')) continue;
    const end = clauses.find((c) => c.from <= k && k < c.to)?.to ?? tokens.length;
    spans.push([t.start, tokens[end - 1]!.end]);
    break;
  }
  return spans;
}

/**
 * The time that opens the paragraph holding `at`, as a timeline's entries open ("September 2020 -
 * Azerbaijan launches an offensive ... Turkey backs Baku"): it dates the paragraph's sentences that
 * name no time of their own. Undefined for a paragraph that opens otherwise (a dateline opens with a place).
 */
export function paragraphTime(text: string, times: readonly FoundTime[], at: number, before: number): FoundTime | undefined {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  // (`times` are in order and `before` is the first at or after `at`: look back only within the paragraph.)
  for (let k = before - 1; k >= 0 && (times[k] as FoundTime).start >= start; k--) {
    const t = times[k] as FoundTime;
    if (/^\s*$/.test(text.slice(start, t.start)) && /^\s*[-–—:]\s/.test(text.slice(t.end, t.end + 4))) return t;
  }
  return undefined;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/**
 * The start of the state a change is told "after" ("resumed relations after seven years of tensions",
 * "following two decades of hostility"): the change's own time less the years told, as a year; null when
 * the trigger at `from` is no such state or its years are not counted ("after years of tension").
 */
export function yearsBefore(tokens: readonly Token[], from: number, changeWhen: string | null): string | null {
  const k = pastWords(tokens, from - 1, ['ADJ', 'NOUN'], Math.max(0, from - 3));
  const unit = tokens[k - 1]?.lower ?? '';
  if (tokens[k]?.lower !== 'of' || !/^(?:years?|decades?)$/.test(unit) || !/^(?:after|following|ending|ended)$/.test(tokens[k - 3]?.lower ?? '') || !changeWhen) return null;
  const count = tokens[k - 2]?.lower ?? '';
  const n = /^\d+$/.test(count) ? Number(count) : count === 'a' ? 1 : NUMBER_WORDS.indexOf(count) + 1;
  if (n <= 0 || n > 60) return null;
  return String(Number(changeWhen.slice(0, 4)) - n * (unit.startsWith('decade') ? 10 : 1));
}

/** The "(" and ")" index pairs of a sentence's tokens, found once per sentence however many of its claims are dated. */
const bracketsOf = new WeakMap<readonly Token[], [number, number][]>();
function bracketPairs(tokens: readonly Token[]): [number, number][] {
  let pairs = bracketsOf.get(tokens);
  if (!pairs) {
    pairs = [];
    for (let k = 0; k < tokens.length; k++) {
      const shut = bracketClose(tokens, k);
      if (shut > 0) pairs.push([k, shut]);
    }
    bracketsOf.set(tokens, pairs);
  }
  return pairs;
}
