// "Saudi Arabia has recalled its envoy from Denmark, Libya has closed its embassy": in a list of
// clauses joined by commas, each with its own subject, a measure that names no one it is on is on the
// one the clause before it acted on. And "Other Saudi allies including Bahrain also severed relations, after Riyadh's
// breaking of ties with Iran": a measure done "also" that names no one it is on is on the one another's like measure in
// the sentence is on. And "Saudi Arabia and Iran restored relations in 2023, which China brokered": a mediation told in a
// relative clause on the pair's act mediates between that act's pair.
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
    const mediated = mediatedBefore(trigger, claims, ctx);
    if (mediated) {
      out.push(mediated);
      continue;
    }
    if (trigger.kind !== 'verb' || trigger.negated || trigger.intent || (trigger.stance !== 'tense' && trigger.stance !== 'severed')) continue;
    const c = ctx.clauseIndexOf(trigger.head), clause = ctx.clauses[c];
    const also = alsoTarget(trigger, claims, ctx);
    if (also) {
      out.push(also);
      continue;
    }
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

/** "Bahrain also severed relations ..., after Riyadh's breaking of ties with Iran": "also" before the verb, and one like measure of another's in the sentence, on one state. */
function alsoTarget(trigger: Trigger, claims: readonly ExtractedClaim[], ctx: ListedClausesContext): { trigger: Trigger; paired: Pairing } | null {
  const k = ctx.tokens[trigger.from - 1]?.pos === 'AUX' ? trigger.from - 2 : trigger.from - 1;
  if (ctx.tokens[k]?.lower !== 'also') return null;
  const subject = ctx.subjectOf(ctx.clauseIndexOf(trigger.head), trigger.head);
  if (!subject) return null;
  // (Its target after "with" when the measure is mutual: "Riyadh's breaking of ties with Iran".)
  const withAfter = (x: ExtractedClaim) => x.directed || ctx.tokens.find((t) => t.start >= x.triggerEnd)?.lower === 'with';
  const like = claims.filter((x) => x.stance === trigger.stance && withAfter(x) && !subject.ids.includes(x.a) && !subject.ids.includes(x.b));
  const targets = [...new Set(like.map((x) => x.b))];
  return targets.length === 1 ? { trigger, paired: { sources: [...subject.ids], targets, within: false, subject } } : null;
}

/** "..., which China brokered": a verb of mediation in a relative clause with no object of its own, on the pair of the undirected act told before the clause. */
function mediatedBefore(trigger: Trigger, claims: readonly ExtractedClaim[], ctx: ListedClausesContext): { trigger: Trigger; paired: Pairing } | null {
  const c = ctx.clauseIndexOf(trigger.head), clause = ctx.clauses[c];
  if (trigger.kind !== 'verb' || !(trigger.code ?? '').startsWith('045') || !clause || clause.kind !== 'relative' || !/^(?:which|that)$/.test(ctx.tokens[clause.from]?.lower ?? '') || ctx.tokens.slice(trigger.to, clause.to).some((t) => t.pos !== 'PUNCT')) return null;
  const subject = ctx.subjectOf(c, trigger.head), cut = ctx.tokens[clause.from]!.start;
  const act = claims.findLast((x) => !x.directed && x.triggerEnd <= cut);
  if (!subject || subject.first < clause.from || !act || subject.ids.includes(act.a) || subject.ids.includes(act.b)) return null;
  return { trigger, paired: { sources: [...subject.ids], targets: [act.a, act.b], within: false, subject } };
}
