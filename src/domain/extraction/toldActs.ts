// "The Invasion of Grenada, codenamed Operation Urgent Fury, occurred in October 1983 ... the United States
// launched the invasion": an act of force the article names with its target, often in its first lines and with
// no agent, is the act a later "the invasion" stands for. Found once over the whole article, before reading it.
import type { ActorFinder, Mention } from './actorFinder';

/** The act nouns, with "of" and the target, and what may stand between: "the invasion of the nation of Grenada". */
const ACT_OF = /\b(invasion|occupation|annexation|blockade|bombing|bombardment|siege)\s+of\s+(?:the\s+)?(?:(?:nation|island|country|state|republic|kingdom|island nation)\s+of\s+)?$/i;

/** The act noun right after the name of its target: "the Berlin Blockade". */
const ACT_AFTER = /^\s+(invasion|occupation|annexation|blockade|siege)\b/i;

/** Each act noun (lowercase) and the state it was told on, the first time it was; none named on two states. */
export function toldActs(text: string, mentions: readonly Mention[], finder: ActorFinder): Map<string, string[]> {
  const acts = new Map<string, string[]>(), seen = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind === 'demonym' || finder.info.get(m.id)?.organisation) continue;
    // (Or the target named before the act: "the Berlin Blockade", "the Kuwait invasion"; not a demonym, which names the agent: "the Soviet blockade".)
    const act = (ACT_OF.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1] ?? ACT_AFTER.exec(text.slice(m.end, m.end + 20))?.[1])?.toLowerCase();
    if (!act) continue;
    const states = seen.get(act) ?? new Set<string>();
    seen.set(act, states.add(m.id));
  }
  for (const [act, states] of seen) if (states.size === 1) acts.set(act, [...states]);
  return acts;
}
