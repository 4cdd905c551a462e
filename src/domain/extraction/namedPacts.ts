// "In 1824 Russia signed the Russo-American Treaty": a pact whose name joins its parties' demonyms
// with hyphens is between those parties, whoever the sentence says signed it; the signing verb's
// span holds the name, so the clause's object holds no one.
import type { ActorGroup } from './actorGroups';
import type { Pairing } from './discourse';
import { afterHyphen, type Token } from './tokens';
import type { Trigger } from './triggers';

/** The parties named in a signed pact's name, when the signing verb's own words hold two of them joined by a hyphen. */
export function namedPactParties(trigger: Trigger, tokens: readonly Token[], groups: readonly ActorGroup[]): Pairing | null {
  if (trigger.kind !== 'verb' || !trigger.mutual || !(trigger.code ?? '').startsWith('05') || trigger.negated) return null;
  const joined = (g: ActorGroup) => (tokens[g.end]?.text === '-' && tokens[g.end]?.start === tokens[g.end - 1]?.end) || afterHyphen(tokens, g.first);
  const ids = [...new Set(groups.filter((g) => g.first > trigger.head && g.end <= trigger.to && !g.place && joined(g)).flatMap((g) => g.ids))];
  // (Not when the sentence named them all before the verb: "Chile and Peru signed the Chile-Peru Partnership" pairs as its clause does.)
  const before = new Set(groups.filter((g) => g.end <= trigger.from).flatMap((g) => g.ids));
  return ids.length >= 2 && !ids.every((id) => before.has(id)) ? { sources: ids, targets: [], within: true, subject: null } : null;
}
