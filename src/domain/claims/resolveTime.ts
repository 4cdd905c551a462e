// Time expressions in article text -> dates. Absolute expressions ("in 1994", "on 5 December 2019",
// "since the 1979 Islamic revolution") are read as they stand; relative ones resolve against the
// article's publication date ("on Thursday", "last week", "last year", "in February") or against the
// date resolved just before them ("a month earlier"). Extraction uses it too, so it lives on its own
// and says nothing about claims beyond their `When`.
import type { When } from './claim';
import { addDays, iso, mondayOf, pad, type PartialDate, parseDay, shiftDays, shiftMonths } from './partialDate';
import { nextWordStart, wordEnd } from '../text/words';

export interface TimeContext {
  /** The article's publication date, YYYY-MM-DD; null when it is not known (relative dates then stay unresolved). */
  published: string | null;
  /** The date the text last gave, for "a month earlier"; the publication date when there is none. */
  previous?: PartialDate | null;
}

/** What a rule resolves against: the publication date and the previous date, either possibly unknown. */
interface RuleContext {
  published: string | null;
  previous: PartialDate | null;
  yearTold?: string; // (the year the text last wrote out, "the war of 1967", for "that year")
}

/** A rule's resolver that reads the publication date: no date when it is unknown. */
const fromPublished =
  (resolve: (m: RegExpExecArray, published: string) => When | null) =>
  (m: RegExpExecArray, ctx: RuleContext): When | null =>
    ctx.published === null ? null : resolve(m, ctx.published);

/** One time expression found in a text, with where it is and what it means. */
export interface FoundTime {
  text: string;
  start: number;
  end: number;
  when: When;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ALT = MONTHS.map((m) => `${m.slice(0, 3)}\\.?${m.length > 3 ? `(?:${m.slice(3)})?` : ''}`).join('|');
/** The days of the week, in lower case, Sunday first. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const COUNT = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const YEAR = '((?:1[89]|20)\\d\\d)';
/** The words before a year that dates the noun after it ("its 2020 war", "the 2018 deal"). */
const DETERMINER = '(?:the|its|their|his|her|an?)';
const YEAR_BEFORE_NOUN = new RegExp(`^${DETERMINER} ${YEAR}$`, 'i');

/** Whether a time found is a year before a noun ("its 2020"), which dates that noun's event, not the sentence's verb. */
export const isYearBeforeNoun = (time: { text: string }): boolean => YEAR_BEFORE_NOUN.test(time.text);

const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));
const count = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
const point = (at: PartialDate): When => ({ kind: 'point', at });

interface Rule {
  /** The words the expression can start with (the rule is tried only at those). */
  first: RegExp;
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ctx: RuleContext) => When | null;
}

const MONTH_WORD = new RegExp(`^(?:${MONTH_ALT})$`, 'i');
const ON_OR_MONTH = new RegExp(`^(?:on|${MONTH_ALT})$`, 'i');
const COUNT_WORD = new RegExp(`^${COUNT}$`, 'i');

// Longer, more specific rules first: the scanner takes the first rule that matches at a position.
const RULES: Rule[] = [
  {
    // "between 1994 and 2000", "from 1994 to 2000"
    first: /^(?:between|from)$/i,
    pattern: new RegExp(`\\b(?:between|from) ${YEAR} (?:and|to|until) ${YEAR}\\b`, 'iy'),
    resolve: (m) => (m[1]! <= m[2]! ? { kind: 'range', from: m[1]!, to: m[2]! } : null),
  },
  {
    // "since the 1979 Islamic revolution", "since 2016", "since March 2011"
    first: /^since$/i,
    pattern: new RegExp(`\\bsince (?:the )?(?:(${MONTH_ALT}) )?${YEAR}\\b`, 'iy'),
    resolve: (m) => ({ kind: 'range', from: m[1] ? `${m[2]}-${pad(monthIndex(m[1]) + 1)}` : m[2]!, to: null }),
  },
  {
    // "5 December 2019", "on 5 December"
    first: /^(?:on|\d{1,2})$/i,
    pattern: new RegExp(`\\b(?:on )?(\\d{1,2}) (${MONTH_ALT})(?:,? ${YEAR}| (last|this|next) year)?\\b`, 'iy'),
    resolve: (m, ctx) => dayOfMonth(Number(m[1]), monthIndex(m[2]!), m[3] ?? yearOf(m[4], ctx.published), ctx),
  },
  {
    // "December 5, 2019", "on December 5"
    first: ON_OR_MONTH,
    // ("on June 8 this year", "June 8 last year": the year told from publication.)
    pattern: new RegExp(`\\b(?:on )?(${MONTH_ALT}) (\\d{1,2})(?:st|nd|rd|th)?(?:[-–]\\d{1,2}(?:st|nd|rd|th)?)?(?:,? ${YEAR}| (last|this|next) year)?\\b`, 'iy'), // (and a range of days: "November 19-21, 1977", from its first)
    resolve: (m, ctx) => dayOfMonth(Number(m[2]), monthIndex(m[1]!), m[3] ?? yearOf(m[4], ctx.published), ctx),
  },
  {
    // "until December 13" said on November 28: from publication to that day, the next such day (a measure's end, not
    // its start: "will close all border crossings with Russia ... until December 13").
    first: /^(?:until|till)$/i,
    pattern: new RegExp(`\\b(?:until|till) (${MONTH_ALT}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? ${YEAR})`, 'iy'),
    resolve: fromPublished((m, on) => {
      const published = parseDay(on);
      const month = monthIndex(m[1]!);
      const day = Number(m[2]);
      let end = new Date(Date.UTC(published.getUTCFullYear(), month, day));
      if (end.getUTCMonth() !== month) return null;
      if (end.getTime() < published.getTime()) end = new Date(Date.UTC(published.getUTCFullYear() + 1, month, day));
      return { kind: 'range', from: on, to: iso(end) };
    }),
  },
  {
    // "in February", "in February 2019", "in June of 1935", "last February"
    first: /^(?:in|last|since|by|during|until)$/i,
    pattern: new RegExp(`\\b(?:in|last|since|by|during|until) (?:early |mid-|late )?(${MONTH_ALT})(?! \\d{1,2}(?!\\d))(?: (?:of )?${YEAR}| (last|this|next) year|,? (?:of )?(that|the same) year)?\\b`, 'iy'),
    resolve: (m, ctx) => {
      const month = monthIndex(m[1]!);
      if (m[4] && ctx.yearTold) return point(`${ctx.yearTold}-${pad(month + 1)}`); // ("The war of 1967 ... In May of that year": the year told last.)
      if (ctx.published === null) return m[2] ? point(`${m[2]}-${pad(month + 1)}`) : null;
      const on = ctx.published, published = parseDay(on);
      if (m[3]) return point(`${yearOf(m[3], on)}-${pad(month + 1)}`); // ("in June last year")
      let year = m[2] ? Number(m[2]) : published.getUTCFullYear();
      // The latest such month on or before publication; or, told of what is still to come, the next one
      // ("Putin is expected to visit Japan in June", said in January).
      if (!m[2] && !/^last/i.test(m[0]) && aheadOf(m.input.slice(Math.max(0, m.index - 60), m.index))) return point(`${month < published.getUTCMonth() ? year + 1 : year}-${pad(month + 1)}`);
      if (!m[2] && month > published.getUTCMonth()) year -= 1;
      if (!m[2] && /^last/i.test(m[0]) && month === published.getUTCMonth()) year -= 1;
      return point(`${year}-${pad(month + 1)}`);
    },
  },
  {
    // "February 2019" on its own
    first: MONTH_WORD,
    pattern: new RegExp(`\\b(${MONTH_ALT}) ${YEAR}\\b`, 'iy'),
    resolve: (m) => point(`${m[2]}-${pad(monthIndex(m[1]!) + 1)}`),
  },
  {
    // "on Thursday", "last Thursday", and wire style's bare "said Thursday": the latest such day on or before publication
    // (not a feast's name, "the Good Friday Agreement"; nor a day ahead, "a ceasefire starting Saturday", "effective Thursday", "ahead of Sunday's election")
    first: new RegExp(`^(?:on|last|this|${WEEKDAYS.join('|')})$`, 'i'),
    pattern: new RegExp(`\\b(?:(on|last|this past) )?(?<!(?:Good|Black|Holy|Ash|Palm|Maundy|Easter|Cyber|starting|beginning|effective|from|until|till|by|before|next|coming|ahead of) )(${WEEKDAYS.join('|')})\\b`, 'iy'),
    resolve: fromPublished((m, on) => {
      const published = parseDay(on);
      const back = (published.getUTCDay() - WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 7) % 7;
      const days = back === 0 && (m[1] ?? 'on').toLowerCase() !== 'on' ? 7 : back;
      return point(iso(addDays(published, -days)));
    }),
  },
  { first: /^yesterday$/i,
    pattern: /\byesterday\b/iy, resolve: fromPublished((_m, on) => point(shiftDays(on, -1))) },
  { first: /^(?:today|on)$/i,
    pattern: /\b(?:today|on the same day)\b/iy, resolve: fromPublished((_m, on) => point(on)) },
  {
    // "last week": some day that week, so a point on its Monday (the week's first day), not a range
    // (a range would stop holding when the week ends; what was said last week still stands).
    first: /^(?:last|this|next)$/i,
    pattern: /\b(last|this|next) week\b/iy,
    resolve: fromPublished((m, on) => {
      const monday = mondayOf(parseDay(on));
      const offset = { last: -7, this: 0, next: 7 }[m[1]!.toLowerCase() as 'last' | 'this' | 'next'];
      return point(iso(addDays(monday, offset)));
    }),
  },
  {
    first: /^(?:last|this|next|earlier|later)$/i,
    pattern: /\b(?:(last|this|next) month|(earlier|later) this month)\b/iy,
    resolve: fromPublished((m, on) => {
      const which = (m[1] ?? 'this').toLowerCase();
      return point(shiftMonths(on.slice(0, 7), which === 'last' ? 1 : which === 'next' ? -1 : 0));
    }),
  },
  {
    first: /^(?:last|this|next|earlier|later)$/i,
    pattern: /\b(?:(last|this|next) year|(earlier|later) this year)\b/iy,
    resolve: fromPublished((m, on) => {
      const which = (m[1] ?? 'this').toLowerCase();
      return point(String(Number(on.slice(0, 4)) + (which === 'last' ? -1 : which === 'next' ? 1 : 0)));
    }),
  },
  {
    // "two years ago", "a month ago", "three weeks ago", "five days ago"
    first: COUNT_WORD,
    pattern: new RegExp(`\\b${COUNT} (year|month|week|day)s? ago\\b`, 'iy'),
    resolve: fromPublished((m, on) => shifted(on, count(m[1]!), m[2]!, -1)),
  },
  {
    // "a month earlier", "two years later", "a week before": relative to the date before it ("five months after it cut ties": what follows "after" came that long before the date told before)
    first: COUNT_WORD,
    pattern: new RegExp(`\\b${COUNT} (year|month|week|day)s? (earlier|before|later|after)\\b`, 'iy'),
    resolve: (m, ctx) => {
      // ("suspended visas for two months after the remarks": a duration, not a date.)
      if (ctx.previous === null || /\bfor\s+$/i.test(m.input.slice(Math.max(0, m.index - 5), m.index))) return null;
      const followed = /^after$/i.test(m[3]!) && /^\s+(?!that\b|the same\b)[a-z]/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (ctx.previous === ctx.published && /later|after/i.test(m[3]!) && !followed) return null; // ("would not occur until another joint communiqué seven years later", with no date told before: not years after the article)
      return shifted(followed && /\bcomes?\s+$/i.test(m.input.slice(Math.max(0, m.index - 7), m.index)) && ctx.published ? ctx.published : ctx.previous, count(m[1]!), m[2]!, /earlier|before/i.test(m[3]!) || followed ? -1 : 1); // ("The cut in ties comes four days after the Solomon Islands severed ties": from the present it comes in, not the date told before)
    },
  },
  {
    first: /^the$/i, // "The following day", "the next week", "the previous year", "the day before": one after or before the date told before (none with no date told)
    pattern: /\bthe (?:(following|next|previous|preceding) (day|week|month|year)|(day|week|month|year) (after|before))\b(?! (?:that|which|the|a|an|his|her|its|their)\b)/iy,
    resolve: (m, ctx) => (ctx.previous === null || ctx.previous === ctx.published ? null : shifted(ctx.previous, 1, (m[2] ?? m[3])!, /^(?:previous|preceding|before)$/i.test(m[1] ?? m[4] ?? '') ? -1 : 1)),
  },
  {
    // "its 2020 war with Armenia", "the 2018 peace deal": a year before what it dates.
    first: new RegExp(`^${DETERMINER}$`, 'i'),
    pattern: new RegExp(`\\b${DETERMINER} ${YEAR}(?= [a-z])`, 'iy'),
    resolve: (m) => point(m[1]!),
  },
  {
    // "in the 1990s", "since the 1990s": a decade, from its first year to its last.
    first: /^(?:in|during|since|the)$/i,
    pattern: /\b(?:(?:in|during|since) )?the ((?:19|20)\d)0s\b/iy,
    resolve: (m) => ({ kind: 'range', from: `${m[1]}0`, to: `${m[1]}9` }),
  },
  {
    // "in 1994", "by 2012", "during 2000", "of 2018", "in the year 2000", "mid-2017"
    first: /^(?:in|by|during|of|early|late|mid)$/i,
    pattern: new RegExp(`\\b(?:(?:in|by|during|of|early|late|mid)(?: the year)? |mid-)${YEAR}\\b`, 'iy'),
    resolve: (m) => point(m[1]!),
  },
];

/** Text before a time that tells a future: "will", "is expected to", "plans to", "is due to" and a few words of its verb ("will visit Japan"), with no past participle among them but after "be" ("will be signed"; not "will be held as agreed"). */
function aheadOf(before: string): boolean {
  const m = /\b(?:will|shall|(?:is|are) (?:expected|set|scheduled|due|slated|poised) to|plans? to|planning to|intends? to|(?:is|are) to)((?: [\w'-]+){1,5}) $/i.exec(before);
  if (!m) return false;
  const words = m[1]!.trim().split(' ');
  return words.every((w, k) => !/ed$/i.test(w) || /^(?:be|been)$/i.test(words[k - 1] ?? ''));
}

function shifted(base: PartialDate, n: number, unit: string, sign: 1 | -1): When {
  const u = unit.toLowerCase();
  if (u === 'year') return point(String(Number(base.slice(0, 4)) + sign * n));
  if (u === 'month') return point(shiftMonths(base.length === 4 ? `${base}-01` : base.slice(0, 7), -sign * n));
  const days = (u === 'week' ? 7 : 1) * n * sign;
  return point(shiftDays(base.length === 10 ? base : `${base.length === 4 ? `${base}-01` : base}-01`.slice(0, 10), days));
}

const DAYS_AHEAD = 62; // (how far after publication a day with no year may lie and still be this year's: a day set ahead)

/** The year "last year", "this year" or "next year" names, from publication; none when either is unknown. */
const yearOf = (which: string | undefined, published: string | null) => (which && published ? String(Number(published.slice(0, 4)) + ({ last: -1, next: 1 }[which.toLowerCase()] ?? 0)) : undefined);

function dayOfMonth(day: number, month: number, year: string | undefined, ctx: RuleContext): When | null {
  if (month < 0 || day < 1 || day > 31) return null;
  // With no year, the latest such day on or before publication, or one in the two months after it (a
  // day set ahead: "will ban flights from July 8" in June); none when the publication date is unknown.
  if (!year && ctx.published === null) return null;
  const published = ctx.published === null ? null : parseDay(ctx.published);
  let y = year ? Number(year) : (published as Date).getUTCFullYear();
  // ("On Dec. 26, 1995, a Turkish vessel ran aground ... On Dec. 27, Turkey contacted": a day with no year after a day or month of another year told before is of that year, or the next when its month comes earlier.)
  const before = ctx.previous && ctx.published && ctx.previous.length >= 7 && ctx.previous.slice(0, 4) !== ctx.published.slice(0, 4) ? ctx.previous : null;
  if (!year && before) y = Number(before.slice(0, 4)) + (month + 1 < Number(before.slice(5, 7)) ? 1 : 0);
  const candidate = () => new Date(Date.UTC(y, month, day));
  if (!year && !before && published && candidate().getTime() - published.getTime() > DAYS_AHEAD * 86_400_000) y -= 1;
  const d = candidate();
  if (d.getUTCMonth() !== month) return null; // 31 April
  return point(iso(d));
}

/** The words a time expression can start with; other words are passed over at once. */
const START_WORDS = new Set([
  'between', 'from', 'since', 'on', 'in', 'last', 'this', 'next', 'yesterday', 'today', 'earlier', 'later', 'by', 'during', 'of',
  'early', 'late', 'mid', 'until', 'the', 'its', 'their', 'his', 'her', 'a', 'an', ...WEEKDAYS, ...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), ...Object.keys(NUMBER_WORDS),
]);

const startsTime = (word: string) => (word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57) || START_WORDS.has(word.toLowerCase());

/** Every time expression in `text`, left to right, each resolved against the one before it. */
export function findTimes(text: string, context: TimeContext): FoundTime[] {
  const found: FoundTime[] = [];
  let previous: PartialDate | null = context.previous ?? context.published;
  let yearTold: string | undefined;
  // Time expressions start at the start of a word: walk the words, and try the rules only at those
  // that can start one.
  for (let i = nextWordStart(text, 0); i < text.length; i = nextWordStart(text, i)) {
    const end = wordEnd(text, i);
    const word = text.slice(i, end);
    let next = end;
    for (const rule of startsTime(word) ? RULES : []) {
      if (!rule.first.test(word)) continue;
      rule.pattern.lastIndex = i;
      const m = rule.pattern.exec(text);
      if (!m) continue;
      const when = rule.resolve(m, { published: context.published, previous, yearTold });
      if (!when) continue;
      found.push({ text: m[0], start: i, end: i + m[0].length, when });
      if (/\b\d{4}\b/.test(m[0]) && (when.kind === 'point' || when.kind === 'range')) yearTold = (when.kind === 'point' ? when.at : when.from).slice(0, 4); // (a year written out, for "that year")
      if (when.kind === 'point') previous = when.at;
      else if (when.kind === 'range') previous = when.from;
      next = i + m[0].length;
      break;
    }
    i = next;
  }
  return found;
}

/** The meaning of a time expression ("since the 1979 Islamic revolution"), or null when it does not start with one. */
export function resolveTime(expression: string, context: TimeContext): When | null {
  const [first] = findTimes(expression.trim(), context);
  return first && first.start === 0 ? first.when : null;
}
