// Whose role a role noun ("ally", "partner", "rival": APPOSITION_NOUN) names, where its owner is not right before it:
// - "China criticised Seoul's recent diplomatic overtures to long-time ally Washington": set before the name it
//   describes, at the end of a phrase on what another actor owns, it is that owner's (Seoul's ally, not China's);
// - "Vietnam's main partners are the United States, China, India ...": owned and then "are" or "include", it names
//   the owner's partners after the copula, each of them;
// - "a pivot from Iran as Syria's key regional ally", "sees Peru as its closest partner": owned after "as", it names
//   the actor right before "as";
// - "Miliband told MPs Russia was an important ally": owned by no one after a copula, it is the reporting speaker's;
//   so is one owned by a pronoun ("Frederiksen told reporters that the United States is one of our closest allies").
import type { ActorGroup } from './actorGroups';
import { APPOSITION_NOUN } from './pairingWords';
import type { Pairing } from './sentenceActors';
import type { Token } from './tokens';
import type { Trigger } from './triggers';

/** True for a claim read from a role noun alone ("ally", "partner"): a description, which sets no pair the article is about. */
export const describesOnly = (claim: { trigger: string }): boolean => APPOSITION_NOUN.test(claim.trigger.toLowerCase());

/** Prepositions that end the owner's phrase before the role: "overtures to", "ties with". */
const TOWARD = /^(?:to|with|toward|towards)$/;

/** What pairing.ts lends these readings: the coordinated list a group opens, and the subject at a token. */
export interface RoleHelp {
  coordinated: (g: ActorGroup) => ActorGroup;
  subjectAt: (at: number) => ActorGroup | null;
}

/** The pairing of a role noun read in one of the three ways above, or null (also for any other trigger). */
export function ownedRole(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, help: RoleHelp): Pairing | null {
  if (trigger.kind !== 'noun' || !APPOSITION_NOUN.test(tokens[trigger.head]?.lower ?? '')) return null;
  return roleOfOwner(tokens, groups, trigger) ?? rolesListed(tokens, groups, trigger, help.coordinated) ?? roleAfterAs(tokens, groups, trigger, help.subjectAt) ?? roleAfterCopula(tokens, groups, trigger, help.subjectAt) ?? pronounRoleAfterCopula(tokens, groups, trigger, help.subjectAt);
}

/** "Miliband told MPs Russia was an important ally": a role after a copula, owned by no one named, is the speaker's who reports it. */
function roleAfterCopula(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, subjectAt: (at: number) => ActorGroup | null): Pairing | null {
  const { at, owner } = possessorBefore(tokens, groups, trigger);
  const copula = /^(?:a|an)$/.test(tokens[at]?.lower ?? '') ? at - 1 : -1;
  if (owner || tokens[trigger.to]?.lower === 'of' || !/^(?:is|was|remains|remained)$/.test(tokens[copula]?.lower ?? '')) return null;
  return speakersRole(tokens, groups, copula, 4, subjectAt);
}

/** The pairing of the speaker who reports "X <copula> ... role" with X, the actor right before the copula, when a verb of saying stands at most `reach` words before X; null when there is none. */
function speakersRole(tokens: readonly Token[], groups: readonly ActorGroup[], copula: number, reach: number, subjectAt: (at: number) => ActorGroup | null): Pairing | null {
  const named = groups.find((g) => g.end === copula && !g.place && !g.possessive && !g.descriptor);
  const say = named ? tokens.findLastIndex((t, k) => k < named.first && k >= named.first - reach && /^(?:say|tell|add|stress|insist|note)$/.test(t.lemma)) : -1;
  const speaker = say >= 0 ? subjectAt(say) : null;
  return named && speaker && !speaker.ids.some((id) => named.ids.includes(id)) ? pairing(speaker, named.ids, speaker) : null;
}

/** "Frederiksen told reporters that the United States is one of our closest allies", "Denmark said the United States is its closest ally": a role a pronoun owns, after a copula, is the speaker's who reports it. */
function pronounRoleAfterCopula(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, subjectAt: (at: number) => ActorGroup | null): Pairing | null {
  const { at } = possessorBefore(tokens, groups, trigger);
  if (!/^(?:its|our|their)$/.test(tokens[at]?.lower ?? '') || tokens[trigger.to]?.lower === 'of') return null;
  const copula = tokens[at - 1]?.lower === 'of' && tokens[at - 2]?.lower === 'one' ? at - 3 : at - 1;
  if (!/^(?:is|are|was|were|remains|remain|remained)$/.test(tokens[copula]?.lower ?? '')) return null;
  return speakersRole(tokens, groups, copula, 6, subjectAt); // (further back: the quotation mark and "that" of "told reporters that “the United States is")
}

/** The index right before the role, past what describes it ("main", "key regional"), and the possessive group ending there, if any. */
function possessorBefore(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger): { at: number; owner: ActorGroup | undefined } {
  let at = trigger.from - 1;
  while (tokens[at]?.pos === 'ADJ' || tokens[at]?.pos === 'ADV') at--;
  return { at, owner: groups.find((g) => g.possessive && g.end === at + 1) };
}

const pairing = (sources: ActorGroup, targets: readonly string[], subject: ActorGroup): Pairing => ({ sources: sources.ids, targets: [...targets], within: false, subject });

function roleOfOwner(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger): Pairing | null {
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
  return owner && !owner.ids.some((id) => named.ids.includes(id)) ? pairing(owner, named.ids, owner) : null;
}

function rolesListed(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, coordinated: RoleHelp['coordinated']): Pairing | null {
  const { owner } = possessorBefore(tokens, groups, trigger);
  let k = trigger.to;
  while (tokens[k]?.pos === 'ADV') k++;
  if (!owner || !/^(?:be|include)$/.test(tokens[k]?.lemma ?? '')) return null;
  const first = groups.find((g) => (g.first === k + 1 || (g.first === k + 2 && tokens[k + 1]?.lower === 'the')) && !g.place);
  const named = first ? coordinated(first).ids.filter((id) => !owner.ids.includes(id)) : [];
  return named.length > 0 ? pairing(owner, named, owner) : null;
}

function roleAfterAs(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, subjectAt: RoleHelp['subjectAt']): Pairing | null {
  const { at, owner: named } = possessorBefore(tokens, groups, trigger);
  const asAt = named ? named.first - 1 : at;
  const owner = named ?? (/^(?:its|their)$/.test(tokens[at]?.lower ?? '') ? subjectAt(at) : null);
  if (!owner || tokens[asAt]?.lower !== 'as') return null;
  const held = groups.find((g) => g.end === asAt && !g.place && !g.descriptor);
  return held && !held.ids.some((id) => owner.ids.includes(id)) ? pairing(held, owner.ids, owner) : null;
}
