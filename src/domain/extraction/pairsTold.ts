// What a sentence's claims leave for the sentences after it: the pairs told at war, in a deal or under a
// measure (notePairsTold), and two states a third acted on alike, whom "the two countries" stands for next.
import type { ActorGroup } from './actorGroups';
import type { Discourse, Pairing } from './discourse';
import type { Token } from './tokens';
import type { Trigger } from './trigger';
import { MEASURE } from './pairingWords';

/** The pairs a sentence's claims told, for later sentences: the latest at war ("the warring parties") and the latest deal ("the pact"). */
export function notePairsTold(discourse: Discourse, claims: readonly { a: string; b: string; stance: string; certainty: string; trigger: string; code?: string | null; directed?: boolean }[]): void {
  // ("talks between the warring parties": the latest pair told at war, not only accused of it.)
  const war = claims.filter((c) => c.stance === 'hostile' && c.certainty !== 'alleged').pop();
  if (war) discourse.warring = [war.a, war.b];
  // ("Both sides were made to agree to a ceasefire": the latest pair told at odds, threatened, attacked or at war; or meeting: "Reagan and Gorbachev met in Reykjavík. At the summit, both sides agreed".)
  const odds = claims.filter((c) => c.stance === 'hostile' || c.stance === 'tense' || (c.directed === false && c.code === '040')).pop();
  if (odds) [discourse.atOdds, discourse.oddsAge] = [[odds.a, odds.b], 0];
  else if (discourse.atOdds && tellsAnotherPair(claims, discourse.atOdds) && !claims.some((c) => /^04[56]/.test(c.code ?? ''))) discourse.oddsAge = (discourse.oddsAge ?? 0) + 1; // (a mediator's claims leave the pair at odds the one "both sides" means)
  // ("Japan voiced concern over the pact": the pair of the latest deal told, whoever was named since.)
  const deal = claims.filter((c) => (c.stance === 'cooperative' && /\b(?:pact|deal|agreement|accord|treaty|memorandum|exercises|drills|patrols)\b/i.test(c.trigger)) || (c.stance === 'warming' && /\b(?:normali[sz]|restor|re-?establish)/i.test(c.trigger))).pop();
  if (deal) discourse.dealPair = [deal.a, deal.b];
  // ("The US condemned the sanctions": who imposed the latest measure told.)
  // (A break of ties is one too: "severed ties with Qatar ... lifted the boycott"; so is trade halted: "halted all trade with Israel ... praised the decision"; and a border closed: "closed two border crossings with Belarus ... denounced the border closure".)
  const measure = claims.filter((c) => (c.stance === 'tense' && (MEASURE.test(c.trigger) || /\b(?:clos\w*|shut\w*|seal\w*)\b.*\b(?:borders?|crossings?|frontiers?)\b/i.test(c.trigger) || /\b(?:halt\w*|suspend\w*|stop\w*|cut\w*|curb\w*)\b.*\b(?:trade|exports?|imports?)\b/i.test(c.trigger))) || (c.stance === 'severed' && /\b(?:sever|cut|broke|break)/i.test(c.trigger))).pop();
  if (measure) discourse.measure = { by: measure.a, on: measure.b };
}

/** True when a sentence's claims name someone beyond the pair at odds: a sentence that moves on from them. */
function tellsAnotherPair(claims: readonly { a: string; b: string }[], pair: readonly [string, string]): boolean {
  return claims.some((c) => !pair.includes(c.a) || !pair.includes(c.b));
}

/**
 * Two named together that a third acts on alike ("Trump will host the leaders of Azerbaijan and Armenia ... The two
 * countries have faced off"): the pair "the two countries" stands for next, not the third and the last of them; or
 * undefined.
 */
export function pairActedOnAlike(groups: readonly ActorGroup[], claims: readonly { a: string; b: string; directed: boolean }[], isOrganisation: (id: string) => boolean): [string, string] | undefined {
  const alike = groups.find((g) => g.ids.length === 2 && !g.ids.some(isOrganisation) && claims.some((c) => { const third = g.ids.includes(c.a) && !c.directed ? c.b : g.ids.includes(c.b) ? c.a : null; return third !== null && !g.ids.includes(third) && g.ids.every((id) => claims.some((d) => (d.a === id && d.b === third) || (d.b === id && d.a === third))); }));
  return alike ? [alike.ids[0] as string, alike.ids[1] as string] : undefined;
}

/**
 * The states a deal was signed for, told side by side ("On the Qatari side, the MoU was signed by the minister of
 * state, and on the Honduran side by the foreign minister"; "signed by Ali for the Egyptian side and by Omar for the
 * Sudanese side"): the deal is between those two; or null.
 */
export function dealOfSides(trigger: Trigger, tokens: readonly Token[], groups: readonly ActorGroup[]): Pairing | null {
  if (trigger.kind !== 'noun' || trigger.code !== '057' || !tokens.some((t) => t.lemma === 'sign')) return null;
  const sides = groups.filter((g) => g.ids.length === 1 && tokens[g.end]?.lower === 'side' && tokens[g.first - 1]?.lower === 'the' && /^(?:on|for)$/.test(tokens[g.first - 2]?.lower ?? ''));
  const ids = [...new Set(sides.flatMap((g) => g.ids))];
  return ids.length === 2 ? { sources: ids, targets: [], within: true, subject: null } : null;
}

/**
 * "Iceland suspended the work of its embassy. Relations with Russia are at an all-time low": relations that open
 * their sentence with one party after "with" and no owner of their own are those of the one state the sentence
 * before had for its subject; or null.
 */
export function relationsWithOne(trigger: Trigger, tokens: readonly Token[], groups: readonly ActorGroup[], subject: readonly string[] | null): Pairing | null {
  if (trigger.kind !== 'noun' || trigger.code !== null || !/^(?:relations|ties|relationship)$/.test(tokens[trigger.head]?.lower ?? '') || tokens[trigger.head + 1]?.lower !== 'with' || subject?.length !== 1) return null;
  if (tokens.slice(0, trigger.head).some((t) => t.pos !== 'DET' && t.pos !== 'ADJ')) return null; // (the sentence's first words: no owner, no clause before)
  const other = groups.find((g) => g.first === trigger.head + (tokens[trigger.head + 2]?.lower === 'the' ? 3 : 2) && !g.place);
  return other && other.ids.length === 1 && other.ids[0] !== subject[0] ? { sources: [subject[0] as string], targets: [...other.ids], within: false, subject: null } : null;
}
