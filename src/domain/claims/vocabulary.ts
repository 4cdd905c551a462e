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

/** One line each on what a stance means, for the legend and the docs. */
export const STANCE_MEANING: Record<Stance, string> = {
  cooperative: 'partners, allies, agreements, support',
  warming: 'improving, normalising or restoring ties',
  tense: 'strained: accusations, protests, sanctions',
  severed: 'ties formally cut, embassies or offices closed',
  hostile: 'material conflict: attacks, arming an enemy',
};

/** One line each on what a certainty means. */
export const CERTAINTY_MEANING: Record<Certainty, string> = {
  stated: 'asserted as fact, or said on the record',
  reported: 'attributed to media or unnamed officials',
  alleged: 'one party accuses another',
  unconfirmed: 'called unconfirmed or rumoured',
  denied: 'a party denies it',
};
