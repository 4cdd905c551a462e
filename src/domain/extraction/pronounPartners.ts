// A pronoun coordinated with a named actor ("He and Biden met on Wednesday", "Putin says he and US
// President Joe Biden have agreed"): the pronoun stands for the one who speaks (the subject right before
// a verb of saying) or, with no speaker, for the subject the sentences before left; the two make one group.
import type { ActorGroup } from './actorGroups';
import { REPORTING } from './clauses';
import type { Token } from './tokens';

/** The groups, with a group a singular pronoun is coordinated with widened to the pronoun's actor. */
export function pronounPartners(tokens: readonly Token[], groups: ActorGroup[], subject: readonly string[] | null): ActorGroup[] {
  return groups.map((g) => {
    const pronoun = g.first - 2;
    if (tokens[g.first - 1]?.lower !== 'and' || !/^(?:he|she)$/.test(tokens[pronoun]?.lower ?? '')) return g;
    const speaker = REPORTING.has(tokens[pronoun - 1]?.lemma ?? '') ? // (a verb of saying right before it: "Putin says he and ...")
      groups.find((s) => s.end === pronoun - 1 && !s.place) : undefined;
    const ids = speaker?.ids ?? (pronoun === 0 || /^[.;"“]$/.test(tokens[pronoun - 1]?.text ?? '') ? subject : null);
    if (!ids || ids.length !== 1 || g.ids.includes(ids[0]!)) return g;
    return { ...g, ids: [...ids, ...g.ids], first: pronoun };
  });
}
