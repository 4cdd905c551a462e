// "Relations have soured, with Yerevan publicly questioning its partnership with Russia and trying to deepen ties with
// the West": in an absolute phrase, "with" an actor and a participle, the actor is the subject of that participle and of
// what it goes on to do, not the clause's subject. Asked by the pairing of a verb (pairing.ts).
import type { ActorGroup } from './actorGroups';
import type { Token } from './tokens';
import type { Trigger } from './trigger';

/** The actor of the absolute phrase the verb at `trigger` stands in, or null; `from` is where to look back to (pairing.ts gives the sentence's start, as the clauses split the phrase). */
export function absoluteSubject(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, from: number): ActorGroup | null {
  for (let k = trigger.from - 1; k >= from && k >= trigger.from - 16; k--) {
    if (tokens[k]?.lower !== 'with') continue;
    const actor = groups.find((g) => g.first === k + (tokens[k + 1]?.lower === 'the' ? 2 : 1) && !g.place && !g.possessive);
    let v = actor ? actor.end : -1;
    // (Past its allies named with it: "with the United States and its allies backing South Korea".)
    if (v > 0 && tokens[v]?.lower === 'and' && /^(?:its|their)$/.test(tokens[v + 1]?.lower ?? '') && /^(?:allies|partners|friends|backers|supporters)$/.test(tokens[v + 2]?.lower ?? '')) v += 3;
    while (v > 0 && v < trigger.from && tokens[v]?.pos === 'ADV') v++;
    // (Its participle right after it; nothing between that and the verb ends the phrase: no comma, no finite verb.)
    if (!actor || v < 0 || !(tokens[v]?.pos === 'VERB' && /ing$/.test(tokens[v]?.lower ?? ''))) continue; // (not "its partnership with Russia and trying to")
    return tokens.slice(v + 1, trigger.from).every((t, j) => t.text !== ',' && t.pos !== 'AUX' && !(t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower) && tokens[v + j]?.lower !== 'to')) ? actor : null;
  }
  return null;
}
