// Who hosts or chairs the talks a sentence tells between a pair: "Both countries have in the past held peace talks that
// have largely stalled, including talks hosted by Qatar". By the conventions of ../shared/eval/README.md a mediator is
// cooperative with each party; a host or a chair of the pair's talks stands as one (CAMEO 045). Read after the
// sentence's own claims (extractClaims.ts), from the talks claim it made and the actor named after "by".
import type { ActorGroup } from './actorGroups';
import type { Pairing } from './discourse';
import { TRUCE_NOUN } from './pairingWords';
import type { ExtractedClaim } from './extractedClaim';
import type { Trigger } from './trigger';
import type { Token } from './tokens';

/** What a mediator brokers for a pair told before, when it names no pair: "helped broker a solution" (passives.ts; referredActors.ts's MEDIATION reads such a sentence). */
export const WAY_OUT = 'solution|compromise|settlement';

type WordsAt = (k: number) => Pick<ExtractedClaim, 'trigger' | 'triggerStart' | 'triggerEnd'>;

/** Participles of holding talks for others, before "by". */
const HOSTED = /^(?:hosted|chaired|moderated|facilitated|convened)$/;
/** Nouns of talks a host holds. */
const TALKS = /^(?:talks|negotiations|meetings?|summit|dialogue|discussions|consultations|rounds?)$/;

/** Claims of the host after "hosted by" (or "chaired by" ...) toward each party of the talks the sentence told; none when it told no talks between a pair. */
export function talksHosts(claims: readonly ExtractedClaim[], tokens: readonly Token[], groups: readonly ActorGroup[], wordsAt: WordsAt): ExtractedClaim[] {
  // (Or the truce the talks made: "a ceasefire had been reached between Rwanda and the DRC following talks hosted in Luanda".)
  const talks = claims.find((c) => !c.directed && ((c.code ?? '').startsWith('04') || c.code === '0871') && (c.stance === 'cooperative' || c.stance === 'warming'));
  if (!talks) return [];
  // ("talks hosted by Qatar", "the talks in Istanbul, chaired by Turkey's foreign minister": a noun of talks a few words before; or "hosted in" a capital, whose state hosts them.)
  const k = tokens.findIndex((t, j) => HOSTED.test(t.lower) && (tokens[j + 1]?.lower === 'by' || (t.lower === 'hosted' && tokens[j + 1]?.lower === 'in')) && tokens.slice(Math.max(0, j - 5), j).some((x) => TALKS.test(x.lower)));
  if (k < 0) return [];
  const host = groups.find((g) => g.first > k + 1 && g.first <= k + 4 && g.place === (tokens[k + 1]?.lower === 'in') && !g.ids.some((id) => id === talks.a || id === talks.b));
  if (!host) return [];
  return host.ids.flatMap((id) => [talks.a, talks.b].map((party) => ({ ...talks, ...wordsAt(k), a: id, b: party, directed: true, stance: 'cooperative' as const, code: '045' })));
}

/** Verbs of a part a third party takes in others' talks or truce: hosting, chairing, mediating, attending them. */
const TAKES_PART = /^(?:mediate|broker|host|chair|attend|facilitate|moderate|convene|oversee|arbitrate)$/;
/** What such a part is taken in: talks, or the truce or deal they make. */
const pairsThing = (word: string | undefined) => !!word && (TALKS.test(word) || TRUCE_NOUN.test(word) || /^(?:deal|agreement|accord|treaty|pact)$/.test(word));

/**
 * "Peru and Ecuador agreed to a truce. Chile mediated the talks.", "Observers from Brazil attended the talks", "Anwar, who
 * chaired mediation talks, announced": the talks or truce of the pair told before, with no parties of their own here, have
 * the clause's subject as a third party to them, cooperative with each of the pair (CAMEO 045). Only for what is told as
 * known ("the talks", "mediation talks"), not any talks a state holds ("hosted talks on trade").
 */
export function thirdPartyOfTalks(trigger: Trigger, tokens: readonly Token[], groups: readonly ActorGroup[], pair: readonly string[] | null | undefined, subjectAt: (at: number) => ActorGroup | null): Pairing | null {
  const head = tokens[trigger.head];
  const passive = passiveThirdParty(trigger, tokens, groups, pair);
  if (passive !== undefined) return passive;
  if (!pair || pair.length !== 2) return null;
  let thing = -1;
  if (trigger.kind === 'verb' && TAKES_PART.test(head?.lemma ?? '')) {
    thing = trigger.head + 1;
    while (thing < trigger.head + 4 && (tokens[thing]?.pos === 'DET' || tokens[thing]?.pos === 'ADJ' || (tokens[thing]?.pos === 'NOUN' && pairsThing(tokens[thing + 1]?.lower)))) thing++;
    if (!pairsThing(tokens[thing]?.lower) || !/^(?:the|these|those|this|that|their|mediation|peace|ceasefire)$/.test(tokens[thing - 1]?.lower ?? '')) return null;
  } else if (trigger.kind === 'noun' && (trigger.code ?? '').startsWith('045') && /^mediation$/.test(head?.lower ?? '') && pairsThing(tokens[trigger.head + 1]?.lower)) thing = trigger.head + 1; // ("chaired mediation talks")
  else return null;
  // (Not talks whose parties are told with them: "hosted talks between Peru and Ecuador", "the talks with Chile".)
  if (groups.some((g) => !g.place && g.first > thing && g.first <= thing + 4)) return null;
  const subject = subjectAt(trigger.head);
  if (!subject || subject.ids.some((id) => pair.includes(id))) return null;
  // (A part in others' talks is no talks of one's own with either: CAMEO 045, which talksAtOdds in settledDisputes.ts does not read as the pair's talks.)
  Object.assign(trigger, { code: '045', why: 'a third party hosting, chairing, mediating or attending the talks of a pair is cooperative with each (CAMEO 045)' });
  return { sources: [...subject.ids], targets: [...pair], within: false, subject };
}

/** Whose talks a mediator with no parties of its own mediates: the two others the sentence names, if two; none, if it names more; else the pair told before ("The decision followed mediation by Qatar"). */
export function mediatedParties(groups: readonly ActorGroup[], mediator: ActorGroup, pair: readonly string[] | null | undefined): readonly string[] | null {
  const others = [...new Set(groups.filter((g) => !g.place && !g.descriptor && !g.ids.some((id) => mediator.ids.includes(id))).flatMap((g) => g.ids))];
  return others.length === 2 ? others : others.length > 2 ? null : (pair ?? null);
}

/** Participles after a hyphen that make the name before them the one who gave the role, not the one in it: "the African Union-appointed mediator". */
const ROLE_GIVEN = /^(?:appointed|backed|mandated|sponsored|supported|nominated|named|designated|endorsed)$/;

/**
 * Who the mediator of a noun of mediation is, when a pair follows it ("mediator between Kigali and Kinshasa"): the
 * subject of a copula before it ("Lourenco is the African Union mediator": the body's man, himself the mediator); else
 * the name before the noun, unless it only gave the role ("the UN-appointed mediator"); else the clause's subject.
 */
export function mediatorNamed(tokens: readonly Token[], trigger: Trigger, before: readonly ActorGroup[], subject: ActorGroup | null): ActorGroup | null {
  const copula = subject && subject.end <= trigger.from && tokens.slice(subject.end, trigger.from).some((t) => /^(?:be|remain|become)$/.test(t.lemma)) && !tokens.slice(subject.end, trigger.from).some((t) => t.pos === 'VERB' && !/^(?:be|remain|become)$/.test(t.lemma) && !ROLE_GIVEN.test(t.lower));
  if (copula) return subject;
  const named = before[0];
  return named && !(tokens[named.end]?.text === '-' && ROLE_GIVEN.test(tokens[named.end + 1]?.lower ?? '')) ? named : subject;
}

/**
 * "The deal was brokered by the United States", "Arbitrated by U.S. President Theodore Roosevelt, the treaty was named
 * after ...": a participle of taking part in talks or a deal, with its agent after "by" and the deal as its subject (or
 * as the subject of the main clause an opening participle leads to), makes the agent a third party to the deal's pair:
 * the two others the sentence names, or the pair told before. Undefined when the trigger is no such participle.
 */
function passiveThirdParty(trigger: Trigger, tokens: readonly Token[], groups: readonly ActorGroup[], pair: readonly string[] | null | undefined): Pairing | null | undefined {
  const head = tokens[trigger.head];
  const stem = (head?.lower ?? '').replace(/ed$/, '');
  if (!/(?:ed|en)$/.test(head?.lower ?? '') || !(TAKES_PART.test(head?.lemma ?? '') || TAKES_PART.test(stem) || TAKES_PART.test(`${stem}e`)) || tokens[trigger.head + 1]?.lower !== 'by') return undefined; // (the tagger reads "mediated" as an adjective, its own lemma)
  const agent = groups.find((g) => !g.place && g.first > trigger.head + 1 && g.first <= trigger.head + 5);
  // The deal: a few words before the participle, past "was" or "which was"; or after the comma that ends an opening participle.
  const before = tokens.slice(Math.max(0, trigger.head - 8), trigger.head).some((t, j, all) => pairsThing(t.lower) && all.slice(j + 1).every((x) => x.pos !== 'VERB')) && tokens.slice(Math.max(0, trigger.head - 2), trigger.head).some((t) => t.lemma === 'be');
  const comma = trigger.head === 0 || tokens[trigger.head - 1]?.pos === 'PUNCT' ? tokens.findIndex((t, k) => k > trigger.head && t.text === ',') : -1;
  const opening = comma > 0 && [1, 2, 3].some((d) => pairsThing(tokens[comma + d]?.lower) && tokens.slice(comma + 1, comma + d).every((t) => t.pos === 'DET' || t.pos === 'ADJ'));
  if (!agent || (!before && !opening)) return undefined;
  const parties = mediatedParties(groups, agent, pair);
  if (!parties || parties.length !== 2 || parties.some((id) => agent.ids.includes(id))) return null;
  Object.assign(trigger, { code: '045', stance: 'cooperative', why: 'a third party that brokered, mediated or arbitrated the deal of a pair is cooperative with each (CAMEO 045)' });
  return { sources: [...agent.ids], targets: [...parties], within: false, subject: agent };
}
