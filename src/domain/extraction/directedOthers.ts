// "Takaichi said she has directed relevant government agencies to promptly provide information to the public and
// ensure safety measures nationwide": what a verb of directing or asking tells bodies that are no actor (agencies,
// people, its citizens) to do, with no one named, is done at home; it is not on the other state of the pair the
// article is about. (Who does it is the directing state's, as "ordered its troops to attack" is.)
import type { ActorGroup } from './actorGroups';
import { pastWords, type Token } from './tokens';
import type { Trigger } from './triggers';

const DIRECTING = /^(?:direct|order|instruct|tell|ask|urge|encourage|task|mandate|require)$/;

/** True when the trigger is what a verb of directing tells an object that names no actor to do ("directed agencies to ensure", "to provide ... and ensure"). */
export function directedNoActor(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger): boolean {
  let to = tokens[trigger.from - 1]?.pos === 'ADV' ? trigger.from - 2 : trigger.from - 1;
  if (tokens[to]?.lower === 'and') {
    // (A verb joined by "and" to one after "to": "to provide information to the public and ensure".)
    let k = to - 1;
    while (k > 0 && k > to - 12 && !(tokens[k]?.lower === 'to' && (tokens[k + 1]?.pos === 'VERB' || (tokens[k + 1]?.pos === 'ADV' && tokens[k + 2]?.pos === 'VERB'))) && !/^[;:.]$/.test(tokens[k]?.text ?? '')) k--;
    to = k;
  }
  if (tokens[to]?.lower !== 'to') return false;
  // (Past the object: its describing words, nouns and a possessive, "relevant government agencies", "its citizens".)
  const v = pastWords(tokens, to - 1, ['DET', 'ADJ', 'NOUN', 'ADV', 'NUM', 'PRON'], Math.max(-1, to - 7), (t) => t.pos === 'PRON' && !/^(?:its|their|his|her|our)$/.test(t.lower));
  return tokens.slice(v + 1, to).some((t) => t.pos === 'NOUN') && tokens[v]?.pos === 'VERB' && DIRECTING.test(tokens[v]?.lemma ?? '') && !groups.some((g) => g.first > v && g.first < to);
}
