// What a sentence leaves for the sentences after it to refer back to (extractClaims.ts reads each
// sentence, then calls this): the pair it is about ("the two countries"), the pair the whole article is
// about, sets of three or more, its subject ("it", "the kingdom") and the target of its last act.
import type { ActorGroup } from './actorGroups';
import { type Clause, MAYBE_SUBORDINATOR, SUBORDINATOR } from './clauses';
import type { ExtractedClaim } from './extractedClaim';
import type { Discourse, SentencePairing } from './pairing';
import { notePairsTold, pairActedOnAlike } from './pairsTold';
import { describesOnly } from './roleOwner';
import type { Token } from './tokens';
import { pairKey } from '../relations/pairKey';

/** What one sentence gave: its words, actors, clauses and claims, and what its reading noted. */
export interface SentenceRead {
  tokens: readonly Token[];
  groups: readonly ActorGroup[];
  clauses: readonly Clause[];
  pairing: SentencePairing;
  sentenceClaims: readonly ExtractedClaim[];
  /** Claims told in a relative clause, which say what an actor is, not what the sentence is about. */
  aside: ReadonlySet<ExtractedClaim>;
  /** The actors the sentence names (not places, descriptions or organisations). */
  named: readonly string[];
  firstSubject: ActorGroup | null;
  teller: string[] | undefined;
}

/**
 * Notes in `discourse` what the sentence leaves for the next ones, and counts its pairs in
 * `pairCounts` (claims so far of each pair of states, one a sentence). True when it told a hostile act.
 */
export function noteSentence(discourse: Discourse, read: SentenceRead, pairCounts: Map<string, number>, isOrganisation: (id: string) => boolean): boolean {
  const { tokens, groups, clauses, pairing, sentenceClaims, aside, named, firstSubject, teller } = read;
  const betweenStates = sentenceClaims.filter((c) => !isOrganisation(c.a) && !isOrganisation(c.b));
  // (An act someone is only accused of is not what the sentence is about: "accusing it of being too close to Iran".) (Nor a mediator's claims: "its role as a mediator between Israel and Hamas" is about Israel and Hamas.)
  const main = betweenStates.filter((c) => !(c.code ?? '').startsWith('045') && !describesOnly(c)); // (nor a role that only describes: "a pivot from Iran as Syria's key regional ally")
  const told = ((m) => (m.some((c) => c.certainty !== 'alleged') ? m.filter((c) => c.certainty !== 'alleged') : m))(main.some((c) => !aside.has(c)) ? main.filter((c) => !aside.has(c)) : main); // ("accuses the Taliban of sheltering the TTP, which wages an insurgency against Pakistan": the accusation, not the aside, is what a denial answers)
  const lastPair = new Set(told.map((c) => pairKey(c.a, c.b))).size >= 3 && told.every((c) => c.a === told[0]!.a) ? undefined : (told.filter((c) => !c.directed).at(-1) ?? told.at(-1)); // (no pair from one state's act on three or more: "summoned the envoys of nine countries")
  // Who did the latest hostile act: whose "the attack" a later sentence judges.
  const act = sentenceClaims.filter((c) => c.stance === 'hostile' && c.directed).pop();
  notePairsTold(discourse, sentenceClaims);
  if (sentenceClaims.length > 0) discourse.teller = teller;
  if (act) discourse.actAgents = [act.a];
  // The pair the article is about: the one with the most claims, when it has more than the latest pair ("Egypt's president visited Asmara. The AU urged both countries": Ethiopia and Eritrea).
  for (const key of new Set(betweenStates.map((c) => pairKey(c.a, c.b)))) pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
  const before = discourse.pair;
  if (lastPair) discourse.pair = [lastPair.a, lastPair.b];
  else {
    // A pair the sentence is about: its subject ("Ghana and Togo ...") or "between X and Y", not any two in a list.
    // (Two states: "welcomed by the European Union and NATO" names no pair of states.)
    const pairGroup = groups.find((g, k) => g.ids.length === 2 && (k === 0 || tokens[g.first - 1]?.lower === 'between') && !g.ids.some((id) => isOrganisation(id)));
    if (pairGroup) discourse.pair = [pairGroup.ids[0] as string, pairGroup.ids[1] as string];
    // (Or the two states a sentence of no claims names: "remarks that raised fears of a conflict with Eritrea. ... The two countries signed a peace deal in 2018".)
    else if (!discourse.pair && named.length === 2) discourse.pair = [named[0] as string, named[1] as string];
  }
  const alike = pairActedOnAlike(groups, betweenStates, (id) => isOrganisation(id)); // ("Trump will host the leaders of Azerbaijan and Armenia")
  if (alike) discourse.pair = alike;
  // ("China, a close friend of both countries, urged them": the pair stays the one "both countries" stands for.)
  const named2 = groups.find((g) => g.anaphor && g.ids.length === 2);
  if (named2) discourse.pair = [named2.ids[0] as string, named2.ids[1] as string];
  const [topKey, topCount] = [...pairCounts].reduce((best, e) => (e[1] > best[1] ? e : best), ['', 0]);
  const lastCount = discourse.pair ? (pairCounts.get(pairKey(...discourse.pair)) ?? 0) : 0;
  discourse.topicPair = topKey && topCount > Math.max(lastCount, 1) && (lastPair || !groups.some((g) => g.ids.length === 2 && tokens[g.first - 1]?.lower === 'between')) ? (topKey.split('|') as [string, string]) : undefined; // (not after a sentence that names a pair by "between" and tells nothing of it: "Another example is the relationship between India and China. ... the two countries")
  if (before && discourse.pair !== before) discourse.pairs = [...(discourse.pairs ?? []).slice(-5), before];
  // Sets of three or more: a list in the sentence, or everyone its claims name.
  for (const g of groups) if (g.ids.length >= 3) {
    discourse.sets.set(g.ids.length, g.ids);
    discourse.lastSet = g.ids;
  }
  const inClaims = [...new Set(sentenceClaims.flatMap((c) => [c.a, c.b]))].filter((id) => !isOrganisation(id));
  if (inClaims.length >= 3) discourse.sets.set(inClaims.length, inClaims);
  const mainSubject = clauses[0] ? pairing.subjectOf(0, clauses[0].to) : null; // ("The two countries ... They also clashed": a pair as main subject.)
  const d = tokens.slice(0, 8).findIndex((t) => /^[-–—]$/.test(t.text)) + 1, w = tokens[d]?.pos === 'ADP' && tokens[d + 1]?.pos === 'NUM' && tokens[d + 2]?.text === ',' ? d + 3 : d, mainAt = clauses.findIndex((c) => c.from === w) + 1; // (past a dateline: "ISTANBUL - When ..."; and a year before the subordinator: "In 2021, after the Taliban seized power, India shut its embassy")
  const opening = mainAt > 0 && clauses[mainAt] && (SUBORDINATOR.has(tokens[w]?.lower ?? '') || MAYBE_SUBORDINATOR.has(tokens[w]?.lower ?? '')) ? pairing.subjectOf(mainAt, (clauses[mainAt] as Clause).to) : null; // ("When Russian troops poured into Ukraine, Turkey found itself": the main clause's subject.)
  const subject = (mainSubject && mainSubject.ids.length >= 2 ? mainSubject : null) ?? opening ?? firstSubject ?? groups.find((g) => !g.place) ?? null;
  if (subject && subject.first >= 0) discourse.subject = subject.ids;
  const lastDirected = [...sentenceClaims].reverse().find((c) => c.directed);
  if (lastDirected) discourse.target = [lastDirected.b];
  return act !== undefined;
}
