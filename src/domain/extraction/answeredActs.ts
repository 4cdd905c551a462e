// The act a reaction answers. "Chile summoned Bolivia's ambassador after a deadly attack on a Chilean
// border post", "expelled three diplomats in retaliation for the shelling of Kenyan positions": an act
// of force with no agent of its own, given as the cause of a protest or a reprisal against a state, is
// blamed on that state by the one who reacts. The act is that state's (alleged: only the reaction says
// whose it is), on the actor it names ("on a Chilean border post") or else on the one who reacts.
// So is an act by a force the sentence names no state for ("cut ties after police broke into its embassy").
// And the act a state is said to be responsible for or behind ("Pyongyang was behind the attack on a
// South Korean warship"): that state's, on the actor it names.
import type { ActorGroup } from './actorGroups';
import type { Pairing } from './discourse';
import { pastWords, type Token } from './tokens';
import type { Trigger } from './trigger';

/** Words that give the cause of what comes before them: "over the attack", "after a strike", "for the shelling". */
const CAUSE = /^(?:over|after|following|for)$/;
/** ... and those that do so after another word: "in response to", "in retaliation for", "in protest at", "in the wake of". */
const CAUSE_AFTER: Record<string, RegExp> = { to: /^(?:response|reaction|reply)$/, at: /^(?:protest|outrage|anger)$/, against: /^protest$/, of: /^wake$/ };
/** Nouns of a state of war, not of one act: what a reaction is over need not be the other's ("cut ties over the war in Gaza"). */
const NOT_ONE_ACT = /^(?:wars?|conflicts?|fighting|hostilities|violence|crisis|tensions?|confrontation|aggression)$/;

/** A claim the sentence made before the act: the reaction, when it is a protest or a reprisal from one state against another. */
export interface Reaction {
  a: string;
  b: string;
  directed: boolean;
  stance: string;
}

/** What the sentence gives to read an act against: its words, actors and triggers, and the claims made before. */
export interface ActContext {
  tokens: readonly Token[];
  groups: readonly ActorGroup[];
  triggers: readonly Trigger[];
  reactions: readonly Reaction[];
  isOrganisation: (id: string) => boolean;
}

/** Nouns a cause may belong to instead of the reaction: "a row over the killing", "claimed responsibility for an attack". */
const OWN_CAUSE = /^(?:rows?|disputes?|spats?|tensions?|feuds?|standoffs?|quarrels?|crisis|anger|outrage|uproar|furore|furor|responsibility|blame|investigations?|probes?|inquir(?:y|ies)|trials?|charges?|sentences?)$/;

/** Verbs of amends a reaction demands: "demanded that Ruritania apologise for the raid". */
const AMENDS = /^(?:apologi[sz]e|compensate|atone|answer|account)$/;

/**
 * Who did the act `act` names and to whom, when it is the cause of a reaction told right before it
 * and names no agent of its own; null otherwise.
 */
export function answeredAct(act: Trigger, { tokens, groups, triggers, reactions, isOrganisation }: ActContext): Pairing | null {
  // (Or a verb whose subject is a force no state is named for: "after police broke into the Mexican embassy", "after troops attacked a border post".)
  const forceVerb = act.kind === 'verb' && UNOWNED_FORCE.test(tokens[act.from - 1]?.lower ?? '') && !groups.some((g) => g.end === act.from - 1);
  if ((act.kind !== 'noun' && !forceVerb) || act.stance !== 'hostile' || NOT_ONE_ACT.test(tokens[act.head]?.lower ?? '')) return null;
  // (Straight after the cause's word, past determiners and adjectives: "after a deadly attack"; not "over Gaza bombardment", an act with an actor of its own.)
  // (Past the force that did it: "after a police raid on".)
  let k = pastWords(tokens, forceVerb || UNOWNED_FORCE.test(tokens[act.from - 1]?.lower ?? '') ? act.from - 2 : act.from - 1, ['DET', 'ADJ', 'NUM']);
  // (Past a time's possessive: "over last year's raid", "after Sunday's attack".)
  if (/^['’]s$/.test(tokens[k]?.lower ?? '') && /^(?:year|month|week|weekend|night|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[k - 1]?.lower ?? '')) k = pastWords(tokens, k - 2, ['DET', 'ADJ', 'NUM']);
  const word = tokens[k]?.lower ?? '';
  const cause = CAUSE.test(word) ? k : CAUSE_AFTER[word]?.test(tokens[k - 1]?.lower ?? '') ? pastWords(tokens, k - 2, ['DET', 'ADP']) + 1 : -1;
  if (cause < 0) return null;
  // The reaction: a protest or a reprisal before it, with only its object and places between it and the cause ("recalled its envoy to Somalia in protest at"), no verb of another act.
  const reaction = triggers.findLast((t) => t.to <= cause && !t.negated && (t.stance === 'tense' || t.stance === 'severed'));
  if (!reaction) return null;
  // (But for an apology demanded: "demanded that Togo apologise for the shooting".)
  if (tokens.slice(reaction.to, cause).some((t) => (t.pos === 'VERB' && !AMENDS.test(t.lemma)) || OWN_CAUSE.test(t.lower)) || OWN_CAUSE.test(tokens[cause - 1]?.lower ?? '')) return null;
  const claim = reactions.findLast((c) => c.directed && c.stance === reaction.stance);
  if (!claim || isOrganisation(claim.b)) return null;
  const nounEnd = tokens.findIndex((t, j) => j >= act.to && (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ'));
  const phraseEnd = nounEnd < 0 ? tokens.length : nounEnd;
  // (An agent of its own after "by" is read as told: "the shelling of its positions by Ruritanian troops".)
  if (groups.some((g) => g.first > act.to && g.first < phraseEnd && tokens.slice(act.to, g.first).some((t) => t.lower === 'by'))) return null;
  // (Nor one done by those no state is named for: "over another cross-border attack by terrorists".)
  let agent = act.to + 1;
  while (['DET', 'ADJ', 'NUM'].includes(tokens[agent]?.pos ?? '')) agent++;
  if (tokens[act.to]?.lower === 'by' && /^(?:terrorists?|militants?|gunmen|insurgents|rebels|jihadists|extremists|separatists|assailants|attackers|smugglers|bandits)$/.test(tokens[agent]?.lower ?? '')) return null;
  // The actor the act was on, in the words after it ("on a Chilean border post", "of Kenyan positions"), else the one who reacts.
  const on = actedOn(act, tokens, groups);
  // (Not the one who reacts when whom it was done to is named and is no actor: "warned Canada of serious consequences over the arrest of Ms Meng".)
  const ofAt = [act.to - 1, act.to].find((j) => tokens[j]?.lower === 'of');
  if (!on && ofAt !== undefined && tokens.slice(ofAt + 1, ofAt + 3).some((t) => t.pos === 'PROPN')) return null;
  const targets = on ? on.ids : isOrganisation(claim.a) ? [] : [claim.a];
  const sources = [claim.b];
  if (targets.length === 0 || targets.includes(claim.b)) return null;
  return { sources, targets, within: false, subject: null, alleged: true };
}

/**
 * "North Korea was responsible for the sinking of a South Korean ship", "Pyongyang was behind the attack on
 * the warship": an act of force with no agent of its own, which a state is said to be responsible for or
 * behind, is that state's, on the actor it names after it.
 */
export function ownedAct(act: Trigger, { tokens, groups }: Pick<ActContext, 'tokens' | 'groups'>): Pairing | null {
  if (act.kind !== 'noun' || act.stance !== 'hostile' || NOT_ONE_ACT.test(tokens[act.head]?.lower ?? '')) return null;
  const committed = committedBy(act, tokens, groups); if (committed) return committed;
  const k = pastWords(tokens, act.from - 1, ['DET', 'ADJ', 'NUM']);
  const owning = (tokens[k]?.lower === 'for' && tokens[k - 1]?.lower === 'responsible') || (tokens[k]?.lower === 'behind' && tokens[pastWords(tokens, k - 1, ['ADV'])]?.lemma === 'be');
  if (!owning) return null;
  // The owner: the last actor before the copula, in the words since the clause began ("A North Korean torpedo was responsible").
  const owner = groups.findLast((g) => g.end <= k && !g.place && !tokens.slice(g.end, k).some((t) => t.pos === 'VERB' || t.text === ',' || /^(?:that|which|who)$/.test(t.lower)));
  const on = actedOn(act, tokens, groups);
  if (!owner || !on || on.ids.some((id) => owner.ids.includes(id))) return null;
  return { sources: owner.ids, targets: on.ids, within: false, subject: owner };
}

/** "the strikes that Israel launched against Lebanon", "the raids that Chile has carried out on Bolivia": an act of force whose relative clause tells who committed it and against whom. */
function committedBy(act: Trigger, tokens: readonly Token[], groups: readonly ActorGroup[]): Pairing | null {
  if (!/^(?:that|which)$/.test(tokens[act.to]?.lower ?? '')) return null;
  const agent = groups.find((g) => g.first > act.to && g.first <= act.to + 3 && !g.place && tokens.slice(act.to + 1, g.first).every((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'DET'));
  if (!agent) return null;
  let v = agent.end;
  while (/^(?:has|have|had|was|were|is|are)$/.test(tokens[v]?.lower ?? '')) v++;
  if (!/^(?:commit|carry|launch|wage|perpetrate|conduct|unleash|mount)$/.test(tokens[v]?.lemma ?? '')) return null;
  const prep = tokens[v + 1]?.lower === 'out' ? v + 2 : v + 1;
  const on = /^(?:against|on)$/.test(tokens[prep]?.lower ?? '') ? groups.find((g) => g.first > prep && g.first <= prep + 2 && !g.descriptor) : undefined;
  return on && !on.ids.some((id) => agent.ids.includes(id)) ? { sources: agent.ids, targets: on.ids, within: false, subject: agent } : null;
}

/** Forces that act for a state the sentence need not name: "police", "troops", "soldiers". */
const UNOWNED_FORCE = /^(?:police|policemen|troops|soldiers|forces|gunboats|warships|jets|warplanes|drones|agents|commandos)$/;

/** The actor an act was on, in its own phrase right after it: "on a Chilean border post", "of Kenyan positions" (not "after Swedish investigators"); after a verb, its object ("attacked a Chilean post", "broke into the Mexican embassy"). */
function actedOn(act: Trigger, tokens: readonly Token[], groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (act.kind === 'verb') return groups.find((g) => g.first > act.head && g.first - act.head <= 4 && !g.descriptor && tokens.slice(act.head + 1, g.first).every((t) => ['DET', 'ADJ', 'NUM', 'ADP'].includes(t.pos)));
  if (!/^(?:on|of|against|at|targeting)$/.test(tokens[act.to]?.lower ?? '')) return undefined;
  // (Not where a craft was bound, which only describes it (actorGroups.ts): "a raid on a Gaza-bound aid flotilla".)
  return groups.find((g) => g.first > act.to && g.first - act.to <= 4 && !g.descriptor && tokens.slice(act.to + 1, g.first).every((t) => ['DET', 'ADJ', 'NUM', 'NOUN'].includes(t.pos)));
}

/**
 * "Venezuela has been under US sanctions since 2019", "the government of President Maduro, long under US
 * sanctions,", "Cuba remains under a US embargo": measures one is under are their maker's, named before
 * the noun, on the one under them, named before "under" (past a copula, an adverb or a comma).
 */
export function underMeasures(act: Trigger, { tokens, groups }: Pick<ActContext, 'tokens' | 'groups'>): Pairing | null {
  if (act.kind !== 'noun' || !/^(?:sanctions|embargo|embargoes|blockade)$/.test(tokens[act.head]?.lower ?? '')) return null;
  const maker = groups.findLast((g) => g.end <= act.from && act.from - g.end <= 1 && !g.place && !g.possessive);
  const u = maker ? maker.first - (/^(?:a|an|the)$/.test(tokens[maker.first - 1]?.lower ?? '') ? 2 : 1) : -1;
  if (!maker || tokens[u]?.lower !== 'under') return null;
  let k = pastWords(tokens, u - 1, ['ADV', 'AUX', 'PUNCT']);
  if (tokens[k]?.lower === 'long' || /^(?:which|who|that)$/.test(tokens[k]?.lower ?? '')) k = pastWords(tokens, k - 1, ['ADV', 'PUNCT']); // ("long under", ", which is under")
  const under = groups.findLast((g) => g.end === k + 1 && !g.place && !g.descriptor) ?? groups.findLast((g) => g.end <= k + 1 && /^(?:be|remain|stay|fall|come|live|suffer|operate)$/.test(tokens[k]?.lemma ?? '') && k + 1 - g.end <= 3 && !g.place);
  if (!under || under.ids.some((id) => maker.ids.includes(id))) return null;
  return { sources: maker.ids, targets: under.ids, within: false, subject: under };
}

/**
 * "proposed to withdraw Indian troops from the Maldives": another state's forces that a state withdraws
 * are sent away (CAMEO 174, tense toward their state), no step back of its own (0874, warming).
 */
export function sentAway(act: Trigger, paired: Pairing, { tokens, groups }: Pick<ActContext, 'tokens' | 'groups'>): Trigger | null {
  if (paired.within || !(act.code ?? '').startsWith('087') || !/^(?:withdraw|remove|pull)$/.test(tokens[act.head]?.lemma ?? '')) return null;
  const forces = groups.find((g) => g.demonym && g.first > act.head && g.first <= act.head + 3 && /^(?:troops|forces|soldiers|personnel|military|contingent|units)$/.test(tokens[g.end]?.lower ?? '') && g.ids.every((id) => paired.targets.includes(id)));
  return forces ? { ...act, stance: 'tense', code: '174', why: 'another state\'s forces withdrawn by a state are sent away (CAMEO 174)' } : null;
}
