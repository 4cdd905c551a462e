// An offer of help told to someone: "The United States told Morocco it was ready to provide assistance". With no one of its
// own, the help is to the one told (the object of "tell", "assure", "inform" or "promise" before the reported clause).
import type { ActorGroup } from './actorGroups';
import type { Clause } from './clauses';
import type { Token } from './tokens';
import type { Trigger } from './triggers';

/** The one told an offer of help (CAMEO 03-07) in a reported clause, when it is not the offer's own subject; else null. */
export function toldAddressee(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, clause: Clause, subject: ActorGroup | null): ActorGroup | null {
  const at = clause.kind === 'reported' ? (clause.reporter ?? -1) : -1;
  const told = at >= 0 && /^(?:tell|assure|inform|promise)$/.test(tokens[at]?.lemma ?? '') ? groups.find((g) => g.first === at + 1 && !g.place) : undefined;
  return told && subject && (trigger.stance === 'cooperative' || trigger.stance === 'warming') && /^0[3-7]/.test(trigger.code ?? '') && !told.ids.some((id) => subject.ids.includes(id)) ? told : null;
}
