// "China criticised Seoul's recent diplomatic overtures to long-time ally Washington": a role ("ally", "partner") set
// before the name it describes, at the end of a phrase on what another actor owns, is that owner's role (Seoul's ally),
// not the clause's subject's (China has no ally in Washington here).
import type { ActorGroup } from './actorGroups';
import { APPOSITION_NOUN } from './pairingWords';
import type { Pairing } from './sentenceActors';
import type { Token } from './tokens';
import type { Trigger } from './triggers';

/** Prepositions that end the owner's phrase before the role: "overtures to", "ties with". */
const TOWARD = /^(?:to|with|toward|towards)$/;

/** The owner and the named actor of a role noun described as above, or null. */
export function roleOfOwner(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger): Pairing | null {
  if (trigger.kind !== 'noun' || !APPOSITION_NOUN.test(tokens[trigger.head]?.lower ?? '')) return null;
  const named = groups.find((g) => g.first === trigger.to && !g.place);
  if (!named) return null;
  // Back past what describes the role ("long-time", "its closest") to the preposition, within four words.
  let at = trigger.from - 1;
  while (at > trigger.from - 5 && tokens[at] && !TOWARD.test(tokens[at]!.lower) && tokens[at]!.text !== ',' && !groups.some((g) => g.first <= at && at < g.end)) at--;
  if (!TOWARD.test(tokens[at]?.lower ?? '')) return null;
  // The noun the preposition hangs on, and its possessor right before it past what describes it ("Seoul's recent diplomatic overtures").
  let k = at - 1;
  while (k > 0 && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ') && !groups.some((g) => g.end === k + 1)) k--;
  const owner = k < at - 1 ? groups.find((g) => g.possessive && g.end === k + 1) : undefined;
  return owner && !owner.ids.some((id) => named.ids.includes(id)) ? { sources: owner.ids, targets: named.ids, within: false, subject: owner } : null;
}

/**
 * "Vietnam's main partners are the United States, China, India, South Korea, Japan and Russia": a role with its owner
 * before it, then "are" or "include", names after the copula the owner's partners (or rivals), each of them (past "the");
 * or null.
 */
export function rolesListed(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, coordinated: (g: ActorGroup) => ActorGroup): Pairing | null {
  if (trigger.kind !== 'noun' || !APPOSITION_NOUN.test(tokens[trigger.head]?.lower ?? '')) return null;
  let at = trigger.from - 1;
  while (tokens[at]?.pos === 'ADJ' || tokens[at]?.pos === 'ADV') at--;
  const owner = groups.find((g) => g.possessive && g.end === at + 1);
  let k = trigger.to;
  while (tokens[k]?.pos === 'ADV') k++;
  if (!owner || !/^(?:be|include)$/.test(tokens[k]?.lemma ?? '')) return null;
  const first = groups.find((g) => (g.first === k + 1 || (g.first === k + 2 && tokens[k + 1]?.lower === 'the')) && !g.place);
  const named = first ? coordinated(first).ids.filter((id) => !owner.ids.includes(id)) : [];
  return named.length > 0 ? { sources: owner.ids, targets: named, within: false, subject: owner } : null;
}

/**
 * "a pivot from Iran as Syria's key regional ally", "sees Peru as its closest partner": a role after "as", owned by a
 * state (or by "its", the subject's), names the actor right before "as" in that role; or null.
 */
export function roleAfterAs(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, subjectAt: (at: number) => ActorGroup | null): Pairing | null {
  if (trigger.kind !== 'noun' || !APPOSITION_NOUN.test(tokens[trigger.head]?.lower ?? '')) return null;
  let at = trigger.from - 1;
  while (tokens[at]?.pos === 'ADJ' || tokens[at]?.pos === 'ADV') at--;
  const named = groups.find((g) => g.possessive && g.end === at + 1);
  const ownerAt = named ? named.first - 1 : at;
  const owner = named ?? (/^(?:its|their)$/.test(tokens[at]?.lower ?? '') ? subjectAt(at) : null);
  if (!owner || tokens[ownerAt]?.lower !== 'as') return null;
  const held = groups.find((g) => g.end === ownerAt && !g.place && !g.descriptor);
  return held && !held.ids.some((id) => owner.ids.includes(id)) ? { sources: held.ids, targets: owner.ids, within: false, subject: owner } : null;
}
