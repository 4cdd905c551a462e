// The vocabulary every claim is written in: stances, certainties and actor kinds. They are
// string-literal unions that drive `Record<Stance, …>` tables elsewhere, so a new kind does not
// type-check until every table (colour, dash, opacity, legend text) has an entry for it.

/** How two actors stand towards each other, from friendliest to most hostile. */
export const STANCES = ['cooperative', 'warming', 'tense', 'severed', 'hostile'] as const;
export type Stance = (typeof STANCES)[number];

/** How sure the article is of a claim, from most to least certain. */
export const CERTAINTIES = ['stated', 'reported', 'alleged', 'unconfirmed', 'denied'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** What an actor is: a state, or a non-state actor anchored to a territory. */
export const ACTOR_KINDS = ['state', 'non-state'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Everything about a stance, in one table: adding a stance is a line here, its rules in
 * relations/relationsAsOf.ts and their tests. The arcs on the map, the SVG export, the legend, the
 * list view and the article's underlines all read it.
 *
 * - `colour`: colour-blind-safe, distinct in grey too.
 * - `dash`: the arc's pattern in line widths (empty: solid). Stance is never told by colour alone:
 *   warming is long-dashed, severed broken, hostile dotted; cooperative (blue) and tense (orange) are
 *   both solid, a pair the common colour-vision deficiencies keep apart.
 * - `cap`: how dashes end (round dots need round caps; dashes are cut square).
 * - `underline`: how the article view underlines a sentence with a claim of this stance, as close to
 *   the arc as CSS allows (CSS has one dash length, so severed's broken line is wavy in text).
 * - `holdsAgainst` (rule R5): later claims of these stances do not change a relation of this stance.
 */
export const STANCE_TABLE: Record<
  Stance,
  { meaning: string; colour: string; dash: number[]; cap: 'butt' | 'round'; pattern: string; underline: 'solid' | 'dashed' | 'dotted' | 'wavy'; holdsAgainst: Stance[] }
> = {
  cooperative: { meaning: 'partners, allies, agreements, support', colour: '#2166ac', dash: [], cap: 'round', pattern: 'solid line', underline: 'solid', holdsAgainst: [] },
  warming: { meaning: 'improving, normalising or restoring ties', colour: '#1b9e77', dash: [4, 1.5], cap: 'butt', pattern: 'long dashes', underline: 'dashed', holdsAgainst: [] },
  tense: { meaning: 'strained: accusations, protests, sanctions', colour: '#e08214', dash: [], cap: 'round', pattern: 'solid line', underline: 'solid', holdsAgainst: [] },
  // R5: once ties are severed, later tense claims describe the cut relationship and do not change it.
  severed: { meaning: 'ties formally cut, embassies or offices closed', colour: '#b2182b', dash: [2.5, 1.8], cap: 'butt', pattern: 'broken line', underline: 'wavy', holdsAgainst: ['tense'] },
  hostile: { meaning: 'material conflict: attacks, arming an enemy', colour: '#542788', dash: [0.1, 1.8], cap: 'round', pattern: 'dotted line', underline: 'dotted', holdsAgainst: [] },
};

/** One line each on what a stance means, for the legend and the docs. */
export const STANCE_MEANING: Record<Stance, string> = Object.fromEntries(STANCES.map((s) => [s, STANCE_TABLE[s].meaning])) as Record<Stance, string>;

/** One line each on what a certainty means. */
export const CERTAINTY_MEANING: Record<Certainty, string> = {
  stated: 'asserted as fact, or said on the record',
  reported: 'attributed to media or unnamed officials',
  alleged: 'one party accuses another',
  unconfirmed: 'called unconfirmed or rumoured',
  denied: 'a party denies it',
};
