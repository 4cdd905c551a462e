// A pronoun coordinated with a named actor ("He and Biden met on Wednesday", "Putin says he and US
// President Joe Biden have agreed", "Trump announced last week that he and Putin had held"): the pronoun
// stands for the one who speaks (the subject right before a verb of saying, which a "that" and a time
// may follow) or, with no speaker, for the subject the sentences before left; the two make one group.
import type { ActorGroup } from './actorGroups';
import { REPORTING } from './clauses';
import type { Token } from './tokens';
import { WEEKDAYS } from '../claims/resolveTime';

/** The groups, with a group a singular pronoun is coordinated with widened to the pronoun's actor. */
export function pronounPartners(tokens: readonly Token[], groups: ActorGroup[], subject: readonly string[] | null): ActorGroup[] {
  return groups.map((g) => {
    const pronoun = g.first - 2;
    if (tokens[g.first - 1]?.lower !== 'and' || !/^(?:he|she)$/.test(tokens[pronoun]?.lower ?? '')) return g;
    const verb = sayingVerbBefore(tokens, pronoun);
    const speaker = verb >= 0 ? groups.find((s) => s.end === verb && !s.place) : undefined;
    const ids = speaker?.ids ?? (pronoun === 0 || /^[.;"“]$/.test(tokens[pronoun - 1]?.text ?? '') ? subject : null);
    if (!ids || ids.length !== 1 || g.ids.includes(ids[0]!)) return g;
    return { ...g, ids: [...ids, ...g.ids], first: pronoun };
  });
}

/** Words of time between a verb of saying and its "that" ("announced last week that", "said on Tuesday that"). */
const TIME_WORD = new RegExp(`^(?:last|this|on|earlier|later|yesterday|today|week|month|year|${WEEKDAYS.join('|')})$`);

/** Where the verb of saying before a pronoun stands ("says he", "said that he", "announced last week that he"), or -1. */
function sayingVerbBefore(tokens: readonly Token[], pronoun: number): number {
  let at = pronoun - 1;
  if (tokens[at]?.lower === 'that') {
    at -= 1;
    for (let n = 0; n < 3 && TIME_WORD.test(tokens[at]?.lower ?? ''); n++) at -= 1;
  }
  return REPORTING.has(tokens[at]?.lemma ?? '') ? at : -1;
}
