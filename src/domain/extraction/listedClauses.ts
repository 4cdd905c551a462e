// "Saudi Arabia has recalled its envoy from Denmark, Libya has closed its embassy": in a list of
// clauses joined by commas, each with its own subject, a measure that names no one it is on is on the
// one the clause before it acted on.
import type { ActorGroup } from './actorGroups';
import type { Clause } from './clauses';
import type { Pairing } from './discourse';
import type { ExtractedClaim } from './extractedClaim';
import type { Token } from './tokens';
import type { Trigger } from './triggers';

/** What the sentence gives: its words, clauses, the claims made so far, and the subject of a clause. */
export interface ListedClausesContext {
  tokens: readonly Token[];
  clauses: readonly Clause[];
  clauseIndexOf: (i: number) => number;
  subjectOf: (clause: number, at: number) => ActorGroup | null;
}

/** The unpaired measures of a listed clause, each paired with its subject and the one the clause before acted on. */
export function listedClauseTargets(unpaired: readonly Trigger[], claims: readonly ExtractedClaim[], ctx: ListedClausesContext): { trigger: Trigger; paired: Pairing }[] {
  const out: { trigger: Trigger; paired: Pairing }[] = [];
  for (const trigger of unpaired) {
    if (trigger.kind !== 'verb' || trigger.negated || trigger.intent || (trigger.stance !== 'tense' && trigger.stance !== 'severed')) continue;
    const c = ctx.clauseIndexOf(trigger.head), clause = ctx.clauses[c];
    if (!clause || clause.kind !== 'main' || c === 0 || ctx.tokens[clause.from - 1]?.text !== ',') continue;
    const subject = ctx.subjectOf(c, trigger.head);
    if (!subject || subject.first < clause.from || subject.ids.length !== 1) continue;
    // (The act of the clause just before, a measure too, by another subject: "recalled its envoy from Denmark".)
    const cut = ctx.tokens[clause.from]!.start, before = ctx.clauses[c - 1]!;
    const prior = claims.findLast((x) => x.directed && x.triggerStart < cut && x.triggerStart >= (ctx.tokens[before.from]?.start ?? 0) && (x.stance === 'tense' || x.stance === 'severed'));
    if (!prior || subject.ids.includes(prior.a) || subject.ids.includes(prior.b)) continue;
    out.push({ trigger, paired: { sources: [...subject.ids], targets: [prior.b], within: false, subject } });
  }
  return out;
}
