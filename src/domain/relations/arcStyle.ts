// Relation -> how its arc looks. One colour per stance from one d3 ordinal scale; severed drawn as a
// broken line; width grows with the number of supporting claims; the less certain, the fainter;
// direction marks where the relation points. The legend is drawn from the same tables.
import { scaleOrdinal, scaleSqrt } from 'd3-scale';
import { CERTAINTIES, type Certainty, STANCE_TABLE, STANCES, type Stance } from '../claims/vocabulary';

function byStance<T>(f: (stance: Stance) => T): Record<Stance, T> {
  return Object.fromEntries(STANCES.map((s) => [s, f(s)])) as Record<Stance, T>;
}
import type { Relation } from './relationsAsOf';

/** The stance colours (from STANCE_TABLE in claims/vocabulary.ts). */
export const STANCE_COLOURS: Record<Stance, string> = byStance((s) => STANCE_TABLE[s].colour);

/** The one scale every stance colour comes from. */
export const stanceColour = scaleOrdinal<Stance, string>()
  .domain(STANCES)
  .range(STANCES.map((s) => STANCE_COLOURS[s]));

/** Line pattern per stance, in line widths; an empty list is a solid line (STANCE_TABLE). */
export const STANCE_DASH: Record<Stance, number[]> = byStance((s) => STANCE_TABLE[s].dash);

/** What each pattern is called in the legend (STANCE_TABLE). */
export const STANCE_PATTERN_NAME: Record<Stance, string> = byStance((s) => STANCE_TABLE[s].pattern);

/** Opacity per certainty: what is only reported, alleged or unconfirmed is drawn fainter. */
export const CERTAINTY_OPACITY: Record<Certainty, number> = {
  stated: 0.95,
  reported: 0.7,
  alleged: 0.5,
  unconfirmed: 0.35,
  denied: 0.2,
};

/** Width in pixels from the number of supporting claims: 1 claim is 2 px, 8 or more are 7 px. */
export const supportWidth = scaleSqrt().domain([1, 8]).range([2, 7]).clamp(true);

export interface ArcStyle {
  colour: string;
  /** Dash pattern in line widths; empty for solid. */
  dash: number[];
  width: number;
  opacity: number;
}

export function arcStyle(relation: Pick<Relation, 'stance' | 'support' | 'certainty'>): ArcStyle {
  return {
    colour: stanceColour(relation.stance),
    dash: STANCE_DASH[relation.stance],
    width: supportWidth(relation.support.length),
    opacity: CERTAINTY_OPACITY[relation.certainty],
  };
}

/** Every certainty's opacity, for the legend. */
export const CERTAINTY_LEGEND = CERTAINTIES.filter((c) => c !== 'denied').map((c) => ({ certainty: c, opacity: CERTAINTY_OPACITY[c] }));

/** With a selection, arcs that do not touch it are drawn at this share of their opacity… */
export const FOCUS_DIM = 0.12;
/** …and those that do are drawn this much more opaque (up to 1). */
export const FOCUS_LIFT = 0.1;

/** The opacity an arc is drawn with, given the focus (an actor id or pair key; '' for none). */
export function focusedOpacity(arc: { a: string; b: string; key: string; opacity: number }, focus: string): number {
  if (focus === '') return arc.opacity;
  const touches = arc.a === focus || arc.b === focus || arc.key === focus;
  return touches ? Math.min(1, arc.opacity + FOCUS_LIFT) : arc.opacity * FOCUS_DIM;
}
