// One leader in the table of leaders (leaders.ts, moreLeaders.ts), and the helper that writes an entry.

export interface Leader {
  /** The state (ISO alpha-3) or organisation id they act for. */
  actor: string;
  /** Full names as news writes them, the first the usual one. */
  names: string[];
  /** Short names that stand alone ("Putin", "Xi", "MBS"). */
  short: string[];
  from: number;
  to: number | null;
}

/** `l('RUS', 'Vladimir Putin', 1999, null)`: short name by default the last word; give `short` to override. */
export const l = (actor: string, names: string | string[], from: number, to: number | null, short?: string[]): Leader => {
  const list = Array.isArray(names) ? names : [names];
  const last = (list[0] as string).split(' ').filter((w) => !/^(?:Jr\.?|Sr\.?|[IVXL]+)$/.test(w)).pop() as string; // (no regnal number: "Tsar Alexander I" is no "I")
  return { actor, names: list, short: short ?? [last], from, to };
};
