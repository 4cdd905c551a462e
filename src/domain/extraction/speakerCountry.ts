// "Guyana's president said a Venezuelan vessel had entered his country's waters": in what someone says, "his country"
// (or "her country") is the speaker's, the actor named right before the verb of saying (or, with no saying, the person
// whose verb it follows: "The Dutch monarch apologized for his country's violence"). An anaphor group for
// groupAnaphora in referredActors.ts; none when no speaker is named so.
import type { ActorGroup } from './actorGroups';
import type { Token } from './tokens';

/** Office holders a demonym may describe: "the Dutch monarch". */
const PERSON = /^(?:monarch|king|queen|president|premier|leader|chancellor|emir|sultan|ruler|prince|dictator)$/;
/** Verbs of saying whose subject "his country" may stand for. */
const SAYING = /^(?:say|tell|announce|state|declare|insist|add|claim|warn)$/;

/** The speaker's state as a group over "his country" at i (and its "'s"), or null. */
export function speakerCountry(tokens: readonly Token[], groups: readonly ActorGroup[], i: number): ActorGroup | null {
  if (!/^(?:his|her)$/.test(tokens[i]?.lower ?? '') || tokens[i + 1]?.lower !== 'country') return null;
  const said = tokens.slice(0, i).findLastIndex((t) => t.pos === 'VERB' && SAYING.test(t.lemma));
  // (Or the person whose verb it follows: "The Dutch monarch apologized for his country's violence", "Aliyev thanked his country's allies".)
  const verb = tokens.slice(0, i).findLastIndex((t) => t.pos === 'VERB');
  const verbChainTo = (k: number) => k <= verb && tokens.slice(k, verb).every((t) => ['ADV', 'AUX', 'PART', 'VERB'].includes(t.pos)); // (a verb's chain: "is seeking to mend")
  const person = (g: ActorGroup) => g.ids.length === 1 && !g.place && (g.demonym ? PERSON.test(tokens[g.end]?.lower ?? '') && verbChainTo(g.end + 1) : verbChainTo(g.end));
  const speaker = said > 0 ? groups.find((g) => g.end === said && g.ids.length === 1 && !g.place && !g.demonym) : verb > 0 ? groups.find(person) : undefined;
  if (!speaker) return null;
  const possessive = /^['’]s$/.test(tokens[i + 2]?.lower ?? '');
  return { ids: [...speaker.ids], first: i, end: possessive ? i + 3 : i + 2, possessive, place: false, demonym: false, anaphor: true };
}
